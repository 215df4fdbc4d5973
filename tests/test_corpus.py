"""The evaluation articles' own checks (pipeline/extraction/corpus.py), on a copy of one article."""
import shutil
from pathlib import Path

import pytest

from pipeline.extraction.corpus import evaluation_articles, second_codings
from pipeline.lib import paths
from pipeline.lib.errors import InputError

ARTICLE = "afrin-olives"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    shutil.copytree(paths.EVALUATION_ARTICLES / ARTICLE, tmp_path / ARTICLE)
    (tmp_path / paths.EVALUATION_SPLIT.name).write_text(
        f"articles:\n  {ARTICLE}: {{split: dev, published: 2021-11-10}}\n", encoding="utf-8")
    return tmp_path


def with_parent(root: Path, parent: str) -> Path:
    path = root / ARTICLE / "actors.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count("{id: sig-ministry-of-defense, ") == 1, "test setup"
    path.write_text(text.replace("{id: sig-ministry-of-defense, ", f"{{id: sig-ministry-of-defense, parent: {parent}, "),
                    encoding="utf-8")
    return path


def test_an_actor_may_name_its_parent(root):
    with_parent(root, "sig")
    [article] = evaluation_articles(root)
    assert any(actor.get("parent") == "sig" for actor in article.actors)


def test_a_parent_nobody_declares_stops_with_the_file_and_the_actor(root):
    path = with_parent(root, "no-such-body")
    with pytest.raises(InputError) as error:
        evaluation_articles(root)
    assert str(path) in str(error.value) and "no-such-body" in str(error.value)


def second_coding(root: Path, edit=lambda text: text) -> None:
    folder = root / ARTICLE
    (folder / "second-coding.yaml").write_text(edit((folder / "coding.yaml").read_text(encoding="utf-8")),
                                               encoding="utf-8")
    shutil.copy(folder / "actors.yaml", folder / "second-actors.yaml")


def test_a_coding_scored_against_itself_agrees_on_every_measure_of_the_bar(root):
    from pipeline.extraction.evaluate import BAR, HUMAN, human_agreement, human_label
    second_coding(root)
    pairs = second_codings(root)
    rows = {(row["split"], row["measure"]): row for row in human_agreement(pairs)}
    for label in HUMAN:
        split = human_label(pairs[0][0].split, label)
        assert all(rows[(split, measure)][figure] == 1.0 for measure, figure, _ in BAR)


def test_a_second_coder_who_names_a_speaker_otherwise_disagrees_on_the_speaker(root):
    from pipeline.extraction.evaluate import HUMAN, human_agreement, human_label
    second_coding(root, lambda text: text.replace("speaker: afrin-human-rights-office",
                                                  "speaker: afrin-post"))
    pairs = second_codings(root)
    rows = {(row["split"], row["measure"]): row for row in human_agreement(pairs)}
    assert rows[(human_label(pairs[0][0].split, HUMAN[0]), "reported statements")]["f1"] < 1.0


def test_a_second_coding_is_checked_as_a_coding(root):
    second_coding(root, lambda text: text.replace("speaker: afrin-human-rights-office", "speaker: nobody-known"))
    with pytest.raises(InputError) as error:
        second_codings(root)
    assert "second-coding.yaml" in str(error.value) and "nobody-known" in str(error.value)


def test_every_second_coding_of_the_evaluation_articles_passes_the_build_checks():
    pairs = second_codings()  # each second coding goes through the build's own checks
    assert pairs and all(first.document_id == second.document_id for first, second in pairs)


def test_the_drafts_figure_beside_the_humans_counts_only_the_articles_coded_twice():
    from pipeline.extraction.evaluate import DRAFT_ON_THEM, draft_on, human_label, score
    rows = [score("test", "a", "actors", 4, 4, 4), score("test", "b", "actors", 4, 4, 0),
            score("dev", "a", "actors", 4, 4, 0)]
    [total] = draft_on(rows, "test", {"a"})
    assert (total["split"], total["gold"], total["recall"]) == (human_label("test", DRAFT_ON_THEM), 4, 1.0)
