from __future__ import annotations

import datetime as dt

import pytest

from generator.load.articles import parse_article


def test_timestamp_header_then_title_and_updated_line() -> None:
    text = (
        "2024.07.03 13:52 GMT+8\n\nA title line\n\nUpdated 2024.07.03 22:42 GMT+8\n\n"
        "First paragraph here.\n\nCopyright ©\n"
    )
    a = parse_article("x.txt", text)
    assert a.date == dt.date(2024, 7, 3)
    assert a.title == "A title line"
    assert a.updated and a.updated.startswith("Updated")
    assert [p.text for p in a.paragraphs] == ["First paragraph here."]
    assert a.removed_boilerplate == ["Copyright ©"]


def test_inline_date_before_first_sentence_keeps_the_sentence() -> None:
    a = parse_article(
        "x.txt", " date 2024-07-12 On the morning of July 3, Xi met Tokayev.\n\nSecond.\n"
    )
    assert a.date == dt.date(2024, 7, 12)
    assert a.title is None
    assert a.paragraphs[0].text == "On the morning of July 3, Xi met Tokayev."


def test_inline_date_before_a_headline() -> None:
    a = parse_article(
        "x.txt", " date 2024-07-05 Xi's trip pushes for stronger bonds\n\nBody text here.\n"
    )
    assert a.title == "Xi's trip pushes for stronger bonds"
    assert a.paragraphs[0].text == "Body text here."


def test_title_then_wire_dateline() -> None:
    a = parse_article(
        "x.txt",
        "CGTN: A headline\n\nBEIJING, July 4, 2024 /PRNewswire/ — China "
        "and Kazakhstan met.\n\nMore.\n\nCision View original content:\n",
    )
    assert a.title == "CGTN: A headline"
    assert a.date == dt.date(2024, 7, 4)
    assert a.dateline == "BEIJING, July 4, 2024 /PRNewswire/"
    assert a.removed_boilerplate == ["Cision View original content:"]


def test_no_header_one_paragraph_per_line() -> None:
    a = parse_article("x.txt", "First sentence here.\nSecond paragraph here.\nThird one.\n")
    assert a.title is None and a.date is None
    assert len(a.paragraphs) == 3


def test_hard_wrapped_prose_is_joined() -> None:
    a = parse_article("x.txt", "This sentence is wrapped\nover two lines.\n\nNext.\n")
    assert a.paragraphs[0].text == "This sentence is wrapped over two lines."


def test_captions_headings_and_notes_are_set_apart() -> None:
    text = (
        "Body one is here.\n\nXi meets Tokayev in Astana, July 3, 2024. /Xinhua\n\n"
        "A lasting friendship\n\nLeaders sign it. (Xinhua/Ju Peng)\n\n"
        "(With input from Xinhua)\n"
    )
    kinds = [p.kind for p in parse_article("x.txt", text).paragraphs]
    assert kinds == ["text", "caption", "heading", "caption", "note"]


@pytest.mark.parametrize(
    "credit",
    [
        "-- Reporting by Ana Ruiz; additional reporting by Jo Lee in Lima; Editing by Tom Ash",
        "Edited by Hannah Mbeki",
        "Live coverage by Ana Ruiz and Jo Lee · Last updated",
        "Photos by Jo Lee",
        "Written by Ana Ruiz",
    ],
)
def test_a_credit_line_is_a_note_not_a_heading(credit: str) -> None:
    """A credit names people: it is a note (read for names), not a heading."""
    text = f"Body one is here.\n\n{credit}\n\nBody two is here.\n"
    kinds = [p.kind for p in parse_article("x.txt", text).paragraphs]
    assert kinds == ["text", "note", "text"]


def test_paragraph_anchors_are_numbered_from_one() -> None:
    a = parse_article("x.txt", "One.\n\nTwo.\n")
    assert [p.anchor for p in a.paragraphs] == ["p1", "p2"]


@pytest.mark.parametrize(
    "line,kind",
    [
        ("3. WHO PAYS FOR THE FERRY?", "heading"),
        ("WHAT HAPPENS NEXT?", "heading"),
        ("II. Who sits on the board?", "heading"),
        # A question in prose stays text.
        ("Is this the end?", "text"),
        ("Why now? Because the money ran out.", "text"),
    ],
)
def test_a_sections_question_is_a_heading(line: str, kind: str) -> None:
    text = f"A headline here\n\nFirst paragraph of the story.\n\n{line}\n\nIts answer is here.\n"
    kinds = {p.text: p.kind for p in parse_article("x.txt", text).paragraphs}
    assert kinds[line] == kind


@pytest.mark.parametrize(
    "footer",
    [
        "(C) 2026 Coral FM Barbados. This transcript may not be reproduced without permission.",
        "(c) 2025 Island Radio. All rights reserved.",
    ],
)
def test_a_copyright_line_with_c_in_brackets_is_boilerplate(footer: str) -> None:
    a = parse_article("x.txt", f"A headline here\n\nThe story itself.\n\n{footer}\n")
    assert [p.text for p in a.paragraphs] == ["The story itself."]
    assert footer in a.removed_boilerplate


def test_a_last_point_lettered_c_is_no_copyright_line() -> None:
    text = "A headline here\n\nThe targets:\n\n(c) 2030 targets shall be reviewed every year.\n"
    assert "(c) 2030 targets shall be reviewed every year." in [
        p.text for p in parse_article("x.txt", text).paragraphs
    ]


@pytest.mark.parametrize(
    "crumb", ["Home / Live / The special meeting, day three", "Home | News | Region"]
)
def test_a_breadcrumb_with_slashes_or_bars_after_home_is_chrome(crumb: str) -> None:
    text = f"A headline here\n\n{crumb}\n\nThe story itself.\n"
    assert crumb not in [p.text for p in parse_article("x.txt", text).paragraphs]


def test_slashes_in_a_line_of_the_article_stay() -> None:
    text = "A headline here\n\nTrade / Investment\n\nThe story itself.\n"
    assert "Trade / Investment" in [p.text for p in parse_article("x.txt", text).paragraphs]
