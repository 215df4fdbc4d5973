"""The build as a user runs it: make in a copy of the project."""
import os
from pathlib import Path

from pipeline.lib import paths
from tests.conftest import DOCUMENT, ROOT, make

# Every committed product of `make all`: tables, descriptor, generated docs, figures.
PUBLISHED = sorted(path.relative_to(ROOT) for path in [*paths.PROCESSED.glob("*.csv"), paths.DATAPACKAGE,
                                                       ROOT / "docs" / "codebook.md", ROOT / "README.md",
                                                       *(ROOT / "figures").glob("*.*")])


def snapshot(project: Path) -> dict[Path, bytes]:
    return {relative: (project / relative).read_bytes() for relative in PUBLISHED}


def test_clean_rebuild_reproduces_the_published_files_byte_for_byte(project):
    """Under another timezone, locale and hash seed, in parallel: the same bytes as committed."""
    committed = snapshot(ROOT)
    assert make(project, "clean").returncode == 0
    # Variables given to make override the Makefile's pinned values, so the pins are not what
    # makes this pass.
    result = make(project, "-j2", "all", "TZ=Pacific/Kiritimati", "LC_ALL=POSIX", "PYTHONHASHSEED=4242")
    assert result.returncode == 0, result.stderr
    assert snapshot(project) == committed
    for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
        html = (project / "reports" / f"{notebook.stem}.html").read_text(encoding="utf-8")
        assert "data:image/png;base64" in html, f"{notebook.stem}: the report shows no figure"


def test_make_is_a_dag_that_rebuilds_only_what_changed(project):
    first = make(project, "-j2", "all")  # a fresh copy: published files look new, but nothing is staged
    assert first.returncode == 0, first.stderr
    assert "pipeline.stages.normalize" in first.stdout and "pipeline.stages.publish" in first.stdout
    second = make(project, "all")
    assert second.returncode == 0 and "Nothing to be done" in second.stdout, second.stdout
    assert make(project, "-q", "all").returncode == 0

    coding = project / "data" / "raw" / "documents" / DOCUMENT / paths.CODING_FILE
    os.utime(coding)  # now: newer than every product
    result = make(project, "-j2", "all")
    assert result.returncode == 0, result.stderr
    assert "pipeline.stages.normalize" not in result.stdout
    assert "pipeline.stages.code" in result.stdout and "pipeline.stages.publish" in result.stdout
    assert "pipeline.stages.notebooks" in result.stdout, "figures must follow the data"


def test_every_figure_is_drawn_by_a_notebook_and_every_notebook_draws_one():
    """No stale figure without a notebook, no notebook without its committed PNG and SVG."""
    drawn = {Path("figures", f"{notebook.stem}.{kind}") for notebook in (ROOT / "notebooks").glob("*.ipynb")
             for kind in ["png", "svg"]}
    committed = {path.relative_to(ROOT) for path in (ROOT / "figures").iterdir()}
    assert drawn == committed


def test_clean_removes_products_but_never_raw_data(project):
    raw = {path: path.read_bytes() for path in (project / "data" / "raw").rglob("*") if path.is_file()}
    assert make(project, "clean").returncode == 0
    assert not (project / "build").exists() and not (project / "datapackage.json").exists()
    assert not list((project / "data" / "processed").glob("*.csv"))
    assert {path: path.read_bytes() for path in (project / "data" / "raw").rglob("*") if path.is_file()} == raw


def test_help_lists_every_target():
    """Every phony target of the Makefile (the user's commands) is explained by make help."""
    phony = next(line for line in (ROOT / "Makefile").read_text(encoding="utf-8").splitlines()
                 if line.startswith(".PHONY:")).split(":", 1)[1].split()
    result = make(ROOT, "help")
    assert phony and all(f"make {target} " in result.stdout for target in phony), result.stdout


def test_the_code_stage_copies_rows_only_from_the_tables_its_index_describes(project):
    """An article whose inputs are unchanged is copied from the last run's tables, found through
    build/cache/code.json; a table changed since, or an unreadable index, means coding again,
    and either way the tables come out the same."""
    import subprocess

    assert make(project, f"build/stage/{paths.PROCESSED.relative_to(ROOT)}/events.csv").returncode == 0
    staged = project / "build" / "stage" / paths.PROCESSED.relative_to(ROOT)
    tables = {path.name: path.read_bytes() for path in staged.glob("*.csv")}

    def code_stage() -> str:
        result = subprocess.run([project / ".venv" / "bin" / "python", "-m", "pipeline.stages.code"], cwd=project,
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        assert {path.name: path.read_bytes() for path in staged.glob("*.csv")} == tables
        return result.stdout

    assert "(0 coded now, 1 unchanged)" in code_stage()
    with (staged / "events.csv").open("a", encoding="utf-8") as events:  # a table rewritten since
        events.write("a stray row\r\n")
    assert "(1 coded now, 0 unchanged)" in code_stage()
    assert "(0 coded now, 1 unchanged)" in code_stage()
    (project / paths.CODE_INDEX.relative_to(ROOT)).write_text('{"tables": [', encoding="utf-8")
    assert "(1 coded now, 0 unchanged)" in code_stage()
