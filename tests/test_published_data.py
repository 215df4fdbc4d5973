"""Invariants of the published package: what a user relies on when loading the CSVs."""
import hashlib
import json
import re
import subprocess

import pandas as pd
import yaml

from pipeline.lib import paths
from pipeline.lib.dates import GRAMMAR
from pipeline.stages.validate import problems_in
from tests.conftest import ARTICLE, DOCUMENT, ROOT, SEED


def test_raw_article_is_the_seed_byte_for_byte():
    metadata = yaml.safe_load((ARTICLE.parent / paths.METADATA_FILE).read_text(encoding="utf-8"))
    data = ARTICLE.read_bytes()
    assert hashlib.sha256(data).hexdigest() == metadata["sha256"] == \
        "3cdb17fa5549a861961f7c5ea1115315da0a4ae20938e8f80937c03cbbad4a03"
    if SEED.exists():
        assert data == SEED.read_bytes()


def test_the_published_package_passes_every_check():
    assert problems_in(ROOT) == []


def test_frictionless_validate_command_passes():
    result = subprocess.run([str(ROOT / ".venv" / "bin" / "frictionless"), "validate", "datapackage.json"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_descriptor_is_data_package_v2_with_hashes():
    package = json.loads(paths.DATAPACKAGE.read_text(encoding="utf-8"))
    assert package["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert re.fullmatch(r"\d+\.\d+\.\d+", package["version"])
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    for resource in package["resources"]:
        data = (ROOT / resource["path"]).read_bytes()
        assert resource["bytes"] == len(data)
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert all(field.get("description") for field in resource["schema"]["fields"]), resource["name"]
        schema_file = json.loads((paths.SCHEMAS / f"{resource['name']}.schema.json").read_text(encoding="utf-8"))
        assert resource["schema"] == schema_file, "the descriptor must embed schemas/ unchanged"


def test_csv_files_are_rfc4180_utf8_without_bom():
    for path in sorted(paths.PROCESSED.glob("*.csv")):
        data = path.read_bytes()
        assert not data.startswith(b"\xef\xbb\xbf"), path.name
        data.decode("utf-8")
        assert data.endswith(b"\r\n") and data.count(b"\n") == data.count(b"\r\n"), path.name


def body_paragraphs(tables) -> list[tuple[int, int]]:
    segments = tables["segments"]
    paragraphs = segments[segments["segment_type"] == "paragraph"]
    return [(int(row.char_start), int(row.char_end)) for row in paragraphs.itertuples()]


def test_events_and_statements_come_from_the_body_not_boilerplate(tables):
    paragraphs = body_paragraphs(tables)
    for name in ["events", "statements"]:
        for row in tables[name].itertuples():
            assert any(start <= int(row.char_start) and int(row.char_end) <= end for start, end in paragraphs), row


def test_segmentation_of_the_seed(tables):
    segments = tables["segments"]
    blocks = segments[segments["segment_type"] != "sentence"]
    counts = blocks["segment_type"].value_counts().to_dict()
    assert counts == {"title": 1, "caption": 2, "heading": 2, "paragraph": 15, "boilerplate": 11}
    captions = blocks[blocks["segment_type"] == "caption"]
    assert captions["is_duplicate"].tolist() == ["false", "true"]
    boilerplate = blocks[blocks["segment_type"] == "boilerplate"]["text"].tolist()
    assert boilerplate[0] == "النسخة العربية من المقال" and "Related Articles" in boilerplate
    assert "Click here to support" in boilerplate


SPEECH = re.compile(r"“[^”]*”")


def test_every_speech_quotation_is_a_statement_with_its_speaker(tables, raw):
    """The article has eight quotations of someone's words; each lies in a statement."""
    statements = tables["statements"]
    coding = yaml.safe_load((ARTICLE.parent / paths.CODING_FILE).read_text(encoding="utf-8"))
    not_speech = {entry["text"] for entry in coding["non_speech_quotations"]}
    speakers = {}
    for start, end in body_paragraphs(tables):
        for match in SPEECH.finditer(raw, start, end):
            if match.group()[1:-1] in not_speech:
                continue
            holders = statements[(statements["char_start"].astype(int) <= match.start() + 1)
                                 & (statements["char_end"].astype(int) >= match.end() - 1)
                                 & (statements["mode"] != "indirect")]
            if len(holders):
                speakers[match.group()[1:-1][:30]] = set(holders["speaker_id"])
    assert speakers == {
        "there reason why the current c": {"nassar-al-nahar"},
        "We are taking the threats into": {"nassar-al-nahar"},
        "high level military preparatio": {"nassar-al-nahar"},
        "mere rumors, for they were not": {"mohammad-kanj-ayoup"},
        "in a state of war for five yea": {"ayman-al-amouri"},
        "ready for the war at any time.": {"ayman-al-amouri"},
        "gamify": {"negotiations-committee"},
        "threats and inducement.": {"negotiations-committee"},
    }


def test_statements_include_reported_speech_and_recipients(tables):
    statements = tables["statements"]
    assert (statements["mode"] == "indirect").sum() >= 8
    told = statements[statements["recipient_id"] == "enab-baladi"]
    assert {"nassar-al-nahar", "mohammad-kanj-ayoup", "tahrir-al-watan"} <= set(told["speaker_id"])


def test_every_actor_named_in_the_article_is_in_actors(tables):
    names = set(tables["actors"]["name"])
    for expected in ["Russian Ministry of Defense", "Negotiations Committee of the northern Homs countryside",
                     "Ahrar al-Sham", "Nassar al-Nahar", "Harakat Tahrir al-Watan", "al-Tawhid Brigade",
                     "Ayman al-Amouri", "Mohammad Kanj Ayoup", "Enab Baladi", "United Nations"]:
        assert expected in names
    mentioned = set(tables["actor_mentions"]["actor_id"])
    acting = set(tables["events"][["actor1_id", "actor2_id"]].stack().dropna()) | set(tables["statements"]["speaker_id"])
    assert acting <= set(tables["actors"]["actor_id"])
    assert {"nassar-al-nahar", "mohammad-kanj-ayoup", "ayman-al-amouri", "russian-mod"} <= mentioned


def test_the_events_the_article_reports(tables):
    events = tables["events"].set_index("event_id")
    kinds = events["event_type"].value_counts().to_dict()
    for event_type in ["AGREE", "THREATEN", "MOBILIZE", "REQUEST", "REJECT", "SANCTION", "ASSAULT"]:
        assert kinds.get(event_type, 0) >= 1, event_type
    dated = events.dropna(subset=["event_date"])
    interval = {row.Index.removeprefix(f"{DOCUMENT}-"): (row.event_date, row.event_date_end, row.date_precision)
                for row in dated.itertuples()}
    assert interval["e11"] == ("2017-10-04", "2017-10-04", "day")
    assert interval["e01"] == ("2017-08-01", "2017-08-31", "month")
    assert interval["e03"][0] == "2018-02-15"
    # "Since last August", before the agreement of 4 October 2017: a range the text bounds.
    assert interval["e12"] == ("2017-08-01", "2017-10-04", "range")
    # Reported as current: the publication window.
    assert interval["e08"] == ("2018-02-15", "2018-02-28", "range")
    assert events.loc[f"{DOCUMENT}-e14", "event_date_end"] == "2018-02-15"
    assert (events["date_precision"] == "unknown").eq(events["event_date"].isna()).all()
    # Every bounded or undated event says why; background events are flagged.
    assert events.loc[events["date_precision"].isin(["range", "unknown"]), "date_basis"].notna().all()
    assert events.loc[f"{DOCUMENT}-e01", "is_background"] == "true"


def test_every_date_in_the_body_is_normalized_somewhere(tables, raw):
    """Each date expression in the article body dates an event or statement, or lies in the words a
    record quotes (an event's evidence, a source note): no date of the text is silently dropped."""
    expression = re.compile(r"\b(\d{1,2} (?:January|February|March|April|May|June|July|August|September|October"
                            r"|November|December)(?:,? \d{4})?|(?:January|February|March|April|May|June|July|August"
                            r"|September|October|November|December) \d{4}|(?:last|next) (?:January|February|March"
                            r"|April|May|June|July|August|September|October|November|December))\b")
    used = set(tables["events"]["date_text"].dropna()) | set(tables["events"]["date_end_text"].dropna()) \
        | set(tables["statements"]["date_text"].dropna())
    quoted = [(int(row.char_start), int(row.char_end)) for name in ["events", "source_notes"]
              for row in tables[name].itertuples()]
    found = {match.group() for start, end in body_paragraphs(tables) for match in expression.finditer(raw, start, end)
             if not any(first <= match.start() and match.end() <= last for first, last in quoted)}
    assert found <= used, found - used
    assert all(any(pattern.fullmatch(text) for pattern in GRAMMAR) for text in used)


def test_source_problems_are_recorded(tables):
    notes = tables["source_notes"]
    readings = dict(zip(notes["text"], zip(notes["corrected_reading"], notes["source"])))
    assert readings["northern countryside of Idlib"] == ("northern countryside of Homs", "arabic_original")
    assert readings["14 May, 2017"] == ("4 May 2017", "arabic_original")
    assert readings["De-scalation"][0] == "De-escalation"
    assert readings["Enaab Baladi"][0] == "Enab Baladi"
    assert readings["seek option that"][0] == "seek options that"


def test_document_metadata_is_marked_as_from_outside_the_text(tables):
    document = tables["documents"].iloc[0]
    assert document["url"].startswith("https://english.enabbaladi.net/archives/2018/02/")
    assert (document["published_date"], document["published_date_end"], document["date_precision"]) == \
        ("2018-02-15", "2018-02-28", "month")
    assert document["original_url"] == "https://enabbaladi.net/207554/"
    assert "not in the article's text" in document["metadata_source"]


def test_ids_are_scoped_by_document_and_come_from_the_coding(tables):
    coding = yaml.safe_load((ARTICLE.parent / paths.CODING_FILE).read_text(encoding="utf-8"))
    assert tables["events"]["event_id"].tolist() == [f"{DOCUMENT}-{event['id']}" for event in coding["events"]]
    assert tables["statements"]["statement_id"].tolist() == [f"{DOCUMENT}-{s['id']}" for s in coding["statements"]]


def test_loads_in_pandas_with_real_types():
    events = pd.read_csv(paths.PROCESSED / "events.csv", parse_dates=["event_date", "event_date_end"])
    assert events["event_date"].dtype.kind == "M"
    assert events["char_start"].dtype.kind == "i"
