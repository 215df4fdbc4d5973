"""Inter-coder agreement: two independent codings of the same article, unit by unit and field
by field (`make agreement` -> reports/agreement.md).

Units are matched by their evidence: an event of one coding and an event of the other are the
same unit when their evidence spans overlap (statements: their text spans), paired one-to-one,
largest overlap first. For every field the report gives the matched units, how many agree,
percent agreement and Krippendorff's alpha (nominal, from the `krippendorff` library), and it
lists the units only one coder found. "No value" (an empty actor, no mode) is a value: leaving
a field empty is a coding decision.

Each article with an `independent/` folder holding coder-a.yaml and coder-b.yaml is compared;
the adjudicated coding.yaml is compared with each of them too, to show what adjudication kept.
"""
import math
from dataclasses import dataclass, replace
from pathlib import Path

import krippendorff
import numpy as np

from pipeline.lib import paths
from pipeline.lib.coding import Article, Coder, article_from_rows, load_coding
from pipeline.lib.errors import InputError, run
from pipeline.lib.registry import load_actors, place_records
from pipeline.lib.spans import SpanError, locate
from pipeline.lib.tables import read_table, write_atomic

NONE = "(none)"
EVENT_FIELDS = ["type", "mode", "actor1", "actor2", "place", "status", "dates"]
STATEMENT_FIELDS = ["speaker", "mode", "cue", "recipient", "event"]


@dataclass
class Unit:
    local_id: str
    span: tuple[int, int]
    values: dict[str, str]
    quote: str
    cue_span: tuple[int, int] | None = None  # statements: where the cue is


@dataclass
class FieldAgreement:
    field: str
    units: int
    agreeing: int
    alpha: float | None  # None: undefined (every matched unit has the same value in both codings)


def event_units(coder: Coder, coding: dict) -> list[Unit]:
    units = []
    for record in coding["events"]:
        name = f"events {record['id']}"
        begins, ends, precision, _ = coder.interval(name, record, paragraph_of(coder.article, record["evidence"]))
        dates = f"{begins}..{ends}" if begins else NONE
        values = {"type": record["type"], "mode": record.get("mode"), "actor1": record.get("actor1"),
                  "actor2": record.get("actor2"), "place": record.get("place"), "status": record["status"],
                  "dates": dates}
        units.append(Unit(record["id"], locate(coder.article.raw, record["evidence"]), normalized(values),
                          record["evidence"]))
    return units


def statement_units(coder: Coder, coding: dict) -> list[Unit]:
    units = []
    for record in coding["statements"]:
        paragraph = paragraph_of(coder.article, record["text"])
        found = coder.article.raw.find(record["cue"], *paragraph)
        units.append(Unit(record["id"], locate(coder.article.raw, record["text"]),
                          normalized({"speaker": record["speaker"], "mode": record["mode"], "cue": record["cue"],
                                      "recipient": record.get("recipient"), "event": record.get("event")}),
                          record["text"], (found, found + len(record["cue"])) if found >= 0 else None))
    return units


def normalized(values: dict) -> dict[str, str]:
    return {field: NONE if value is None else str(value) for field, value in values.items()}


def paragraph_of(article: Article, quote: str) -> tuple[int, int]:
    start, end = locate(article.raw, quote)
    return next((paragraph for paragraph in article.paragraphs if paragraph[0] <= start and end <= paragraph[1]),
                (0, len(article.raw)))


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(first: list[Unit], second: list[Unit]) -> list[tuple[Unit, Unit]]:
    """One-to-one pairs of units whose spans overlap, largest overlap first (ties: text order)."""
    candidates = sorted(((overlap(a.span, b.span), i, j) for i, a in enumerate(first) for j, b in enumerate(second)
                         if overlap(a.span, b.span) > 0), key=lambda item: (-item[0], item[1], item[2]))
    used_first, used_second, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in used_first and j not in used_second:
            used_first.add(i)
            used_second.add(j)
            pairs.append((first[i], second[j]))
    return sorted(pairs, key=lambda pair: pair[0].span)


def field_agreement(field: str, pairs: list[tuple[Unit, Unit]], translate=lambda unit, value: value) -> FieldAgreement:
    first = [pair[0].values[field] for pair in pairs]
    second = [translate(pair[1], pair[1].values[field]) for pair in pairs]
    agreeing = sum(a == b for a, b in zip(first, second))
    return FieldAgreement(field, len(pairs), agreeing, alpha(first, second))


def alpha(first: list[str], second: list[str]) -> float | None:
    """Krippendorff's alpha for nominal data, or None when it is undefined (fewer than two
    units, or a single value throughout: no variation to agree on)."""
    codes = {value: number for number, value in enumerate(sorted(set(first) | set(second)))}
    if len(first) < 2 or len(codes) < 2:
        return None
    data = np.array([[codes[value] for value in first], [codes[value] for value in second]], dtype=float)
    value = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    return None if math.isnan(value) else float(value)


@dataclass
class Comparison:
    title: str
    names: tuple[str, str]
    tables: dict[str, tuple[list[FieldAgreement], list[tuple[Unit, Unit]], list[Unit], list[Unit]]]


def compare(article: Article, codings: tuple[dict, dict], sources: tuple[Path, Path], names: tuple[str, str],
            title: str, actor_ids: set[str], place_ids: set[str]) -> Comparison:
    coders = [Coder(replace(article, coding_path=source), actor_ids, place_ids, strict=False) for source in sources]
    for coder, coding in zip(coders, codings):
        for record in coding["source_notes"]:  # dates may be read through a note
            coder.note_row(record)
    events = [event_units(coder, coding) for coder, coding in zip(coders, codings)]
    statements = [statement_units(coder, coding) for coder, coding in zip(coders, codings)]
    event_pairs = match(*events)
    partner = {b.local_id: a.local_id for a, b in event_pairs}  # second coding's event -> first's

    def linked_event(unit: Unit, value: str) -> str:  # the same event, in the first coding's ids
        return partner.get(value, f"{value} (unmatched)") if value != NONE else NONE

    def same_cue(unit: Unit, value: str) -> str:  # one reporting expression, quoted shorter or longer
        first = next(a for a, b in statement_pairs if b is unit)
        same = first.cue_span and unit.cue_span and overlap(first.cue_span, unit.cue_span) > 0
        return first.values["cue"] if same else value

    statement_pairs = match(*statements)
    tables = {}
    for table, units, pairs, fields in [("events", events, event_pairs, EVENT_FIELDS),
                                        ("statements", statements, statement_pairs, STATEMENT_FIELDS)]:
        translations = {"event": linked_event, "cue": same_cue}
        agreements = [field_agreement(field, pairs, translations.get(field, lambda unit, value: value))
                      for field in fields]
        paired = [{id(unit) for unit in side} for side in zip(*pairs)] if pairs else [set(), set()]
        only = [[unit for unit in side if id(unit) not in paired[index]] for index, side in enumerate(units)]
        tables[table] = (agreements, pairs, only[0], only[1])
    return Comparison(title, names, tables)


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "—"


def shown_alpha(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def render(document_id: str, comparisons: list[Comparison]) -> str:
    lines = [f"## {document_id}", ""]
    for comparison in comparisons:
        a, b = comparison.names
        lines += [f"### {comparison.title}", ""]
        for table, (agreements, pairs, only_a, only_b) in comparison.tables.items():
            found_a, found_b = len(pairs) + len(only_a), len(pairs) + len(only_b)
            lines += [f"**{table}**: {a} coded {found_a}, {b} coded {found_b}; {len(pairs)} matched by overlapping "
                      f"evidence, {len(only_a)} only in {a}, {len(only_b)} only in {b}.", "",
                      "| field | matched units | agree | percent agreement | Krippendorff's alpha (nominal) |",
                      "|---|---:|---:|---:|---:|"]
            lines += [f"| {item.field} | {item.units} | {item.agreeing} | {percent(item.agreeing, item.units)} | "
                      f"{shown_alpha(item.alpha)} |" for item in agreements]
            lines.append("")
            for name, only in [(a, only_a), (b, only_b)]:
                if only:
                    quoted = "; ".join(f"{unit.local_id} “{unit.quote[:60]}”" for unit in only)
                    lines.append(f"Only in {name}: {quoted}")
                    lines.append("")
            disagreements = [(pa, pb, field) for pa, pb in pairs for field in pa.values
                             if pa.values[field] != pb.values[field] and field not in ("event", "cue")]
            if disagreements:
                lines += [f"<details><summary>{len(disagreements)} field disagreements in matched {table}</summary>",
                          "", f"| {a} | {b} | field | {a}'s value | {b}'s value |", "|---|---|---|---|---|"]
                lines += [f"| {pa.local_id} | {pb.local_id} | {field} | {pa.values[field]} | {pb.values[field]} |"
                          for pa, pb, field in disagreements]
                lines += ["", "</details>", ""]
    return "\n".join(lines)


HEADER = """# Inter-coder agreement

Generated by `make agreement` (`python -m pipeline.review.agreement`) from each article's
independent codings in `data/raw/documents/<id>/independent/`; do not edit by hand. Units are
matched by overlapping evidence (events) or text (statements); two cues agree when their spans
overlap ("told" and "told Enab Baladi"); a statement's event agrees when the two linked events are
matched units. Alpha is Krippendorff's alpha for nominal data over the matched units ("—":
undefined, no variation). How the codings were made,
and how each disagreement was resolved: the article's `review-log.md`.

"""


def summary(comparisons: list[Comparison]) -> list[str]:
    """One line per table of the first (independent) comparison, for the README."""
    lines = []
    for table, (agreements, pairs, only_a, only_b) in comparisons[0].tables.items():
        fields = ", ".join(f"{item.field} {percent(item.agreeing, item.units)} (α {shown_alpha(item.alpha)})"
                           for item in agreements)
        lines.append(f"- **{table}**: {len(pairs)} units matched, {len(only_a)} + {len(only_b)} found by one coder "
                     f"only; {fields}")
    return lines


def documents_with_independent_codings() -> list[Path]:
    return sorted(folder for folder in paths.DOCUMENTS.iterdir()
                  if (folder / paths.INDEPENDENT_DIR / "coder-a.yaml").is_file()
                  and (folder / paths.INDEPENDENT_DIR / "coder-b.yaml").is_file())


def comparisons_for(folder: Path, actor_ids: set[str], place_ids: set[str]) -> list[Comparison]:
    document_id = folder.name
    documents = {row["document_id"]: row for row in read_table(paths.ROOT, "documents")}
    if document_id not in documents:
        raise InputError(folder, None, "has independent codings but is not in the published documents.csv")
    segments = [row for row in read_table(paths.ROOT, "segments") if row["document_id"] == document_id]
    article = article_from_rows(documents[document_id], segments)
    independent = folder / paths.INDEPENDENT_DIR
    path_a, path_b = independent / "coder-a.yaml", independent / "coder-b.yaml"
    path_published = folder / paths.CODING_FILE
    coding_a, coding_b, adjudicated = (load_coding(path, document_id) for path in [path_a, path_b, path_published])
    try:
        return [compare(article, (coding_a, coding_b), (path_a, path_b), ("coder A", "coder B"),
                        "Independent codings: coder A (v0.1.0) and coder B (blind)", actor_ids, place_ids),
                compare(article, (adjudicated, coding_b), (path_published, path_b), ("published", "coder B"),
                        "After adjudication: the published coding and coder B", actor_ids, place_ids)]
    except SpanError as error:
        raise InputError(independent, None, f"a quote cannot be located: {error}") from None


def main() -> None:
    actor_ids = {actor["id"] for actor in load_actors()}
    place_ids = {place["id"] for place in place_records()}
    parts, summaries = [HEADER], []
    for folder in documents_with_independent_codings():
        comparisons = comparisons_for(folder, actor_ids, place_ids)
        parts.append(render(folder.name, comparisons))
        summaries += summary(comparisons)
    parts.append("<!-- summary\n" + "\n".join(summaries) + "\n-->\n")
    write_atomic(paths.AGREEMENT_REPORT, "\n".join(parts).encode("utf-8"))
    print(f"agreement: {paths.relative(paths.AGREEMENT_REPORT)}")
    for line in summaries:
        print(f"agreement: {line}")


if __name__ == "__main__":
    run(main)
