"""A week word that stands beside a meeting the sentence describes without naming it:
"at the leaders' summit in Kigali last week", "last week's talks in Nairobi". The week
is then that meeting's, and is placed on its day as a week beside a named event is.

Only "last/this/next week" in the same clause as the meeting's word: "spent most of the
past week in Kigali, where leaders signed ..." is a span of days, not the signing's day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from generator.extract.dates.find import FoundDate

_WEEK = re.compile(r"^(?:this|last|next)\s+week(?:'s|’s)?$", re.IGNORECASE)
# Between the meeting's word and the week: the rest of one clause, not a new one.
_NEAR = 48
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:where|which|when|while|and|but)\b")


def described_weeks(
    text: str,
    found: Sequence[FoundDate],
    triggers: Iterable[tuple[int, int, Sequence[dt.date]]],
) -> tuple[set[int], set[dt.date]]:
    """The starts of week expressions beside a described meeting (a trigger's span and
    its event's days), and those days."""
    starts: set[int] = set()
    days: set[dt.date] = set()
    weeks = [f for f in found if _WEEK.match(f.expression)]
    for lo, hi, event_days in triggers:
        for f in weeks:
            gap = text[hi : f.start] if hi <= f.start else text[f.end : lo]
            if event_days and len(gap) <= _NEAR and not _CLAUSE_BREAK.search(gap):
                starts.add(f.start)
                days.update(event_days)
    return starts, days
