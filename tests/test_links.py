"""Every internal link and anchor of the built site resolves (paragraph anchors too)."""

from __future__ import annotations

import html.parser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse


class _Collector(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")
        if tag in ("link", "script", "img") and (values.get("href") or values.get("src")):
            self.links.append(values.get("href") or values.get("src") or "")


def _parse(path: Path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def broken_links(site: Path) -> list[str]:
    pages = {p: _parse(p) for p in site.rglob("*.html")}
    base = "http://site.invalid/"
    broken: list[str] = []
    for page, parsed in pages.items():
        page_url = base + page.relative_to(site).as_posix()
        for href in parsed.links:
            url = urlparse(urljoin(page_url, href))
            if url.scheme not in ("http", "https") or url.netloc != "site.invalid":
                continue
            target = site / unquote(url.path.lstrip("/"))
            if target.is_dir() or url.path.endswith("/"):
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)}: {href}")
                continue
            if url.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else _parse(target).ids
                if unquote(url.fragment) not in ids:
                    broken.append(f"{page.relative_to(site)}: {href} (no such anchor)")
    return broken


def test_no_broken_internal_link_or_anchor(seeds_site: tuple[Path, Path]) -> None:
    _, site = seeds_site
    assert broken_links(site) == []
    # The check really covers paragraph anchors.
    page = _parse(site / "people" / "sadyr-japarov" / "index.html")
    assert any("#p" in link for link in page.links)


def test_checker_notices_a_broken_anchor(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text('<a href="b.html#p9">x</a><a href="c.html">y</a>')
    (tmp_path / "b.html").write_text('<p id="p1">x</p>')
    assert broken_links(tmp_path) == ["a.html: b.html#p9 (no such anchor)", "a.html: c.html"]
