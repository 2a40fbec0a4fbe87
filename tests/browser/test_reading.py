"""What a reader does with a page: hover a citation (a preview online, the source's
title offline), follow it to the highlighted paragraph, open a page from the pictures,
and find the table of contents on a phone; online and offline, with no console error."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.test_offline import open_offline
from tests.support import free_port, mkdocs_build, served

pytestmark = pytest.mark.xdist_group("reading")
MARKER = "article li a[href*='sources/'][href*='#p']"


@pytest.fixture(scope="module")
def published(
    seeds_site: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The seed site as published: built with its own address, which hover previews
    need (they look pages up in the sitemap), and served there."""
    docs, _ = seeds_site
    tmp, port = tmp_path_factory.mktemp("published"), free_port()
    url = f"http://127.0.0.1:{port}/"
    mkdocs_build(tmp, docs, tmp / "site", site_url=url)
    with served(tmp / "site", port):
        yield url


def _open(browser: Any, url: str, width: int = 1440) -> tuple[Any, list[str]]:
    page = browser.new_page(viewport={"width": width, "height": 900})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    return page, errors


def _lands_highlighted(page: Any) -> None:
    target = page.url.rsplit("#", 1)[1]
    paragraph = page.locator(f"article #{target}")
    assert paragraph.evaluate("e => e.tagName") in ("P", "LI")
    colour = paragraph.evaluate("e => getComputedStyle(e).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent"), colour


def test_a_citation_previews_its_paragraph_and_lands_on_it(browser: Any, published: str) -> None:
    page, errors = _open(browser, published + "people/xi-jinping/")
    marker = page.locator(MARKER).first
    assert marker.inner_text().startswith("S")
    marker.hover()
    tip = page.locator(".md-tooltip2--active")
    tip.wait_for(timeout=10000)
    paragraph = marker.get_attribute("href").rsplit("#", 1)[1]
    assert f"¶{paragraph[1:]}" in tip.inner_text()
    marker.click()
    page.wait_for_url(f"**/sources/**#{paragraph}")
    _lands_highlighted(page)
    assert errors == []
    page.close()


def test_pictures_link_to_pages(browser: Any, served_site: str) -> None:
    page, errors = _open(browser, served_site + "people/xi-jinping/")
    # An entity's picture is an image file next to the linked list of the same names.
    picture = page.locator("img.briefing-graph")
    assert picture.evaluate("i => i.complete && i.naturalWidth > 0")
    assert (picture.get_attribute("alt") or "").startswith("Connections of Xi Jinping")
    page.goto(served_site)
    node = page.locator("#network-title").locator("xpath=..").locator("a").first
    name = (node.locator("title").text_content() or "").split(":")[0]
    node.click()
    page.wait_for_load_state("load")
    assert page.locator("h1").first.inner_text().rstrip("¶") == name
    page.goto(served_site)
    mark = (
        page.locator("#timeline-title").locator("xpath=..").locator("a:has(rect):has(text)").first
    )
    event = (mark.locator("title").text_content() or "").rsplit(",", 1)[0]
    mark.locator("text").click()
    page.wait_for_url("**/events/**")
    assert page.locator("h1").first.inner_text().rstrip("¶") == event
    assert errors == []
    page.close()


def test_a_phone_has_the_table_of_contents(browser: Any, served_site: str) -> None:
    page, errors = _open(browser, served_site + "people/xi-jinping/", width=390)
    toc = page.locator("article .toc")
    assert toc.is_visible()
    assert toc.locator("a").count() >= 4
    assert not page.locator("article .toc").evaluate("e => e.scrollWidth > e.clientWidth")
    assert errors == []
    page.close()


def test_offline_citations_show_the_title_and_land(browser: Any, offline_bundle: Path) -> None:
    page, outside, errors = open_offline(browser, offline_bundle / "people" / "xi-jinping.html")
    marker = page.locator(MARKER).first
    title = marker.get_attribute("title")
    assert title and "(" in title  # the source's title and date
    marker.hover()
    page.locator(".md-tooltip2--active").wait_for(timeout=10000)
    marker.click()
    page.wait_for_url("**/sources/*.html#p*")
    _lands_highlighted(page)
    page.goto((offline_bundle / "people" / "xi-jinping.html").as_uri())
    assert page.locator("img.briefing-graph").evaluate("i => i.complete && i.naturalWidth > 0")
    page.goto((offline_bundle / "index.html").as_uri())
    node = page.locator("#network-title").locator("xpath=..").locator("a").first
    node.click()
    page.wait_for_url("**/*.html")
    assert outside == [] and errors == [], (outside, errors)
    page.context.close()
