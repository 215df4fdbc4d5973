"""Stage 4: check the staged package before anything is published.

Three layers, all derived from schemas/:
1. frictionless: the package descriptor, each file's bytes and hash, types, keys, foreign keys;
2. pandera: each table against the DataFrame schema derived from its Table Schema;
3. what a Table Schema cannot say: every span quotes the raw text exactly, dates are real
   days with end >= start, ids belong to their document, no actor is its own ancestor.
On success it writes build/validated.txt, naming the checksum of what it validated.
"""
import hashlib
import json
import sys
from datetime import date
from pathlib import Path

import pandas as pd
from pandera.errors import SchemaErrors
from pandera.io.pandas_io import from_frictionless_schema

from pipeline import paths
from pipeline.tables import schema, table_path, write_atomic

# Tables whose rows quote the raw text: the column holding the quote.
SPAN_TEXT = {"segments": "text", "events": "evidence_text", "statements": "text",
             "source_notes": "text", "actor_mentions": "text"}
# Date intervals: (start column, end column) per table.
DATE_INTERVALS = {"events": ("event_date", "event_date_end"), "documents": ("published_date", "published_date_end")}


def load_frame(root: Path, name: str) -> pd.DataFrame:
    """A table as text columns, an empty cell read as missing."""
    return pd.read_csv(table_path(root, name), dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")


def load_tables(root: Path) -> dict[str, pd.DataFrame]:
    names = [resource["name"] for resource in json.loads((root / "datapackage.json").read_text("utf-8"))["resources"]]
    return {name: load_frame(root, name) for name in names}


def row_label(name: str, frame: pd.DataFrame, index) -> str:
    key = schema(name)["primaryKey"][0]
    return f"{name}.csv row {index + 2} ({frame.at[index, key]})"  # +2: header, and 1-based lines


def check_with_pandera(tables: dict[str, pd.DataFrame]) -> list[str]:
    problems = []
    for name, frame in tables.items():
        try:
            from_frictionless_schema(schema(name)).validate(frame, lazy=True)
        except SchemaErrors as errors:
            for _, case in errors.failure_cases.iterrows():
                problems.append(f"{name}.csv: column {case['column']}: {case['check']} fails for {case['failure_case']!r}")
    return problems


def check_spans(tables: dict[str, pd.DataFrame], root: Path) -> list[str]:
    """raw[char_start:char_end] == text for every row that quotes the source."""
    raws = {row.document_id: (root / row.raw_path if (root / row.raw_path).exists() else paths.ROOT / row.raw_path)
            .read_bytes().decode("utf-8") for row in tables["documents"].itertuples()}
    problems = []
    for name, column in SPAN_TEXT.items():
        frame = tables[name]
        for index, row in frame.iterrows():
            start, end = int(row["char_start"]), int(row["char_end"])
            raw = raws.get(row["document_id"], "")
            if not 0 <= start < end <= len(raw) or raw[start:end] != row[column]:
                problems.append(f"{row_label(name, frame, index)}: {column} is not raw[{start}:{end}] "
                                f"of {row['document_id']}: {raw[start:end]!r} != {row[column]!r}")
    return problems


def check_dates(tables: dict[str, pd.DataFrame]) -> list[str]:
    problems = []
    for name, frame in tables.items():
        columns = [field["name"] for field in schema(name)["fields"] if field["type"] == "date"]
        for index, row in frame.iterrows():
            parsed = {}
            for column in columns:
                if pd.notna(row[column]):
                    try:
                        parsed[column] = date.fromisoformat(row[column])
                    except ValueError:
                        problems.append(f"{row_label(name, frame, index)}: {column} {row[column]!r} is not a real date")
            start, end = DATE_INTERVALS.get(name, (None, None))
            if start in parsed and end in parsed and parsed[end] < parsed[start]:
                problems.append(f"{row_label(name, frame, index)}: {end} {parsed[end]} is before {start} {parsed[start]}")
            if name in ("events", "statements"):
                dated = pd.notna(row["event_date" if name == "events" else "statement_date"])
                if dated == (row["date_precision"] == "unknown"):
                    problems.append(f"{row_label(name, frame, index)}: date_precision {row['date_precision']!r} "
                                    "does not agree with the date being " + ("given" if dated else "empty"))
    return problems


def check_foreign_keys(tables: dict[str, pd.DataFrame]) -> list[str]:
    problems = []
    for name, frame in tables.items():
        for key in schema(name).get("foreignKeys", []):
            (column,), target = key["fields"], key["reference"]
            known = set(tables[target["resource"]][target["fields"][0]].dropna())
            for index, value in frame[column].items():
                if pd.notna(value) and value not in known:
                    problems.append(f"{row_label(name, frame, index)}: {column} {value!r} is not a "
                                    f"{target['fields'][0]} of {target['resource']}.csv")
    return problems


def check_document_scoped_ids(tables: dict[str, pd.DataFrame]) -> list[str]:
    """Row ids start with their document's id, so ids never collide across articles."""
    problems = []
    for name, frame in tables.items():
        key = schema(name)["primaryKey"][0]
        if "document_id" in frame and key != "document_id":
            for index, row in frame.iterrows():
                if not row[key].startswith(f"{row['document_id']}-"):
                    problems.append(f"{row_label(name, frame, index)}: {key} does not start with its document id")
    return problems


def check_actor_hierarchy(actors: pd.DataFrame) -> list[str]:
    parents = dict(zip(actors["actor_id"], actors["parent_actor_id"]))
    problems = []
    for actor in parents:
        seen, current = [actor], parents[actor]
        while isinstance(current, str) and current in parents:
            if current in seen:
                problems.append(f"actors.csv: parent chain loops: {' -> '.join([*seen, current])}")
                break
            seen.append(current)
            current = parents[current]
    return problems


def check_frictionless(root: Path) -> list[str]:
    from frictionless import validate  # imported here: it is slow to import and only needed now
    report = validate(str(root / "datapackage.json"))
    return [f"frictionless: {task.name}: {error.message}" for task in report.tasks for error in task.errors] + \
           [f"frictionless: {error.message}" for error in report.errors]


def problems_in(root: Path) -> list[str]:
    """Every problem found in the package rooted at root (the staging area or the repository)."""
    tables = load_tables(root)
    return (check_with_pandera(tables) + check_spans(tables, root) + check_dates(tables)
            + check_foreign_keys(tables) + check_document_scoped_ids(tables)
            + check_actor_hierarchy(tables["actors"]) + check_frictionless(root))


def main(root: Path = paths.STAGE) -> None:
    problems = problems_in(root)
    if problems:
        for problem in problems:
            print(f"error: {paths.relative(root)}: {problem}", file=sys.stderr)
        print(f"validate: {len(problems)} problem(s); nothing was published", file=sys.stderr)
        sys.exit(1)
    descriptor = (root / "datapackage.json").read_bytes()
    counts = {name: len(frame) for name, frame in load_tables(root).items()}
    summary = "".join(f"{name}\t{count}\n" for name, count in counts.items())
    write_atomic(paths.VALIDATED, f"datapackage.json sha256:{hashlib.sha256(descriptor).hexdigest()}\n{summary}".encode())
    print("validate: ok: " + ", ".join(f"{count} {name}" for name, count in counts.items()))


if __name__ == "__main__":
    main()
