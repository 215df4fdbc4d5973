"""Stage 4: check the staged package before anything is published.

Two layers, both derived from schemas/:
1. pandera: each table against the DataFrame schema derived from its Table Schema (types,
   required, unique, patterns, enums, lengths, minimums);
2. what a Table Schema or pandera cannot say, or says wrongly: each file's size and SHA-256
   match the descriptor; booleans are true/false; dates are real days with end >= start and a
   precision that agrees; every foreign key resolves; every span quotes the raw text exactly;
   ids belong to their document; no actor is its own ancestor.
These catch what `frictionless validate` catches (the tests run it on the published package;
`make bench` compares the two on a seeded error) and more, vectorized so that a million rows
take seconds. On success it writes build/validated.txt, naming the checksum of what it validated.
"""
import hashlib
import json
import sys
from pathlib import Path

import pandas as pd
from pandera.errors import SchemaErrors
from pandera.io.pandas_io import from_frictionless_schema

from pipeline import paths
from pipeline.tables import write_atomic

# Tables whose rows quote the raw text: the column holding the quote.
SPAN_TEXT = {"segments": "text", "events": "evidence_text", "statements": "text",
             "source_notes": "text", "actor_mentions": "text"}
# Date intervals: (start column, end column) per table.
DATE_INTERVALS = {"events": ("event_date", "event_date_end"), "documents": ("published_date", "published_date_end")}
# The date each table's date_precision describes.
PRECISION_OF = {"events": "event_date", "statements": "statement_date"}
SHOWN = 20  # problems listed per check; the rest are counted


class Package:
    """A package's descriptor and tables, read as text (empty cell = missing)."""

    def __init__(self, root: Path):
        self.root = root
        self.descriptor = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
        self.resources = {resource["name"]: resource for resource in self.descriptor["resources"]}
        self.tables = {name: pd.read_csv(root / resource["path"], dtype=str, keep_default_na=False,
                                         na_values=[""], encoding="utf-8")
                       for name, resource in self.resources.items()}

    def schema(self, name: str) -> dict:
        return self.resources[name]["schema"]

    def fields(self, name: str, field_type: str) -> list[str]:
        return [field["name"] for field in self.schema(name)["fields"] if field["type"] == field_type]


def listed(check: str, name: str, frame: pd.DataFrame, failing: pd.Series, problem: str) -> list[str]:
    """One message per failing row (the first SHOWN of them), naming the table, line and key."""
    rows = frame.index[failing.to_numpy()]
    if len(rows) == 0:
        return []
    key = frame.columns[0]
    messages = [f"{name}.csv line {index + 2} ({frame.at[index, key]}): {problem}" for index in rows[:SHOWN]]
    if len(rows) > SHOWN:
        messages.append(f"{name}.csv: {len(rows) - SHOWN} more rows fail the {check} check")
    return messages


def check_files(package: Package) -> list[str]:
    problems = []
    for name, resource in package.resources.items():
        data = (package.root / resource["path"]).read_bytes()
        if resource.get("bytes") != len(data):
            problems.append(f"{resource['path']}: {len(data)} bytes, but the descriptor says {resource.get('bytes')}")
        if resource.get("hash") != f"sha256:{hashlib.sha256(data).hexdigest()}":
            problems.append(f"{resource['path']}: SHA-256 differs from the descriptor's hash")
        header = data.split(b"\r\n", 1)[0].decode("utf-8")
        if header.split(",") != [field["name"] for field in resource["schema"]["fields"]]:
            problems.append(f"{resource['path']}: the header differs from the schema's fields")
    return problems


def check_booleans(package: Package) -> list[str]:
    problems = []
    for name, frame in package.tables.items():
        for column in package.fields(name, "boolean"):
            bad = frame[column].notna() & ~frame[column].isin(["true", "false"])
            problems += listed("boolean", name, frame, bad, f"{column} is not true or false")
    return problems


def typed_for_pandera(package: Package, name: str) -> pd.DataFrame:
    """The table with booleans as booleans: pandera's coercion would read 'false' as True."""
    frame = package.tables[name].copy()
    for column in package.fields(name, "boolean"):
        frame[column] = frame[column].map({"true": True, "false": False})
    return frame


def check_with_pandera(package: Package) -> list[str]:
    problems = []
    for name in package.tables:
        try:
            from_frictionless_schema(package.schema(name)).validate(typed_for_pandera(package, name), lazy=True)
        except SchemaErrors as errors:
            cases = errors.failure_cases
            for _, case in cases.head(SHOWN).iterrows():
                problems.append(f"{name}.csv: column {case['column']}: {case['check']} fails for {case['failure_case']!r}")
            if len(cases) > SHOWN:
                problems.append(f"{name}.csv: {len(cases) - SHOWN} more schema failures")
    return problems


def check_dates(package: Package) -> list[str]:
    problems = []
    for name, frame in package.tables.items():
        parsed = {}
        for column in package.fields(name, "date"):
            parsed[column] = pd.to_datetime(frame[column], format="%Y-%m-%d", errors="coerce")
            bad = frame[column].notna() & parsed[column].isna()
            problems += listed("date", name, frame, bad, f"{column} is not a real date (YYYY-MM-DD)")
        if name in DATE_INTERVALS:
            start, end = DATE_INTERVALS[name]
            problems += listed("date order", name, frame, parsed[end] < parsed[start], f"{end} is before {start}")
        if name in PRECISION_OF:
            dated = frame[PRECISION_OF[name]].notna()
            unknown = frame["date_precision"] == "unknown"
            problems += listed("precision", name, frame, dated == unknown,
                               "date_precision is 'unknown' exactly when a date is given")
    return problems


def check_foreign_keys(package: Package) -> list[str]:
    problems = []
    for name, frame in package.tables.items():
        for key in package.schema(name).get("foreignKeys", []):
            (column,), target = key["fields"], key["reference"]
            known = package.tables[target["resource"]][target["fields"][0]]
            bad = frame[column].notna() & ~frame[column].isin(known)
            problems += listed("foreign key", name, frame, bad,
                               f"{column} is not a {target['fields'][0]} of {target['resource']}.csv")
    return problems


def check_spans(package: Package) -> list[str]:
    """raw[char_start:char_end] == text for every row that quotes the source."""
    documents = package.tables["documents"]
    raws = {}
    for document_id, raw_path in zip(documents["document_id"], documents["raw_path"]):
        path = package.root / raw_path if (package.root / raw_path).exists() else paths.ROOT / raw_path
        raws[document_id] = path.read_bytes().decode("utf-8")
    problems = []
    for name, column in SPAN_TEXT.items():
        frame = package.tables[name]
        starts = pd.to_numeric(frame["char_start"], errors="coerce").fillna(-1).astype(int).tolist()
        ends = pd.to_numeric(frame["char_end"], errors="coerce").fillna(-1).astype(int).tolist()
        # Plain lists, one pass: this is the one check that must look at every row's text.
        bad = [not (0 <= start < end) or raws.get(document, "")[start:end] != text
               for document, start, end, text in zip(frame["document_id"].tolist(), starts, ends, frame[column].tolist())]
        problems += listed("span", name, frame, pd.Series(bad, index=frame.index),
                           f"{column} is not raw[char_start:char_end] of its document")
    return problems


def check_document_scoped_ids(package: Package) -> list[str]:
    """Row ids start with their document's id, so ids never collide across articles."""
    problems = []
    for name, frame in package.tables.items():
        key = package.schema(name)["primaryKey"][0]
        if "document_id" in frame and key != "document_id":
            bad = pd.Series([not str(value).startswith(f"{document}-")
                             for value, document in zip(frame[key].tolist(), frame["document_id"].tolist())],
                            index=frame.index)
            problems += listed("id scope", name, frame, bad, f"{key} does not start with its document id")
    return problems


def check_actor_hierarchy(package: Package) -> list[str]:
    actors = package.tables["actors"]
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


CHECKS = [check_files, check_booleans, check_with_pandera, check_dates, check_foreign_keys, check_spans,
          check_document_scoped_ids, check_actor_hierarchy]


def problems_in(root: Path) -> list[str]:
    """Every problem found in the package rooted at root (the staging area or the repository)."""
    package = Package(root)
    return [problem for check in CHECKS for problem in check(package)]


def load_tables(root: Path) -> dict[str, pd.DataFrame]:
    return Package(root).tables


def main(root: Path = paths.STAGE) -> None:
    package = Package(root)
    problems = [problem for check in CHECKS for problem in check(package)]
    if problems:
        for problem in problems:
            print(f"error: {paths.relative(root)}: {problem}", file=sys.stderr)
        print(f"validate: {len(problems)} problem(s); nothing was published", file=sys.stderr)
        sys.exit(1)
    descriptor = (root / "datapackage.json").read_bytes()
    counts = {name: len(frame) for name, frame in package.tables.items()}
    summary = "".join(f"{name}\t{count}\n" for name, count in counts.items())
    write_atomic(paths.VALIDATED, f"datapackage.json sha256:{hashlib.sha256(descriptor).hexdigest()}\n{summary}".encode())
    print("validate: ok: " + ", ".join(f"{count} {name}" for name, count in counts.items()))


if __name__ == "__main__":
    main()
