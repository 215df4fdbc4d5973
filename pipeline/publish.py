"""Stage 5: copy the validated staging area over the published files.

Refuses unless build/validated.txt names the exact datapackage.json in the staging area, so
nothing unvalidated is ever published. Every file is first written beside its target, then
all are renamed into place: a failure before the renames leaves the published files as they were.
"""
import hashlib
import json
import os
import sys
from pathlib import Path

from pipeline import paths
from pipeline.tables import table_path


def staged_files(stage: Path) -> list[Path]:
    """The staged descriptor and every table it lists, relative to the stage root."""
    descriptor = json.loads((stage / paths.DATAPACKAGE.name).read_text(encoding="utf-8"))
    return [Path(paths.DATAPACKAGE.name), *(Path(resource["path"]) for resource in descriptor["resources"])]


def is_validated(stage: Path, stamp: Path) -> bool:
    if not stamp.is_file():
        return False
    digest = hashlib.sha256((stage / paths.DATAPACKAGE.name).read_bytes()).hexdigest()
    return stamp.read_text(encoding="utf-8").startswith(f"datapackage.json sha256:{digest}\n")


def publish(stage: Path, target: Path) -> list[Path]:
    files = staged_files(stage)
    temporaries = []
    for relative in files:
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        temporary = destination.with_name(f".{destination.name}.tmp")
        temporary.write_bytes((stage / relative).read_bytes())
        temporaries.append((temporary, destination))
    for temporary, destination in temporaries:
        os.replace(temporary, destination)
    published = {target / relative for relative in files}
    for stale in sorted(table_path(target, "*").parent.glob("*.csv")):
        if stale not in published:
            stale.unlink()
            print(f"publish: removed {paths.relative(stale)}, no longer in the package")
    return files


def main(stage: Path = paths.STAGE, target: Path = paths.ROOT) -> None:
    if not is_validated(stage, paths.VALIDATED):
        print(f"error: {paths.relative(stage)} has not been validated as it is now; run `make all`", file=sys.stderr)
        sys.exit(1)
    files = publish(stage, target)
    print(f"publish: {len(files)} files -> {paths.relative(target / 'data' / 'processed')} and datapackage.json")


if __name__ == "__main__":
    main()
