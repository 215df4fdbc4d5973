"""A build killed midway never leaves a half-written or mixed published file behind."""
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from pipeline.lib import paths
from pipeline.stages.publish import finish_journal
from tests.conftest import DOCUMENT, copy_project, make

CODING = Path("data/raw/documents") / DOCUMENT / paths.CODING_FILE


def published(project: Path) -> dict[str, bytes]:
    files = [*sorted((project / "data" / "processed").glob("*.csv")), project / "datapackage.json"]
    return {path.name: path.read_bytes() for path in files}


def change_a_summary(project: Path) -> None:
    path = project / CODING
    text = path.read_text(encoding="utf-8")
    old = "summary: The Negotiations Committee refuses to move the talks to Homs city"
    assert old in text, "test setup: the summary to change is not in the coding"
    path.write_text(text.replace(old, "summary: The Committee refuses to hold the talks in Homs city"), encoding="utf-8")


def test_finish_journal_completes_an_interrupted_publication(tmp_path):
    old, new = tmp_path / "a.csv", tmp_path / ".a.csv.publishing"
    old.write_text("old"), new.write_text("new")
    journal = tmp_path / "journal.json"
    journal.write_text(f'[["{new}", "{old}"], ["{tmp_path / "gone"}", "{tmp_path / "b.csv"}"]]')
    assert finish_journal(journal) == 1
    assert old.read_text() == "new" and not new.exists() and not journal.exists()


@pytest.fixture(scope="module")
def old_and_new(tmp_path_factory) -> tuple[dict, dict]:
    """The published files before and after the change, from an uninterrupted build."""
    expected = copy_project(tmp_path_factory.mktemp("expected") / "project")
    before = published(expected)
    change_a_summary(expected)
    assert make(expected, "datapackage.json").returncode == 0
    after = published(expected)
    assert after != before
    return before, after


@pytest.mark.parametrize("seconds", [0.8, 2.0, 3.5])
def test_a_killed_build_leaves_each_published_file_whole(project, old_and_new, seconds):
    before, after = old_and_new
    assert published(project) == before

    change_a_summary(project)
    build = subprocess.Popen(["make", "all"], cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True)
    time.sleep(seconds)
    os.killpg(build.pid, signal.SIGKILL)
    build.wait()
    for name, data in published(project).items():
        assert data in (before[name], after[name]), f"{name} is neither the old nor the new file"
    result = make(project, "datapackage.json")
    assert result.returncode == 0, result.stderr
    assert published(project) == after
