"""Finding the dates in a text: every pattern in turn, most specific first, each span of
characters read once, and each expression resolved against the anchors.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from generator.extract.dates.anchors import Anchors
from generator.extract.dates.patterns import ABSOLUTE, HINT, PATTERNS
from generator.extract.dates.resolve import resolve


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    expression: str
    value: str  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    absolute: bool = False  # written out in full, not read from the article's date


def find_dates(text: str, reference: dt.date | Anchors | None) -> list[FoundDate]:
    """Dates in `text`, most specific pattern first, never two on the same characters."""
    if not HINT.search(text):
        return []
    at = reference if isinstance(reference, Anchors) else Anchors(reference)
    taken: list[tuple[int, int]] = []  # sorted, non-overlapping spans already used
    found: list[FoundDate] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            span = m.span("year") if kind == "year" else m.span()
            i = bisect.bisect_left(taken, span)
            if (i > 0 and taken[i - 1][1] > span[0]) or (i < len(taken) and taken[i][0] < span[1]):
                continue
            try:
                value = resolve(kind, m, text, at)
            except OverflowError:  # a reference date at the very edge of the calendar
                value = None
            if value is None:
                taken.insert(i, span)  # unresolved, but not to be read again as less
                continue
            taken.insert(i, span)
            found.append(
                FoundDate(
                    span[0],
                    span[1],
                    text[span[0] : span[1]],
                    value,
                    kind in ABSOLUTE or kind in ("month-day", "day-month"),
                )
            )
    return sorted(found, key=lambda d: d.start)
