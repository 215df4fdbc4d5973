"""Draft the coding of a new article for review:

    python -m pipeline draft ARTICLE.txt --published YYYY-MM[-DD] --out DIR [--id DOCUMENT_ID]

Writes to DIR: coding.yaml (the reviewed format, status: draft), metadata.yaml (to complete),
events.csv, statements.csv, actors.csv and actor_mentions.csv (the published tables' columns, as
far as rules can fill them) and time_expressions.csv (every date expression, normalized).
"""
import argparse
import calendar
import hashlib
import re
from datetime import date
from pathlib import Path

import yaml

from pipeline.extraction.extract import Draft, draft, slug
from pipeline.lib import paths
from pipeline.lib.coding import PUBLICATION, Article, mention_rows
from pipeline.lib.dates import DateValue, normalize
from pipeline.lib.errors import InputError, run
from pipeline.lib.inputs import read_text
from pipeline.lib.mentions import alias_patterns
from pipeline.lib.registry import actor_row, load_actors
from pipeline.lib.segment import segment
from pipeline.lib.tables import csv_bytes, field_names, to_csv, write_atomic

TIME_COLUMNS = ["text", "char_start", "char_end", "iso", "precision"]


def publication_day(value: str) -> date:
    """The reference day for relative dates: the given day, or the last day of the given month."""
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value)
    if not match:
        raise InputError("--published", None, f"{value!r} is not YYYY-MM or YYYY-MM-DD")
    year, month = int(match[1]), int(match[2])
    try:
        return date(year, month, int(match[3]) if match[3] else calendar.monthrange(year, month)[1])
    except ValueError:
        raise InputError("--published", None, f"{value!r} is not a date that exists") from None


def coding_yaml(document_id: str, proposed: Draft) -> str:
    statements = []
    for number, statement in enumerate(proposed.statements, start=1):
        record = {"id": f"s{number:02d}", "speaker": statement.speaker, "mode": statement.mode, "cue": statement.cue}
        if statement.recipient:
            record["recipient"] = statement.recipient
        if statement.date_text:
            record["date"] = statement.date_text
        record["text"] = statement.text
        statements.append(record)
    events = []
    for number, event in enumerate(proposed.events, start=1):
        record = {"id": f"e{number:02d}", "type": event.type}
        if event.mode:
            record["mode"] = event.mode
        record["label"] = event_label(event)
        record |= {key: value for key, value in [("actor1", event.actor1), ("actor2", event.actor2)] if value}
        record["status"] = event.status
        if event.date_text:
            record["date"] = event.date_text
        if event.date_text == PUBLICATION:
            record["date_basis"] = "TO COMPLETE: reported in the present tense, as current (the publication window)"
        record |= {"summary": "TO COMPLETE: what happened, in one sentence", "evidence": event.text}
        events.append(record)
    names = sorted({quotation.inner for quotation in proposed.quotations if quotation.kind != "speech"})
    kinds = {quotation.inner: quotation.kind for quotation in proposed.quotations}
    coding = {"document_id": document_id, "coders": ["draft extractor"], "status": "draft",
              "source_notes": [], "events": events, "statements": statements,
              "non_speech_quotations": [{"text": name, "kind": kinds[name]} for name in names]}
    header = ("# DRAFT coding by `python -m pipeline draft`: review every record against the text,\n"
              "# complete the events (summary, place, label) and add the source notes, add new actors\n"
              "# to data/raw/registry/actors.yaml,\n"
              "# then set status: reviewed. See docs/coding-guide.md.\n")
    return header + yaml.safe_dump(coding, sort_keys=False, allow_unicode=True, width=100)


def event_label(event) -> str:
    """A short label for charts (at most 48 characters): the type and the evidence's first words."""
    label = f"{event.type.capitalize()}: {event.text}"
    return label if len(label) <= 48 else label[:47].rsplit(" ", 1)[0] + "…"


def event_rows(document_id: str, proposed: Draft, published: date) -> list[dict]:
    rows = []
    for number, event in enumerate(proposed.events, start=1):
        if event.date_text == PUBLICATION:  # reported as current: the publication window
            value = DateValue(published, published, "range")
        else:
            value = normalize(event.date_text, published) if event.date_text else None
        row = {"event_id": f"{document_id}-e{number:02d}", "document_id": document_id,
               "event_date": value.start if value else None,
               "event_date_end": value.end if value and event.status != "ongoing" else None,
               "date_precision": value.precision if value else "unknown", "date_text": event.date_text,
               "event_type": event.type, "plover_mode": event.mode, "actor1_id": event.actor1,
               "actor2_id": event.actor2, "status": event.status, "label": event_label(event),
               "summary": "TO COMPLETE", "evidence_text": event.text, "char_start": event.start,
               "char_end": event.end}
        rows.append({name: row.get(name) for name in field_names("events")})  # the schema's columns
    return rows


def metadata_yaml(document_id: str, data: bytes, published: str) -> str:
    metadata = {"document_id": document_id, "text_file": paths.TEXT_FILE, "sha256": hashlib.sha256(data).hexdigest(),
                "encoding": "utf-8", "language": "en", "publisher": "TO COMPLETE", "url": "TO COMPLETE",
                "published": {"earliest": published if len(published) == 10 else f"{published}-01",
                              "latest": publication_day(published).isoformat(),
                              "precision": "day" if len(published) == 10 else "month",
                              "basis": "TO COMPLETE: where the date comes from"},
                "provenance": "TO COMPLETE: where the text and these facts come from"}
    return yaml.safe_dump(metadata, sort_keys=False, allow_unicode=True, width=100)


def statement_rows(document_id: str, proposed: Draft, published: date) -> list[dict]:
    rows = []
    for number, statement in enumerate(proposed.statements, start=1):
        value = normalize(statement.date_text, published) if statement.date_text else None
        rows.append({"statement_id": f"{document_id}-s{number:02d}", "document_id": document_id,
                     "speaker_id": statement.speaker, "mode": statement.mode, "text": statement.text,
                     "cue": statement.cue, "recipient_id": statement.recipient,
                     "statement_date": value.start if value else None,
                     "date_precision": value.precision if value else "unknown", "date_text": statement.date_text,
                     "event_id": None, "char_start": statement.start, "char_end": statement.end,
                     # Spans the reviewer adds in the coding (speaker_text); the build computes them.
                     "speaker_text": None, "speaker_start": None, "speaker_end": None,
                     "cue_start": None, "cue_end": None})
    return rows


def actor_rows(proposed: Draft, known: list[dict]) -> list[dict]:
    used = {actor for _, _, actor in proposed.mentions} | {s.speaker for s in proposed.statements} \
        | {s.recipient for s in proposed.statements if s.recipient} \
        | {a for e in proposed.events for a in (e.actor1, e.actor2) if a}
    rows = [actor_row(actor) for actor in known if actor["id"] in used]
    for actor in proposed.new_actors.values():
        rows.append({"actor_id": actor["id"], "name": actor["name"], "aliases": None, "actor_type": actor["type"],
                     "parent_actor_id": None, "role": None, "country": None, "side": "none",
                     "description": "Proposed by the draft extractor: review, then add to the registry."})
    return sorted(rows, key=lambda row: row["actor_id"])


def time_csv(proposed: Draft) -> bytes:
    return csv_bytes(TIME_COLUMNS, [dict(zip(TIME_COLUMNS, [expression.text, expression.start, expression.end,
                                                            expression.iso, expression.precision]))
                                    for expression in proposed.time_expressions])


def write_draft(article: Path, published: str, out: Path, document_id: str | None = None) -> Draft:
    raw, data = read_text(article)
    document_id = document_id or slug(article.stem)
    reference = publication_day(published)
    known = load_actors()
    proposed = draft(raw, reference, known)
    blocks = [{"segment_id": part.segment_id, "segment_type": part.segment_type, "start": part.char_start,
               "end": part.char_end} for part in segment(raw, document_id) if part.segment_type != "sentence"]
    mentions_article = Article(document_id, raw, reference, [], blocks, out / paths.CODING_FILE)
    known_and_new = known + [{"id": a["id"], "name": a["name"], "aliases": []} for a in proposed.new_actors.values()]
    files = {
        paths.CODING_FILE: coding_yaml(document_id, proposed).encode("utf-8"),
        paths.METADATA_FILE: metadata_yaml(document_id, data, published).encode("utf-8"),
        "events.csv": to_csv("events", event_rows(document_id, proposed, reference)),
        "statements.csv": to_csv("statements", statement_rows(document_id, proposed, reference)),
        "actors.csv": to_csv("actors", actor_rows(proposed, known)),
        "actor_mentions.csv": to_csv("actor_mentions", mention_rows(mentions_article, alias_patterns(known_and_new))),
        "time_expressions.csv": time_csv(proposed),
    }
    for name, content in files.items():
        write_atomic(out / name, content)
    speech = sum(quotation.kind == "speech" for quotation in proposed.quotations)
    print(f"draft: {document_id}: {len(proposed.events)} events, "
          f"{len(proposed.statements)} statements ({speech} speech quotations), "
          f"{len(proposed.time_expressions)} date expressions, {len(proposed.new_actors)} new actors -> {out}")
    return proposed


def main(arguments: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m pipeline draft", description=__doc__.splitlines()[0])
    parser.add_argument("article", type=Path, help="a plain-text English news article (UTF-8)")
    parser.add_argument("--published", required=True, help="publication date, YYYY-MM or YYYY-MM-DD")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the draft into")
    parser.add_argument("--id", dest="document_id", help="document id (default: from the file name)")
    options = parser.parse_args(arguments)
    run(lambda: write_draft(options.article, options.published, options.out, options.document_id))
