from __future__ import annotations

import datetime as dt

from generator.extract.dates import find_dates

REF = dt.date(2024, 7, 4)  # a Thursday


def values(text: str, ref: dt.date | None = REF) -> list[tuple[str, str]]:
    return [(d.expression, d.value) for d in find_dates(text, ref)]


def test_absolute_dates() -> None:
    assert values("on July 3, 2024 and 2024.07.03") == [("July 3, 2024", "2024-07-03"),
                                                         ("2024.07.03", "2024-07-03")]
    assert values("ties in 1992, then in 2005") == [("1992", "1992"), ("2005", "2005")]
    assert values("his state visit in September 2022") == [("September 2022", "2022-09")]


def test_relative_dates_use_the_article_date() -> None:
    assert values("Xi said on Wednesday") == [("Wednesday", "2024-07-03")]
    assert values("Thursday's summit") == [("Thursday's", "2024-07-04")]
    assert values("hosting the summit next year") == [("next year", "2025")]
    assert values("met last year") == [("last year", "2023")]
    assert values("In March, it opened") == [("In March", "2024-03")]
    assert values("In October, it opened") == [("In October", "2023-10")]


def test_relative_dates_need_an_article_date() -> None:
    assert values("on Wednesday next year", None) == []


def test_numbers_that_are_not_years() -> None:
    assert values("up 32 percent to reach $41 billion") == []
    assert values("in 2023 percent") == []
