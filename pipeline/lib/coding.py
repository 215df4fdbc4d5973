"""The reviewed coding of an article (coding.yaml) and the rows it becomes.

Coders write what they read (verbatim quotes, date expressions, actor ids); this module
computes the rest: offsets (each quote must occur exactly once), normalized dates, global ids
and the actor mentions. Any record that cannot be located or resolved raises an InputError that
names the coding file and the record. Pure: text and records in, rows out.
"""
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pipeline.lib.dates import DateError, DateValue, coarsest, normalize
from pipeline.lib.errors import InputError
from pipeline.lib.inputs import check_choice, check_list, check_local_ids, check_record, load_yaml
from pipeline.lib.mentions import find_mentions
from pipeline.lib.spans import QUOTATION, SpanError, holds, locate, quotations_in
from pipeline.lib.tables import enum

CODING_REQUIRED = {"document_id"}
CODING_OPTIONAL = {"coders", "status", "source_notes", "events", "statements", "non_speech_quotations", "aliases"}
NOTE_FIELDS = ({"id", "type", "quote", "reading"}, {"explanation", "source"})
EVENT_FIELDS = ({"id", "type", "label", "status", "summary", "evidence"},
                {"mode", "acled", "actor1", "actor2", "place", "date", "date_end", "date_note", "date_context"})
STATEMENT_FIELDS = ({"id", "speaker", "mode", "cue", "text"}, {"recipient", "date", "date_context", "event"})
NON_SPEECH_FIELDS = ({"text", "kind"}, set())
NON_SPEECH_KINDS = ["name", "title", "scare"]


@dataclass
class Article:
    """What coding one article needs to know about it."""
    document_id: str
    raw: str
    published: date                     # latest possible publication day: the reference for dates
    paragraphs: list[tuple[int, int]]   # body paragraphs: where evidence must lie
    blocks: list[dict]                  # every block, for placing mentions
    coding_path: Path


class Coder:
    """Turns one article's coding records into rows, reporting errors against the coding file."""

    def __init__(self, article: Article, actor_ids: set[str], place_ids: set[str]):
        self.article, self.actor_ids, self.place_ids = article, actor_ids, place_ids
        self.path = article.coding_path
        self.notes: dict[str, dict] = {}
        self.event_ids: set[str] = set()

    def global_id(self, local_id: str) -> str:
        return f"{self.article.document_id}-{local_id}"

    def fail(self, record: str, problem: str):
        raise InputError(self.path, record, problem)

    def locate(self, record: str, field: str, quote: str, start: int = 0, end: int | None = None) -> tuple[int, int]:
        try:
            return locate(self.article.raw, quote, start, end)
        except SpanError as error:
            self.fail(record, f"{field}: {error}")

    def locate_in_body(self, record: str, field: str, quote: str) -> tuple[int, int, tuple[int, int]]:
        """A quote's span and the body paragraph that contains it."""
        start, end = self.locate(record, field, quote)
        for paragraph in self.article.paragraphs:
            if paragraph[0] <= start and end <= paragraph[1]:
                return start, end, paragraph
        self.fail(record, f"{field} {quote!r} is not inside one body paragraph "
                          "(it is in the title, a caption, a heading or boilerplate, or spans paragraphs)")

    def check_ref(self, record: str, field: str, value: str | None, known: set[str], kind: str) -> str | None:
        if value is not None and value not in known:
            self.fail(record, f"{field} {value!r} is not a known {kind}")
        return value

    def date(self, record_name: str, record: dict, field: str,
             paragraph: tuple[int, int]) -> tuple[DateValue, str] | None:
        """The normalized value of a date expression found in the record's paragraph
        (or in its date_context quote), with the verbatim expression."""
        expression = record.get(field)
        if expression is None:
            return None
        if field == "date" and "date_context" in record:
            paragraph = self.locate(record_name, "date_context", record["date_context"])
        start, end = self.locate(record_name, field, expression, *paragraph)
        reading = expression
        if field == "date" and "date_note" in record:
            note = self.notes.get(record["date_note"]) or self.fail(
                record_name, f"date_note {record['date_note']!r} is not a source note of this document")
            if not (note["char_start"] <= start and end <= note["char_end"]):
                self.fail(record_name, f"date_note {record['date_note']} does not cover the date {expression!r}")
            reading = note["corrected_reading"]
        try:
            return normalize(reading, self.article.published), expression
        except DateError as error:
            self.fail(record_name, f"{field}: {error}")

    def note_row(self, record: dict) -> dict:
        name = f"source_notes {record['id']}"
        check_choice(self.path, name, "type", record["type"], enum("source_notes", "note_type"))
        source = record.get("source", "editorial")
        check_choice(self.path, name, "source", source, enum("source_notes", "source"))
        start, end = self.locate(name, "quote", record["quote"])
        row = {"note_id": self.global_id(record["id"]), "document_id": self.article.document_id,
               "note_type": record["type"], "text": record["quote"], "corrected_reading": record["reading"],
               "explanation": record.get("explanation"), "source": source, "char_start": start, "char_end": end}
        self.notes[record["id"]] = row
        return row

    def event_row(self, record: dict) -> dict:
        name = f"events {record['id']}"
        for field, column in [("type", "event_type"), ("mode", "plover_mode"),
                              ("acled", "acled_sub_event_type"), ("status", "status")]:
            check_choice(self.path, name, field, record.get(field), enum("events", column))
        start, end, paragraph = self.locate_in_body(name, "evidence", record["evidence"])
        begins, ends = self.date(name, record, "date", paragraph), self.date(name, record, "date_end", paragraph)
        if ends and not begins:
            self.fail(name, "date_end is given without date")
        if begins and ends and ends[0].end < begins[0].start:
            self.fail(name, f"date_end {ends[1]!r} ({ends[0].end}) is before date {begins[1]!r} ({begins[0].start})")
        open_ended = record["status"] == "ongoing" and not ends
        self.event_ids.add(record["id"])
        return {
            "event_id": self.global_id(record["id"]),
            "document_id": self.article.document_id,
            "event_date": begins[0].start if begins else None,
            "event_date_end": None if not begins or open_ended else (ends or begins)[0].end,
            "date_precision": (coarsest(begins[0].precision, ends[0].precision if ends else "day")
                               if begins else "unknown"),
            "date_text": begins[1] if begins else None,
            "date_end_text": ends[1] if ends else None,
            "date_note_id": self.global_id(record["date_note"]) if "date_note" in record else None,
            "event_type": record["type"],
            "plover_mode": record.get("mode"),
            "acled_sub_event_type": record.get("acled"),
            "actor1_id": self.check_ref(name, "actor1", record.get("actor1"), self.actor_ids, "actor"),
            "actor2_id": self.check_ref(name, "actor2", record.get("actor2"), self.actor_ids, "actor"),
            "place_id": self.check_ref(name, "place", record.get("place"), self.place_ids, "place"),
            "status": record["status"],
            "label": record["label"],
            "summary": record["summary"],
            "evidence_text": record["evidence"],
            "char_start": start,
            "char_end": end,
        }

    def statement_row(self, record: dict) -> dict:
        name = f"statements {record['id']}"
        check_choice(self.path, name, "mode", record["mode"], enum("statements", "mode"))
        start, end, paragraph = self.locate_in_body(name, "text", record["text"])
        self.check_mode(name, record["mode"], start, end)
        if record["cue"] not in self.article.raw[paragraph[0]:paragraph[1]]:
            self.fail(name, f"cue {record['cue']!r} is not in the statement's paragraph")
        when = self.date(name, record, "date", paragraph)
        event = self.check_ref(name, "event", record.get("event"), self.event_ids, "event of this document")
        return {
            "statement_id": self.global_id(record["id"]),
            "document_id": self.article.document_id,
            "speaker_id": self.check_ref(name, "speaker", record["speaker"], self.actor_ids, "actor"),
            "mode": record["mode"],
            "text": record["text"],
            "cue": record["cue"],
            "recipient_id": self.check_ref(name, "recipient", record.get("recipient"), self.actor_ids, "actor"),
            "statement_date": when[0].start if when else None,
            "date_precision": when[0].precision if when else "unknown",
            "date_text": when[1] if when else None,
            "event_id": self.global_id(event) if event else None,
            "char_start": start,
            "char_end": end,
        }

    def check_mode(self, name: str, mode: str, start: int, end: int) -> None:
        """A direct statement sits between quotation marks; a mixed one contains some."""
        raw = self.article.raw
        if mode == "direct" and not (raw[start - 1:start] in "“\"" and raw[end:end + 1] in "”\"" and start > 0):
            self.fail(name, "mode is direct, but the text is not enclosed in quotation marks "
                            "(quote the words inside the marks, without the marks)")
        if mode == "mixed" and not QUOTATION.search(raw, start, end):
            self.fail(name, "mode is mixed, but the text contains no quotation")

    def check_quotations(self, statements: list[dict], non_speech: list[dict]) -> None:
        """Every quotation in the body is someone's speech inside a statement, or is listed as a
        name, title or scare quote; and every listed one occurs."""
        listed = {entry["text"] for entry in non_speech}
        spans = [(row["char_start"], row["char_end"]) for row in statements]
        for quotation in speech_quotations(self.article.raw, self.article.paragraphs, listed):
            if not any(holds(span, quotation) for span in spans):
                self.fail(f"quotation at character {quotation.start()}",
                          f"{quotation.group()!r} is not inside any statement's text; code it as a statement, "
                          "or list it in non_speech_quotations if it is a name, a title or a scare quote")
        found = {quotation.group()[1:-1] for quotation in quotations_in(self.article.raw, self.article.paragraphs)}
        for text in sorted(listed - found):
            self.fail(f"non_speech_quotations {text!r}", "no quotation in the body has this text")


def speech_quotations(raw: str, paragraphs: list[tuple[int, int]], not_speech: set[str]) -> list[re.Match]:
    """The quotations of the body paragraphs that a coding does not declare names or scare quotes."""
    return [quotation for quotation in quotations_in(raw, paragraphs) if quotation.group()[1:-1] not in not_speech]


def load_coding(path: Path, document_id: str) -> dict:
    coding = check_record(path, "coding", load_yaml(path), CODING_REQUIRED, CODING_OPTIONAL, {"document_id"})
    if coding["document_id"] != document_id:
        raise InputError(path, "document_id", f"{coding['document_id']!r} differs from the folder name {document_id!r}")
    sections = {}
    for section, (required, optional), prefix in [("source_notes", NOTE_FIELDS, "n"), ("events", EVENT_FIELDS, "e"),
                                                  ("statements", STATEMENT_FIELDS, "s")]:
        records = check_list(path, section, coding.get(section))
        for index, record in enumerate(records, start=1):
            label = record.get("id", f"#{index}") if isinstance(record, dict) else f"#{index}"
            check_record(path, f"{section} {label}", record, required, optional)
        check_local_ids(path, section, records, prefix)
        sections[section] = records
    non_speech = check_list(path, "non_speech_quotations", coding.get("non_speech_quotations"))
    for index, entry in enumerate(non_speech, start=1):
        check_record(path, f"non_speech_quotations #{index}", entry, *NON_SPEECH_FIELDS)
        check_choice(path, f"non_speech_quotations #{index}", "kind", entry["kind"], NON_SPEECH_KINDS)
    aliases = coding.get("aliases") or {}
    if not isinstance(aliases, dict) or not all(isinstance(k, str) and k.strip() and isinstance(v, str)
                                                for k, v in aliases.items()):
        raise InputError(path, "aliases", "expected a mapping of alias: actor_id (text: text)")
    return sections | {"non_speech_quotations": non_speech, "aliases": aliases}


def document_aliases(path: Path, coding: dict, actor_ids: set[str]) -> list[dict]:
    """The aliases a coding declares for its own document ("the Committee": negotiations-committee),
    in the registry's shape, for finding mentions in that document only."""
    for alias, actor_id in coding.get("aliases", {}).items():
        if actor_id not in actor_ids:
            raise InputError(path, f"aliases {alias!r}", f"actor {actor_id!r} is not a known actor")
    return [{"id": actor_id, "name": alias, "aliases": []} for alias, actor_id in coding.get("aliases", {}).items()]


def code_document(article: Article, coding: dict, actor_ids: set[str], place_ids: set[str]) -> dict[str, list[dict]]:
    coder = Coder(article, actor_ids, place_ids)
    notes = [coder.note_row(record) for record in coding["source_notes"]]
    events = [coder.event_row(record) for record in coding["events"]]
    statements = [coder.statement_row(record) for record in coding["statements"]]
    coder.check_quotations(statements, coding["non_speech_quotations"])
    return {"events": events, "statements": statements, "source_notes": notes}


def mention_rows(article: Article, patterns) -> list[dict]:
    rows = []
    for start, end, actor_id in find_mentions(article.raw, patterns):
        block = next(block for block in article.blocks if block["start"] <= start and end <= block["end"])
        rows.append({"mention_id": f"{article.document_id}-m{start:05d}", "document_id": article.document_id,
                     "actor_id": actor_id, "text": article.raw[start:end], "char_start": start, "char_end": end,
                     "segment_id": block["segment_id"], "segment_type": block["segment_type"]})
    return rows


