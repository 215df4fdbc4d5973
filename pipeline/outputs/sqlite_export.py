"""The published package as one SQLite database: a STRICT table per resource, real column types,
NOT NULL, CHECK constraints for categories and dates, primary and foreign keys declared, so it
opens in sqlite3 or Datasette ready to query. Written from datapackage.json and the CSVs only.

    python -m pipeline.outputs.sqlite_export OUT.sqlite
"""
import csv
import json
import sqlite3
import sys
from pathlib import Path

from pipeline.lib import paths
from pipeline.lib.tables import temporary_path

SQL_TYPES = {"string": "TEXT", "integer": "INTEGER", "number": "REAL", "boolean": "INTEGER", "date": "TEXT"}


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def column_sql(field: dict) -> str:
    name, constraints = quote(field["name"]), field.get("constraints", {})
    parts = [name, SQL_TYPES[field["type"]]]
    if constraints.get("required"):
        parts.append("NOT NULL")
    if constraints.get("unique"):
        parts.append("UNIQUE")
    if "enum" in constraints:
        parts.append(f"CHECK ({name} IN ({', '.join(map(literal, constraints['enum']))}))")
    if field["type"] == "boolean":
        parts.append(f"CHECK ({name} IN (0, 1))")
    if field["type"] == "date":
        # A real day, written YYYY-MM-DD: date(x) alone passes '2018-02-30' through unchanged; the
        # '+0 days' modifier goes through the day number and gives '2018-03-02', which differs.
        parts.append(f"CHECK ({name} IS date({name}, '+0 days'))")
    if "minimum" in constraints:
        parts.append(f"CHECK ({name} >= {int(constraints['minimum'])})")
    return " ".join(parts)


def create_table_sql(resource: dict) -> str:
    schema = resource["schema"]
    lines = [column_sql(field) for field in schema["fields"]]
    lines.append(f"PRIMARY KEY ({', '.join(map(quote, schema['primaryKey']))})")
    for key in schema.get("foreignKeys", []):
        target = key["reference"]
        lines.append(f"FOREIGN KEY ({', '.join(map(quote, key['fields']))}) REFERENCES {quote(target['resource'])} "
                     f"({', '.join(map(quote, target['fields']))}) DEFERRABLE INITIALLY DEFERRED")
    body = ",\n  ".join(lines)
    return f"CREATE TABLE {quote(resource['name'])} (\n  {body}\n) STRICT"


def typed(value: str, field_type: str):
    if value == "":
        return None
    if field_type == "integer":
        return int(value)
    if field_type == "number":
        return float(value)
    if field_type == "boolean":
        return {"true": 1, "false": 0}[value]
    return value


def export(root: Path, target: Path) -> dict[str, int]:
    """Write the database to target (atomically); return the rows per table."""
    descriptor = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    temporary = temporary_path(target)
    temporary.unlink(missing_ok=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    counts = {}
    connection = sqlite3.connect(temporary)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        with connection:  # one transaction: foreign keys are checked at its end
            for resource in descriptor["resources"]:  # all tables first: foreign keys refer across them
                connection.execute(create_table_sql(resource))
            for resource in descriptor["resources"]:
                fields = resource["schema"]["fields"]
                with (root / resource["path"]).open(encoding="utf-8", newline="") as handle:
                    rows = [[typed(value, field["type"]) for value, field in zip(row, fields)]
                            for row in list(csv.reader(handle))[1:]]
                marks = ", ".join("?" * len(fields))
                connection.executemany(f"INSERT INTO {quote(resource['name'])} VALUES ({marks})", rows)
                counts[resource["name"]] = len(rows)
        connection.execute("VACUUM")  # a compact file with a canonical layout
    finally:
        connection.close()
    temporary.replace(target)
    return counts


def main(arguments: list[str]) -> None:
    if len(arguments) != 1:
        raise SystemExit("usage: python -m pipeline.outputs.sqlite_export OUT.sqlite")
    target = Path(arguments[0])
    counts = export(paths.ROOT, target)
    print(f"sqlite: {target}: " + ", ".join(f"{count} {name}" for name, count in counts.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
