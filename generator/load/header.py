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

Each kind of line is read by job: dates and labelled dates in `header_dates`, datelines
in `datelines`, bylines and outlets in `bylines`; this module gathers them.
"""

from __future__ import annotations

from generator.load.bylines import OUTLET_WORDS, byline, outlet_in
from generator.load.datelines import Dateline, dateline
from generator.load.header_dates import (
    DATE,
    MONTHS,
    find_date,
    is_date_line,
    make_date,
    month_number,
    nearest_year,
    published,
)

__all__ = [
    "DATE",
    "MONTHS",
    "OUTLET_WORDS",
    "Dateline",
    "byline",
    "dateline",
    "find_date",
    "is_date_line",
    "make_date",
    "month_number",
    "nearest_year",
    "outlet_in",
    "published",
]
