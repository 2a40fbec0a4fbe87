"""Content is text, never markup: articles and YAML show literally in the built site."""

from __future__ import annotations

import html.parser
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.load.articles import parse_article
from generator.load.schema import Briefing
from generator.load.sources import SourceInfo
from generator.model.knowledge import KnowledgeBase
from generator.site.commonmark import convert
from generator.site.emitters import sources
from generator.site.markdown import escape
from generator.site.site import Site
from tests.support import REPO, built_site

HOSTILE = REPO / "tests" / "fixtures" / "hostile"


class _Text(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def text_and_tags(html_text: str) -> tuple[str, list[str]]:
    parser = _Text()
    parser.feed(html_text)
    return re.sub(r"\s+", " ", "".join(parser.parts)), parser.tags


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return built_site(HOSTILE, tmp_path_factory.mktemp("hostile"))


def _article_html(site: Path) -> str:
    page = (site / "sources" / "a_markup" / "index.html").read_text(encoding="utf-8")
    return page.split("<article", 1)[1].split("</article>", 1)[0]


def test_article_markup_reaches_the_page_as_text(hostile_site: tuple[Path, Path]) -> None:
    _, site = hostile_site
    article = _article_html(site)
    text, tags = text_and_tags(article)
    for literal in (
        '<script>alert("owned")</script>',
        "*bold*",
        "_x_",
        "# not a heading",
        "[a](http://evil.example)",
        "| pipes |",
        "`code`",
        "{{ template }}",
        "{% block x %}",
        "<img src=x onerror=alert(1)>",
        "&amp; &#169;",
        "<!-- comment -->",
        "A <b>bold</b> *claim* about",
    ):
        assert literal in text, literal
    # Only the page's own markup: no tag that came from the article.
    assert not {"script", "img", "b", "i"} & set(tags)


def test_no_markup_from_articles_or_yaml_anywhere_in_the_site(
    hostile_site: tuple[Path, Path],
) -> None:
    _, site = hostile_site
    for page in site.rglob("*.html"):
        raw = page.read_text(encoding="utf-8")
        assert "<script>alert" not in raw, page
        assert "onerror=alert" not in raw.replace("onerror=alert(1)&gt;", ""), page
        assert "<em>tags</em>" not in raw and "<i>Evil</i>" not in raw, page
    person = (site / "people" / "alma-vos" / "index.html").read_text(encoding="utf-8")
    text, _ = text_and_tags(person)
    assert "She writes <script>alert('yaml')</script> and **bold** and {% raw %}." in text
    home, _ = text_and_tags((site / "index.html").read_text(encoding="utf-8"))
    assert "A *summary* with <em>tags</em>, {{ jinja }} and [a link](http://evil.example)." in home


def test_search_index_holds_text_not_markup(hostile_site: tuple[Path, Path]) -> None:
    _, site = hostile_site
    index = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "<script>" not in index


_ARTICLE_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), max_codepoint=0x2FFF)
    | st.sampled_from(list("<>&*_`[](){}#|\\!-+.=~:;\"' \n")),
    min_size=1,
    max_size=300,
)


def _render_source(text: str) -> tuple[list[str], str]:
    article = parse_article("r.txt", "Intro sentence here.\n\n" + text)
    info = SourceInfo("r.txt", "r", "Random", None, None, None, "en", article)
    kb = KnowledgeBase(Briefing(), {"r.txt": info}, {})
    page = sources.emit(Site.of(kb))["sources/r.md"]
    expected = [p.text.lstrip("*•- ") if p.kind == "bullet" else p.text for p in article.paragraphs]
    return expected, page


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ARTICLE_TEXT)
def test_random_article_text_appears_literally(text: str) -> None:
    expected, page = _render_source(text)
    html_text = convert(page).html  # as the site renders the generator's pages
    shown, tags = text_and_tags(html_text)
    for paragraph in expected:
        literal = re.sub(r"\s+", " ", paragraph).strip()
        assert literal in shown, (literal, page)
    assert set(tags) <= {
        "h1",
        "p",
        "a",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "hr",
        "blockquote",
        "em",
        "strong",
        "ul",
        "li",
    }
    assert "code" not in tags  # the file name is plain text too


@given(st.text(max_size=80))
def test_escape_never_raises_and_has_no_raw_angle_bracket(text: str) -> None:
    assert "<" not in escape(text)
