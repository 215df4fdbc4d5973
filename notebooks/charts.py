"""Helpers shared by the notebooks: load the package as a user would, and save figures that
are ready for a paper (captioned) and identical byte for byte on every rebuild."""
import json
import os
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

# Fixed ids in SVGs, no creation dates, the font shipped with matplotlib: same bytes everywhere.
plt.rcParams.update({
    "svg.hashsalt": "homs-deescalation",
    "svg.fonttype": "path",
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "figure.dpi": 100,
    "figure.facecolor": "white",  # the notebook's inline backend would make it transparent
    "savefig.facecolor": "white",
    "savefig.dpi": 150,
    "axes.spines.top": False,
    "axes.spines.right": False,
})

HERE = Path(__file__).resolve().parent
PACKAGE = Path(os.environ.get("DATAPACKAGE", HERE.parent / "datapackage.json"))
FIGURES = Path(os.environ.get("FIGURES_DIR", HERE.parent / "figures"))

# One colour per PLOVER event type (colour-blind-safe where it matters: Okabe-Ito first).
EVENT_COLOURS = {
    "AGREE": "#009E73", "SUPPORT": "#56B4E9", "REQUEST": "#0072B2", "REJECT": "#CC79A7",
    "ACCUSE": "#E69F00", "THREATEN": "#D55E00", "SANCTION": "#882255", "MOBILIZE": "#F0E442",
    "COERCE": "#999933", "ASSAULT": "#000000",
}
SIDE_COLOURS = {"pro_government": "#D55E00", "opposition": "#009E73", "third_party": "#56B4E9",
                "civilian": "#999999", "none": "#CCCCCC"}


def load_package(path: Path = PACKAGE) -> tuple[dict, dict[str, pd.DataFrame]]:
    """The descriptor and every table, read through datapackage.json with its date fields parsed."""
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    tables = {}
    for resource in descriptor["resources"]:
        dates = [field["name"] for field in resource["schema"]["fields"] if field["type"] == "date"]
        tables[resource["name"]] = pd.read_csv(path.parent / resource["path"], encoding="utf-8",
                                               keep_default_na=False, na_values=[""], parse_dates=dates)
    return descriptor, tables


def caption(fig, descriptor: dict, note: str = "") -> str:
    """Draw the line that lets a figure travel alone (dataset, version, source, licence); return it."""
    source = descriptor["sources"][0]["title"].split(":")[0]
    text = (f"{descriptor['title'].split(':')[0]} · dataset {descriptor['name']} v{descriptor['version']} · "
            f"source: {source} (Feb. 2018) · CC-BY-4.0")
    fig.text(0.01, 0.005, text + (f"\n{note}" if note else ""), fontsize=7, color="#555555", ha="left", va="bottom")
    return text


def save(fig, name: str, described: str) -> None:
    """Write the figure as PNG (screens, README) and SVG (print), each atomically, with its caption
    in the files' metadata, and no creation date or software version (same bytes on every build).
    Returns nothing: as a notebook's last expression, it must not print the machine's paths."""
    FIGURES.mkdir(parents=True, exist_ok=True)
    for extension, metadata in [("png", {"Software": None, "Title": name, "Description": described}),
                                ("svg", {"Date": None, "Creator": None, "Title": name, "Description": described})]:
        target = FIGURES / f"{name}.{extension}"
        temporary = target.with_name(f".{target.name}.tmp")
        fig.savefig(temporary, format=extension, metadata=metadata, bbox_inches="tight")
        os.replace(temporary, target)
