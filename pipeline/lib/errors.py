"""User-facing errors: one line naming the file, the record and what is wrong."""
import sys
from collections.abc import Callable
from pathlib import Path

from pipeline.lib.paths import relative


class InputError(Exception):
    """A problem with an input file that its author must fix. Printed without a traceback."""

    def __init__(self, path: Path | str, record: str | None, problem: str):
        self.path, self.record, self.problem = path, record, problem
        where = relative(Path(path)) if path else "(input)"
        super().__init__(f"{where}: {record}: {problem}" if record else f"{where}: {problem}")


def run(main: Callable[[], None]) -> None:
    """Run a stage's main(); report an InputError as one line and exit 2."""
    try:
        main()
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)
