"""What the top of an article says about it: datelines, bylines, "Published:" lines and
other short header lines carrying a date or the outlet's name.

Wire copy and saved pages put this in a handful of shapes:
  KIGALI, Oct 14, 2025 (Meridian Wire) - The ...      a dateline with a date and agency
  KIGALI, Rwanda, 13 October 2025 – ...                day before month, a country
  BEIJING, July 4, 2024 /PRNewswire/ — ...             the agency between slashes
  KIGALI — Kenya's plan ...                            a dateline with no date
  By Rehema Salum, The Coastal Times                   a byline with the outlet
  Published: 16 October 2025                           a labelled date
  Policy Brief No. 14 | 20 October 2025                a header line with a date
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

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
_DAY_MONTH = rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH})"
_MONTH_DAY = rf"(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:1[89]|2\d)\d\d)"
DATE = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?(?:{_DAY_MONTH}|{_MONTH_DAY}),?\s+{_YEAR}\b"
    rf"|(?P<iy>(?:1[89]|2\d)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b"
)
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_DATELINE = re.compile(
    rf"^(?P<place>[{_UPPER}][A-Za-zÀ-ÿĀ-ž.'’\- ]{{1,40}}?"
    rf"(?:,\s*[{_UPPER}][A-Za-zÀ-ÿĀ-ž.\- ]{{1,30}}?)?),\s+"
    rf"(?:{_DAY_MONTH}|{_MONTH_DAY})(?:,?\s*{_YEAR})?\s*"
    r"(?P<agency>/[^/\n]{1,40}/|\([^()\n]{1,40}\))?\s*(?:—|–|--|-)\s*"
)
# A dateline with no date is only believed in capitals: "KIGALI —", "DAR ES SALAAM."
_PLACE_DATELINE = re.compile(
    rf"^(?P<place>[{_UPPER}][{_UPPER}.'’\- ]{{2,30}}"
    r"(?:,\s*[A-Z][A-Za-z ]{2,30})?)"
    r"(?:\s*(?:—|–|--)\s*|\.\s+(?=[A-Z]))"
)
_BYLINE = re.compile(
    r"^[*_]*(?:By|BY|Words by|Written by|Reporting by)\s+"
    r"(?P<rest>[^|\n]{2,120}?)[*_]*(?:\s*\|.*)?$"
)
_PUBLISHED = re.compile(
    r"^(?:Published|Posted|First published|Date)(?:\s+on)?\s*:?\s*"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
OUTLET_WORDS = re.compile(
    r"\b(?:News|Times|Post|Press|Agency|Wire|Review|Chronicle|Observer|Herald|Journal|Gazette|"
    r"Tribune|Telegraph|Guardian|Express|Daily|Weekly|Monitor|Standard|Independent|Mail|"
    r"Sentinel|Courier|Reporter|Insider|Ledger|Today|Radio|Television|TV|Broadcasting|"
    r"Magazine|Bulletin|Digest|Dispatch|Star|Sun|Globe|Record|Mirror|Voice|Centre|Center|"
    r"Institute|Ministry|Office|Commission|Council)\b"
)


@dataclass(frozen=True)
class Dateline:
    text: str
    date: dt.date | None
    agency: str | None
    month_day: tuple[int, int] | None = None  # when the year is left out


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


def _from_groups(m: re.Match[str], year: int | None = None) -> dt.date | None:
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
    return _from_groups(m) if m else None


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


def dateline(block: str, year: int | None) -> Dateline | None:
    """The dateline that opens `block`; a missing year is taken from `year`."""
    if m := _DATELINE.match(block):
        agency = m.group("agency")
        month, day = m.group("m1") or m.group("m2"), m.group("d1") or m.group("d2")
        return Dateline(
            m.group(0).strip(" —–-"),
            _from_groups(m, year),
            agency.strip("/() ") if agency else None,
            (month_number(month), int(day)),
        )
    if m := _PLACE_DATELINE.match(block):
        return Dateline(m.group("place").strip(), None, None)
    return None


def byline(block: str) -> tuple[str, str | None] | None:
    """(author, outlet) from "By Rehema Salum, The Coastal Times" and the like."""
    m = _BYLINE.match(block.strip())
    if not m:
        return None
    rest = re.sub(r"[*_]+", "", m.group("rest")).strip()
    author, outlet = _split_byline(rest)
    if not author or len(author.split()) > 6:
        return None
    return author, outlet or None


def _split_byline(rest: str) -> tuple[str, str]:
    parts = re.split(r"\s*(?:,|\||—|–|\s-\s)\s*", rest, maxsplit=1)
    author = parts[0].strip()
    if author.isupper():
        author = author.title()
    outlet = parts[1].strip() if len(parts) > 1 else ""
    if outlet and not OUTLET_WORDS.search(outlet) and not outlet.startswith("The "):
        outlet = ""  # "By Jo Smith, in Kigali": a place, not an outlet
    return author, outlet


def published(block: str) -> dt.date | None:
    m = _PUBLISHED.match(block.strip(" *_"))
    return find_date(m.group("rest")) if m and len(block) < 120 else None


def outlet_in(block: str) -> str | None:
    """The outlet named by one segment of a header line ("Brussels Energy Review —
    Interview — 16 October 2025")."""
    for part in re.split(r"\s+[|—–]\s+|\s+-\s+", block.strip(" *_")):
        part = part.strip(" *_")
        if (
            part
            and not DATE.search(part)
            and not _BYLINE.match(part)
            and OUTLET_WORDS.search(part)
            and len(part.split()) <= 6
        ):
            return part
    return None


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
