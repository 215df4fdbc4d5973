"""Shared fixtures: the published package, and throw-away copies of the project to build in."""
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.lib import paths
from pipeline.stages.validate import load_tables

ROOT = paths.ROOT
SEED = ROOT.parent / "shared" / "seeds" / "000_c526f90ce35b233d.txt"
DOCUMENT = "eb-2018-02-rural-homs"
ARTICLE = paths.DOCUMENTS / DOCUMENT / paths.TEXT_FILE
# What a project copy needs to build: the sources, the code, the schemas and the published files.
PROJECT_FILES = ["Makefile", "requirements.lock", "requirements-cff.lock", "pipeline", "schemas", "data",
                 "datapackage.json", "docs", "README.md", "notebooks", "figures", "CITATION.cff", "CHANGELOG.md",
                 "LICENSE", "LICENSE-DATA.md", "tests/fixtures/articles"]


@pytest.fixture(scope="session")
def tables():
    """The published tables, as text columns (empty cells missing)."""
    return load_tables(ROOT)


@pytest.fixture(scope="session")
def raw() -> str:
    return ARTICLE.read_bytes().decode("utf-8")


def copy_project(destination: Path) -> Path:
    """A copy of the project that builds with this checkout's environments (linked, file times kept)."""
    destination.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name, ignore=shutil.ignore_patterns("__pycache__", "*.tmp"))
        elif source.exists():
            shutil.copy2(source, destination / name)
    for environment in [".venv", ".venv-cff"]:
        (destination / environment).symlink_to(ROOT / environment)
    return destination


def make(project: Path, *targets: str) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if not key.startswith("MAKE")}
    return subprocess.run(["make", "--no-print-directory", *targets], cwd=project, env=env,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """A copy of the project after `make all`: bad-input cases copy it and corrupt the copy."""
    project = copy_project(tmp_path_factory.mktemp("built") / "project")
    result = make(project, "-j2", "all")
    assert result.returncode == 0, result.stderr
    return project


def published(project: Path) -> dict[str, bytes]:
    files = [*sorted((project / "data" / "processed").glob("*.csv")), project / "datapackage.json"]
    return {path.name: path.read_bytes() for path in files}
