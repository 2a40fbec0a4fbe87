"""Dates in article text: absolute ("July 3, 2024", "2024.07.03", "in 1992",
"September 2022") and relative to the article's own date ("on Wednesday", "next year").

Each found date keeps its precision: a day "2024-07-03", a month "2022-09" or a year
"1992". Relative expressions need the article's date; without one they are skipped.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH = r"(?P<month>" + "|".join(m.capitalize() for m in MONTHS) + r")"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("numeric", re.compile(r"\b(?P<y>(?:19|20)\d\d)[.\-/](?P<m>[01]\d)[.\-/](?P<d>[0-3]\d)\b")),
    ("month-day-range-year", re.compile(
        rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})\s*(?:-|–|to)\s*(?P<day2>\d{{1,2}}),\s*{_YEAR}\b")),
    ("month-day-year", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+{_YEAR}\b")),
    ("day-month-year", re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH}\s+{_YEAR}\b")),
    ("month-year", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b")),
    ("month-day", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})\b(?!\s*,?\s*\d)")),
    ("in-month", re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-?)\s+{_MONTH}\b"
                            r"(?!\s+\d)")),
    ("year", re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]hrough|[Bb]efore|"
                        rf"[Aa]fter|[Oo]f|[Tt]o|[Dd]uring|and)\s+(?:early\s+|late\s+|mid-)?"
                        rf"{_YEAR}\b(?!\s*(?:percent|%|years|people|km|tons))")),
    ("weekday", re.compile(r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                           r"Sunday)(?:'s|’s)?\b")),
    ("relative-year", re.compile(r"\b(?P<rel>next|last|this)\s+year\b", re.IGNORECASE)),
    ("years-ago", re.compile(r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|"
                             r"ten)\s+years\s+ago\b")),
]
_NUMBER_WORDS = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])}


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    expression: str
    value: str  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"


def _month(name: str) -> int:
    return MONTHS.index(name.lower()) + 1


def _iso_day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _resolve(kind: str, m: re.Match[str], ref: dt.date | None) -> str | None:
    g = m.groupdict()
    if kind == "numeric":
        return _iso_day(int(g["y"]), int(g["m"]), int(g["d"]))
    if kind in ("month-day-year", "day-month-year", "month-day-range-year"):
        return _iso_day(int(g["year"]), _month(g["month"]), int(g["day"]))
    if kind == "month-year":
        return f"{int(g['year']):04d}-{_month(g['month']):02d}"
    if kind == "year":
        return g["year"]
    if ref is None:
        return None
    if kind == "month-day":
        return _iso_day(ref.year, _month(g["month"]), int(g["day"]))
    if kind == "in-month":
        month = _month(g["month"])
        # News looks back: a month later than the article's own is last year's.
        year = ref.year if month <= ref.month else ref.year - 1
        return f"{year:04d}-{month:02d}"
    if kind == "weekday":
        back = (ref.weekday() - WEEKDAYS.index(g["weekday"].lower())) % 7
        return (ref - dt.timedelta(days=back)).isoformat()
    if kind == "relative-year":
        shift = {"next": 1, "last": -1, "this": 0}[g["rel"].lower()]
        return str(ref.year + shift)
    if kind == "years-ago":
        n = g["n"]
        years = int(n) if n.isdigit() else _NUMBER_WORDS[n]
        return str(ref.year - years)
    return None


# Every pattern needs a digit, a month or weekday name, or "year": most paragraphs of a
# big corpus are skipped with this one cheap scan instead of eleven.
_HINT = re.compile(r"\d|January|February|March|April|May|June|July|August|September|"
                   r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
                   r"Saturday|Sunday|year", re.IGNORECASE)


def find_dates(text: str, reference: dt.date | None) -> list[FoundDate]:
    """Dates in `text`, most specific pattern first, never two on the same characters."""
    if not _HINT.search(text):
        return []
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
                value = _resolve(kind, m, reference)
            except OverflowError:  # a reference date at the very edge of the calendar
                value = None
            if value is None:
                continue
            taken.insert(i, span)
            found.append(FoundDate(span[0], span[1], text[span[0]:span[1]], value))
    return sorted(found, key=lambda d: d.start)
