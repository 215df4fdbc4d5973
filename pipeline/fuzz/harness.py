"""One fuzzing example: change the inputs of a project copy, run the stages in-process as make
would (normalize, code, package, validate, publish; the first failure stops), and judge the
result against the error contract:

- the build succeeds, or a stage exits non-zero with exactly one line `error: <file>: ...`
  naming a file, and no traceback;
- when it fails, every published file (data/processed/*.csv, datapackage.json) is byte for
  byte what it was.

This module must run inside the project copy (its pipeline package is the copy's, so every
path in pipeline.lib.paths points into the copy); Fuzzer refuses to start anywhere else.
"""
import contextlib
import io
import re
import traceback
from dataclasses import dataclass
from pathlib import Path

from pipeline.lib import paths
from pipeline.lib.errors import run

# The error line names a file of the project: an input, a schema, or a staged table.
NAMES_A_FILE = re.compile(r"error: (data/raw/|schemas/|build/stage)[^\n]*?: ")


@dataclass
class Result:
    """What the build did with one example: the stage that stopped it (None: it succeeded)."""
    stage: str | None
    status: int
    stderr: str
    traceback: str | None = None
    published_changed: bool = False


def verdict(result: Result) -> tuple[str, str | None]:
    """The outcome's kind (for the report) and the broken part of the contract, if any."""
    if result.traceback:
        last = result.traceback.strip().splitlines()[-1]
        return f"traceback in {result.stage}", f"{result.stage} raised {last}"
    if result.stage is None:
        return "built", None
    kind = f"refused by {result.stage}"
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    if "Traceback" in result.stderr:
        return kind, f"{result.stage} printed a traceback"
    if len(errors) != 1:
        return kind, f"{result.stage} printed {len(errors)} error lines, not one: {result.stderr[:500]!r}"
    if not NAMES_A_FILE.match(errors[0]):
        return kind, f"the error line names no file of the project: {errors[0][:300]!r}"
    if result.published_changed:
        return kind, "a published file changed although the build failed"
    return kind, None


def stages():
    """The build's stages in make's order, each as its entry point (imported here, in the copy)."""
    import importlib

    from pipeline.stages import ORDER
    return [(name, importlib.import_module(f"pipeline.stages.{name}").main) for name in ORDER]


def published_files(root: Path) -> dict[str, bytes]:
    files = [*sorted(paths.processed_dir(root).glob("*.csv")), root / paths.DATAPACKAGE.name]
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in files if path.is_file()}


class Fuzzer:
    """Runs examples in the project copy it is started in, restoring the inputs after each."""

    def __init__(self, repository: Path):
        self.root = paths.ROOT
        if self.root.resolve() == repository.resolve() or not (self.root / ".fuzz-copy").is_file():
            raise SystemExit(f"refusing to fuzz {self.root}: not a fuzzing copy of the project")
        self.stages = stages()
        self.inputs = {path.relative_to(self.root).as_posix(): path.read_bytes()
                       for path in sorted(paths.RAW.rglob("*")) if path.is_file()}
        baseline = self.build()
        if verdict(baseline) != ("built", None):
            raise SystemExit(f"the unchanged inputs do not build: {baseline}")
        self.published = published_files(self.root)

    def build(self) -> Result:
        for name, main in self.stages:
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    run(main)
                except SystemExit as exit:
                    status = exit.code if isinstance(exit.code, int) else 1
                    if status != 0:
                        return Result(name, status, err.getvalue())
                except Exception:  # the contract's one forbidden outcome: report it, with its trace
                    return Result(name, 1, err.getvalue(), traceback.format_exc())
        return Result(None, 0, "")

    def example(self, files: dict[str, bytes]) -> Result:
        """Write the changed inputs, build, check the published files, restore everything."""
        try:
            for name, data in files.items():
                (self.root / name).write_bytes(data)
            result = self.build()
            if result.stage is not None:
                result.published_changed = published_files(self.root) != self.published
            return result
        finally:
            self.restore(files)

    def restore(self, changed: dict[str, bytes]) -> None:
        for name in changed:
            (self.root / name).write_bytes(self.inputs[name])
        if published_files(self.root) != self.published:
            for stale in paths.processed_dir(self.root).glob("*.csv"):
                stale.unlink()
            for name, data in self.published.items():
                (self.root / name).write_bytes(data)
