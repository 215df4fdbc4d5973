"""The per-article stages are a map over documents: this runs that map on every core, in order.

Results come back in the order of the inputs, so the tables are the same bytes whatever the
number of workers; the first input that fails raises its error, as a loop would. Each worker
receives the shared context once (the registries' patterns, ids), not with every item.
PIPELINE_WORKERS=1 runs the map in the stage's own process (for debugging and profiling).
"""
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

SMALL = 64  # fewer items than this: not worth starting processes


def workers() -> int:
    configured = os.environ.get("PIPELINE_WORKERS", "")
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


_context = None


def _start_method() -> str:
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def no_context() -> None:
    return None


def _start(setup: Callable, arguments: tuple) -> None:
    global _context
    _context = setup(*arguments)


def _call(function: Callable, batch: list) -> list:
    return [function(_context, item) for item in batch]


def ordered_map(function: Callable, items: Iterable, total: int, setup: Callable = no_context,
                arguments: tuple = (), chunk: int = 16) -> Iterator:
    """function(context, item) for each item, in order, where context = setup(*arguments) is
    built once per worker. Items are streamed: a few batches per worker are in flight, so memory
    does not grow with the corpus (Pool.imap would read every item ahead)."""
    count = workers()
    if count == 1 or total < SMALL:
        context = setup(*arguments)
        yield from (function(context, item) for item in items)
        return
    with multiprocessing.get_context(_start_method()).Pool(count, _start, (setup, arguments)) as pool:
        pending = deque()
        iterator = iter(items)
        while batch := list(islice(iterator, chunk)):
            pending.append(pool.apply_async(_call, (function, batch)))
            if len(pending) >= 4 * count:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()

