"""Execute notebooks headlessly and render them to HTML: python -m pipeline.stages.notebooks NOTEBOOK...

Each notebook reads the published package (datapackage.json) and saves its figures under
figures/; this runs it in a fresh kernel, fails on the first cell that raises, checks that the
notebook wrote its figures, and writes reports/<name>.html: self-contained, it loads nothing from
the network (no require.js, MathJax or widget scripts: the notebooks use none), so it opens
offline exactly as online.
"""
import sys
import time
from pathlib import Path

import jinja2
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert import HTMLExporter

from pipeline.lib import paths
from pipeline.lib.tables import write_atomic

REPORTS = paths.REPORTS
FIGURES = paths.FIGURES
FIGURE_FORMATS = ("png", "svg")
# JupyterLab's HTML template without the blocks that load scripts from a CDN.
OFFLINE_TEMPLATE = "offline.html.j2"
OFFLINE = """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
"""


def to_html(notebook: nbformat.NotebookNode) -> str:
    exporter = HTMLExporter(extra_loaders=[jinja2.DictLoader({OFFLINE_TEMPLATE: OFFLINE})],
                            template_file=OFFLINE_TEMPLATE)
    html, _ = exporter.from_notebook_node(notebook)
    return html


def execute(notebook: nbformat.NotebookNode, notebook_path: Path) -> None:
    """Run every cell in a fresh kernel, in place; raises CellExecutionError at the first failure."""
    client = NotebookClient(notebook, timeout=600, kernel_name="python3", record_timing=False,
                            extra_arguments=["--IPKernelApp.log_level=ERROR"],  # no TCP warning
                            resources={"metadata": {"path": str(notebook_path.parent)}})
    client.execute()


def failed_cell(notebook: nbformat.NotebookNode) -> tuple[int, str]:
    """The number of the cell that raised, and its error, from the executed notebook."""
    for number, cell in enumerate(notebook.cells, start=1):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                return number, f"{output['ename']}: {output['evalue']}"
    return 0, "unknown error"


def run_notebook(notebook_path: Path) -> Path:
    name = notebook_path.stem
    started = time.time()
    notebook = nbformat.read(notebook_path, as_version=4)
    try:
        execute(notebook, notebook_path)
    except CellExecutionError:
        number, problem = failed_cell(notebook)
        raise SystemExit(f"error: {paths.relative(notebook_path)}: cell {number} failed: {problem}") from None
    figures = [FIGURES / f"{name}.{extension}" for extension in FIGURE_FORMATS]
    stale = [figure.name for figure in figures if not figure.exists() or figure.stat().st_mtime < started]
    if stale:
        raise SystemExit(f"error: {paths.relative(notebook_path)}: ran, but did not write "
                         f"figures/{', figures/'.join(stale)}")
    html = to_html(notebook)
    target = REPORTS / f"{name}.html"
    write_atomic(target, html.encode("utf-8"))
    print(f"notebooks: {name}: {len(notebook.cells)} cells run in {time.time() - started:.1f} s -> "
          f"{paths.relative(target)}, figures/{name}.{{{','.join(FIGURE_FORMATS)}}}")
    return target


def main(arguments: list[str]) -> None:
    if not arguments:
        raise SystemExit("usage: python -m pipeline.stages.notebooks NOTEBOOK.ipynb...")
    for argument in arguments:
        run_notebook(Path(argument).resolve())


if __name__ == "__main__":
    main(sys.argv[1:])
