"""Datelines: the place (and often the date and agency) that opens wire copy.

KIGALI, Oct 14, 2025 (Meridian Wire) - The ...      a dateline with a date and agency
KIGALI, Rwanda, 13 October 2025 – ...                day before month, a country
BEIJING, July 4, 2024 /PRNewswire/ — ...             the agency between slashes
KIGALI — Kenya's plan ...                            a dateline with no date
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from generator.load.header_dates import DAY_MONTH, MONTH_DAY, YEAR, from_groups, month_number

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_DATELINE = re.compile(
    rf"^(?P<place>[{_UPPER}][A-Za-zÀ-ÿĀ-ž.'’\- ]{{1,40}}?"
    rf"(?:,\s*[{_UPPER}][A-Za-zÀ-ÿĀ-ž.\- ]{{1,30}}?)?),\s+"
    rf"(?:{DAY_MONTH}|{MONTH_DAY})(?:,?\s*{YEAR})?\s*"
    r"(?P<agency>/[^/\n]{1,40}/|\([^()\n]{1,40}\))?\s*(?:—|–|--|-)\s*"
)
# A dateline with no date is only believed in capitals: "KIGALI —", "DAR ES SALAAM."
_PLACE_DATELINE = re.compile(
    rf"^(?P<place>[{_UPPER}][{_UPPER}.'’\- ]{{2,30}}"
    r"(?:,\s*[A-Z][A-Za-z ]{2,30})?)"
    r"(?:\s*(?:—|–|--)\s*|\.\s+(?=[A-Z]))"
)


@dataclass(frozen=True)
class Dateline:
    text: str
    date: dt.date | None
    agency: str | None
    month_day: tuple[int, int] | None = None  # when the year is left out


def dateline(block: str, year: int | None) -> Dateline | None:
    """The dateline that opens `block`; a missing year is taken from `year`."""
    if m := _DATELINE.match(block):
        agency = m.group("agency")
        month, day = m.group("m1") or m.group("m2"), m.group("d1") or m.group("d2")
        return Dateline(
            m.group(0).strip(" —–-"),
            from_groups(m, year),
            agency.strip("/() ") if agency else None,
            (month_number(month), int(day)),
        )
    if m := _PLACE_DATELINE.match(block):
        return Dateline(m.group("place").strip(), None, None)
    return None
