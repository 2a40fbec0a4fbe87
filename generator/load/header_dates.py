"""Dates as the top of an article writes them: "14 October 2025", "Oct. 14, 2025",
"2025-10-14", a line that is only a date, a labelled "Published: 16 October 2025"; and a
dateline's "Oct. 17" placed in a year.

The month, day and year patterns are shared with `datelines`.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH = (
    r"(?:" + "|".join(m.capitalize() for m in MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec)\.?"
)
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|"
    r"Thu|Thur|Thurs|Fri|Sat|Sun)\.?"
)
DAY_MONTH = rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH})"
MONTH_DAY = rf"(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
YEAR = r"(?P<y>(?:1[89]|2\d)\d\d)"
DATE = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?(?:{DAY_MONTH}|{MONTH_DAY}),?\s+{YEAR}\b"
    rf"|(?P<iy>(?:1[89]|2\d)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b"
)
_PUBLISHED = re.compile(
    r"^(?:Published|Posted|First published|Date)(?:\s+on)?\s*:?\s*"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)


def month_number(name: str) -> int:
    key = name.rstrip(".").lower()[:3]
    return next(i for i, m in enumerate(MONTHS, start=1) if m.startswith(key))


def make_date(year: str | int, month: str | int, day: str | int) -> dt.date | None:
    if not 1000 <= int(year) <= 2999:
        return None  # "0001.01.01" is a placeholder, not a date
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def from_groups(m: re.Match[str], year: int | None = None) -> dt.date | None:
    """The date a match of `DATE` or of a dateline spells; a missing year is `year`."""
    g = m.groupdict()
    if g.get("iy"):
        return make_date(g["iy"], g["im"], g["id"])
    month = g.get("m1") or g.get("m2")
    day = g.get("d1") or g.get("d2")
    y = g.get("y") or year
    if not (month and day and y):
        return None
    return make_date(y, month_number(month), day)


def find_date(text: str) -> dt.date | None:
    """The first full date written in `text` ("14 October 2025", "Oct. 14, 2025")."""
    m = DATE.search(text)
    return from_groups(m) if m else None


def is_date_line(block: str) -> bool:
    """A block that is only a date, maybe with a weekday and a time."""
    m = DATE.search(block)
    if not m:
        return False
    rest = (block[: m.start()] + block[m.end() :]).strip(" ,.|–—-*_")
    return not rest or bool(
        re.fullmatch(
            r"(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
            r"(?:\s*[A-Z]{2,5}(?:[+-]\d{1,2})?)?",
            rest,
        )
    )


def published(block: str) -> dt.date | None:
    m = _PUBLISHED.match(block.strip(" *_"))
    return find_date(m.group("rest")) if m and len(block) < 120 else None


def nearest_year(month_day: tuple[int, int], dates: list[dt.date]) -> dt.date | None:
    """A dateline's "Oct. 17" placed in the year that puts it nearest the other dates
    of the corpus (a careful reader's guess); None with nothing to go by."""
    if not dates:
        return None
    middle = sorted(dates)[len(dates) // 2]
    found = [
        d
        for y in (middle.year - 1, middle.year, middle.year + 1)
        if (d := make_date(y, *month_day)) is not None
    ]
    return min(found, key=lambda d: abs((d - middle).days)) if found else None
