"""The build as a user runs it: make in a copy of the project."""
import os
import time
from pathlib import Path

import pytest

from pipeline import paths
from tests.conftest import DOCUMENT, ROOT, make

PUBLISHED = sorted(path.relative_to(ROOT) for path in [*paths.PROCESSED.glob("*.csv"), paths.DATAPACKAGE,
                                                       ROOT / "docs" / "codebook.md", ROOT / "README.md"])


def snapshot(project: Path) -> dict[Path, bytes]:
    return {relative: (project / relative).read_bytes() for relative in PUBLISHED}


def test_clean_rebuild_reproduces_the_published_files_byte_for_byte(project):
    committed = snapshot(ROOT)
    result = make(project, "clean", "all")
    assert result.returncode == 0, result.stderr
    assert snapshot(project) == committed


def test_make_is_a_dag_that_does_nothing_when_nothing_changed(project):
    first = make(project, "all")  # a fresh copy: published files look new, but nothing is staged
    assert first.returncode == 0, first.stderr
    assert "pipeline.normalize" in first.stdout and "pipeline.publish" in first.stdout
    second = make(project, "all")
    assert second.returncode == 0 and "Nothing to be done" in second.stdout, second.stdout
    assert make(project, "-q", "all").returncode == 0


def test_changing_a_coding_rebuilds_only_what_depends_on_it(project):
    assert make(project, "all").returncode == 0
    coding = project / "data" / "raw" / "documents" / DOCUMENT / paths.CODING_FILE
    later = time.time() + 5
    os.utime(coding, (later, later))
    result = make(project, "all")
    assert result.returncode == 0, result.stderr
    assert "pipeline.normalize" not in result.stdout
    assert "pipeline.code" in result.stdout and "pipeline.publish" in result.stdout


def test_clean_removes_products_but_never_raw_data(project):
    raw = {path: path.read_bytes() for path in (project / "data" / "raw").rglob("*") if path.is_file()}
    assert make(project, "clean").returncode == 0
    assert not (project / "build").exists() and not (project / "datapackage.json").exists()
    assert not list((project / "data" / "processed").glob("*.csv"))
    assert {path: path.read_bytes() for path in (project / "data" / "raw").rglob("*") if path.is_file()} == raw


def test_help_lists_every_target():
    result = make(ROOT, "help")
    for target in ["all", "test", "clean", "help", "lock"]:
        assert f"make {target} " in result.stdout
