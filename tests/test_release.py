"""The citable release: one version everywhere, a valid CITATION.cff, reproducible archives."""
import hashlib
import json
import re
import sqlite3
import subprocess
import zipfile

import pytest
import yaml

from pipeline.lib import paths
from pipeline.lib.tables import read_table
from pipeline.outputs import citation
from pipeline.stages.package import package_metadata
from tests.conftest import ROOT, make

VERSION = package_metadata()["version"]
NAME = package_metadata()["name"]


def test_one_version_everywhere():
    assert json.loads(paths.DATAPACKAGE.read_text(encoding="utf-8"))["version"] == VERSION
    assert yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))["version"] == VERSION
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"(version {VERSION})" in readme and f"version = {{{VERSION}}}" in readme
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.findall(r"^## \[(\d+\.\d+\.\d+)\]", changelog, flags=re.M)[0] == VERSION


def test_citation_cff_is_generated_and_valid():
    expected = citation.to_yaml(citation.citation(package_metadata(), read_table(ROOT, "documents")))
    assert (ROOT / "CITATION.cff").read_bytes() == expected, "run make to regenerate CITATION.cff"
    cff = yaml.safe_load(expected)
    assert cff["type"] == "dataset" and cff["license"] == "CC-BY-4.0"
    assert isinstance(cff["date-released"], str)
    assert cff["references"][0]["url"].startswith("https://english.enabbaladi.net/")
    result = subprocess.run([str(ROOT / ".venv-cff" / "bin" / "cffconvert"), "--validate", "-i", "CITATION.cff"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_licences_state_the_rights_of_the_source_text():
    data_licence = (ROOT / "LICENSE-DATA.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in data_licence and "Enab Baladi" in data_licence
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def released(tmp_path_factory):
    """A project copy after `make release`, and the bytes of its release files."""
    from tests.conftest import copy_project
    project = copy_project(tmp_path_factory.mktemp("release") / "project")
    result = make(project, "-j2", "release")
    assert result.returncode == 0, result.stderr
    files = {path.name: path.read_bytes() for path in sorted((project / "dist").iterdir())}
    return project, files


def test_release_makes_the_archive_and_the_database(released):
    _, files = released
    assert set(files) == {f"{NAME}-{VERSION}.zip", f"{NAME}-{VERSION}.sqlite", f"{NAME}-{VERSION}.xlsx"}


def test_release_is_byte_identical_when_rebuilt(released):
    project, first = released
    for path in (project / "dist").iterdir():
        path.unlink()
    assert make(project, "release").returncode == 0
    assert {path.name: path.read_bytes() for path in sorted((project / "dist").iterdir())} == first


def test_archive_holds_what_a_user_needs_with_checksums(released):
    project, _ = released
    with zipfile.ZipFile(project / "dist" / f"{NAME}-{VERSION}.zip") as archive:
        names = {name.split("/", 1)[1]: name for name in archive.namelist()}
        for needed in ["datapackage.json", "README.md", "CITATION.cff", "LICENSE", "LICENSE-DATA.md", "CHANGELOG.md",
                       "docs/codebook.md", "schemas/events.schema.json", "data/processed/events.csv",
                       "spreadsheet/events.csv", f"spreadsheet/{NAME}-{VERSION}.xlsx", "SHA256SUMS",
                       "data/raw/documents/eb-2018-02-rural-homs/article.txt"]:
            assert needed in names, needed
        sums = archive.read(names["SHA256SUMS"]).decode("utf-8").splitlines()
        assert len(sums) == len(names) - 1
        for line in sums:
            digest, name = line.split("  ", 1)
            assert hashlib.sha256(archive.read(names[name])).hexdigest() == digest, name


def test_sqlite_declares_and_enforces_keys(released):
    project, _ = released
    connection = sqlite3.connect(project / "dist" / f"{NAME}-{VERSION}.sqlite")
    connection.execute("PRAGMA foreign_keys = ON")
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    for name in package_metadata()["resources"]:
        assert connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] == len(read_table(ROOT, name))
    assert connection.execute("SELECT typeof(char_start) FROM events LIMIT 1").fetchone() == ("integer",)
    with pytest.raises(sqlite3.IntegrityError), connection:
        connection.execute("INSERT INTO statements (statement_id, document_id, speaker_id, mode, text, cue, "
                           "date_precision, char_start, char_end) VALUES ('eb-2018-02-rural-homs-s99', "
                           "'eb-2018-02-rural-homs', 'nobody', 'direct', 'x', 'said', 'unknown', 1, 2)")
    with pytest.raises(sqlite3.IntegrityError), connection:
        connection.execute("UPDATE events SET status = 'imagined' WHERE rowid = 1")


@pytest.mark.parametrize("day", ["2018-02-30", "2018-02-29", "2018-04-31", "2018-13-01", "2018-2-3", "15 February"])
def test_sqlite_rejects_impossible_and_malformed_dates(released, day):
    project, _ = released
    connection = sqlite3.connect(project / "dist" / f"{NAME}-{VERSION}.sqlite")
    with connection:  # a real day is accepted: the check is not simply always false
        connection.execute("UPDATE events SET event_date = '2016-02-29' WHERE rowid = 1")
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"), connection:
        connection.execute("UPDATE events SET event_date = ? WHERE rowid = 1", (day,))


def test_the_release_refuses_names_the_makefile_misread():
    """Make names the release files from schemas/package.yaml with sed; the release stage checks
    that name against the package it releases, so a quoted version cannot name a wrong file."""
    from pipeline.lib.errors import InputError
    from pipeline.outputs import release

    with pytest.raises(InputError, match="the Makefile read '\"syria\"-0.2.0'"):
        release.main(paths.ROOT, expected='"syria"-0.2.0')
