"""The reviewed coding of an article (coding.yaml) and the rows it becomes.

Coders write what they read (verbatim quotes, date expressions, actor ids); this module
computes the rest: offsets (each quote must occur exactly once), normalized dates, global ids
and the actor mentions. Any record that cannot be located or resolved raises an InputError that
names the coding file and the record. Pure: text and records in, rows out.
"""
import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from pipeline.lib import paths
from pipeline.lib.dates import DateError, DateValue, normalize
from pipeline.lib.errors import InputError
from pipeline.lib.inputs import check_choice, check_list, check_local_ids, check_record, load_yaml
from pipeline.lib.mentions import find_mentions
from pipeline.lib.spans import QUOTATION, SpanError, enclosed_in_quotation_marks, holds, locate, quotations_in
from pipeline.lib.tables import enum, plover_modes

CODING_REQUIRED = {"document_id"}
CODING_OPTIONAL = {"coders", "status", "source_notes", "events", "statements", "non_speech_quotations", "aliases"}
NOTE_FIELDS = ({"id", "type", "quote", "reading"}, {"explanation", "source"})
EVENT_FIELDS = ({"id", "type", "label", "status", "summary", "evidence"},
                {"mode", "acled", "actor1", "actor2", "place", "date", "date_end", "not_before", "not_after",
                 "date_note", "date_context", "date_basis", "background"})
EVENT_FLAGS = {"background"}  # yes/no fields; every other field is text
STATEMENT_FIELDS = ({"id", "speaker", "mode", "cue", "text"},
                    {"speaker_text", "recipient", "date", "date_context", "event"})
# "publication" in place of a date expression: not_after: publication -- the article reports the
# event as past or still going on: it ended (or was going on) by the latest day the article can
# have been published; date: publication -- it reports it as current: the publication window.
PUBLICATION = "publication"
# Background: an event whose interval ends before the article's news period, the days before
# publication that an article reports as news.
NEWS_PERIOD_DAYS = 30
# Statuses that say the event had not (or not verifiably) happened when the article was written.
UNREALIZED = {"announced", "planned", "threatened", "claimed"}
REALIZED = {"occurred", "ongoing"}
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
    published_from: date | None = None  # earliest possible publication day (default: published)

    @property
    def earliest(self) -> date:
        """The first day the article can have been published."""
        return self.published_from or self.published


def article_from_rows(document: dict, own: list[dict]) -> Article:
    """An article from its documents.csv row and its own segments.csv rows."""
    blocks = [{"segment_id": row["segment_id"], "segment_type": row["segment_type"],
               "start": int(row["char_start"]), "end": int(row["char_end"])}
              for row in own if row["segment_type"] != "sentence"]
    folder = paths.DOCUMENTS / document["document_id"]
    return Article(
        document_id=document["document_id"],
        raw=(paths.ROOT / document["raw_path"]).read_bytes().decode("utf-8"),
        published=date.fromisoformat(document["published_date_end"]),
        published_from=date.fromisoformat(document["published_date"]),
        paragraphs=[(block["start"], block["end"]) for block in blocks if block["segment_type"] == "paragraph"],
        blocks=blocks,
        coding_path=folder / paths.CODING_FILE,
    )


class Coder:
    """Turns one article's coding records into rows, reporting errors against the coding file."""

    def __init__(self, article: Article, actor_ids: set[str], place_ids: set[str], strict: bool = True,
                 parties: set[str] | None = None):
        self.article, self.actor_ids, self.place_ids = article, actor_ids, place_ids
        self.parties = parties  # speakers whose word about another's act is a claim; None: every speaker
        self.strict = strict  # False: read a coding made under older rules (for comparison only)
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
        if "date_context" in record:
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
        self.check_plover_mode(name, record["type"], record.get("mode"))
        start, end, paragraph = self.locate_in_body(name, "evidence", record["evidence"])
        begins, ends, precision, texts = self.interval(name, record, paragraph)
        background = self.check_background(name, record, ends)
        self.check_reality(name, record["status"], begins, ends)
        self.event_ids.add(record["id"])
        return {
            "event_id": self.global_id(record["id"]),
            "document_id": self.article.document_id,
            "event_date": begins,
            "event_date_end": ends,
            "date_precision": precision,
            "date_text": texts[0],
            "date_end_text": texts[1],
            "date_note_id": self.global_id(record["date_note"]) if "date_note" in record else None,
            "date_basis": record.get("date_basis"),
            "event_type": record["type"],
            "plover_mode": record.get("mode"),
            "acled_sub_event_type": record.get("acled"),
            "actor1_id": self.check_ref(name, "actor1", record.get("actor1"), self.actor_ids, "actor"),
            "actor2_id": self.check_ref(name, "actor2", record.get("actor2"), self.actor_ids, "actor"),
            "place_id": self.check_ref(name, "place", record.get("place"), self.place_ids, "place"),
            "status": record["status"],
            "is_background": background,
            "label": record["label"],
            "summary": record["summary"],
            "evidence_text": record["evidence"],
            "char_start": start,
            "char_end": end,
        }

    def interval(self, name: str, record: dict, paragraph: tuple[int, int]):
        """An event's date interval, its precision and the expressions it came from.

        date [date_end]: the expressions that date the event; not_before / not_after: the words
        that bound it ("since last August", "after 4 October"), not_after: publication for what
        the article reports as current or past. One expression (or two of one precision) gives
        that precision; anything else is a range, whose date_basis says how it was bounded.
        """
        for first, second in [("date", "not_before"), ("date_end", "not_after")]:
            if first in record and second in record:
                self.fail(name, f"give {first} or {second}, not both")
        if "date_end" in record and "date" not in record and "not_before" not in record:
            self.fail(name, "date_end is given without date (or not_before)")
        earliest, latest = self.article.earliest, self.article.published
        if record.get("date") == PUBLICATION:  # reported as current: the publication window
            begins = (DateValue(earliest, latest, "range"), None)
            if "date_end" in record or "not_after" in record:
                self.fail(name, "date: publication is the whole interval; it takes no date_end or not_after")
        else:
            begins = self.date(name, record, "date", paragraph) or self.date(name, record, "not_before", paragraph)
        if record.get("not_after") == PUBLICATION:
            ends = (DateValue(latest, latest, "day"), None)
        else:
            ends = self.date(name, record, "date_end", paragraph) or self.date(name, record, "not_after", paragraph)
        if ends and not begins:
            self.fail(name, "an end (date_end or not_after) is given without a start (date or not_before)")
        if record["status"] == "ongoing" and begins and not ends and record.get("date") != PUBLICATION and self.strict:
            self.fail(name, "an ongoing event needs an end: not_after: publication (it was still going on "
                            "when the article was written), or the date_end the article gives")
        if begins and ends and ends[0].end < begins[0].start:
            self.fail(name, f"the end {ends[1]!r} ({ends[0].end}) is before the start {begins[1]!r} "
                            f"({begins[0].start})")
        bounded = "not_before" in record or "not_after" in record or record.get("date") == PUBLICATION
        if not begins:
            precision = "unknown"
        elif bounded or (ends and ends[0].precision != begins[0].precision):
            precision = "range"
        else:
            precision = begins[0].precision
        if precision in ("range", "unknown") and "date_basis" not in record and self.strict:
            self.fail(name, f"date precision is {precision}: say in date_basis how the text bounds the date"
                            + (" (or why it bounds nothing)" if precision == "unknown" else ""))
        if precision not in ("range", "unknown") and "date_basis" in record and self.strict:
            self.fail(name, f"date_basis is for bounded or undated events; this one is dated to the {precision}")
        if not begins:
            return None, None, precision, (None, None)
        return begins[0].start, (ends or begins)[0].end, precision, (begins[1], ends[1] if ends else None)

    def check_plover_mode(self, name: str, event_type: str, mode: str | None) -> None:
        allowed = plover_modes()[event_type]
        if mode is not None and mode not in allowed:
            self.fail(name, f"mode {mode!r} is not a PLOVER mode of {event_type} (allowed: "
                            f"{', '.join(allowed) or 'none'}; see schemas/plover_modes.yaml)")

    def check_background(self, name: str, record: dict, ends: "date | None") -> bool:
        """A dated event is background exactly when it ended before the article's news period."""
        background = record.get("background", False)
        if not isinstance(background, bool):
            self.fail(name, f"background must be true or false, found {background!r}")
        if ends is None:
            return background
        news_from = self.article.earliest - timedelta(days=NEWS_PERIOD_DAYS)
        if background != (ends < news_from):
            self.fail(name, f"ends {ends}, {'after' if ends >= news_from else 'before'} the article's news period "
                            f"(from {news_from}, {NEWS_PERIOD_DAYS} days before its earliest publication day): "
                            f"background must be {'true' if ends < news_from else 'false'}")
        return background

    def check_reality(self, name: str, status: str, begins: "date | None", ends: "date | None") -> None:
        """What had not happened by publication cannot be coded as having happened."""
        latest = self.article.published
        if begins is not None and begins > latest and status not in UNREALIZED:
            self.fail(name, f"starts {begins}, after the article's publication (by {latest}): status must be one of "
                            f"{', '.join(sorted(UNREALIZED))}, not {status!r}")
        if ends is not None and ends > latest and status in REALIZED:
            self.fail(name, f"status {status!r}, but the interval runs to {ends}, after the article's publication "
                            f"(by {latest})")

    def check_sourcing(self, events: list[dict], statements: list[dict]) -> None:
        """An event the article knows only from one party's statement (its evidence lies inside the
        text of a statement by a party to the conflict other than the event's actor) is not coded
        as fact: that party claims it. A statement by the actor itself is the event (an
        accusation, a threat); a monitor's, a witness's or the press's report is not a party's."""
        for event in events:
            if event["status"] not in REALIZED:
                continue
            for statement in statements:
                inside = statement["char_start"] <= event["char_start"] and event["char_end"] <= statement["char_end"]
                party = self.parties is None or statement["speaker_id"] in self.parties
                if inside and party and statement["speaker_id"] != event["actor1_id"]:
                    local = event["event_id"].removeprefix(f"{self.article.document_id}-")
                    self.fail(f"events {local}", f"status {event['status']!r}, but the article reports it only in "
                              f"{statement['speaker_id']}'s statement {statement['statement_id']}: "
                              "code it as claimed (or the status that statement gives it)")

    def statement_row(self, record: dict) -> dict:
        name = f"statements {record['id']}"
        check_choice(self.path, name, "mode", record["mode"], enum("statements", "mode"))
        start, end, paragraph = self.locate_in_body(name, "text", record["text"])
        self.check_mode(name, record["mode"], start, end)
        cue_start, cue_end = self.locate(name, "cue", record["cue"], *paragraph)
        speaker = self.locate(name, "speaker_text", record["speaker_text"], *paragraph) \
            if "speaker_text" in record else (None, None)
        when = self.date(name, record, "date", paragraph)
        event = self.check_ref(name, "event", record.get("event"), self.event_ids, "event of this document")
        return {
            "statement_id": self.global_id(record["id"]),
            "document_id": self.article.document_id,
            "speaker_id": self.check_ref(name, "speaker", record["speaker"], self.actor_ids, "actor"),
            "speaker_text": record.get("speaker_text"),
            "speaker_start": speaker[0],
            "speaker_end": speaker[1],
            "mode": record["mode"],
            "text": record["text"],
            "cue": record["cue"],
            "cue_start": cue_start,
            "cue_end": cue_end,
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
        if mode == "direct" and not enclosed_in_quotation_marks(raw, start, end):
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
            check_record(path, f"{section} {label}", record, required, optional,
                         (required | optional) - EVENT_FLAGS if section == "events" else None)
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


# Sides of the conflict: an actor on one of them speaks as a party (schemas/actors: side).
PARTY_SIDES = {"pro_government", "opposition"}


def conflict_parties(actors: list[dict]) -> set[str]:
    """The actors whose account of another's act is one party's claim."""
    return {actor["id"] for actor in actors if actor.get("side") in PARTY_SIDES}


def code_document(article: Article, coding: dict, actor_ids: set[str], place_ids: set[str],
                  parties: set[str] | None = None) -> dict[str, list[dict]]:
    """A document's rows. parties: the actors whose word about others' acts is one party's account
    (see conflict_parties); None counts every speaker as a party."""
    coder = Coder(article, actor_ids, place_ids, parties=parties)
    notes = [coder.note_row(record) for record in coding["source_notes"]]
    events = [coder.event_row(record) for record in coding["events"]]
    statements = [coder.statement_row(record) for record in coding["statements"]]
    coder.check_sourcing(events, statements)
    coder.check_quotations(statements, coding["non_speech_quotations"])
    return {"events": events, "statements": statements, "source_notes": notes}


def mention_rows(article: Article, patterns, key: str = "actor_id", prefix: str = "m") -> list[dict]:
    """Rows of a mentions table (actor_mentions, or place_mentions with key="place_id", prefix="p"):
    each mention found, its block, and an id made of the document id, the prefix and the offset."""
    rows = []
    starts = [block["start"] for block in article.blocks]  # blocks are in text order and do not overlap
    for start, end, found_id in find_mentions(article.raw, patterns):
        block = article.blocks[bisect.bisect_right(starts, start) - 1]
        if not (block["start"] <= start and end <= block["end"]):  # not where bisect looks: search them all
            block = next(block for block in article.blocks if block["start"] <= start and end <= block["end"])
        rows.append({"mention_id": f"{article.document_id}-{prefix}{start:05d}", "document_id": article.document_id,
                     key: found_id, "text": article.raw[start:end], "char_start": start, "char_end": end,
                     "segment_id": block["segment_id"], "segment_type": block["segment_type"]})
    return rows
