"""A reader on the published site (served over http://127.0.0.1 like GitHub Pages)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin, urlparse

from tests.support import search_for


def open_page(browser: Any, url: str) -> tuple[Any, list[str]]:
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    return page, errors


def test_search_for_a_person_lists_their_page_and_opens_it(browser: Any, served_site: str) -> None:
    page, errors = open_page(browser, served_site)
    results = search_for(page, "Japarov")
    hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
    assert any("people/sadyr-japarov/" in (h or "") for h in hrefs), hrefs
    page.locator(".md-search-result__item > a[href*='people/sadyr-japarov/']").first.click()
    page.wait_for_url("**/people/sadyr-japarov/**")
    assert page.locator("h1").first.inner_text().rstrip("¶") == "Sadyr Japarov"
    assert errors == []
    page.close()


def test_a_sentence_finds_its_source_paragraph(browser: Any, served_site: str) -> None:
    """A sentence quoted on entity pages is indexed once: on its source page."""
    page, errors = open_page(browser, served_site)
    results = search_for(page, "vigorously carry forward the traditional friendship")
    hrefs = [results.nth(i).get_attribute("href") or "" for i in range(results.count())]
    # The article that says it. No other page matches the sentence (another page may
    # match one word of it through its own summary or title: "friendship", "the").
    assert any("/sources/001_" in h for h in hrefs), hrefs
    terms = [set(h.partition("?h=")[2].partition("#")[0].split("+")) for h in hrefs]
    quoting = [h for h, t in zip(hrefs, terms, strict=True) if "/sources/" not in h and len(t) > 1]
    assert quoting == []
    page.locator(".md-search-result__item > a[href*='/sources/001_']").first.click()
    page.wait_for_url("**/sources/**")
    assert page.locator("article", has_text="vigorously carry forward").count() == 1
    assert errors == []
    page.close()


def test_an_alias_finds_its_entity(browser: Any, served_site: str) -> None:
    page, errors = open_page(browser, served_site)
    results = search_for(page, "SCO")
    hrefs = [results.nth(i).get_attribute("href") or "" for i in range(results.count())]
    assert any("organizations/" in h and "sco" in h for h in hrefs), "\n".join(hrefs)
    assert errors == []
    page.close()


def test_every_link_on_the_home_page_resolves(browser: Any, served_site: str) -> None:
    page, errors = open_page(browser, served_site)
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    checked = 0
    for href in sorted(set(hrefs)):
        url = urljoin(served_site, href)
        if urlparse(url).netloc != urlparse(served_site).netloc:
            continue
        target, _, anchor = url.partition("#")
        response = page.request.get(target)
        assert response.status == 200, href
        if anchor:
            body = response.text()
            assert f'id="{anchor}"' in body, href
        checked += 1
    assert checked > 40
    assert errors == []
    page.close()


def test_missing_page_gets_the_404_page(browser: Any, served_site: str) -> None:
    page, _ = open_page(browser, served_site)
    response = page.goto(urljoin(served_site, "people/nobody-here/"))
    assert response is not None and response.status == 404
    assert "404" in page.locator("h1").first.inner_text()
    page.close()


def test_print_hides_navigation_and_shows_link_targets(browser: Any, served_site: str) -> None:
    page, _ = open_page(browser, served_site + "sources/003_159bf453b18760f3/")
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer"):
        assert page.locator(chrome).first.evaluate("e => getComputedStyle(e).display") == "none"
    page.close()
