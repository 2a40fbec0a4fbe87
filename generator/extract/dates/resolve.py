"""The value of a found date expression: read from its own words when written out in full,
else from the article's date (and, for weekdays and weeks, the other anchors). What
cannot be told is None, never a guess.
"""

from __future__ import annotations

import datetime as dt
import re

from generator.extract.dates.anchors import Anchors, week, weekday
from generator.extract.dates.patterns import ABSOLUTE, NUMBER, ORDINAL
from generator.extract.dates.tenses import tense
from generator.extract.statements.quotes import quote_spans
from generator.load.header_dates import MONTHS


def _month(name: str) -> int:
    return MONTHS.index(name.lower()) + 1


def _iso_day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_iso(year: int, month: int) -> str:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}"


def resolve(kind: str, m: re.Match[str], text: str, at: Anchors) -> str | None:
    """ "YYYY-MM-DD" (or a range of days "first/last"), "YYYY-MM", "YYYY", or None."""
    if kind in ABSOLUTE:
        return _absolute(kind, m)
    ref = at.reference
    if ref is None:
        return None  # a relative expression with nothing to read it from
    if kind in ("weekday", "last-weekday"):
        return weekday(m, kind, text, at)
    if kind == "week":
        return week(m, at)
    if (
        kind in ("day-word", "day-part")
        and at.earlier is not None
        and _in_quotation(text, m.start())
    ):
        # "“Tonight we stopped talking ...”" in an article written days after what it
        # reports: spoken on that day or on the day of writing, the quote does not say.
        return None
    return _relative(kind, m, text, ref)


def _in_quotation(text: str, at: int) -> bool:
    """Is position `at` inside a direct quotation (as the statements read them)?"""
    return any(lo < at < hi for lo, hi in quote_spans(text))


def _absolute(kind: str, m: re.Match[str]) -> str | None:
    """An expression written out in full: "July 3, 2024", "2024.07.03", "in 1992"."""
    g = m.groupdict()
    if kind == "numeric":
        return _iso_day(int(g["y"]), int(g["m"]), int(g["d"]))
    if kind == "month-day-range-year":
        first = _iso_day(int(g["year"]), _month(g["month"]), int(g["day"]))
        last = _iso_day(int(g["year"]), _month(g["month"]), int(g["day2"]))
        return f"{first}/{last}" if first and last and first < last else first
    if kind in ("month-day-year", "day-month-year"):
        return _iso_day(int(g["year"]), _month(g["month"]), int(g["day"]))
    if kind == "month-year":
        return f"{int(g['year']):04d}-{_month(g['month']):02d}"
    if kind == "year":
        return g["year"]
    return None


def _relative(kind: str, m: re.Match[str], text: str, ref: dt.date) -> str | None:
    """An expression read from the article's date alone: "next October", "yesterday",
    "last month", "earlier this year", "five years ago"."""
    g = m.groupdict()
    if kind == "rel-month":  # "next October": its next one after this month
        month = _month(g["month"])
        if g["rel"].lower() == "next":
            return f"{ref.year + (month <= ref.month):04d}-{month:02d}"
        return f"{ref.year - (month >= ref.month):04d}-{month:02d}"
    if kind in ("month-day", "day-month", "in-month", "ordinal-of-month"):
        return _month_by_tense(kind, m, text, ref)
    if kind == "ordinal-rel-month":  # "the twenty-third of this month"
        shift = {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
        iso = _month_iso(ref.year, ref.month + shift)
        return _iso_day(int(iso[:4]), int(iso[5:]), _ordinal(g["ord"]))
    if kind == "ordinal-day":  # "meets on the 23rd": this month's or the next, by tense
        return _day_by_tense(_ordinal(g["ord"]), m, text, ref)
    if kind == "month-rel-year":
        shift = {"next": 1, "last": -1, "this": 0}[g["rel"].lower()]
        return f"{ref.year + shift:04d}-{_month(g['month']):02d}"
    if kind == "day-word":
        word = g["word"].lower()
        shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[word]
        return (ref + dt.timedelta(days=shift)).isoformat()
    if kind == "day-part":
        return (ref - dt.timedelta(days=1 if g["night"] else 0)).isoformat()
    if kind == "month-rel":
        shift = {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
        return _month_iso(ref.year, ref.month + shift)
    if kind == "year-rel":
        shift = {"next": 1, "last": -1, "this": 0}[g["rel"].lower()]
        return str(ref.year + shift)
    if kind == "end-of-year":
        return str(ref.year)
    if kind in ("years-ago", "in-years"):
        n = g["n"].lower()
        years = int(n) if n.isdigit() else NUMBER[n]
        return str(ref.year - years if kind == "years-ago" else ref.year + years)
    return None


def _month_by_tense(kind: str, m: re.Match[str], text: str, ref: dt.date) -> str | None:
    """ "March 5", "5 March", "in December" without a year: this year's, unless the tense
    puts it in the year before or after."""
    g = m.groupdict()
    month = _month(g["month"])
    when = tense(text, m.start(), m.end())
    if month == ref.month or (when is None and month < ref.month):
        year = ref.year
    elif when == "future":
        year = ref.year if month > ref.month else ref.year + 1
    elif when == "past":
        year = ref.year if month < ref.month else ref.year - 1
    else:
        return None  # "in December", said in October, with no tense: unclear
    if kind in ("month-day", "day-month"):
        return _iso_day(year, month, int(g["day"]))
    if kind == "ordinal-of-month":
        return _iso_day(year, month, _ordinal(g["ord"]))
    return f"{year:04d}-{month:02d}"


def _ordinal(word: str) -> int:
    """ "23rd" or "twenty-third" as a number."""
    low = word.lower()
    return int(low[:-2]) if low[:1].isdigit() else ORDINAL[low]


def _day_by_tense(day: int, m: re.Match[str], text: str, ref: dt.date) -> str | None:
    """A day of the month with no month: the next such day for what is to come, the last
    for what happened; unsure with no tense."""
    when = tense(text, m.start(), m.end())
    if when == "future":
        month = ref.month + (day <= ref.day)
    elif when == "past":
        month = ref.month - (day >= ref.day)
    else:
        return None
    iso = _month_iso(ref.year, month)
    return _iso_day(int(iso[:4]), int(iso[5:]), day)
