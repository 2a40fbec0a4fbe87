"""Dates in article text: absolute ("July 3, 2024", "2024.07.03", "in 1992",
"September 2022") and relative ("on Wednesday", "yesterday", "next month", "last year").

Each found date keeps its precision: a day "2024-07-03", a month "2022-09" or a year
"1992". Relative expressions are read from the article's date, with two safeguards:
- a weekday is placed by the tense around it ("met on Tuesday" looks back, "will meet on
  Friday" looks ahead; no tense, no date) and by what the article reports: an event of
  that weekday named in the sentence, or the latest date the article gave before it
  (a report of talks "on 3 July" published on 12 July does not put "Tuesday" on 9 July);
- what cannot be told is left unresolved rather than guessed ("the day before").

The package's modules: `find` (the finder and FoundDate), `patterns` (the expressions, most
specific first), `resolve` (an expression's value), `anchors` (what relative dates are
read from; weekdays and weeks) and `tenses` (past or future around an expression).
"""

from __future__ import annotations

from generator.extract.dates.anchors import Anchors
from generator.extract.dates.find import FoundDate, find_dates
from generator.extract.dates.patterns import WEEKDAYS
from generator.extract.dates.tenses import tense
from generator.load.header_dates import MONTHS

__all__ = ["MONTHS", "WEEKDAYS", "Anchors", "FoundDate", "find_dates", "tense"]
