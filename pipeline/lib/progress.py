"""Progress on long stages: a counter on a terminal, nothing when output goes to a file or CI."""
import sys
import time
from collections.abc import Iterable, Iterator


def progress(items: Iterable, total: int, label: str, every: float = 0.2) -> Iterator:
    """Yield the items, showing 'label: done/total' on stderr at most every `every` seconds."""
    shown = sys.stderr.isatty() and total > 1
    last = 0.0
    for done, item in enumerate(items, start=1):
        yield item
        now = time.monotonic()
        if shown and (now - last >= every or done == total):
            print(f"\r{label}: {done}/{total}", end="\n" if done == total else "", file=sys.stderr, flush=True)
            last = now
