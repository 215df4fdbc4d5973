"""The release's workbook: one .xlsx that opens right in Excel and LibreOffice, typed from the schemas.

The first sheet says what the dataset is, its version, how to cite it, and holds the data
dictionary; then one sheet per table. Cells are typed by the field's type in the schema, never
guessed: a string stays text ("August 2017" is not a date), a date is a date, an integer a
number, a boolean a boolean. The document properties carry the version's release date, not the
build's clock, so two builds of a version are byte-identical.

    python -m pipeline.outputs.workbook OUT.xlsx
"""
import io
import json
import sys
from datetime import date, datetime
from pathlib import Path

import xlsxwriter

from pipeline.lib import paths
from pipeline.lib.tables import read_table, write_atomic
from pipeline.outputs.codebook import constraints_text
from pipeline.outputs.readme import README, citation_block

ABOUT_SHEET = "about"
MAX_WIDTH = 60  # characters: wider columns wrap instead


def released(package: dict) -> datetime:
    return datetime.fromisoformat(package["created"].replace("Z", "+00:00")).replace(tzinfo=None)


def write_cell(sheet, row: int, column: int, value: str, field_type: str, formats: dict) -> None:
    """One CSV value as the cell its schema type says; an empty value is an empty cell."""
    if value == "":
        return
    if field_type == "integer":
        sheet.write_number(row, column, int(value))
    elif field_type == "number":
        sheet.write_number(row, column, float(value))
    elif field_type == "boolean":
        sheet.write_boolean(row, column, {"true": True, "false": False}[value])
    elif field_type == "date":
        sheet.write_datetime(row, column, datetime.combine(date.fromisoformat(value), datetime.min.time()),
                             formats["date"])
    else:
        sheet.write_string(row, column, value)  # never write(): it would turn "=..." into a formula


def width(values: list[str]) -> int:
    return min(MAX_WIDTH, max([len(value) for value in values] + [8]) + 2)


def about_sheet(workbook, package: dict, citation: str, formats: dict) -> None:
    sheet = workbook.add_worksheet(ABOUT_SHEET)
    licence = package["licenses"][0]
    lines = [("title", package["title"]), ("version", package["version"]),
             ("released", package["created"][:10]), ("description", package["description"]),
             ("licence", f"{licence['name']}: {licence.get('title', '')}"), ("cite as", citation),
             ("sheets", "One sheet per table, named after it; each column typed as its schema says "
                        "(text stays text; dates only where the field is a date). The dictionary follows.")]
    for row, (label, text) in enumerate(lines):
        sheet.write_string(row, 0, label, formats["bold"])
        sheet.write_string(row, 1, text, formats["wrap"])
    header = ["table", "field", "type", "required", "constraints", "description"]
    start = len(lines) + 1
    for column, name in enumerate(header):
        sheet.write_string(start, column, name, formats["bold"])
    row = start + 1
    for resource in package["resources"]:
        for field in resource["schema"]["fields"]:
            required = "yes" if field.get("constraints", {}).get("required") else ""
            for column, text in enumerate([resource["name"], field["name"], field["type"], required,
                                           constraints_text(field), field["description"]]):
                if text:
                    sheet.write_string(row, column, text, formats["wrap"] if column >= 4 else None)
            row += 1
    for column, chars in enumerate([16, 22, 9, 9, 40, 80]):
        sheet.set_column(column, column, chars)


def table_sheet(workbook, root: Path, resource: dict, formats: dict) -> None:
    sheet = workbook.add_worksheet(resource["name"])
    fields = resource["schema"]["fields"]
    rows = read_table(root, resource["name"])
    for column, field in enumerate(fields):
        sheet.write_string(0, column, field["name"], formats["bold"])
        sheet.write_comment(0, column, field["description"], {"x_scale": 3, "y_scale": 2})
        for row, record in enumerate(rows, start=1):
            write_cell(sheet, row, column, record.get(field["name"], ""), field["type"], formats)
        values = [field["name"]] + [record.get(field["name"], "") for record in rows]
        sheet.set_column(column, column, 12 if field["type"] == "date" else width(values))
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, len(rows), len(fields) - 1)


def workbook_bytes(root: Path = paths.ROOT) -> bytes:
    package = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    citation, _ = citation_block((root / README.name).read_text(encoding="utf-8"))
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    workbook.set_properties({"title": package["title"], "subject": f"version {package['version']}",
                             "author": ", ".join(contributor["title"] for contributor in package["contributors"]
                                                 if "creator" in contributor.get("roles", [])),
                             "comments": package["description"], "created": released(package)})
    formats = {"bold": workbook.add_format({"bold": True}), "wrap": workbook.add_format({"text_wrap": True}),
               "date": workbook.add_format({"num_format": "yyyy-mm-dd"})}
    about_sheet(workbook, package, citation, formats)
    for resource in package["resources"]:
        table_sheet(workbook, root, resource, formats)
    workbook.close()
    return buffer.getvalue()


def main(arguments: list[str]) -> None:
    if len(arguments) != 1:
        raise SystemExit("usage: python -m pipeline.outputs.workbook OUT.xlsx")
    target = Path(arguments[0])
    write_atomic(target, workbook_bytes())
    print(f"workbook: {target} ({target.stat().st_size} bytes)")


if __name__ == "__main__":
    main(sys.argv[1:])
