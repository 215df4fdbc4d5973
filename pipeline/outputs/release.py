"""`make release`: dist/<name>-<version>.zip and dist/<name>-<version>.sqlite.

The archive holds everything a user needs to use and check the data without the repository:
the package and its CSVs, the schemas, the codebook and coding guide, the raw texts and codings
the offsets point into, the figures, README, CHANGELOG, CITATION.cff, the licences, the workbook
and UTF-8-with-BOM copies of the CSVs for spreadsheets, and SHA256SUMS. The workbook is also a
file of its own beside the archive. Entries are sorted and stamped with the
version's release date, so two builds of a version are byte-identical.
"""
import argparse
import hashlib
import json
import zipfile
from datetime import datetime
from functools import partial
from pathlib import Path

from pipeline.lib import paths
from pipeline.lib.confine import check_tree
from pipeline.lib.errors import InputError, run
from pipeline.lib.tables import write_atomic
from pipeline.outputs.sqlite_export import export
from pipeline.outputs.workbook import workbook_bytes

DIST = paths.DIST
TOP_FILES = ["README.md", "CHANGELOG.md", "CITATION.cff", "LICENSE", "LICENSE-DATA.md", "datapackage.json"]
GLOBS = ["data/processed/*.csv", "schemas/*", "docs/*.md", "figures/*.png", "figures/*.svg",
         "data/raw/documents/*/*", "data/raw/registry/*.yaml"]
BOM = b"\xef\xbb\xbf"


def release_files(root: Path) -> list[Path]:
    """What goes into the archive, relative to the repository, sorted."""
    found = {Path(name) for name in TOP_FILES}
    for pattern in GLOBS:
        found |= {path.relative_to(root) for path in root.glob(pattern) if path.is_file()}
    return sorted(found, key=lambda path: path.as_posix())


def spreadsheet_copies(root: Path) -> dict[str, bytes]:
    """The CSVs with a byte-order mark, which Excel needs to read UTF-8 when a file is double-clicked."""
    tables = sorted((root / "data" / "processed").glob("*.csv"))
    return {f"spreadsheet/{path.name}": BOM + path.read_bytes() for path in tables}


def archive_bytes(root: Path, prefix: str, released: datetime, workbook: bytes) -> bytes:
    contents = {path.as_posix(): (root / path).read_bytes() for path in release_files(root)}
    contents |= spreadsheet_copies(root)
    contents[f"spreadsheet/{prefix}.xlsx"] = workbook
    contents["SHA256SUMS"] = "".join(f"{hashlib.sha256(data).hexdigest()}  {name}\n"
                                     for name, data in sorted(contents.items())).encode("utf-8")
    stamp = released.timetuple()[:6]
    target = DIST / f".{prefix}.zip.building"
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w") as archive:
        for name in sorted(contents):
            info = zipfile.ZipInfo(f"{prefix}/{name}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so the permissions below mean the same everywhere
            info.external_attr = 0o100644 << 16
            archive.writestr(info, contents[name], compresslevel=9)
    data = target.read_bytes()
    target.unlink()
    return data


def main(root: Path = paths.ROOT, expected: str | None = None) -> None:
    check_tree(root / "data" / "raw")  # the archive carries the raw files: never what a link points to
    package = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    prefix = f"{package['name']}-{package['version']}"
    if expected is not None and expected != prefix:
        raise InputError(paths.PACKAGE_FILE, "name/version", f"the Makefile read {expected!r}, the package is "
                         f"{prefix!r}: write name and version as plain text (no quotes or comments)")
    released = datetime.fromisoformat(package["created"].replace("Z", "+00:00"))
    zip_path = DIST / f"{prefix}.zip"
    workbook = workbook_bytes(root)
    write_atomic(DIST / f"{prefix}.xlsx", workbook)
    write_atomic(zip_path, archive_bytes(root, prefix, released, workbook))
    counts = export(root, DIST / f"{prefix}.sqlite")
    print(f"release: {paths.relative(zip_path)} ({zip_path.stat().st_size} bytes), "
          f"{paths.relative(DIST / f'{prefix}.sqlite')} ({sum(counts.values())} rows in {len(counts)} tables)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Build the release files of the published package.")
    parser.add_argument("--expect", help="the <name>-<version> the Makefile names the files after")
    run(partial(main, expected=parser.parse_args().expect))
