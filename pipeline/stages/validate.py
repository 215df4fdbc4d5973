"""Stage 4: check the staged package before anything is published.

Two layers, both derived from schemas/:
1. pandera: each table against the DataFrame schema derived from its Table Schema (types,
   required, patterns, enums, lengths, minimums);
2. what a Table Schema or pandera cannot say, or says wrongly: each file's size and SHA-256
   match the descriptor; booleans are true/false; dates are real days with end >= start and a
   precision that agrees; unique keys are unique in the whole table; every foreign key
   resolves; every span quotes the raw text exactly; ids belong to their document; no actor is
   its own ancestor.
These catch what `frictionless validate` catches (the tests run it on the published package;
`make bench` compares the two on seeded errors) and more. The checks are vectorized; the tables
are checked in parallel (one process per core) and read in chunks of rows, so a million rows
take seconds and memory does not grow with the table. On success it writes
build/validated.txt, naming the checksum of what it validated.
"""
import hashlib
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd
from pandera.errors import SchemaErrors
from pandera.io.pandas_io import from_yaml

from pipeline.lib import paths
from pipeline.lib.registry import parent_loop
from pipeline.lib.tables import write_atomic
from pipeline.stages.package import PANDERA_DIR, derived_pandera_schema, schema_digest

SHOWN = 20  # problems listed per check; the rest are counted
CHUNK_ROWS = 100_000  # rows checked at a time: the row checks need no other row of the table


class Package:
    """A package's descriptor, and its tables read on demand as text (empty cell = missing)."""

    def __init__(self, root: Path):
        self.root = root
        self.descriptor = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
        self.resources = {resource["name"]: resource for resource in self.descriptor["resources"]}
        # Held by this Package only (not a functools.cache, which would keep every Package a
        # worker process ever checked, and its columns, alive).
        self._keys: dict[tuple[str, str], pd.Series] = {}
        self._raw_texts: dict[str, str] | None = None

    def read(self, name: str, columns: list[str] | None = None, chunk_rows: int | None = None):
        """The table (or some of its columns) as text; with chunk_rows, an iterator of frames
        of that many rows, indexed by their row number in the table."""
        return pd.read_csv(self.root / self.resources[name]["path"], dtype=str, keep_default_na=False,
                           na_values=[""], encoding="utf-8", usecols=columns, chunksize=chunk_rows)

    def schema(self, name: str) -> dict:
        return self.resources[name]["schema"]

    def fields(self, name: str, field_type: str) -> list[str]:
        return [field["name"] for field in self.schema(name)["fields"] if field["type"] == field_type]

    def keys(self, name: str, column: str) -> pd.Series:
        """The values of a key column (read once per Package), for unique and foreign key checks."""
        if (name, column) not in self._keys:
            self._keys[name, column] = self.read(name, [column])[column]
        return self._keys[name, column]

    def raw_texts(self) -> dict[str, str]:
        """Every document's raw text (read once per Package), for the span checks."""
        if self._raw_texts is None:
            documents = self.read("documents", ["document_id", "raw_path"])
            self._raw_texts = {}
            for document_id, raw_path in zip(documents["document_id"], documents["raw_path"]):
                path = self.root / raw_path if (self.root / raw_path).exists() else paths.ROOT / raw_path
                self._raw_texts[document_id] = path.read_bytes().decode("utf-8")
        return self._raw_texts


def listed(check: str, name: str, frame: pd.DataFrame, failing, problem: str) -> list[str]:
    """One message per failing row (the first SHOWN of them), naming the table, line and key."""
    rows = frame.index[pd.Series(failing, index=frame.index).to_numpy()]
    if len(rows) == 0:
        return []
    key = frame.columns[0]
    messages = [f"{name}.csv line {index + 2} ({frame.at[index, key]}): {problem}" for index in rows[:SHOWN]]
    if len(rows) > SHOWN:
        messages.append(f"{name}.csv: {len(rows) - SHOWN} more rows fail the {check} check")
    return messages


def check_files(package: Package) -> list[str]:
    problems = []
    for resource in package.resources.values():
        path = package.root / resource["path"]
        with path.open("rb") as handle:  # one opening: its header, then its hash, in blocks
            header = handle.readline().removesuffix(b"\r\n").decode("utf-8")
            handle.seek(0)
            digest = hashlib.file_digest(handle, "sha256")
            size = os.fstat(handle.fileno()).st_size
        if resource.get("bytes") != size:
            problems.append(f"{resource['path']}: {size} bytes, but the descriptor says {resource.get('bytes')}")
        if resource.get("hash") != f"sha256:{digest.hexdigest()}":
            problems.append(f"{resource['path']}: SHA-256 differs from the descriptor's hash")
        if header.split(",") != [field["name"] for field in resource["schema"]["fields"]]:
            problems.append(f"{resource['path']}: the header differs from the schema's fields")
    return problems


def check_booleans(package: Package, name: str, frame: pd.DataFrame) -> list[str]:
    problems = []
    for column in package.fields(name, "boolean"):
        bad = frame[column].notna() & ~frame[column].isin(["true", "false"])
        problems += listed("boolean", name, frame, bad, f"{column} is not true or false")
    return problems


def pandera_schema(package: Package, name: str):
    """The pandera schema derived from the table's Table Schema: the one the package stage
    serialized when it matches the descriptor's schema, else derived here."""
    table_schema = package.schema(name)
    serialized = package.root / PANDERA_DIR / f"{name}.yaml"
    if serialized.is_file():
        header, _, body = serialized.read_text(encoding="utf-8").partition("\n")
        if header.endswith(f"sha256:{schema_digest(table_schema)}"):
            return from_yaml(body)
    return derived_pandera_schema(table_schema)


def check_with_pandera(package: Package, name: str, frame: pd.DataFrame) -> list[str]:
    typed = frame.copy()
    for column in package.fields(name, "boolean"):  # pandera's coercion would read 'false' as True
        typed[column] = typed[column].map({"true": True, "false": False})
    try:
        pandera_schema(package, name).validate(typed, lazy=True)
    except SchemaErrors as errors:
        cases = errors.failure_cases
        problems = [f"{name}.csv: column {case['column']}: {case['check']} fails for {case['failure_case']!r}"
                    for _, case in cases.head(SHOWN).iterrows()]
        if len(cases) > SHOWN:
            problems.append(f"{name}.csv: {len(cases) - SHOWN} more schema failures")
        return problems
    return []


def check_dates(package: Package, name: str, frame: pd.DataFrame) -> list[str]:
    """Real days; and for each interval the schema declares (x-intervals): end >= start, a
    precision that is 'unknown' exactly when undated, and whole days, months or years."""
    problems, parsed = [], {}
    for column in package.fields(name, "date"):
        parsed[column] = pd.to_datetime(frame[column], format="%Y-%m-%d", errors="coerce")
        bad = frame[column].notna() & parsed[column].isna()
        problems += listed("date", name, frame, bad, f"{column} is not a real date (YYYY-MM-DD)")
    for interval in package.schema(name).get("x-intervals", []):
        start, end, precision = parsed[interval["start"]], interval["end"], interval["precision"]
        if end is not None:
            problems += listed("date order", name, frame, parsed[end] < start, f"{end} is before {interval['start']}")
        if precision is None:
            continue
        values = frame[precision]
        problems += listed("precision", name, frame, start.notna() == (values == "unknown"),
                           f"{precision} is 'unknown' exactly when {interval['start']} is empty")
        finish = parsed[end] if end is not None else None
        for level, problem in whole_interval_failures(start, finish, values).items():
            problems += listed("whole precision", name, frame, problem,
                               f"{precision} is {level!r} but the interval is not whole {level}s")
    return problems


def whole_interval_failures(start: pd.Series, end: pd.Series | None, precision: pd.Series) -> dict[str, pd.Series]:
    """Rows whose interval does not cover whole days, months or years as its precision says
    (a month interval starts on the 1st and ends on the month's last day)."""
    failing = {
        "day": (start != end) if end is not None else pd.Series(False, index=start.index),
        "month": (start.dt.day != 1) | ((end != end + pd.offsets.MonthEnd(0)) if end is not None else False),
        "year": (start.dt.day_of_year != 1)
        | (((end.dt.month != 12) | (end.dt.day != 31)) if end is not None else False),
    }
    dated = start.notna() & (end.notna() if end is not None else True)
    return {level: dated & (precision == level) & rows for level, rows in failing.items()}


def check_foreign_keys(package: Package, name: str, frame: pd.DataFrame) -> list[str]:
    problems = []
    for key in package.schema(name).get("foreignKeys", []):
        (column,), target = key["fields"], key["reference"]
        known = package.keys(target["resource"], target["fields"][0])  # the whole column, also of this table
        bad = frame[column].notna() & ~frame[column].isin(known)
        problems += listed("foreign key", name, frame, bad,
                           f"{column} is not in {target['resource']}.{target['fields'][0]}")
    return problems


def check_spans(package: Package, name: str, frame: pd.DataFrame) -> list[str]:
    """raw[start:end] == text for every span the schema declares (x-spans), on every row
    that has one (an optional span is empty in all three columns or in none)."""
    problems = []
    for span in package.schema(name).get("x-spans", []):
        problems += span_problems(package, name, frame, span["text"], span["start"], span["end"])
    return problems


def span_problems(package: Package, name: str, frame: pd.DataFrame, column: str, start_column: str,
                  end_column: str) -> list[str]:
    raws = package.raw_texts()
    starts = pd.to_numeric(frame[start_column], errors="coerce").fillna(-1).astype(int).tolist()
    ends = pd.to_numeric(frame[end_column], errors="coerce").fillna(-1).astype(int).tolist()
    documents, texts = frame["document_id"].tolist(), frame[column].tolist()
    # Plain lists, one pass: this is the one check that must look at every row's text.
    bad = [(start, end) != (-1, -1) or isinstance(text, str) for start, end, text in zip(starts, ends, texts)]
    bad = [present and not (isinstance(text, str) and 0 <= start < end and raws.get(document, "")[start:end] == text)
           for present, document, start, end, text in zip(bad, documents, starts, ends, texts)]
    return listed("span", name, frame, bad, f"{column} is not raw[{start_column}:{end_column}] of its document")


def check_document_scoped_ids(package: Package, name: str, frame: pd.DataFrame) -> list[str]:
    """Row ids start with their document's id, so ids never collide across articles."""
    key = package.schema(name)["primaryKey"][0]
    if "document_id" not in frame or key == "document_id":
        return []
    bad = [not str(value).startswith(f"{document}-")
           for value, document in zip(frame[key].tolist(), frame["document_id"].tolist())]
    return listed("id scope", name, frame, bad, f"{key} does not start with its document id")


def check_unique(package: Package, name: str) -> list[str]:
    """Each value of a unique field (a primary key) once in the whole table, not only in a chunk."""
    problems = []
    for field in package.schema(name)["fields"]:
        if field.get("constraints", {}).get("unique"):
            column = package.keys(name, field["name"])
            frame = column.to_frame()
            problems += listed("unique", name, frame, column.notna() & column.duplicated(keep="first"),
                               f"{field['name']} is not unique: it is on an earlier row too")
    return problems


def check_actor_hierarchy(package: Package, name: str) -> list[str]:
    if name != "actors":
        return []
    frame = package.read(name, ["actor_id", "parent_actor_id"])
    parents = dict(zip(frame["actor_id"], frame["parent_actor_id"]))
    loops = [parent_loop(actor, parents) for actor in parents]
    return [f"actors.csv: parent chain loops: {' -> '.join(loop)}" for loop in loops if loop]


# Checks of each row (on each chunk of rows), then checks that need the whole table.
ROW_CHECKS = [check_booleans, check_with_pandera, check_dates, check_foreign_keys, check_spans,
              check_document_scoped_ids]
TABLE_CHECKS = [check_unique, check_actor_hierarchy]


def table_problems(root: Path, name: str, chunk_rows: int = CHUNK_ROWS) -> tuple[list[str], int]:
    """Every check of one table, and its number of rows; run in a worker process."""
    package = Package(root)
    problems, rows = [], 0
    for chunk in package.read(name, chunk_rows=chunk_rows):
        problems += [problem for check in ROW_CHECKS for problem in check(package, name, chunk)]
        rows += len(chunk)
    return problems + [problem for check in TABLE_CHECKS for problem in check(package, name)], rows


def validate_package(root: Path, workers: int | None = None,
                     chunk_rows: int = CHUNK_ROWS) -> tuple[list[str], dict[str, int]]:
    """Every problem found in the package rooted at root (the staging area or the repository),
    in the descriptor's order of tables, and the rows of each table."""
    package = Package(root)
    names = list(package.resources)
    largest_first = sorted(names, key=lambda name: -(root / package.resources[name]["path"]).stat().st_size)
    pandera_schema(package, names[0])  # import the schema machinery once, before forking
    workers = workers or min(os.cpu_count() or 1, len(names))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {name: pool.submit(table_problems, root, name, chunk_rows) for name in largest_first}
        problems = check_files(package)  # meanwhile, here: hashing the files
        found = {name: future.result() for name, future in futures.items()}
    problems += [problem for name in names for problem in found[name][0]]
    return problems, {name: found[name][1] for name in names}


def problems_in(root: Path) -> list[str]:
    return validate_package(root)[0]


def load_tables(root: Path) -> dict[str, pd.DataFrame]:
    """Every table of a package, as text columns (empty cells missing)."""
    package = Package(root)
    return {name: package.read(name) for name in package.resources}


def main(root: Path = paths.STAGE) -> None:
    problems, counts = validate_package(root)
    if problems:
        # One error line, as for every bad input; the other problems follow it, indented.
        print(f"error: {paths.relative(root)}: {problems[0]}", file=sys.stderr)
        for problem in problems[1:]:
            print(f"  also: {problem}", file=sys.stderr)
        print(f"validate: {len(problems)} problem(s); nothing was published", file=sys.stderr)
        sys.exit(1)
    descriptor = (root / "datapackage.json").read_bytes()
    summary = "".join(f"{name}\t{count}\n" for name, count in counts.items())
    stamp = f"datapackage.json sha256:{hashlib.sha256(descriptor).hexdigest()}\n{summary}"
    write_atomic(paths.VALIDATED, stamp.encode("utf-8"))
    print("validate: ok: " + ", ".join(f"{count} {name}" for name, count in counts.items()))


if __name__ == "__main__":
    main()
