"""`make bench`: build and validate synthetic corpora of 10 to 10,000 articles, and measure.

Each corpus is the seed article and its coding replicated under distinct document ids, in a
copy of the project under build/bench/. Every stage runs as a separate process, as make runs
it; the table gives seconds and peak memory (RSS) per stage, rows, and rows per second. Our
validation is then compared with `frictionless validate` on the same staged package, and both
are run on a copy with seeded errors to show they catch the same problems.

    python -m pipeline.bench.run [--sizes 10 100 1000 10000] [--frictionless-up-to 10000]
"""
import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

from pipeline.lib import paths
from pipeline.stages import ORDER

BENCH = paths.BENCH
RESULTS = paths.BENCH_RESULTS
STAGES = ORDER[:ORDER.index("publish")]  # the stages that build and check; publishing is a copy
SEED = "eb-2018-02-rural-homs"


def make_corpus(root: Path, articles: int) -> None:
    """A project copy whose data/raw holds `articles` copies of the seed, with distinct ids."""
    if root.exists():
        shutil.rmtree(root)
    for name in ["pipeline", "schemas"]:
        shutil.copytree(paths.ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(paths.REGISTRY, root / "data" / "raw" / "registry")
    seed = paths.DOCUMENTS / SEED
    metadata = (seed / paths.METADATA_FILE).read_text(encoding="utf-8")
    coding = (seed / paths.CODING_FILE).read_text(encoding="utf-8")
    for number in range(1, articles + 1):
        document_id = f"{SEED}-{number:05d}"
        folder = root / "data" / "raw" / "documents" / document_id
        folder.mkdir(parents=True)
        os.link(seed / paths.TEXT_FILE, folder / paths.TEXT_FILE)
        own_metadata = metadata.replace(f"document_id: {SEED}", f"document_id: {document_id}")
        (folder / paths.METADATA_FILE).write_text(own_metadata, encoding="utf-8")
        (folder / paths.CODING_FILE).write_text(coding.replace(f"document_id: {SEED}", f"document_id: {document_id}"),
                                                encoding="utf-8")


def run(command: list[str], cwd: Path) -> tuple[float, float, int, str]:
    """Seconds, peak RSS (MiB), exit status and error output of one process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONHASHSEED": "0"})
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    error = process.stderr.read()
    process.stderr.close()
    return seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), error


def staged_rows(root: Path) -> int:
    return sum(max(path.read_bytes().count(b"\r\n") - 1, 0)
               for path in (root / "build" / "stage" / "data" / "processed").glob("*.csv"))


def frictionless(root: Path) -> tuple[float, float, int, str]:
    executable = str(Path(sys.executable).with_name("frictionless"))
    return run([executable, "validate", "--json", "datapackage.json"], root / "build" / "stage")


# Errors seeded into the largest package: what each validator must report for it (ours, theirs).
SEEDED = {
    "unknown category": ("rumoured", "constraint-error"),
    "dangling foreign key": ("speaker_id is not in actors.actor_id", "foreign-key"),
    "primary key repeated far apart (last article's e01 = first article's)": ("event_id is not unique", "primary-key"),
}


def seed_errors(root: Path) -> None:
    """The SEEDED errors, then re-package so the hashes agree."""
    processed = root / "build" / "stage" / "data" / "processed"
    events = processed / "events.csv"
    text = events.read_bytes().decode("utf-8")
    text = text.replace(",threatened,", ",rumoured,", 1)
    last = text.rsplit("\r\n", 2)[-2].split(",", 1)[0].rsplit("-", 1)[0]  # the last article's id
    first = text.split("\r\n", 2)[1].split(",", 1)[0].rsplit("-", 1)[0]
    text = text.replace(f"\r\n{last}-e01,", f"\r\n{first}-e01,", 1)
    events.write_bytes(text.encode("utf-8"))
    statements = processed / "statements.csv"
    text = statements.read_bytes().decode("utf-8")
    statements.write_bytes(text.replace(",ayman-al-amouri,", ",nobody,", 1).encode("utf-8"))
    assert run([sys.executable, "-m", "pipeline.stages.package"], root)[2] == 0


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown")
    memory = next((int(line.split()[1]) // 1024 // 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), 0)
    return f"{os.cpu_count()} cores ({cpu}), {memory} GiB, Python {platform.python_version()}, {platform.system()}"


def bench(sizes: list[int], frictionless_up_to: int) -> list[str]:
    header = ("| articles | rows | " + " | ".join(f"{stage} s (MiB)" for stage in STAGES)
              + " | build s | rows/s | code s after one coding changes | frictionless validate s (MiB) "
                "| frictionless ÷ our validate | build ÷ frictionless |")
    lines = [header, "|" + "---|" * (len(STAGES) + 8)]
    print(header)
    for articles in sizes:
        root = BENCH / f"n{articles}"
        make_corpus(root, articles)
        measured = {}
        for stage in STAGES:
            seconds, memory, status, error = run([sys.executable, "-m", f"pipeline.stages.{stage}"], root)
            if status != 0:
                raise SystemExit(f"bench: {stage} failed on {articles} articles:\n{error}")
            measured[stage] = (seconds, memory)
        rows = staged_rows(root)
        total = sum(seconds for seconds, _ in measured.values())
        one_coding = next((root / "data" / "raw" / "documents").iterdir()) / paths.CODING_FILE
        one_coding.write_text(one_coding.read_text(encoding="utf-8") + "# reviewed again\n", encoding="utf-8")
        recode = run([sys.executable, "-m", "pipeline.stages.code"], root)[0]
        if articles <= frictionless_up_to:
            seconds, memory, status, _ = frictionless(root)
            theirs = f"{seconds:.1f} ({memory:.0f})" + ("" if status == 0 else " INVALID")
            ratio = f"{seconds / measured['validate'][0]:.1f}× | {total / seconds:.2f}"
        else:
            theirs, ratio = "not run", " |"
        line = (f"| {articles:,} | {rows:,} | " + " | ".join(f"{s:.1f} ({m:.0f})" for s, m in measured.values())
                + f" | {total:.1f} | {rows / total:,.0f} | {recode:.1f} | {theirs} | {ratio} |")
        print(line, flush=True)
        lines.append(line)
    return lines


def seeded_comparison(articles: int) -> list[str]:
    """Both validators on the largest corpus with two seeded errors: what each reports."""
    root = BENCH / f"n{articles}"
    seed_errors(root)
    ours_seconds, _, ours_status, ours_error = run([sys.executable, "-m", "pipeline.stages.validate"], root)
    their_seconds, _, their_status, their_output = frictionless(root)
    # The first problem is the error line; the others follow it as "also:" lines.
    ours = [line for line in ours_error.splitlines() if line.startswith(("error:", "  also:"))]
    report = subprocess.run([str(Path(sys.executable).with_name("frictionless")), "validate", "--json",
                             "datapackage.json"], cwd=root / "build" / "stage", capture_output=True, text=True).stdout
    lines = ["", f"Seeded errors in the {articles:,}-article package, after re-packaging so that the hashes agree:", "",
             "| error | ours | frictionless |", "|---|---|---|"]
    for error, (our_words, their_type) in SEEDED.items():
        found_ours = any(our_words in line for line in ours)
        lines.append(f"| {error} | {'caught' if found_ours else 'MISSED'} | "
                     f"{'caught' if f'{their_type}' in report else 'MISSED'} |")
    lines += ["", f"Exit status: ours {ours_status} in {ours_seconds:.1f} s; frictionless {their_status} "
                  f"in {their_seconds:.1f} s."]
    print("\n".join(lines))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000, 10000])
    parser.add_argument("--frictionless-up-to", type=int, default=10000,
                        help="run frictionless validate only on corpora up to this many articles")
    arguments = parser.parse_args()
    print(f"bench: {machine()}")
    lines = bench(arguments.sizes, arguments.frictionless_up_to)
    largest = max(size for size in arguments.sizes if size <= arguments.frictionless_up_to)
    lines += seeded_comparison(largest)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join([
        "# Benchmark results", "",
        f"Written by `make bench` (`python -m pipeline.bench.run --sizes {' '.join(map(str, arguments.sizes))}`) "
        f"on {time.strftime('%Y-%m-%d', time.gmtime())}.", "", f"Machine: {machine()}.", "",
        "Each corpus is the seed article and its coding replicated under distinct ids. Seconds are wall "
        "time of each stage as a separate process (as make runs it); MiB is its peak resident memory. "
        "`validate` is our validation (pandera and cross-table checks); the frictionless column validates "
        "the same staged package with `frictionless validate`.", "", *lines, ""]), encoding="utf-8")
    print(f"bench: written to {paths.relative(RESULTS)}")


if __name__ == "__main__":
    main()
