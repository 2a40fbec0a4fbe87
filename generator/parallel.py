"""Run a function over many items on every core, with forked workers.

Workers are forked, so they inherit the caller's data (the knowledge base, the alias
automaton) instead of receiving it pickled; only the items and the results cross
between processes. Small batches, machines with one core, or platforms without fork run
in the calling process.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_STATE: Any = None


def state() -> Any:
    """What the caller of `fork_map` shared with its workers."""
    return _STATE


@contextlib.contextmanager
def _frozen() -> Iterator[None]:
    # Hide existing objects from the collector before forking, so that a collection in
    # a worker does not touch (and so copy) the parent's memory.
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def fork_map(
    fn: Callable[[T], R],
    items: Sequence[T],
    shared: Any,
    min_items: int,
    chunksize: int = 1,
    tick: Callable[[int], object] | None = None,
) -> list[R]:
    """fn over items, in order; `tick(1)` after each result (progress)."""
    global _STATE
    workers = min(os.cpu_count() or 1, 8)
    _STATE = shared
    try:
        if (
            len(items) < min_items
            or workers < 2
            or "fork" not in multiprocessing.get_all_start_methods()
        ):
            return [_ticked(fn(item), tick) for item in items]
        context = multiprocessing.get_context("fork")
        with _frozen(), ProcessPoolExecutor(workers, mp_context=context) as pool:
            return [_ticked(r, tick) for r in pool.map(fn, items, chunksize=chunksize)]
    finally:
        _STATE = None


def _ticked(result: R, tick: Callable[[int], object] | None) -> R:
    if tick is not None:
        tick(1)
    return result


def cores() -> int:
    return min(os.cpu_count() or 1, 8)
