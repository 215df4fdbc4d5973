"""`make bench` on a small corpus: every stage runs, and both validators catch every seeded error."""
from pipeline.bench import run as bench


def test_the_benchmark_builds_a_small_corpus_and_both_validators_catch_every_seeded_error():
    lines = bench.bench([10], frictionless_up_to=10)
    assert lines[-1].startswith("| 10 | "), lines
    comparison = bench.seeded_comparison(10)
    rows = [line for line in comparison if line.startswith("| ") and not line.startswith("| error")]
    assert len(rows) == len(bench.SEEDED)
    assert all(line.endswith("| caught | caught |") for line in rows), comparison
