"""Stage 5: copy the validated staging area over the published files.

Refuses unless build/validated.txt names the exact datapackage.json in the staging area, so
nothing unvalidated is ever published. Every file is first written whole beside its target;
then a journal listing the renames is written, the renames are done, and the journal removed.
A build killed before the journal leaves the published files as they were; one killed during
the renames is finished by the next run (roll forward), which completes the journal first.
"""
import hashlib
import json
import os
import shutil
import sys
from pathlib import Path

from pipeline.lib import paths
from pipeline.lib.tables import write_atomic

JOURNAL = paths.JOURNAL


def staged_files(stage: Path) -> list[Path]:
    """The staged descriptor and every table it lists, relative to the stage root."""
    descriptor = json.loads((stage / paths.DATAPACKAGE.name).read_text(encoding="utf-8"))
    return [*(Path(resource["path"]) for resource in descriptor["resources"]), Path(paths.DATAPACKAGE.name)]


def is_validated(stage: Path, stamp: Path) -> bool:
    if not stamp.is_file():
        return False
    digest = hashlib.sha256((stage / paths.DATAPACKAGE.name).read_bytes()).hexdigest()
    return stamp.read_text(encoding="utf-8").startswith(f"datapackage.json sha256:{digest}\n")


def finish_journal(journal: Path = JOURNAL) -> int:
    """Complete the renames of an interrupted publication; return how many were left."""
    if not journal.is_file():
        return 0
    renames = json.loads(journal.read_text(encoding="utf-8"))
    pending = [(Path(temporary), Path(destination)) for temporary, destination in renames]
    left = [(temporary, destination) for temporary, destination in pending if temporary.exists()]
    for temporary, destination in left:
        os.replace(temporary, destination)
    journal.unlink()
    return len(left)


def publish(stage: Path, target: Path, journal: Path = JOURNAL) -> list[Path]:
    files = staged_files(stage)
    renames = []
    for relative in files:  # the descriptor last: it names the tables' hashes
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        temporary = destination.with_name(f".{destination.name}.publishing")
        shutil.copyfile(stage / relative, temporary)  # in blocks: a table is never held whole
        renames.append((str(temporary), str(destination)))
    write_atomic(journal, json.dumps(renames, indent=1).encode("utf-8"))
    finish_journal(journal)
    published = {target / relative for relative in files}
    for stale in sorted(paths.processed_dir(target).glob("*.csv")):
        if stale not in published:
            stale.unlink()
            print(f"publish: removed {paths.relative(stale)}, no longer in the package")
    return files


def main(stage: Path = paths.STAGE, target: Path = paths.ROOT) -> None:
    finished = finish_journal()
    if finished:
        print(f"publish: finished {finished} rename(s) of an interrupted publication")
    if not is_validated(stage, paths.VALIDATED):
        print(f"error: {paths.relative(stage)} has not been validated as it is now; run `make all`", file=sys.stderr)
        sys.exit(1)
    files = publish(stage, target)
    print(f"publish: {len(files)} files -> {paths.relative(target / 'data' / 'processed')} and datapackage.json")


if __name__ == "__main__":
    main()
