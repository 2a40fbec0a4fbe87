from __future__ import annotations

import datetime as dt

from generator.extract.dates import Anchors, find_dates

REF = dt.date(2024, 7, 4)  # a Thursday


def values(text: str, ref: dt.date | None = REF) -> list[tuple[str, str]]:
    return [(d.expression, d.value) for d in find_dates(text, ref)]


def test_absolute_dates() -> None:
    assert values("on July 3, 2024 and 2024.07.03") == [
        ("July 3, 2024", "2024-07-03"),
        ("2024.07.03", "2024-07-03"),
    ]
    assert values("ties in 1992, then in 2005") == [("1992", "1992"), ("2005", "2005")]
    assert values("his state visit in September 2022") == [("September 2022", "2022-09")]


def test_relative_dates_use_the_article_date() -> None:
    assert values("Xi said on Wednesday") == [("Wednesday", "2024-07-03")]
    assert values("the ministers met at Thursday's summit") == [("Thursday's", "2024-07-04")]
    assert values("hosting the summit next year") == [("next year", "2025")]
    assert values("met last year") == [("last year", "2023")]
    assert values("In March, it opened") == [("In March", "2024-03")]
    assert values("In October, it opened") == [("In October", "2023-10")]


def test_relative_dates_need_an_article_date() -> None:
    assert values("on Wednesday next year", None) == []


def test_numbers_that_are_not_years() -> None:
    assert values("up 32 percent to reach $41 billion") == []
    assert values("in 2023 percent") == []


def values_at(text: str, anchors: Anchors) -> list[tuple[str, str]]:
    return [(d.expression, d.value) for d in find_dates(text, anchors)]


def test_weekdays_follow_the_tense() -> None:
    # The article is dated Thursday 4 July 2024.
    assert values("Leaders will meet again on Friday.") == [("Friday", "2024-07-05")]
    assert values("The text is due to be adopted at Friday's summit.") == [
        ("Friday's", "2024-07-05")
    ]
    assert values("The delegation returns home on Sunday.") == [("Sunday", "2024-07-07")]
    assert values("They signed the deal on Monday.") == [("Monday", "2024-07-01")]
    assert values("Talks on Monday.") == []  # no tense: no date
    # A name ending in "ed" is no past tense.
    assert values("Envoys go to Friday's session, where the United States attends.") == []
    assert values("Friday's session with the Red Cross and the United Nations.") == []
    assert values("The session on Friday ended early.") == [("Friday", "2024-06-28")]


def test_a_later_report_does_not_guess() -> None:
    # Published Friday 12 July about talks on Wednesday 3 July: "Tuesday" may be the 2nd
    # (counted from the talks) or the 9th (from the day of writing): not guessed.
    at = Anchors(dt.date(2024, 7, 12), reported=dt.date(2024, 7, 3))
    assert values_at("On Tuesday, the ministers met in Astana.", at) == []
    # Named with its event, the weekday is that event's day.
    at = Anchors(
        dt.date(2024, 7, 12), reported=dt.date(2024, 7, 3), event_days=[dt.date(2024, 7, 2)]
    )
    assert values_at("On Tuesday, the ministers met in Astana.", at) == [("Tuesday", "2024-07-02")]
    # Both counts agree: sure.
    at = Anchors(dt.date(2024, 7, 12), reported=dt.date(2024, 7, 11))
    assert values_at("They signed it on Wednesday.", at) == [("Wednesday", "2024-07-10")]


def test_day_words_weeks_months_and_years() -> None:
    assert values("yesterday evening, and today, and tomorrow morning") == [
        ("yesterday evening", "2024-07-03"),
        ("today", "2024-07-04"),
        ("tomorrow morning", "2024-07-05"),
    ]
    assert values("talks late last night and this afternoon") == [
        ("late last night", "2024-07-03"),
        ("this afternoon", "2024-07-04"),
    ]
    assert values("earlier this month and next month") == [
        ("earlier this month", "2024-07"),
        ("next month", "2024-08"),
    ]
    assert values("last week") == [("last week", "2024-06")]  # 24-30 June
    assert values_at("this week", Anchors(dt.date(2024, 7, 31))) == []  # July and August
    assert values("earlier this year; early next year") == [
        ("earlier this year", "2024"),
        ("early next year", "2025"),
    ]
    assert values("in October next year, and next October") == [
        ("in October next year", "2025-10"),
        ("next October", "2024-10"),
    ]
    assert values("twenty years ago, and in five years' time") == [
        ("twenty years ago", "2004"),
        ("in five years' time", "2029"),
    ]
    assert values("The board will meet in December.") == [("in December", "2024-12")]
    assert values("The board met in December.") == [("in December", "2023-12")]
    assert values("A review in December.") == []


def test_a_quote_after_an_earlier_day_does_not_say_when_it_was_spoken() -> None:
    # Published Wednesday 28 May about Tuesday evening: "tonight" in a quote may be the
    # night of the quote (27 May) or of the writing (28 May); not guessed.
    told = Anchors(dt.date(2025, 5, 28), earlier=dt.date(2025, 5, 27))
    for quote in (
        "“Tonight we stopped talking about whether,” he said.",
        '"Today we begin," she told reporters.',
        "He said: “Yesterday we shouted in the street.”",
    ):
        assert values_at(quote, told) == [], quote
    # Outside a quote the article speaks from its own day; with no earlier day the quote
    # was spoken on the day of writing (a live report).
    assert values_at("Tonight the ministers meet again.", told) == [("Tonight", "2025-05-28")]
    assert values_at("“Today we begin,” she said.", Anchors(dt.date(2025, 5, 28))) == [
        ("Today", "2025-05-28")
    ]


def _snapped(text: str, trigger: str, days: list[dt.date]) -> list[tuple[str, str]]:
    """The sentence's dates with the week beside the described meeting re-read, as the
    analysis does (the meeting's word found by its event link, here by its text)."""
    from generator.extract.dates.described import described_weeks

    at = Anchors(dt.date(2024, 7, 4))
    found = find_dates(text, at)
    lo = text.index(trigger)
    starts, described = described_weeks(text, found, [(lo, lo + len(trigger), days)])
    again = {
        f.start: f for f in find_dates(text, Anchors(at.reference, event_days=sorted(described)))
    }
    return [(f.expression, (again[f.start] if f.start in starts else f).value) for f in found]


def test_a_week_beside_a_described_meeting_is_the_meeting_s_day() -> None:
    summit = [dt.date(2024, 6, 26)]  # a Wednesday of the week before 4 July
    for text, trigger in (
        ("At the leaders' summit in Accra last week, 40 states adopted a text.", "summit"),
        ("Last week's talks in Lomé ended without a deal.", "talks"),
        ("The ministers who met last week agreed on a fund.", "met"),
    ):
        assert ("last week" in text.lower()) and _snapped(text, trigger, summit)[0][1] == (
            "2024-06-26"
        ), text
    # A span of days, or a week in another clause than the meeting, is not its day.
    for text, trigger in (
        ("She spent most of the past week in Accra, where leaders signed the text.", "signed"),
        ("Last week was hard, and leaders signed the text.", "signed"),
        ("Leaders signed the text; prices rose sharply last week.", "signed"),
    ):
        assert _snapped(text, trigger, summit) in (
            [("last week", "2024-06")],
            [("Last week", "2024-06")],
            [],  # the past seven days run over two months
        ), text


def test_last_weekday_just_before_the_article_is_unsure() -> None:
    # Written on a Thursday: "last Wednesday" may be yesterday or the week before's.
    assert values("Last Wednesday, the leaders signed the text.") == []
    assert values("The deal was signed last Tuesday in Accra.") == []
    # Further back, the most recent such day.
    assert values("The deal was signed last Monday in Accra.") == [("last Monday", "2024-07-01")]
    # A meeting of that weekday the article reports decides.
    signing = Anchors(REF, event_days=[dt.date(2024, 6, 26)])
    assert values_at("Last Wednesday, they signed.", signing) == [("Last Wednesday", "2024-06-26")]


def test_a_weekday_in_a_sentence_that_describes_a_meeting() -> None:
    from generator.extract.dates.described import described_weekdays

    text = "Talks ended. Last Wednesday, in a hall of the centre, the leaders signed the text."
    lo = text.index("signed")
    starts, days = described_weekdays(
        text, [(0, 12), (13, len(text))], [(lo, lo + 6, [dt.date(2024, 6, 26)])]
    )
    assert starts == {text.index("Last")} and days == {dt.date(2024, 6, 26)}
    # Not a weekday of another sentence.
    other = "On Monday the port closed. The leaders signed the text."
    lo = other.index("signed")
    assert described_weekdays(other, [(0, 26), (27, len(other))], [(lo, lo + 6, [REF])]) == (
        set(),
        set(),
    )


def test_days_of_the_month_as_ordinals() -> None:
    # REF is Thursday 4 July 2024.
    assert values("The group meets on the twenty-third of this month.") == [
        ("the twenty-third of this month", "2024-07-23")
    ]
    assert values("It reports on the 2nd of next month.") == [
        ("the 2nd of next month", "2024-08-02")
    ]
    assert values("The board will meet on the fourteenth.") == [("on the fourteenth", "2024-07-14")]
    assert values("The board will meet on the 2nd.") == [("on the 2nd", "2024-08-02")]
    assert values("The board met on the 1st.") == [("on the 1st", "2024-07-01")]
    # A day with no tense is unsure; an ordinal before a noun is no date.
    assert values("The board, on the fourteenth.") == []
    assert values("He came on the second day, the first of many.") == []


def test_ordinal_words_used_as_rounds_are_no_days() -> None:
    assert values("The bill failed on the first, but passed on the second.") == []
    assert values("The vote went their way on the third, he said.") == []


def test_last_weekday_never_lands_on_a_day_to_come() -> None:
    monday = dt.date(2024, 7, 1)
    summit = Anchors(monday, event_days=[dt.date(2024, 7, 3)])  # the Wednesday to come
    assert values_at("Ministers met last Wednesday to prepare the summit.", summit) == [
        ("last Wednesday", "2024-06-26")
    ]
