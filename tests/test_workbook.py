"""The release's workbook, read back with a second library (openpyxl) and compared cell by cell to the CSVs."""
import io
import json
import re
import shutil
import subprocess
import zipfile
from datetime import date, datetime

import openpyxl
import pytest

from pipeline.lib.tables import read_table
from pipeline.outputs.workbook import ABOUT_SHEET, workbook_bytes
from tests.conftest import ROOT

PACKAGE = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def workbook_data() -> bytes:
    return workbook_bytes(ROOT)


@pytest.fixture(scope="module")
def workbook(workbook_data):
    return openpyxl.load_workbook(io.BytesIO(workbook_data))


def expected(value: str, field_type: str):
    """What a cell must hold for a CSV value of the schema's type."""
    if value == "":
        return None
    return {"integer": int, "number": float, "boolean": lambda text: text == "true",
            "date": lambda text: datetime.combine(date.fromisoformat(text), datetime.min.time())}.get(
        field_type, str)(value)


def test_one_sheet_per_table_after_the_about_sheet(workbook):
    assert workbook.sheetnames == [ABOUT_SHEET] + [resource["name"] for resource in PACKAGE["resources"]]


@pytest.mark.parametrize("resource", PACKAGE["resources"], ids=lambda resource: resource["name"])
def test_every_cell_equals_the_csv(workbook, resource):
    sheet = workbook[resource["name"]]
    fields = resource["schema"]["fields"]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == [field["name"] for field in fields]
    records = read_table(ROOT, resource["name"])
    assert len(rows) - 1 == len(records)
    for number, (cells, record) in enumerate(zip(rows[1:], records), start=2):
        for cell, field in zip(cells, fields):
            want = expected(record.get(field["name"], ""), field["type"])
            assert cell == want and type(cell) is type(want), f"{resource['name']} row {number} {field['name']}"


def test_text_stays_text_and_dates_are_dates_only_where_the_schema_says(workbook):
    sheet = workbook["events"]
    header = [cell.value for cell in sheet[1]]
    texts = [row[header.index("date_text")] for row in sheet.iter_rows(min_row=2)]
    august = next(cell for cell in texts if cell.value == "August 2017")
    assert august.data_type == "s"
    dates = [row[header.index("event_date")] for row in sheet.iter_rows(min_row=2) if row[header.index("event_date")].value]
    assert dates and all(cell.is_date and cell.number_format == "yyyy-mm-dd" for cell in dates)
    duplicates = [row[0].value for row in workbook["segments"].iter_rows(min_row=2, max_col=1)]
    assert duplicates  # the segments sheet is there; its booleans are compared cell by cell above


def test_the_about_sheet_describes_cites_and_defines_every_field(workbook):
    sheet = workbook[ABOUT_SHEET]
    labels = {row[0]: row[1] for row in sheet.iter_rows(values_only=True) if row[0]}
    assert labels["version"] == PACKAGE["version"] and labels["title"] == PACKAGE["title"]
    assert PACKAGE["version"] in labels["cite as"] and labels["description"] == PACKAGE["description"]
    dictionary = {(row[0], row[1]): row[5] for row in sheet.iter_rows(values_only=True)}
    for resource in PACKAGE["resources"]:
        for field in resource["schema"]["fields"]:
            assert dictionary[(resource["name"], field["name"])] == field["description"]


def test_no_clock_or_machine_in_the_file(workbook_data):
    with zipfile.ZipFile(io.BytesIO(workbook_data)) as archive:
        core = archive.read("docProps/core.xml").decode("utf-8")
        stamps = {info.date_time for info in archive.infolist()}
    released = PACKAGE["created"][:10]
    assert f"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{released}" in core
    assert f"<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{released}" in core
    assert len(stamps) == 1, stamps
    assert str(ROOT) not in workbook_data.decode("latin-1")


SOFFICE = shutil.which("soffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed: `make office` installs it (root, apt)")
@pytest.mark.parametrize("name", ["events", "actors", "segments", "statements"])
def test_libreoffice_with_the_readmes_filter_keeps_every_cell(tmp_path, name):
    """The README's filter string, run in LibreOffice: text stays text, UTF-8 stays intact."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    infilter = re.search(r'--infilter="(CSV:[^"]+)"', readme).group(1)
    result = subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                             f"--infilter={infilter}", "--convert-to", "xlsx", "--outdir", str(tmp_path),
                             str(ROOT / "data" / "processed" / f"{name}.csv")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(tmp_path / f"{name}.xlsx").active
    resource = next(resource for resource in PACKAGE["resources"] if resource["name"] == name)
    fields = resource["schema"]["fields"]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == [field["name"] for field in fields]
    for number, (cells, record) in enumerate(zip(rows[1:], read_table(ROOT, name), strict=True), start=2):
        for cell, field in zip(cells, fields):
            value = record.get(field["name"], "")
            # LibreOffice reads ISO dates as dates and integers as numbers; everything else must stay the text.
            want = expected(value, field["type"]) if field["type"] in ("date", "integer") else (value or None)
            assert cell == want, f"{name} row {number} {field['name']}: {cell!r} != {want!r}"


def test_the_workbook_does_not_depend_on_timezone_locale_or_hash_seed(tmp_path, workbook_data):
    import os
    import sys
    env = {**os.environ, "TZ": "Pacific/Kiritimati", "LC_ALL": "C", "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-m", "pipeline.outputs.workbook", str(tmp_path / "book.xlsx")], cwd=ROOT,
                   env=env, check=True, capture_output=True)
    assert (tmp_path / "book.xlsx").read_bytes() == workbook_data
