"""Dates in article text: absolute ("July 3, 2024", "2024.07.03", "in 1992",
"September 2022") and relative ("on Wednesday", "yesterday", "next month", "last year").

Each found date keeps its precision: a day "2024-07-03", a month "2022-09" or a year
"1992". Relative expressions are read from the article's date, with two safeguards:
- a weekday is placed by the tense around it ("met on Tuesday" looks back, "will meet on
  Friday" looks ahead; no tense, no date) and by what the article reports: an event of
  that weekday named in the sentence, or the latest date the article gave before it
  (a report of talks "on 3 July" published on 12 July does not put "Tuesday" on 9 July);
- what cannot be told is left unresolved rather than guessed ("the day before").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH = r"(?P<month>" + "|".join(m.capitalize() for m in MONTHS) + r")"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_WD = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_NUMBER = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
     "eighteen", "nineteen", "twenty"])} | {"thirty": 30, "forty": 40, "fifty": 50}
_COUNT = r"(?P<n>\d{1,3}|" + "|".join(_NUMBER) + r")"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("numeric", re.compile(r"\b(?P<y>(?:19|20)\d\d)[.\-/](?P<m>[01]\d)[.\-/](?P<d>[0-3]\d)\b")),
    ("month-day-range-year", re.compile(
        rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})\s*(?:-|–|to)\s*(?P<day2>\d{{1,2}}),\s*{_YEAR}\b")),
    ("month-day-year", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+{_YEAR}\b")),
    ("day-month-year", re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH}\s+{_YEAR}\b")),
    ("month-year", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b")),
    ("month-rel-year", re.compile(
        rf"\b(?:[Ii]n\s+)?{_MONTH}\s+(?:of\s+)?(?P<rel>next|last|this)\s+year\b")),
    ("rel-month", re.compile(rf"\b(?P<rel>[Nn]ext|[Ll]ast)\s+{_MONTH}\b")),
    ("month-day", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})\b(?!\s*,?\s*\d)")),
    ("day-month", re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH}\b(?!\s*,?\s*\d)")),
    ("in-month", re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-?)\s+{_MONTH}\b"
                            r"(?!\s+\d)")),
    ("year", re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]hrough|[Bb]efore|"
                        rf"[Aa]fter|[Oo]f|[Tt]o|[Dd]uring|and)\s+(?:early\s+|late\s+|mid-)?"
                        rf"{_YEAR}\b(?!\s*(?:percent|%|years|people|km|tons))")),
    ("last-weekday", re.compile(rf"\b(?:[Ll]ast|[Tt]his\s+past)\s+{_WD}\b")),
    ("weekday", re.compile(rf"\b{_WD}(?:'s|’s)?{_PART}\b")),
    ("day-word", re.compile(r"\b(?P<word>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)(?:'s|’s)?"
                            rf"{_PART}\b")),
    ("day-part", re.compile(r"\b(?:[Tt]his\s+(?P<part>morning|afternoon|evening)|"
                            r"(?:[Ll]ate\s+)?[Ll]ast\s+(?P<night>night))\b")),
    ("week", re.compile(r"\b(?:(?P<rel>[Tt]his|[Ll]ast|[Nn]ext)|[Tt]he\s+(?P<past>past))\s+"
                        r"week(?:'s|’s)?\b")),
    ("month-rel", re.compile(r"\b(?:(?P<mod>[Ee]arlier|[Ll]ater)\s+)?(?P<rel>[Tt]his|[Ll]ast|"
                             r"[Nn]ext)\s+month\b")),
    ("year-rel", re.compile(r"\b(?:(?P<mod>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+)?"
                            r"(?P<rel>[Nn]ext|[Ll]ast|[Tt]his)\s+year(?:'s|’s)?\b")),
    ("end-of-year", re.compile(r"\b(?:before|by)\s+the\s+end\s+of\s+the\s+year\b")),
    ("years-ago", re.compile(rf"\b{_COUNT}\s+years\s+ago\b", re.IGNORECASE)),
    ("in-years", re.compile(rf"\b[Ii]n\s+{_COUNT}\s+years(?:['’]\s+time)?\b")),
]

# Words that put a clause in the future or in the past, looked for near an expression.
_FUTURE = re.compile(r"\b(?:will|shall|'ll|’ll|is\s+due|are\s+due|due\s+to|expected|set\s+to|"
                     r"scheduled|plans?\s+to|planned|is\s+to|are\s+to|to\s+be|until|ahead\s+of|"
                     r"upcoming|would|going\s+to|returns?|opens|begins|starts|ends|closes|"
                     r"meets|heads?\s+to|travels?)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:was|were|had|did|said|told|met|held|made|took|gave|went|came|"
                   r"began|spoke|wrote|left|sat|led|won|lost|saw|brought|kept|felt|became|"
                   r"\w+ed)\b", re.IGNORECASE)


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    expression: str
    value: str  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    absolute: bool = False  # written out in full, not read from the article's date


_ABSOLUTE = {"numeric", "month-day-range-year", "month-day-year", "day-month-year",
             "month-year", "year"}


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


def tense(text: str, start: int, end: int) -> str | None:
    """"past", "future" or None: the nearest marker before the expression in its
    clause, else the nearest after it."""
    lo = max(0, start - 90)
    for bound in (text.rfind(". ", lo, start), text.rfind("; ", lo, start)):
        lo = max(lo, bound + 1)
    before = text[lo:start]
    found = [(m.end(), "future") for m in _FUTURE.finditer(before)]
    found += [(m.end(), "past") for m in _PAST.finditer(before) if not _passive(before, m)]
    if found:
        return max(found)[1]
    after = text[end:end + 60].split(".")[0]
    ahead = [(m.start(), "future") for m in _FUTURE.finditer(after)]
    ahead += [(m.start(), "past") for m in _PAST.finditer(after) if not _passive(after, m)]
    return min(ahead)[1] if ahead else None


def _passive(text: str, m: re.Match[str]) -> bool:
    """"to be adopted", "is released": a participle after a form of "be" tells no past."""
    return bool(re.search(r"\b(?:be|been|being|is|are|'s|’s)\s+$", text[max(0, m.start() - 8):
                                                                        m.start()]))


@dataclass(frozen=True)
class Anchors:
    """What a relative date is read from: the article's date (the day it speaks from),
    the latest date it reported before this point, and the days of events it names."""

    reference: dt.date | None
    reported: dt.date | None = None
    event_days: Sequence[dt.date] = ()


def _weekday(m: re.Match[str], kind: str, text: str, at: Anchors) -> str | None:
    ref = at.reference
    if ref is None:
        return None
    wd = WEEKDAYS.index(m.group("weekday").lower())
    fitting = [d for d in at.event_days if d.weekday() == wd and abs((d - ref).days) <= 10]
    if len(fitting) == 1:
        return fitting[0].isoformat()
    if kind == "last-weekday":
        back = (ref.weekday() - wd) % 7 or 7
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


def _week(m: re.Match[str], at: Anchors) -> str | None:
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
    return f"{first.year:04d}-{first.month:02d}" if (first.year, first.month) == (
        last.year, last.month) else None


def _resolve(kind: str, m: re.Match[str], text: str, at: Anchors) -> str | None:
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
    ref = at.reference
    if ref is None:
        return None
    if kind in ("weekday", "last-weekday"):
        return _weekday(m, kind, text, at)
    if kind == "rel-month":  # "next October": its next one after this month
        month = _month(g["month"])
        if g["rel"].lower() == "next":
            return f"{ref.year + (month <= ref.month):04d}-{month:02d}"
        return f"{ref.year - (month >= ref.month):04d}-{month:02d}"
    if kind in ("month-day", "day-month", "in-month"):
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
        return f"{year:04d}-{month:02d}"
    if kind == "month-rel-year":
        shift = {"next": 1, "last": -1, "this": 0}[g["rel"].lower()]
        return f"{ref.year + shift:04d}-{_month(g['month']):02d}"
    if kind == "day-word":
        word = g["word"].lower()
        shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[word]
        return (ref + dt.timedelta(days=shift)).isoformat()
    if kind == "day-part":
        return (ref - dt.timedelta(days=1 if g["night"] else 0)).isoformat()
    if kind == "week":
        return _week(m, at)
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
        years = int(n) if n.isdigit() else _NUMBER[n]
        return str(ref.year - years if kind == "years-ago" else ref.year + years)
    return None


# Every pattern needs a digit, a month or weekday name, or a relative word: most
# paragraphs of a big corpus are skipped with this one cheap scan.
_HINT = re.compile(r"\d|January|February|March|April|May|June|July|August|September|"
                   r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
                   r"Saturday|Sunday|year|month|week|today|tomorrow|yesterday|tonight|"
                   r"morning|afternoon|evening|night", re.IGNORECASE)


def find_dates(text: str, reference: dt.date | Anchors | None) -> list[FoundDate]:
    """Dates in `text`, most specific pattern first, never two on the same characters."""
    if not _HINT.search(text):
        return []
    at = reference if isinstance(reference, Anchors) else Anchors(reference)
    taken: list[tuple[int, int]] = []  # sorted, non-overlapping spans already used
    found: list[FoundDate] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            span = m.span("year") if kind == "year" else m.span()
            i = bisect.bisect_left(taken, span)
            if (i > 0 and taken[i - 1][1] > span[0]) or (i < len(taken) and
                                                           taken[i][0] < span[1]):
                continue
            try:
                value = _resolve(kind, m, text, at)
            except OverflowError:  # a reference date at the very edge of the calendar
                value = None
            if value is None:
                taken.insert(i, span)  # unresolved, but not to be read again as less
                continue
            taken.insert(i, span)
            found.append(FoundDate(span[0], span[1], text[span[0]:span[1]], value,
                                   kind in _ABSOLUTE or kind in ("month-day", "day-month")))
    return sorted(found, key=lambda d: d.start)
