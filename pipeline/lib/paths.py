"""Every path the pipeline reads or writes, in one place."""
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIBRARY = ROOT / "pipeline" / "lib"     # the shared modules every stage imports

RAW = ROOT / "data" / "raw"
DOCUMENTS = RAW / "documents"          # one folder per article: article.txt, metadata.yaml, coding.yaml
REGISTRY = RAW / "registry"            # actors.yaml, places.yaml: shared by all articles
SCHEMAS = ROOT / "schemas"             # *.schema.json (one per table) and package.yaml

PROCESSED = ROOT / "data" / "processed"
DATAPACKAGE = ROOT / "datapackage.json"

BUILD = ROOT / "build"
STAGE = BUILD / "stage"                # mirrors the published layout; validated before publishing
VALIDATED = BUILD / "validated.txt"    # written by the validate stage, read by publish

TEXT_FILE = "article.txt"
METADATA_FILE = "metadata.yaml"
CODING_FILE = "coding.yaml"


def processed_dir(root: Path) -> Path:
    """Where the tables go below a package root (the repository, or the staging area)."""
    return root / "data" / "processed"


def relative(path: Path) -> str:
    """A path as a user sees it in messages: relative to the repository when inside it (as
    named, without following a symbolic link: the message names the link, not its target)."""
    for absolute in [Path(os.path.abspath(path)), Path(path).resolve()]:
        if absolute.is_relative_to(ROOT):
            return str(absolute.relative_to(ROOT))
    return str(path)
