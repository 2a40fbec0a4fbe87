"""Readers per format: saved web pages, PDFs, Markdown; each keeps the article's text
and what the file says about itself, and gives a clear reason when there is no text."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfWriter

from generator.load.articles import parse_article
from generator.load.readers import NoText, read_document
from generator.load.readers.pdf import _drop_running_lines, _paragraphs
from tests.support import REPO

PAGE = b"""<!DOCTYPE html><html lang="de-AT"><head>
<title>Ministers agree on a lake treaty | Ministry of Waters</title>
<meta property="og:title" content="Ministers agree on a lake treaty">
<meta property="article:published_time" content="2025-03-06T10:00:00+01:00">
<link rel="canonical" href="https://example.org/news/lake-treaty">
</head><body>
<div class="cookie">We use cookies to improve your browsing experience. Accept all</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/about">About the Ministry</a></li></ul></nav>
<main><article><h1>Ministers agree on a lake treaty</h1>
<p>The ministers of the two riparian states signed a treaty on Thursday that sets common
limits for water drawn from the lake, after four years of talks.</p>
<p>"This is a good day for everyone who lives on the shore," the minister said at the
signing ceremony, adding that fishermen had waited for the agreement for a decade.</p>
<p>The treaty enters into force once both parliaments have ratified it, which officials
expect before the end of the year.</p>
</article></main>
<footer><p>Ministry of Waters, 1 Lake Street. All rights reserved.</p></footer>
</body></html>"""


def test_saved_web_page_keeps_the_article_and_its_metadata() -> None:
    doc = read_document(PAGE, "html")
    assert doc.format == "html"
    assert doc.title == "Ministers agree on a lake treaty"
    assert doc.date == "2025-03-06"
    assert doc.url == "https://example.org/news/lake-treaty"
    assert doc.publisher == "Ministry of Waters"
    assert doc.language == "de"
    assert "signed a treaty on Thursday" in doc.text
    assert "good day for everyone" in doc.text
    for chrome in (
        "cookies",
        "About the Ministry",
        "All rights reserved",
        "Ministers agree on a lake treaty",
    ):
        assert chrome not in doc.text, chrome


def test_a_web_page_s_photo_captions_stand_where_the_page_shows_them() -> None:
    """The extractor drops <figcaption>: a lead photo's caption goes after the first
    paragraph, an inline one after the paragraph before it, each once, as a caption;
    captions in a side column or a gallery after the article are the page's."""
    lead = (
        b"<figure><img src='a.jpg'><figcaption>Two ministers at the lake shore. "
        b"Photo: Ana Lee/Wire</figcaption></figure>"
    )
    inline = (
        b"<figure><img src='b.jpg'><figcaption>Fishermen on the lake at dawn.</figcaption></figure>"
    )
    page = (
        PAGE.replace(
            b"<h1>Ministers agree on a lake treaty</h1>",
            b"<h1>Ministers agree on a lake treaty</h1>" + lead,
        )
        .replace(b"<p>The treaty enters", inline + b"<p>The treaty enters")
        .replace(
            b"</article>",
            b"</article><aside><figure><figcaption>Most read: a new bridge</figcaption>"
            b"</figure></aside>"
            b"<p>Sign up to our newsletter.</p><section>" + lead + inline + b"</section>",
        )
    )
    doc = read_document(page, "html")
    lines = doc.text.split("\n\n")
    assert lines[1] == "Two ministers at the lake shore. Photo: Ana Lee/Wire"
    assert lines[3] == "Fishermen on the lake at dawn."
    assert lines[4].startswith("The treaty enters")
    assert len(lines) == 5 and "Most read" not in doc.text
    article = parse_article("a.html", doc.text, doc)
    assert [p.kind for p in article.paragraphs] == ["text", "caption", "text", "caption", "text"]


def test_a_page_without_an_article_says_so() -> None:
    page = b"<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>"
    with pytest.raises(NoText, match="no article text"):
        read_document(page, "html")


def test_pdf_from_the_third_corpus_reads_as_paragraphs() -> None:
    data = (REPO / "tests" / "corpora" / "third" / "205_ampc_policy_brief.pdf").read_bytes()
    doc = read_document(data, "pdf")
    assert doc.format == "pdf" and doc.title and doc.title.startswith("After Kigali")
    paragraphs = doc.text.split("\n\n")
    # Lines are joined into paragraphs; the running header and page footers are gone.
    assert any(len(p) > 400 for p in paragraphs)
    assert not any(p.startswith("AMPC Policy Brief No. 14 | After Kigali") for p in paragraphs)
    assert not any("| Page" in p for p in paragraphs)


def test_a_pdf_without_a_text_layer_and_a_broken_one() -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    blank = io.BytesIO()
    writer.write(blank)
    with pytest.raises(NoText, match="no text layer"):
        read_document(blank.getvalue(), "pdf")
    with pytest.raises(NoText, match="could not be read"):
        read_document(b"%PDF-1.7\n1 0 obj <<>> garbage", "pdf")


def test_pdf_lines_become_paragraphs_and_running_lines_go() -> None:
    pages = [
        [
            "Brief No. 3 | Title",
            "A first paragraph that runs over a full line of text",
            "and ends here.",
            "A heading",
            "Second paragraph, full width line of the page",
            "ends too.",
            "Page 1",
        ],
        [
            "Brief No. 3 | Title",
            "• A bullet point that is long enough to wrap around",
            "the line.",
            "Page 2",
        ],
    ]
    lines = _drop_running_lines(pages)
    assert "Brief No. 3 | Title" not in lines and "Page 1" not in lines
    assert _paragraphs(lines) == [
        "A first paragraph that runs over a full line of text and ends here.",
        "A heading",
        "Second paragraph, full width line of the page ends too.",
        "• A bullet point that is long enough to wrap around the line.",
    ]


def test_a_running_header_of_three_lines_goes() -> None:
    # A reference, the publisher, and the title with its page number: on every page.
    pages = [
        ["REF(25)01", "Forum Secretariat", "Communiqué – Page 1", "FORUM", "Leaders met."],
        ["REF(25)01", "Forum Secretariat", "Communiqué – Page 2", "They agreed.", "Signed."],
    ]
    assert _drop_running_lines(pages) == ["FORUM", "Leaders met.", "They agreed.", "Signed."]


def test_markdown_loses_its_markup_not_its_text() -> None:
    text = (
        "---\nlayout: post\n---\n# The *headline* here\n\n**By Jo Doe** | Analysis\n\n"
        "## A section\n\nSome [linked text](http://x.example) and _emphasis_, "
        "with <b>html</b> kept literally.\n\n> A quoted line.\n\n---\n\nEnd.\n"
    )
    doc = read_document(text.encode(), "md")
    assert doc.title == "The headline here"
    assert "By Jo Doe | Analysis" in doc.text
    assert "A section" in doc.text and "##" not in doc.text
    assert "Some linked text and emphasis, with <b>html</b> kept literally." in doc.text
    assert "A quoted line." in doc.text and "layout" not in doc.text


def test_justified_pdf_lines_give_one_space_between_words() -> None:
    """Justified text comes out of a PDF with runs of spaces ("San  Antonio  and"); a
    paragraph has single spaces, so names read (and link) as they are written."""
    lines = [
        "The  corridor  links  the  ports  of  San  Antonio  and  Valparaíso  with  the",
        "Port  of  Santos  in  Brazil.",
    ]
    assert _paragraphs(lines) == [
        "The corridor links the ports of San Antonio and Valparaíso with the Port of Santos "
        "in Brazil."
    ]


def test_a_byline_element_the_extractor_leaves_out_names_the_authors() -> None:
    """A page with no author in its metadata but a byline element under the headline:
    its names (up to the date) are the authors, and the article opens with the credit."""
    for element in (
        b'<p class="meta">By Omar Said Bileh and Nimco Abdi Hassan &middot; '
        b'<time datetime="2025-03-06">6 March 2025</time></p>',
        b'<div class="article-byline"><span>By</span> Omar Said Bileh and Nimco Abdi Hassan'
        b" | Updated 10:15</div>",
        # After the date in the same element, with where they filed from.
        b'<p class="live-meta"><span>LIVE</span> Updated <time>6 Mar 2025, 10:15</time> '
        b"&middot; By Omar Said Bileh and Nimco Abdi Hassan in Djibouti</p>",
    ):
        page = PAGE.replace(
            b"<h1>Ministers agree on a lake treaty</h1>",
            b"<h1>Ministers agree on a lake treaty</h1>" + element,
        )
        doc = read_document(page, "html")
        assert doc.author == "Omar Said Bileh and Nimco Abdi Hassan", element
        first = parse_article("p.html", doc.text, doc).paragraphs[0]
        assert (first.kind, first.text) == (
            "note",
            "By Omar Said Bileh and Nimco Abdi Hassan, Ministry of Waters",
        )
    assert read_document(PAGE, "html").author is None
