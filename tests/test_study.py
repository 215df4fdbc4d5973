"""The tuning round's views (pipeline/extraction/study.py): they show dev articles only, and the test
split only as totals."""
from dataclasses import replace

import pytest

from pipeline.extraction import study
from pipeline.extraction.corpus import evaluation_articles
from pipeline.extraction.evaluate import score
from pipeline.extraction.extract import Draft, draft
from pipeline.lib.errors import InputError
from pipeline.lib.registry import load_actors

DEV = "afrin-olives"


def dev_article():
    return next(a for a in evaluation_articles() if a.document_id == DEV)


def test_a_view_of_a_test_article_is_refused():
    test_id = next(a.document_id for a in evaluation_articles() if a.split == "test")
    with pytest.raises(InputError) as error:
        study.studied([DEV, test_id])
    assert test_id in str(error.value) and "only scored" in str(error.value)


def test_an_unknown_article_is_refused_and_no_ids_means_every_dev_article():
    with pytest.raises(InputError):
        study.studied(["no-such-article"])
    assert {a.split for a in study.studied([])} == {"dev"}


def test_the_views_list_what_a_draft_gets_wrong():
    article = dev_article()
    right = draft(article.raw, article.published, load_actors())
    wrong = replace(right, statements=[replace(s, speaker="somebody-else") for s in right.statements])
    assert len(study.speaker_misses(article, wrong)) > len(study.speaker_misses(article, right))
    nothing = Draft([], [], [], [], {}, [])
    header, *lines = study.actor_misses(article, nothing)
    coded = int(header.split(" of ")[1].split()[0])
    assert header.startswith(f"{DEV}: 0 of ") and len([line for line in lines if "missed" in line]) == coded > 0
    missed_events = [line for line in study.event_misses(article, nothing) if line.startswith("    missed")]
    assert len(missed_events) == len(article.coding["events"])


def test_the_test_split_is_shown_as_totals_only(monkeypatch):
    rows = [score("test", "some-test-article", "dates", 4, 4, 3), score("test", "all", "dates", 4, 4, 3)]
    rows += [score("test", "all", measure, 1, 1, 1) for measure, _, _ in study.BAR if measure != "dates"]
    rows += [score("test", "all", measure, 1, 1, 1) for measure, _ in study.MORE]
    monkeypatch.setattr(study, "evaluate_all", lambda: (rows, {}, []))
    lines = study.test_totals()
    assert any(line.startswith("test dates recall: 75.0%") for line in lines)
    assert not any("some-test-article" in line for line in lines)
