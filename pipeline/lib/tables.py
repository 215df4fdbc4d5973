"""Tables as schemas/ defines them: column order, the CSV format, reading and atomic writing.

CSV format (RFC 4180): UTF-8 without BOM, comma-separated, CRLF line ends, a header row,
fields quoted only when needed, quotes doubled. Empty cell = missing value.
"""
import csv
import json
import operator
import os
from datetime import date
from functools import cache
from pathlib import Path

from pipeline.lib.errors import InputError
from pipeline.lib.paths import SCHEMAS, processed_dir


@cache
def schema(name: str) -> dict:
    """The Table Schema of one table, as written in schemas/<name>.schema.json."""
    path = schema_path(name)
    if not path.is_file():
        raise InputError(path, None, f"the schema of table {name!r} is missing")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise InputError(path, None, f"not valid JSON: {error.msg} at {where}") from None


def schema_path(name: str) -> Path:
    return SCHEMAS / f"{name}.schema.json"


def field_names(name: str) -> list[str]:
    return [field["name"] for field in schema(name)["fields"]]


def enum(name: str, field_name: str) -> list[str]:
    """The allowed values of a field, from its schema's enum constraint."""
    allowed = _enums(name).get(field_name)
    if allowed is None:
        raise InputError(schema_path(name), field_name, "the pipeline needs an enum constraint on this field")
    return allowed


@cache  # the code stage asks for an enum on every row
def _enums(name: str) -> dict[str, list[str]]:
    return {field["name"]: field["constraints"]["enum"] for field in schema(name)["fields"]
            if "enum" in field.get("constraints", {})}


@cache
def _plover() -> dict:
    import yaml  # only the code stage and the codebook need it
    return yaml.safe_load((SCHEMAS / "plover_modes.yaml").read_text(encoding="utf-8"))


def plover_modes() -> dict[str, list[str]]:
    """The PLOVER modes each event type allows (schemas/plover_modes.yaml, cited there)."""
    return _plover()["modes"]


def plover_specification() -> str:
    return _plover()["specification"]


def render(value) -> str:
    """One cell as text: empty for missing, ISO 8601 for dates, lower-case booleans."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def to_csv(name: str, rows: list[dict]) -> bytes:
    """Rows as CSV bytes, with exactly the schema's columns in the schema's order."""
    return (csv_lines([field_names(name)]) + table_lines(name, rows)).encode("utf-8")


def table_lines(name: str, rows: list[dict]) -> str:
    """Rows of a table as CSV lines without the header, checked against the schema's columns:
    the piece a stage writes per document, so that pieces joined in order make the table."""
    names = field_names(name)
    expected = set(names)
    for row in rows:
        if row.keys() != expected:
            raise ValueError(f"{name}: row fields {sorted(row)} differ from the schema's {names}")
    cells = operator.itemgetter(*names) if len(names) > 1 else lambda row: (row[names[0]],)
    # Text and integers are most cells: written as they are, the rest through render (this is
    # the build's inner loop).
    return csv_lines([value if type(value) is str else str(value) if type(value) is int else render(value)
                      for value in cells(row)] for row in rows)


def csv_bytes(columns: list[str], rows: list[dict]) -> bytes:
    """The project's one CSV format (see above), for the given columns of each row (missing: empty)."""
    lines = csv_lines([columns]) + csv_lines([render(row.get(column)) for column in columns] for row in rows)
    return lines.encode("utf-8")


def csv_lines(rows) -> str:
    """Lists of cells (text) as lines of the project's one CSV format (see above), exactly as
    csv.writer writes them (tested), three times faster (this is the build's inner loop): a cell
    with a comma, a quote or a line break is quoted and its quotes doubled; a row of one empty
    cell is written "" (else it would be a blank line)."""
    lines = []
    for cells in rows:
        line = ",".join(cells)
        if '"' in line or "\n" in line or "\r" in line or line.count(",") != len(cells) - 1:
            line = ",".join(map(_quoted, cells))
        elif line == "" and len(cells) == 1:
            line = '""'
        lines.append(line)
    return "\r\n".join(lines) + "\r\n" if lines else ""


def _quoted(cell: str) -> str:
    if '"' in cell or "," in cell or "\n" in cell or "\r" in cell:
        return '"' + cell.replace('"', '""') + '"'
    return cell


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file whole or not at all: into a temporary file beside it, then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = temporary_path(path)
    temporary.write_bytes(data)
    os.replace(temporary, path)


def temporary_path(path: Path) -> Path:
    """Where a file is written before it replaces `path`: beside it, hidden."""
    return path.with_name(f".{path.name}.tmp")


def table_path(root: Path, name: str) -> Path:
    return processed_dir(root) / f"{name}.csv"


def write_table(root: Path, name: str, rows: list[dict]) -> None:
    write_atomic(table_path(root, name), to_csv(name, rows))


class TableWriters:
    """Tables written piece by piece (see table_lines), so no stage holds a whole table: each goes
    to a temporary file beside its target and replaces it only when every table is complete.
    write() returns where the piece lies in its file (byte offset and length), so that a later
    run can copy it from there (the code stage's LastRun)."""

    def __init__(self, root: Path, names: list[str]):
        self.targets = {name: table_path(root, name) for name in names}
        self.counts = dict.fromkeys(names, 0)
        self.sizes = dict.fromkeys(names, 0)  # bytes written so far: where the next piece starts
        self.files = {}

    def __enter__(self) -> "TableWriters":
        for name, target in self.targets.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            self.files[name] = temporary_path(target).open("wb")
            self.write(name, csv_lines([field_names(name)]), 0)
        return self

    def write(self, name: str, lines: str | bytes, rows: int) -> tuple[int, int]:
        data = lines.encode("utf-8") if isinstance(lines, str) else lines
        offset = self.sizes[name]
        self.files[name].write(data)
        self.counts[name] += rows
        self.sizes[name] += len(data)
        return offset, len(data)

    def __exit__(self, error_type, error, traceback) -> None:
        for handle in self.files.values():
            handle.close()
        for target in self.targets.values():
            temporary = temporary_path(target)
            if error_type is None:
                os.replace(temporary, target)
            else:
                temporary.unlink(missing_ok=True)


def stream_table(root: Path, name: str):
    """A table's rows as dicts of text, one at a time (for tables too large to hold)."""
    with table_path(root, name).open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def read_table(root: Path, name: str) -> list[dict[str, str]]:
    """A table's rows as dicts of text (empty string for missing)."""
    return list(stream_table(root, name))
