"""The notebooks: stored clean, reading the package as a user would, failing loudly."""
import json
import re

import nbformat
import pytest

from tests.conftest import ROOT, make

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_notebooks_are_stored_without_outputs(path):
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path.name}: clear the outputs before committing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_notebooks_load_the_published_package_not_pipeline_internals(path):
    source = "\n".join(cell.source for cell in nbformat.read(path, as_version=4).cells)
    assert "load_package()" in source
    assert "import pipeline" not in source and "from pipeline" not in source and "build/" not in source


def test_figures_carry_the_dataset_and_version_and_no_date():
    """A figure lifted into a paper still says which dataset and version it shows."""
    from PIL import Image
    package = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    expected = f"dataset {package['name']} v{package['version']}"
    for path in NOTEBOOKS:
        svg = (ROOT / "figures" / f"{path.stem}.svg").read_text(encoding="utf-8")
        assert expected in svg and "<dc:date>" not in svg, f"{path.stem}.svg"
        assert expected in Image.open(ROOT / "figures" / f"{path.stem}.png").text["Description"], f"{path.stem}.png"


def test_a_failing_cell_fails_the_build_and_names_the_notebook(project):
    figure = (project / "figures" / "statements.png").read_bytes()
    notebook_path = project / "notebooks" / "statements.ipynb"
    notebook = nbformat.read(notebook_path, as_version=4)
    notebook.cells.insert(2, nbformat.v4.new_code_cell("raise ValueError('a broken cell')"))
    nbformat.write(notebook, notebook_path)
    result = make(project, "reports/statements.html")
    assert result.returncode != 0
    assert "error: notebooks/statements.ipynb: cell 3 failed: ValueError: a broken cell" in result.stderr, result.stderr
    assert not (project / "reports" / "statements.html").exists()
    assert (project / "figures" / "statements.png").read_bytes() == figure, "a failed run must keep the published figure"


def test_every_category_the_schemas_allow_has_its_own_colour():
    """Colours come from the schemas' enums: a new event type or side can never be without one."""
    import importlib.util

    from pipeline.lib.tables import enum
    spec = importlib.util.spec_from_file_location("charts", ROOT / "notebooks" / "charts.py")
    charts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(charts)
    for colours, (table, field) in [(charts.EVENT_COLOURS, ("events", "event_type")),
                                    (charts.SIDE_COLOURS, ("actors", "side")),
                                    (charts.SEGMENT_COLOURS, ("segments", "segment_type"))]:
        assert list(colours) == enum(table, field)
        assert len(set(colours.values())) == len(colours), "two categories share a colour"


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """The four HTML reports, built in a copy of the project: {name: html}, and the copy's root."""
    from tests.conftest import copy_project
    project = copy_project(tmp_path_factory.mktemp("reports") / "project")
    for path in NOTEBOOKS:  # run each notebook again, as a clean checkout would
        (project / "notebooks" / path.name).touch()
    result = make(project, "-j2", *[f"reports/{path.stem}.html" for path in NOTEBOOKS])
    assert result.returncode == 0, result.stderr
    return {path.stem: (project / "reports" / f"{path.stem}.html").read_text(encoding="utf-8")
            for path in NOTEBOOKS}, project


def test_reports_load_nothing_from_the_network(reports):
    """Opened offline, a report looks as it does online: no script, style or font from a CDN."""
    for name, html in reports[0].items():
        loads = re.findall(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)=[\"']?(?:https?:)?//[^\"' >]*", html)
        assert loads == [], f"{name}: {loads}"
        assert "@import" not in html and "require.js" not in html and "MathJax" not in html, name


def test_reports_show_no_machine_paths_or_stray_outputs(reports):
    html_by_name, project = reports
    for name, html in html_by_name.items():
        assert str(project) not in html and str(ROOT) not in html, f"{name}: an absolute path of the build machine"
        assert "PosixPath" not in html, f"{name}: a notebook cell echoes file paths"
        assert "\\n" not in "".join(re.findall(r"<th[^>]*>[^<]*</th>", html)), f"{name}: a literal \\n in a table"
