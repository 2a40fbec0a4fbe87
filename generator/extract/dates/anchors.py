"""What a relative date is read from (Anchors: the article's date, the latest date it
reported, the days of the events it names), and the two expressions that need more than
the article's date to be placed: a weekday and a week.

Both prefer what the article reports over arithmetic: "on Tuesday" next to a summit held
on a Tuesday is the summit's day, and a weekday that reads differently from the day of
writing and from the day reported on is left unresolved.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.extract.dates.patterns import WEEKDAYS
from generator.extract.dates.tenses import tense


@dataclass(frozen=True)
class Anchors:
    """What a relative date is read from: the article's date (the day it speaks from),
    the latest date it reported before this point, and the days of events it names."""

    reference: dt.date | None
    reported: dt.date | None = None
    event_days: Sequence[dt.date] = ()
    # The latest day before the article's own that it has placed anything on so far
    # (relative dates too): a quote's "tonight" may have been said then.
    earlier: dt.date | None = None


def weekday(m: re.Match[str], kind: str, text: str, at: Anchors) -> str | None:
    """ "on Tuesday", "last Friday": an event's day of that weekday, else counted from the
    article's date in the direction of the tense."""
    ref = at.reference
    if ref is None:
        return None
    wd = WEEKDAYS.index(m.group("weekday").lower())
    fitting = sorted({d for d in at.event_days if d.weekday() == wd and abs((d - ref).days) <= 10})
    if kind == "last-weekday":
        fitting = [d for d in fitting if d <= ref]  # "last Wednesday": not the coming one
    if len(fitting) == 1:
        return fitting[0].isoformat()
    if kind == "last-weekday":
        back = (ref.weekday() - wd) % 7 or 7
        if back <= 2:
            # "last Wednesday" written on a Thursday: yesterday would be "yesterday" or
            # "on Wednesday"; it may as well be the week before's. Unsure.
            return None
        return (ref - dt.timedelta(days=back)).isoformat()
    when = tense(text, m.start(), m.end())
    if when == "future":
        return (ref + dt.timedelta(days=(wd - ref.weekday()) % 7)).isoformat()
    if when == "past":
        day = ref - dt.timedelta(days=(ref.weekday() - wd) % 7)
        if at.reported and at.reported < ref:
            # Written days after what it reports: the weekday may be counted from either
            # day. Only when both agree is the date sure.
            other = at.reported - dt.timedelta(days=(at.reported.weekday() - wd) % 7)
            if other != day:
                return None
        return day.isoformat()
    return None


def week(m: re.Match[str], at: Anchors) -> str | None:
    """ "last week", "this week", "the past week": the day of the events it names when
    they are close together, else the month when the whole week falls in one."""
    ref = at.reference
    assert ref is not None
    rel = (m.group("rel") or "last").lower()
    shift = {"this": 0, "last": -7, "next": 7}[rel] if not m.group("past") else -7
    monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=shift)
    if m.group("past"):
        first, last = ref - dt.timedelta(days=7), ref
    else:
        first, last = monday, monday + dt.timedelta(days=6)
    events = {d for d in at.event_days if first <= d <= last}
    if events and (max(events) - min(events)).days <= 3:
        return min(events).isoformat()  # "at the summit last week": the summit's day
    return (
        f"{first.year:04d}-{first.month:02d}"
        if (first.year, first.month) == (last.year, last.month)
        else None
    )
