"""No element or attribute of the built site comes from corpus text.

The corpus in tests/xss_corpus.py puts script payloads in every field a user controls
(article titles, file names, entity names, YAML titles); every payload carries the
canary XSS. In the built HTML, the canary may only appear as text: in text nodes, or in
the few attributes that hold plain text, and there without a '<' that a tooltip or a
title bar would turn back into markup.
"""

from __future__ import annotations

import html.parser
from pathlib import Path

import pytest

from tests.support import built_site, mkdocs_build
from tests.xss_corpus import CANARY, write_xss_corpus

# Attributes whose value is shown as text. Material's tooltips copy `title` into
# innerHTML, so no attribute may carry a '<' that came from the corpus.
TEXT_ATTRIBUTES = {"title", "aria-label", "alt", "content"}


class _Check(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in.append(tag)
        if CANARY.lower() in tag.lower():
            self.problems.append(f"element <{tag}> from the corpus")
        for name, value in attrs:
            value = value or ""
            if CANARY.lower() in name.lower():
                self.problems.append(f"attribute {name} from the corpus on <{tag}>")
            if name.startswith("on") and CANARY in value:
                self.problems.append(f"event handler {name}={value!r} on <{tag}>")
            if value.strip().lower().startswith(("javascript:", "data:text/html")):
                self.problems.append(f"{name}={value!r} on <{tag}>")
            if CANARY in value and (
                name not in TEXT_ATTRIBUTES and name != "href" and name != "id"
            ):
                self.problems.append(f"corpus text in {name}={value!r} on <{tag}>")
            if CANARY in value and name in TEXT_ATTRIBUTES and "<" in value:
                self.problems.append(f"markup in {name}={value!r} on <{tag}>")

    def handle_endtag(self, tag: str) -> None:
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data: str) -> None:
        if self._in and self._in[-1] == "script" and CANARY in data:
            self.problems.append(f"corpus text inside <script>: {data[:80]!r}")


def problems_in(site: Path) -> list[str]:
    found = []
    for page in sorted(site.rglob("*.html")):
        check = _Check()
        check.feed(page.read_text(encoding="utf-8"))
        found += [f"{page.relative_to(site)}: {p}" for p in check.problems]
    return found


@pytest.fixture(scope="module")
def xss_sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("xss")
    corpus = write_xss_corpus(tmp / "corpus")
    docs, site = built_site(corpus, tmp)
    offline = tmp / "offline"
    mkdocs_build(tmp, docs, offline, offline=True)
    return site, offline


def test_the_canary_reached_the_site(xss_sites: tuple[Path, Path]) -> None:
    # Otherwise the check below would pass for nothing.
    site, _ = xss_sites
    pages = [p.read_text(encoding="utf-8") for p in site.rglob("*.html")]
    assert sum(CANARY in p for p in pages) >= 5


@pytest.mark.parametrize("which", ["online", "offline"])
def test_no_element_or_attribute_from_corpus_text(xss_sites: tuple[Path, Path], which: str) -> None:
    site = xss_sites[0] if which == "online" else xss_sites[1]
    assert problems_in(site) == []


def test_title_element_holds_only_text(xss_sites: tuple[Path, Path]) -> None:
    site, _ = xss_sites
    for page in site.rglob("*.html"):
        head = page.read_text(encoding="utf-8").split("</head>", 1)[0]
        title = head.split("<title>", 1)[1].split("</title>", 1)[0]
        assert "<" not in title, (page, title)
        assert head.count("</title>") == 1, page
