"""`make fuzz`: thousands of mutated inputs through the build, each judged against the error
contract (pipeline/fuzz/harness.py); the outcomes go to reports/fuzz.md.

    python -m pipeline.fuzz.run [--examples 5000] [--seconds 1800] [--seed 14] [--report reports/fuzz.md]

The examples run in batches, each with a fixed seed (seed, seed + 1, ...), so a run is
repeatable; the time budget only stops it early, between batches. The stages run in-process in
a copy of the project under build/fuzz/ (about 50 examples a second where make would manage
one), started as a separate process so that its pipeline package is the copy's. Exits
non-zero when an example broke the contract; Hypothesis shrinks each failure to a minimal example.
"""
import argparse
import platform
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from pipeline.lib import paths

WORKDIR = paths.BUILD / "fuzz"
REPORT = paths.ROOT / "reports" / "fuzz.md"
COPIED = ["pipeline", "schemas", "data", "datapackage.json"]
BATCH = 250


def make_copy(workdir: Path) -> Path:
    """A fresh copy of what the build stages read and write, marked as a copy for the harness."""
    project = workdir / "project"
    if project.exists():
        shutil.rmtree(project)
    project.mkdir(parents=True)
    for name in COPIED:
        source = paths.ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=shutil.ignore_patterns("__pycache__", "*.tmp"))
        else:
            shutil.copy2(source, project / name)
    (project / ".fuzz-copy").write_text("a throw-away copy for pipeline.fuzz; never published\n", encoding="utf-8")
    return project


class Campaign:
    """Runs batches of Hypothesis examples in the copy and counts their outcomes."""

    def __init__(self, repository: Path):
        from pipeline.fuzz.harness import Fuzzer
        from pipeline.fuzz.mutations import Mutator
        from pipeline.lib.inputs import load_yaml

        self.fuzzer = Fuzzer(repository)
        documents = sorted(name for name in self.fuzzer.inputs if name.startswith("data/raw/documents/"))
        article = next(name for name in documents if name.endswith("/" + paths.TEXT_FILE))
        metadata = next(name for name in documents if name.endswith("/" + paths.METADATA_FILE))
        parsed = {name: load_yaml(paths.ROOT / name) for name in self.fuzzer.inputs if name.endswith(".yaml")}
        self.mutator = Mutator(self.fuzzer.inputs, parsed, article, metadata)
        self.outcomes: Counter = Counter()
        self.kinds: Counter = Counter()
        self.failures: list[dict] = []
        self.samples: dict[str, str] = {}  # outcome -> the first error line seen
        self.examples = 0

    def batch(self, seed: int, count: int) -> None:
        from hypothesis import HealthCheck, Phase, given, settings
        from hypothesis import seed as fixed_seed
        from hypothesis import strategies as st

        from pipeline.fuzz.harness import verdict

        last_failure: dict = {}

        @fixed_seed(seed)
        @settings(max_examples=count, database=None, deadline=None, phases=[Phase.generate, Phase.shrink],
                  suppress_health_check=list(HealthCheck), report_multiple_bugs=False, print_blob=False)
        @given(st.data())
        def example(data):
            mutation = self.mutator.draw(data)
            result = self.fuzzer.example(mutation.files)
            outcome, broken = verdict(result)
            self.examples += 1
            self.outcomes[outcome] += 1
            self.kinds[mutation.kind] += 1
            errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
            if errors:
                self.samples.setdefault(outcome, errors[0])
            if broken:
                last_failure.update(seed=seed, kind=mutation.kind, mutation=mutation.description, broken=broken,
                                    stderr=result.stderr, traceback=result.traceback)
                raise AssertionError(broken)

        try:
            example()
        except AssertionError:
            self.failures.append(dict(last_failure))  # the last failing call is the shrunk one
            print(f"fuzz: failure: {last_failure['kind']}: {last_failure['mutation']}: {last_failure['broken']}",
                  flush=True)


def markdown_cell(text: str, limit: int = 160) -> str:
    text = text if len(text) <= limit else text[:limit] + "..."
    escaped = text.encode("unicode_escape").decode("ascii").replace("`", "'").replace("|", "\\|")
    return f"`{escaped}`" if text else ""


def report(campaign: Campaign, seconds: float, seed: int, batches: int) -> str:
    lines = ["# Fuzzing the build's error contract", "",
             "Written by `make fuzz` (pipeline/fuzz/run.py); not committed. Each example mutates the real",
             "inputs under data/raw (pipeline/fuzz/mutations.py) and runs the stages in-process on a copy of",
             "the project; the contract: the build succeeds, or stops with exactly one `error:` line naming",
             "a file, no traceback, and every published file byte for byte unchanged.", "",
             f"- examples run: {campaign.examples:,} ({batches} batch(es) of up to {BATCH}, seeds {seed} to "
             f"{seed + batches - 1})",
             f"- time: {seconds:.0f} s ({campaign.examples / max(seconds, 1e-9):.0f} examples a second), "
             f"Python {platform.python_version()}",
             f"- contract broken: {len(campaign.failures)} time(s)", "", "## Outcomes", "",
             "| outcome | examples | first error seen |", "|---|---|---|"]
    lines += [f"| {outcome} | {count:,} | {markdown_cell(campaign.samples.get(outcome, ''))} |"
              for outcome, count in sorted(campaign.outcomes.items())]
    lines += ["", "## Mutations drawn", "", "| mutation | examples |", "|---|---|"]
    lines += [f"| {kind} | {count:,} |" for kind, count in sorted(campaign.kinds.items())]
    lines += ["", "## Failures", ""]
    if not campaign.failures:
        lines.append("None: every example kept the contract.")
    for number, failure in enumerate(campaign.failures, start=1):
        lines += [f"### {number}. {failure['broken'][:200]}", "",
                  f"- batch seed {failure['seed']}, mutation `{failure['kind']}`: {failure['mutation']}", "",
                  "```", (failure["traceback"] or failure["stderr"]).strip()[-3000:], "```", ""]
    return "\n".join(lines) + "\n"


def in_copy(arguments) -> int:
    campaign = Campaign(Path(arguments.repository))
    started, batches = time.monotonic(), 0
    while campaign.examples < arguments.examples and time.monotonic() - started < arguments.seconds:
        campaign.batch(arguments.seed + batches, min(BATCH, arguments.examples - campaign.examples))
        batches += 1
        print(f"fuzz: {campaign.examples} examples, {len(campaign.failures)} failure(s), "
              f"{time.monotonic() - started:.0f} s", flush=True)
    text = report(campaign, time.monotonic() - started, arguments.seed, batches)
    Path(arguments.report).parent.mkdir(parents=True, exist_ok=True)
    Path(arguments.report).write_text(text, encoding="utf-8")
    print(f"fuzz: {campaign.examples} examples, {dict(campaign.outcomes)}; report: {arguments.report}")
    for failure in campaign.failures:
        print(f"error: fuzz: {failure['kind']}: {failure['mutation']}: {failure['broken']}", file=sys.stderr)
    return 1 if campaign.failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=5000)
    parser.add_argument("--seconds", type=float, default=1800, help="time budget; stops between batches")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--report", default=str(REPORT))
    parser.add_argument("--workdir", default=str(WORKDIR))
    parser.add_argument("--in-copy", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--repository", default=str(paths.ROOT), help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    if arguments.in_copy:
        return in_copy(arguments)
    project = make_copy(Path(arguments.workdir).resolve())
    command = [sys.executable, "-m", "pipeline.fuzz.run", "--in-copy", "--repository", str(paths.ROOT),
               "--examples", str(arguments.examples), "--seconds", str(arguments.seconds),
               "--seed", str(arguments.seed), "--report", str(Path(arguments.report).resolve())]
    return subprocess.run(command, cwd=project).returncode


if __name__ == "__main__":
    sys.exit(main())
