"""Progress of a long build on the terminal: each stage's name and how far along it is.

Shown only when stderr is a terminal (tqdm draws and erases its bar there); in CI, logs,
pipes and tests nothing is printed. The CLI turns it on for the length of a command;
library callers (the tests, the MkDocs hook) get the silent default.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import Any

Tick = Callable[[int], object]

_ENABLED = False


def _nothing(_: int = 1) -> None:
    return None


@contextlib.contextmanager
def shown(enabled: bool | None = None) -> Iterator[None]:
    """Show progress inside this block (by default: when stderr is a terminal)."""
    global _ENABLED
    before = _ENABLED
    _ENABLED = sys.stderr.isatty() if enabled is None else enabled
    try:
        yield
    finally:
        _ENABLED = before


@contextlib.contextmanager
def stage(name: str, total: int | None = None, unit: str = "item") -> Iterator[Tick]:
    """A stage of `total` steps; the block calls the yielded tick(n) as it goes."""
    if not _ENABLED:
        yield _nothing
        return
    with _tqdm(name, total, unit) as bar:
        yield bar.update


def _tqdm(name: str, total: int | None, unit: str) -> Any:
    from tqdm import tqdm  # only where a terminal shows it

    return tqdm(
        total=total,
        desc=name,
        unit=f" {unit}",
        leave=False,
        file=sys.stderr,
        mininterval=0.5,
        # A stage with no count says what it does and for how long.
        bar_format=None if total is not None else "{desc}… {elapsed}",
    )


class Bar:
    """A stage driven from callbacks instead of a block (MkDocs' hooks: one call per
    page); shown only when stderr is a terminal."""

    def __init__(self, name: str, total: int, unit: str = "page") -> None:
        self._bar = _tqdm(name, total, unit) if sys.stderr.isatty() else None

    def tick(self) -> None:
        if self._bar is not None:
            self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
