"""What the top of a saved article says about it: a mail header (title, publisher, date)
and a header line naming the outlet; neither is part of the text (invented articles)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.load.articles import parse_article

BODY = "Ministers met in Lusaka on Monday and agreed on a new customs code for the region."


@pytest.mark.parametrize(
    "header,title,publisher,day",
    [
        (
            "From: The Copper Letter <editor@copperletter.example>\n"
            "To: readers@copperletter.example\n"
            "Date: Fri, 5 Sep 2025 07:00:00 +1200\n"
            "Subject: The Copper Letter #12 – Lusaka's customs deal",
            "The Copper Letter #12 – Lusaka's customs deal",
            "The Copper Letter",
            dt.date(2025, 9, 5),
        ),
        (
            'From: "Trade Desk" <desk@example.org>\nSubject: Fwd: Customs code agreed',
            "Customs code agreed",
            "Trade Desk",
            None,
        ),
    ],
)
def test_a_mail_header_gives_title_publisher_and_date(
    header: str, title: str, publisher: str, day: dt.date | None
) -> None:
    text = f"{header}\n\nView this email in your browser\n\n{BODY}\n\nUnsubscribe from this list.\n"
    article = parse_article("n.txt", text)
    assert (article.title, article.publisher, article.date) == (title, publisher, day)
    assert [p.text for p in article.paragraphs] == [BODY]


def test_one_line_that_looks_like_a_header_stays_text() -> None:
    # A header needs two fields or more: one "Subject:" line is the article's own text.
    text = "Subject: the customs code.\n\nMinisters met in Lusaka on Monday and agreed on it."
    article = parse_article("n.txt", text)
    assert article.title is None
    assert article.paragraphs[0].text == "Subject: the customs code."


@pytest.mark.parametrize(
    "line,outlet",
    [
        ("**Analysis** · Lake Basin Review · 3 September 2025", "Lake Basin Review"),
        ("Opinion • Copper Coast Times • 4 May 2025", "Copper Coast Times"),
        ("Lake Basin Review — Interview — 16 October 2025", "Lake Basin Review"),
    ],
)
def test_the_outlet_in_a_header_line(line: str, outlet: str) -> None:
    article = parse_article("a.md", f"# Customs code agreed\n\n{line}\n\n{BODY}\n")
    assert article.publisher == outlet


@pytest.mark.parametrize("label", ["Transcript", "TRANSCRIPT", "Press release", "Readout"])
def test_a_kind_label_above_the_headline(label: str) -> None:
    text = (
        f"{label}\n\nJoint press conference by the presidents of Kenya and Uganda, "
        f"at the close of the Lusaka Trade Summit\n\n{BODY}\n"
    )
    article = parse_article("t.txt", text)
    assert article.title is not None and article.title.startswith("Joint press conference")
    assert [p.text for p in article.paragraphs] == [BODY]


def test_names_in_a_headline_are_mentions(tmp_path: Path) -> None:
    from generator.errors import Problems
    from generator.pipeline import build_knowledge_base

    (tmp_path / "a.txt").write_text(
        "Kenya and Uganda sign customs deal\n\n"
        "Ministers met in Lusaka on Monday and agreed on a new customs code.\n",
        encoding="utf-8",
    )
    kb = build_knowledge_base(tmp_path, Problems())
    named = {(m.paragraph, kb.entities[m.entity].name) for m in kb.mentions}
    assert {(0, "Kenya"), (0, "Uganda")} <= named
    assert kb.sources["a.txt"].article.paragraph(0).text == "Kenya and Uganda sign customs deal"
