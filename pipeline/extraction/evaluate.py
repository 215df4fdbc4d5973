"""`make evaluate`: run the draft extractor on every article that has a human coding, and
measure it against that coding.

    python -m pipeline evaluate

Measures, per article and over all: speech quotations (which quotations are someone's words),
speaker attribution (the speaker of each speech quotation), reported statements (indirect
statements: a predicted one matches a coded one with the same speaker that covers at least half
of it), actors (speakers and recipients) and date normalization (each date expression of the
coding found at the same place with the same value). Writes reports/extraction_quality.csv and
reports/extraction_quality.md, and prints the table.
"""
import csv
import io
from datetime import date

from pipeline.extraction.extract import Draft, body_paragraphs, draft
from pipeline.lib import paths
from pipeline.lib.coding import load_coding, speech_quotations
from pipeline.lib.dates import normalize
from pipeline.lib.errors import run
from pipeline.lib.inputs import read_text
from pipeline.lib.registry import load_actors
from pipeline.lib.spans import holds, locate
from pipeline.lib.tables import write_atomic
from pipeline.stages.normalize import document_folders, load_metadata

REPORT = paths.EXTRACTION_REPORT
COLUMNS = ["document_id", "measure", "gold", "predicted", "correct", "precision", "recall", "f1"]
# The quality bar on every coded article: recall, precision (speech quotations), accuracy.
BAR = {"speech quotations": (1.0, 0.9), "speaker attribution": (0.9, 0.9), "date normalization": (1.0, None)}


def score(document_id: str, measure: str, gold: int, predicted: int, correct: int) -> dict:
    precision = correct / predicted if predicted else 1.0
    recall = correct / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"document_id": document_id, "measure": measure, "gold": gold, "predicted": predicted,
            "correct": correct, "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def gold_speech(raw: str, coding: dict) -> dict[tuple[int, int], str | None]:
    """Each speech quotation of the coding, with the speaker of the statement that holds it."""
    not_speech = {entry["text"] for entry in coding["non_speech_quotations"]}
    spans = [(*locate(raw, s["text"]), s["speaker"]) for s in coding["statements"] if s["mode"] != "indirect"]
    found = {}
    for quotation in speech_quotations(raw, list(body_paragraphs(raw)), not_speech):
        speakers = [speaker for start, end, speaker in spans if holds((start, end), quotation)]
        found[(quotation.start(), quotation.end())] = speakers[0] if speakers else None
    return found


def predicted_speaker(proposed: Draft, start: int, end: int) -> str | None:
    holders = [s.speaker for s in proposed.statements
               if s.mode != "indirect" and s.start <= start + 1 and end - 1 <= s.end]
    return holders[0] if holders else None


def evaluate_document(document_id: str, raw: str, published: date, coding: dict, proposed: Draft) -> list[dict]:
    rows = []
    gold = gold_speech(raw, coding)
    predicted = {(q.start, q.end) for q in proposed.quotations if q.kind == "speech"}
    rows.append(score(document_id, "speech quotations", len(gold), len(predicted), len(predicted & set(gold))))
    attributed = sum(predicted_speaker(proposed, start, end) == speaker for (start, end), speaker in gold.items())
    rows.append(score(document_id, "speaker attribution", len(gold), len(gold), attributed))

    gold_indirect = [(*locate(raw, s["text"]), s["speaker"]) for s in coding["statements"] if s["mode"] == "indirect"]
    predicted_indirect = [(s.start, s.end, s.speaker) for s in proposed.statements if s.mode == "indirect"]

    def matches(g, p) -> bool:
        overlap = min(g[1], p[1]) - max(g[0], p[0])
        return g[2] == p[2] and overlap >= 0.5 * (g[1] - g[0])
    matched = sum(any(matches(g, p) for p in predicted_indirect) for g in gold_indirect)
    rows.append(score(document_id, "reported statements", len(gold_indirect), len(predicted_indirect), matched))

    gold_actors = {s["speaker"] for s in coding["statements"]} | \
        {s["recipient"] for s in coding["statements"] if "recipient" in s}
    predicted_actors = {s.speaker for s in proposed.statements} | \
        {s.recipient for s in proposed.statements if s.recipient}
    rows.append(score(document_id, "actors (speakers and recipients)", len(gold_actors), len(predicted_actors),
                      len(gold_actors & predicted_actors)))

    gold_dates = {}  # the coding's date expressions, read from the English text as the extractor sees it
    for record in coding["events"] + coding["statements"]:
        anchor = locate(raw, record.get("evidence") or record["text"])[0]
        paragraph = next(p for p in body_paragraphs(raw) if p[0] <= anchor < p[1])
        for field in ("date", "date_end"):
            # "publication" is the coder's keyword for the publication window, not words of the text.
            if field in record and "date_context" not in record and record[field] != "publication":
                start, end = locate(raw, record[field], *paragraph)
                value = normalize(record[field], published)
                gold_dates[(start, end)] = (value.start, value.precision)
    found = {(t.start, t.end): (normalize(t.text, published).start, t.precision) for t in proposed.time_expressions}
    correct = sum(found.get(span) == value for span, value in gold_dates.items())
    rows.append(score(document_id, "date normalization", len(gold_dates), len(found), correct))
    return rows


def markdown(rows: list[dict]) -> str:
    lines = ["| document | measure | gold | predicted | correct | precision | recall | F1 |",
             "|---|---|---|---|---|---|---|---|"]
    lines += [f"| {r['document_id']} | {r['measure']} | {r['gold']} | {r['predicted']} | {r['correct']} | "
              f"{r['precision']:.0%} | {r['recall']:.0%} | {r['f1']:.0%} |" for r in rows]
    return "\n".join(lines) + "\n"


def evaluate_all() -> list[dict]:
    actors = load_actors()
    rows = []
    for folder in document_folders():
        coding_path = folder / paths.CODING_FILE
        if not coding_path.is_file():
            continue
        metadata = load_metadata(folder)
        raw, _ = read_text(folder / metadata["text_file"], metadata["sha256"])
        coding = load_coding(coding_path, folder.name)
        published = metadata["published"]["latest"]
        rows += evaluate_document(folder.name, raw, published, coding, draft(raw, published, actors))
    return rows


def failures(rows: list[dict]) -> list[str]:
    """Where an article misses the quality bar."""
    missed = []
    for row in rows:
        if row["measure"] in BAR:
            recall, precision = BAR[row["measure"]]
            if row["recall"] < recall or (precision is not None and row["precision"] < precision):
                missed.append(f"{row['document_id']}: {row['measure']}: precision {row['precision']:.0%}, "
                              f"recall {row['recall']:.0%} (needs recall ≥ {recall:.0%}"
                              + (f", precision ≥ {precision:.0%})" if precision is not None else ")"))
    return missed


def main(arguments: list[str] | None = None) -> None:
    def evaluate() -> None:
        rows = evaluate_all()
        buffer = io.StringIO(newline="")
        writer = csv.DictWriter(buffer, COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)
        write_atomic(REPORT.with_suffix(".csv"), buffer.getvalue().encode("utf-8"))
        table = markdown(rows)
        write_atomic(REPORT.with_suffix(".md"), ("# Extraction quality\n\nThe draft extractor against the human "
                                                 "coding (`make evaluate`).\n\n" + table).encode("utf-8"))
        print(table)
        missed = failures(rows)
        for line in missed:
            print(f"below the quality bar: {line}")
        print(f"evaluate: {len(rows)} measures on {len({r['document_id'] for r in rows})} article(s); "
              f"written to {paths.relative(REPORT.with_suffix('.md'))}")
    run(evaluate)


if __name__ == "__main__":
    main()
