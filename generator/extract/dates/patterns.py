"""The date expressions looked for in text, most specific first, and the words they are
built from: month and weekday names, counts written as words.

The order of PATTERNS matters: a span taken by an earlier pattern is not read again by a
later, less specific one ("July 3, 2024" is never also "July 3" or "in 2024").
"""

from __future__ import annotations

import re

from generator.load.header_dates import MONTHS

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH = r"(?P<month>" + "|".join(m.capitalize() for m in MONTHS) + r")"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_WD = r"(?P<weekday>" + "|".join(w.capitalize() for w in WEEKDAYS) + r")"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
# Counts written as words: "five years ago", "in ten years' time".
NUMBER = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
} | {"thirty": 30, "forty": 40, "fifty": 50}
_COUNT = r"(?P<n>\d{1,3}|" + "|".join(NUMBER) + r")"
# Days of the month as ordinals: "the 23rd", "the twenty-third".
_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
          "sixteenth", "seventeenth", "eighteenth", "nineteenth"]  # fmt: skip
ORDINAL = (
    {w: i + 1 for i, w in enumerate(_UNITS)}
    | {w: i + 10 for i, w in enumerate(_TEENS)}
    | {"twentieth": 20, "thirtieth": 30}
    | {
        f"{tens}{sep}{u}": base + i + 1
        for tens, base in (("twenty", 20), ("thirty", 30))
        for i, u in enumerate(_UNITS)
        for sep in ("-", " ")
        if base + i + 1 <= 31
    }
)


def _ordinals(least: int = 1) -> str:
    """A day of the month as an ordinal, in figures or (from `least` on) in words."""
    spelled = sorted((w for w, n in ORDINAL.items() if n >= least), key=len, reverse=True)
    return r"(?P<ord>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|" + "|".join(spelled) + r")"


_ORD = _ordinals()
_LATE_ORD = _ordinals(10)

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("numeric", re.compile(r"\b(?P<y>(?:19|20)\d\d)[.\-/](?P<m>[01]\d)[.\-/](?P<d>[0-3]\d)\b")),
    (
        "month-day-range-year",
        re.compile(
            rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})\s*(?:-|–|to)\s*(?P<day2>\d{{1,2}}),\s*{_YEAR}\b"
        ),
    ),
    ("month-day-year", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+{_YEAR}\b")),
    ("day-month-year", re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH}\s+{_YEAR}\b")),
    ("month-year", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b")),
    (
        "month-rel-year",
        re.compile(rf"\b(?:[Ii]n\s+)?{_MONTH}\s+(?:of\s+)?(?P<rel>next|last|this)\s+year\b"),
    ),
    ("rel-month", re.compile(rf"\b(?P<rel>[Nn]ext|[Ll]ast)\s+{_MONTH}\b")),
    ("month-day", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})\b(?!\s*,?\s*\d)")),
    ("day-month", re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH}\b(?!\s*,?\s*\d)")),
    (
        "in-month",
        re.compile(
            rf"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-?)\s+{_MONTH}\b"
            r"(?!\s+\d)"
        ),
    ),
    (
        "year",
        re.compile(
            rf"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]hrough|[Bb]efore|"
            rf"[Aa]fter|[Oo]f|[Tt]o|[Dd]uring|and)\s+(?:early\s+|late\s+|mid-)?"
            rf"{_YEAR}\b(?!\s*(?:percent|%|years|people|km|tons))"
        ),
    ),
    ("last-weekday", re.compile(rf"\b(?:[Ll]ast|[Tt]his\s+past)\s+{_WD}\b")),
    ("weekday", re.compile(rf"\b{_WD}(?:'s|’s)?{_PART}\b")),
    (
        "day-word",
        re.compile(
            r"\b(?P<word>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)(?:'s|’s)?"
            rf"{_PART}\b"
        ),
    ),
    (
        "day-part",
        re.compile(
            r"\b(?:[Tt]his\s+(?P<part>morning|afternoon|evening)|"
            r"(?:[Ll]ate\s+)?[Ll]ast\s+(?P<night>night))\b"
        ),
    ),
    # "the twenty-third of this month", "on the 23rd.", "the first of September".
    ("ordinal-of-month", re.compile(rf"\b[Tt]he\s+{_ORD}\s+of\s+{_MONTH}\b(?!\s*,?\s*\d)")),
    (
        "ordinal-rel-month",
        re.compile(rf"\b[Tt]he\s+{_ORD}\s+of\s+(?P<rel>this|next|last)\s+month\b"),
    ),
    # Bare, only a day a writer would not spell as an everyday ordinal ("on the first,
    # but passed on the second" are rounds, not days): a number, or tenth and later.
    ("ordinal-day", re.compile(rf"\b[Oo]n\s+the\s+{_LATE_ORD}(?=\s*[,.;:)]|\s*$)")),
    (
        "week",
        re.compile(
            r"\b(?:(?P<rel>[Tt]his|[Ll]ast|[Nn]ext)|[Tt]he\s+(?P<past>past))\s+"
            r"week(?:'s|’s)?\b"
        ),
    ),
    (
        "month-rel",
        re.compile(
            r"\b(?:(?P<mod>[Ee]arlier|[Ll]ater)\s+)?(?P<rel>[Tt]his|[Ll]ast|"
            r"[Nn]ext)\s+month\b"
        ),
    ),
    (
        "year-rel",
        re.compile(
            r"\b(?:(?P<mod>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+)?"
            r"(?P<rel>[Nn]ext|[Ll]ast|[Tt]his)\s+year(?:'s|’s)?\b"
        ),
    ),
    ("end-of-year", re.compile(r"\b(?:before|by)\s+the\s+end\s+of\s+the\s+year\b")),
    ("years-ago", re.compile(rf"\b{_COUNT}\s+years\s+ago\b", re.IGNORECASE)),
    ("in-years", re.compile(rf"\b[Ii]n\s+{_COUNT}\s+years(?:['’]\s+time)?\b")),
]

# Expressions written out in full: their value does not depend on the article's date.
ABSOLUTE = {
    "numeric",
    "month-day-range-year",
    "month-day-year",
    "day-month-year",
    "month-year",
    "year",
}

# Every pattern needs a digit, a month or weekday name, or a relative word: most
# paragraphs of a big corpus are skipped with this one cheap scan.
HINT = re.compile(
    r"\d|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|year|month|week|today|tomorrow|yesterday|tonight|"
    r"morning|afternoon|evening|night|"
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|[a-z]+teenth|twentieth|thirtieth)\b",
    re.IGNORECASE,
)
