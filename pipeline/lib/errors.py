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
        super().__init__(one_line(f"{where}: {record}: {problem}" if record else f"{where}: {problem}"))

    def __reduce__(self):  # raised in a worker process, reported by the stage
        return InputError, (self.path, self.record, self.problem)


# Every character that str.splitlines() breaks a line at: none may reach an error line, which
# must stay one line whatever text of the input it quotes.
LINE_BREAKS = {ord(character): repr(character)[1:-1] for character in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"}


def one_line(message: str) -> str:
    return message.translate(LINE_BREAKS)


def run(main: Callable[[], None]) -> None:
    """Run a stage's main(); report an InputError as one line and exit 2."""
    try:
        main()
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)
