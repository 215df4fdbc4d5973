"""The package reads the same in frictionless, pandas, DuckDB and SQLite, and is safe in spreadsheets."""
import csv
import datetime

import duckdb
import pandas as pd
import pytest
from frictionless import Package

from pipeline.lib import paths
from pipeline.lib.tables import read_table
from pipeline.outputs.release import BOM, spreadsheet_copies
from pipeline.outputs.sqlite_export import export
from tests.conftest import ROOT

DOC = "eb-2018-02-rural-homs"
TABLES = ["documents", "segments", "events", "statements", "actors", "places", "actor_mentions", "place_mentions",
          "source_notes", "acled_events"]


@pytest.fixture(scope="module")
def sqlite_db(tmp_path_factory):
    import sqlite3
    path = tmp_path_factory.mktemp("sqlite") / "package.sqlite"
    export(ROOT, path)
    connection = sqlite3.connect(path)
    yield connection
    connection.close()


def values_in_every_tool(sqlite_db, table: str, key: str, key_value: str, column: str) -> dict:
    frictionless_rows = {row[key]: row for row in Package(str(paths.DATAPACKAGE)).get_resource(table).read_rows()}
    frame = pd.read_csv(paths.PROCESSED / f"{table}.csv", keep_default_na=False, na_values=[""]).set_index(key)
    duck = duckdb.connect().execute(f"SELECT {column} FROM read_csv(?, header = true) WHERE {key} = ?",
                                    [str(paths.PROCESSED / f"{table}.csv"), key_value]).fetchone()[0]
    lite = sqlite_db.execute(f'SELECT "{column}" FROM "{table}" WHERE "{key}" = ?', (key_value,)).fetchone()[0]
    pandas_value = frame.at[key_value, column]
    return {"frictionless": frictionless_rows[key_value][column],
            "pandas": None if pd.isna(pandas_value) else pandas_value, "duckdb": duck, "sqlite": lite}


def test_row_counts_agree_in_every_tool(sqlite_db):
    package = Package(str(paths.DATAPACKAGE))
    for table in TABLES:
        expected = len(read_table(ROOT, table))
        assert len(package.get_resource(table).read_rows()) == expected, table
        assert len(pd.read_csv(paths.PROCESSED / f"{table}.csv")) == expected, table
        duck = duckdb.connect().execute("SELECT count(*) FROM read_csv(?, header = true)",
                                        [str(paths.PROCESSED / f"{table}.csv")]).fetchone()[0]
        assert duck == expected, table
        assert sqlite_db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == expected


def test_dates_read_as_dates(sqlite_db):
    found = values_in_every_tool(sqlite_db, "events", "event_id", f"{DOC}-e11", "event_date")
    assert found["frictionless"] == datetime.date(2017, 10, 4)
    assert found["duckdb"] == datetime.date(2017, 10, 4)
    assert found["pandas"] == found["sqlite"] == "2017-10-04"


def test_coordinates_read_as_numbers(sqlite_db):
    found = values_in_every_tool(sqlite_db, "acled_events", "event_id_cnty", f"{DOC}-e11", "latitude")
    assert len({float(value) for value in found.values()}) == 1 and isinstance(found["sqlite"], float)
    found = values_in_every_tool(sqlite_db, "places", "place_id", "talbiseh", "latitude")
    assert {float(value) for value in found.values()} == {34.84072}


def test_empty_cells_are_missing_everywhere(sqlite_db):
    found = values_in_every_tool(sqlite_db, "events", "event_id", f"{DOC}-e06", "event_date")
    assert set(found.values()) == {None}


def test_unicode_arabic_and_curly_quotes_survive(sqlite_db):
    aliases = values_in_every_tool(sqlite_db, "actors", "actor_id", "nassar-al-nahar", "aliases")
    assert len(set(aliases.values())) == 1 and "نصار النهار" in aliases["sqlite"]
    text = values_in_every_tool(sqlite_db, "statements", "statement_id", f"{DOC}-s03", "text")
    assert len(set(text.values())) == 1 and "“there reason why" in text["pandas"]


def test_no_cell_can_be_read_as_a_spreadsheet_formula():
    """CSV injection: a cell starting with = + - @ tab or CR is run as a formula by spreadsheets."""
    for path in sorted(paths.PROCESSED.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for number, row in enumerate(csv.reader(handle), start=1):
                for cell in row:
                    assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), f"{path.name} line {number}: {cell[:30]!r}"


def test_spreadsheet_copies_are_the_same_text_with_a_bom():
    copies = spreadsheet_copies(ROOT)
    assert len(copies) == len(TABLES)
    for name, data in copies.items():
        assert data.startswith(BOM)
        assert data[len(BOM):] == (paths.PROCESSED / name.split("/")[1]).read_bytes()
