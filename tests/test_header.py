"""Article tops as they come from wire services, ministries and saved pages: headline,
dateline, byline and page chrome, each in several phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.load.articles import parse_article
from generator.load.boilerplate import is_breadcrumb, is_chrome, strip_chrome
from generator.load.header import byline, dateline, is_date_line, nearest_year


@pytest.mark.parametrize(
    "line,place,day,agency",
    [
        ("ÅLESUND, March 6, 2025 - The ministers met.", "ÅLESUND", dt.date(2025, 3, 6), None),
        (
            "KIGALI, Oct 14, 2025 (Meridian Wire) - African ministers",
            "KIGALI",
            dt.date(2025, 10, 14),
            "Meridian Wire",
        ),
        (
            "NAIROBI, Kenya, 3 February 2024 – The agency said",
            "NAIROBI, Kenya",
            dt.date(2024, 2, 3),
            None,
        ),
        (
            "Oslo, 14 October 2025 — The Minister of Foreign Affairs",
            "Oslo",
            dt.date(2025, 10, 14),
            None,
        ),
        (
            "BEIJING, July 4, 2024 /PRNewswire/ — China and",
            "BEIJING",
            dt.date(2024, 7, 4),
            "PRNewswire",
        ),
        ("SUVA, Sept. 2, 2023 -- Fijian officials", "SUVA", dt.date(2023, 9, 2), None),
    ],
)
def test_datelines_with_a_date(line: str, place: str, day: dt.date, agency: str | None) -> None:
    found = dateline(line, None)
    assert found is not None
    assert found.text.startswith(place)
    assert found.date == day
    assert found.agency == agency


def test_dateline_without_a_year_takes_the_corpus_year() -> None:
    found = dateline("KIGALI, Rwanda, Oct. 17 -- Leaders signed", None)
    assert found is not None and found.date is None and found.month_day == (10, 17)
    assert nearest_year((10, 17), [dt.date(2025, 10, 14), dt.date(2025, 10, 20)]) == dt.date(
        2025, 10, 17
    )
    assert nearest_year((1, 2), [dt.date(2025, 12, 30)]) == dt.date(2026, 1, 2)
    assert nearest_year((1, 2), []) is None


@pytest.mark.parametrize("line", ["KIGALI — Kenya's plan moved", "DAR ES SALAAM. The planned"])
def test_datelines_with_a_place_only(line: str) -> None:
    found = dateline(line, None)
    assert found is not None and found.date is None


@pytest.mark.parametrize(
    "line,author,outlet",
    [
        ("By Rehema Salum, The Coastal Times", "Rehema Salum", "The Coastal Times"),
        ("BY JONAS BERG", "Jonas Berg", None),
        ("*By Sophie Marchal*", "Sophie Marchal", None),
        ("By Kwabena Asante-Mensah | Analysis | 19 October 2025", "Kwabena Asante-Mensah", None),
        ("By Jo Smith, in Nairobi", "Jo Smith", None),
    ],
)
def test_bylines(line: str, author: str, outlet: str | None) -> None:
    assert byline(line) == (author, outlet)


def test_date_lines() -> None:
    assert is_date_line("Sunday, 23 November 2026")
    assert is_date_line(["Published", "16 October 2025"][1])
    assert is_date_line("Oct 14, 2025 10:42 GMT")
    assert not is_date_line("The summit opened on 15 October 2025 in Kigali.")


@pytest.mark.parametrize(
    "block", ["Home > Africa > Business", "Home › World › Pacific", "News » Press releases"]
)
def test_breadcrumbs(block: str) -> None:
    assert is_breadcrumb(block)


@pytest.mark.parametrize(
    "block",
    [
        "This website uses cookies to improve your browsing experience. Accept all",
        "We value your privacy: our site uses cookies and similar technologies.",
        "Share this article: Facebook | X | Email",
        "Facebook Twitter LinkedIn WhatsApp",
        "Read more: Ports reopen | Trade talks stall",
        "Subscribe to our newsletter",
        "Advertisement",
        "FOR IMMEDIATE RELEASE",
        "3 min read",
    ],
)
def test_chrome_lines(block: str) -> None:
    assert is_chrome(block)


@pytest.mark.parametrize(
    "block",
    [
        "The minister said cookies made by local bakers were served at the reception.",
        "Officials will share the costs of the bridge equally.",
        "Read the full declaration, the spokesperson urged, before judging it.",
    ],
)
def test_sentences_are_not_chrome(block: str) -> None:
    assert not is_chrome(block) and not is_breadcrumb(block)


def test_end_marks_drop_contacts_and_repeated_captions_go() -> None:
    caption = "PHOTO: Ministers arrive at the hall, Oct 14, 2025. Wire/A. Photographer"
    blocks = [
        caption,
        "Body text one.",
        caption,
        "About Acme Corp",
        "Acme makes things.",
        "###",
        "Media contact: jo@example.org",
    ]
    kept, removed = strip_chrome(blocks)
    assert kept == [caption, "Body text one.", "About Acme Corp", "Acme makes things."]
    assert removed == [caption, "###", "Media contact: jo@example.org"]


def test_a_headline_line_is_the_title_and_a_saved_banner_is_not_the_date() -> None:
    text = (
        "Sunday, 23 November 2026\n\nHome > World > Pacific\n\n"
        "Leaders agree on a fisheries plan\n\nBy Ana Lee, The Island Post\n"
        "Published: 16 October 2025\n\n"
        "SUVA. Leaders agreed on a fisheries plan on Tuesday, officials said.\n\n"
        "Read more: Other news | More news\n"
    )
    a = parse_article("x.txt", text)
    assert a.title == "Leaders agree on a fisheries plan"
    assert a.date == dt.date(2025, 10, 16) and a.date_origin == "header"
    assert a.publisher == "The Island Post" and a.author == "Ana Lee"
    assert [p.kind for p in a.paragraphs] == ["note", "text"]


def test_press_release_issuer_and_letterhead() -> None:
    release = parse_article(
        "r.txt",
        "FOR IMMEDIATE RELEASE\n\nAcme opens a plant in Lagos\n\n"
        "LAGOS, Nigeria, 2 May 2025 – Acme Ltd opened a plant.\n\n"
        "About Acme Ltd\nAcme Ltd makes pumps in five countries.\n\n###\n"
        "Media contacts: press@acme.example\n",
    )
    assert release.title == "Acme opens a plant in Lagos"
    assert release.publisher == "Acme Ltd"
    assert release.date == dt.date(2025, 5, 2)
    transcript = parse_article(
        "t.txt",
        "OFFICE OF THE SPOKESPERSON\nREPUBLIC OF NOWHERE\n\n"
        "TRANSCRIPT\n\nRemarks by the minister, 3 March 2024\n\n"
        "MINISTER: Good morning to all of you here today.\n",
    )
    assert transcript.publisher == "Office of the Spokesperson, Republic of Nowhere"
    assert transcript.title != "OFFICE OF THE SPOKESPERSON"


def test_media_contacts_before_the_end_mark_stay_as_one_note() -> None:
    """Who to call about a release is part of it: one note, a contact per group of
    lines (a line of how to reach someone closes one), whatever the layout."""
    stacked = parse_article(
        "r.txt",
        "Acme and Bolt open a plant\n\nLAGOS, 2 May 2025 – Acme Ltd opened a plant.\n\n"
        "Media contacts\n\nAcme Ltd\nJo Lee\npress@acme.example\n+234 1 555 0100\n\n"
        "Bolt & Sons\nKemi Ade\nkemi@bolt.example\n\n###\n\nSOURCE Acme Ltd\n",
    )
    assert stacked.paragraphs[-1].text == (
        "Media contacts: Acme Ltd, Jo Lee, press@acme.example, +234 1 555 0100; "
        "Bolt & Sons, Kemi Ade, kemi@bolt.example"
    )
    assert stacked.paragraphs[-1].kind == "note"
    assert "SOURCE Acme Ltd" in stacked.removed_boilerplate
    one_line = parse_article(
        "r.txt",
        "Acme opens a plant\n\nAcme Ltd opened a plant in Lagos on Friday.\n\n"
        "Press enquiries: Jo Lee, Head of Communications, Acme Ltd, +1 555 0100 | "
        "jo@acme.example\n",
    )
    assert one_line.paragraphs[-1].text == (
        "Press enquiries: Jo Lee, Head of Communications, Acme Ltd, +1 555 0100 | jo@acme.example"
    )
    prose_after = parse_article(
        "r.txt",
        "Acme opens a plant\n\nAcme Ltd opened a plant in Lagos on Friday.\n\n"
        "For more information:\nAna Ruiz\nPress Officer\nana.ruiz@acme.example\n\n"
        "Forward-looking statements: this release contains statements about the future "
        "that may differ materially from what happens, for reasons beyond the control of "
        "the company and its partners.\n",
    )
    assert prose_after.paragraphs[-1].text == (
        "For more information: Ana Ruiz, Press Officer, ana.ruiz@acme.example"
    )
    # A contact a line, the lines one block under the label: each contact long enough
    # that the lines joined would pass for prose.
    joined = parse_article(
        "r.txt",
        "Acme opens a plant\n\nAcme Ltd opened a plant in Lagos on Friday.\n\n"
        "Media contacts:\n"
        "Jo Lee, Head of Communications, Acme Ltd, Lagos office, +234 1 555 0100, "
        "jo.lee@acme.example\n"
        "Kemi Ade, Public Relations Directorate, Bolt and Sons Holdings, +234 1 555 0199\n\n"
        "###\n",
    )
    assert joined.paragraphs[-1].text == (
        "Media contacts: Jo Lee, Head of Communications, Acme Ltd, Lagos office, "
        "+234 1 555 0100, jo.lee@acme.example; Kemi Ade, Public Relations Directorate, "
        "Bolt and Sons Holdings, +234 1 555 0199"
    )
