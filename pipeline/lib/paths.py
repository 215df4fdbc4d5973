"""Every path the pipeline reads or writes, in one place."""
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIBRARY = ROOT / "pipeline" / "lib"      # the shared modules every stage imports

# Inputs, reviewed by people; the pipeline never writes them.
RAW = ROOT / "data" / "raw"
DOCUMENTS = RAW / "documents"            # one folder per article: article.txt, metadata.yaml, coding.yaml
REGISTRY = RAW / "registry"              # actors.yaml, places.yaml: shared by all articles
ACTORS_FILE = REGISTRY / "actors.yaml"
PLACES_FILE = REGISTRY / "places.yaml"
SCHEMAS = ROOT / "schemas"               # *.schema.json (one per table), package.yaml, plover_modes.yaml
PACKAGE_FILE = SCHEMAS / "package.yaml"  # package metadata and the version

# Hand-made articles with human codings that measure the draft extractor (split.yaml: dev | test).
EVALUATION_ARTICLES = ROOT / "tests" / "fixtures" / "articles"
EVALUATION_SPLIT = EVALUATION_ARTICLES / "split.yaml"

# In each article's folder.
TEXT_FILE = "article.txt"
METADATA_FILE = "metadata.yaml"
CODING_FILE = "coding.yaml"              # the published (adjudicated) coding
INDEPENDENT_DIR = "independent"          # two independent codings, coder-a.yaml and coder-b.yaml
REVIEW_LOG_FILE = "review-log.md"        # every reviewer's point and the decision on it

# Published, committed.
PROCESSED = ROOT / "data" / "processed"
DATAPACKAGE = ROOT / "datapackage.json"
FIGURES = ROOT / "figures"               # PNG and SVG charts, drawn by the notebooks
CODEBOOK = ROOT / "docs" / "codebook.md"
CITATION = ROOT / "CITATION.cff"
README = ROOT / "README.md"
BENCH_RESULTS = ROOT / "benchmarks" / "results.md"

# Built, not committed.
BUILD = ROOT / "build"
STAGE = BUILD / "stage"                  # mirrors the published layout; validated before publishing
VALIDATED = BUILD / "validated.txt"      # written by the validate stage, read by publish
JOURNAL = BUILD / "publish-journal.json"  # written while publishing; the next run finishes it
CODE_INDEX = BUILD / "cache" / "code.json"  # each article's inputs key and where its rows lie in the staged tables
BENCH = BUILD / "bench"                  # synthetic corpora of make bench
REPORTS = ROOT / "reports"               # notebook HTML reports, agreement and extraction quality
AGREEMENT_REPORT = REPORTS / "agreement.md"
EXTRACTION_REPORT = REPORTS / "extraction_quality"  # .md and .csv
DIST = ROOT / "dist"                     # release archives and SQLite databases

CFFCONVERT = ROOT / ".venv-cff" / "bin" / "cffconvert"  # in an environment of its own


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
