"""A week word that stands beside a meeting the sentence describes without naming it:
"at the leaders' summit in Kigali last week", "last week's talks in Nairobi". The week
is then that meeting's, and is placed on its day as a week beside a named event is.

Only "last/this/next week" in the same clause as the meeting's word: "spent most of the
past week in Kigali, where leaders signed ..." is a span of days, not the signing's day.

A weekday in a sentence that describes a meeting ("Last Wednesday, in a hall at the
centre, the heads of government signed ...") may be that meeting's day: it is read with
the meeting's days as anchors, which only a day of that weekday fits.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from generator.extract.dates.anchors import Anchors
from generator.extract.dates.find import FoundDate, find_dates

_WEEK = re.compile(r"^(?:this|last|next)\s+week(?:'s|’s)?$", re.IGNORECASE)
_WEEKDAY = re.compile(
    r"\b(?:(?:[Ll]ast|[Tt]his\s+past)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b"
)
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


def described_weekdays(
    text: str,
    sentences: Sequence[tuple[int, int]],
    triggers: Iterable[tuple[int, int, Sequence[dt.date]]],
) -> tuple[set[int], set[dt.date]]:
    """The starts of weekday expressions in a sentence that describes a meeting (a
    trigger inside it), and that meeting's days."""
    starts: set[int] = set()
    days: set[dt.date] = set()
    for lo, hi, event_days in triggers:
        for first, last in sentences:
            if event_days and first <= lo and hi <= last:
                found = [m.start() for m in _WEEKDAY.finditer(text, first, last)]
                if found:
                    starts.update(found)
                    days.update(event_days)
    return starts, days


def reread_described(
    text: str,
    found: list[FoundDate],
    triggers: Sequence[tuple[int, int, Sequence[dt.date]]],
    sentences: Sequence[tuple[int, int]],
    anchors: Anchors,
) -> list[FoundDate]:
    """The paragraph's dates, with each week and weekday beside or in a described meeting
    read again with that meeting's days as anchors (found anew if unsure at first)."""
    starts, described = described_weeks(text, found, triggers)
    weekday_starts, weekday_days = described_weekdays(text, sentences, triggers)
    starts, described = starts | weekday_starts, described | weekday_days
    if not described - set(anchors.event_days):
        return found
    wider = replace(anchors, event_days=sorted(set(anchors.event_days) | described))
    again = {f.start: f for f in find_dates(text, wider) if f.start in starts}
    had = {f.start for f in found}
    out = [again.get(f.start, f) for f in found] + [f for f in again.values() if f.start not in had]
    return sorted(out, key=lambda f: f.start)
