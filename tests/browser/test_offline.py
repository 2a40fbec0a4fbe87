"""The offline bundle, unzipped and opened from file:// with the network cut."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.build import build_site
from tests.support import MINI, mkdocs_build, search_for


def open_offline(browser: Any, page_file: Path) -> tuple[Any, list[str], list[str]]:
    context = browser.new_context()
    outside: list[str] = []
    errors: list[str] = []

    def route(r: Any) -> None:
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(page_file.as_uri())
    return page, outside, errors


def test_bundle_opens_styled_with_working_navigation(browser: Any, offline_bundle: Path) -> None:
    page, outside, errors = open_offline(browser, offline_bundle / "index.html")
    # Material's stylesheet applied: the header is fixed-height and the body font is set.
    assert page.locator(".md-header").evaluate("e => getComputedStyle(e).position") == "sticky"
    assert page.locator(".md-header__button.md-logo svg").count() >= 1
    images = page.eval_on_selector_all("img", "els => els.filter(i => !i.naturalWidth).length")
    assert images == 0
    page.locator(".md-tabs a", has_text="People").first.click()
    page.wait_for_url("**/people/index.html")
    page.locator("article a[href$='kassym-jomart-tokayev.html']").first.click()
    page.wait_for_url("**/people/kassym-jomart-tokayev.html")
    assert page.locator("h1").first.inner_text().rstrip("¶") == "Kassym-Jomart Tokayev"
    assert outside == [] and errors == []
    page.context.close()


def test_search_works_offline_with_no_request_leaving(browser: Any, offline_bundle: Path) -> None:
    page, outside, errors = open_offline(browser, offline_bundle / "index.html")
    search_for(page, "Tokayev")
    link = page.locator(".md-search-result__item > a[href*='kassym-jomart-tokayev']").first
    link.click()
    page.wait_for_url("**/people/kassym-jomart-tokayev.html*")
    assert page.locator("h1").first.inner_text().rstrip("¶") == "Kassym-Jomart Tokayev"
    assert outside == [], outside
    assert errors == [], errors
    page.context.close()


def test_paragraph_links_work_offline(browser: Any, offline_bundle: Path) -> None:
    page, outside, errors = open_offline(browser, offline_bundle / "people" / "sadyr-japarov.html")
    page.locator("article a[href*='sources/004_6ad26381937cde3b.html#p']").first.click()
    page.wait_for_url("**/sources/004_6ad26381937cde3b.html#p*")
    anchor = page.url.rsplit("#", 1)[1]
    assert page.locator(f"#{anchor}").count() == 1
    assert outside == [] and errors == []
    page.context.close()


def test_the_bundle_carries_one_index_and_nothing_unused(offline_bundle: Path) -> None:
    assert (offline_bundle / "search" / "search_index.js").is_file()
    assert not (offline_bundle / "search" / "search_index.json").exists()
    assert not list(offline_bundle.rglob("*.map"))
    # English search needs no lunr language file.
    assert not (offline_bundle / "assets" / "javascripts" / "lunr").exists()


def test_search_loads_an_index_built_ahead_in_a_real_worker(
    browser: Any, offline_bundle: Path
) -> None:
    """The bundle carries the lunr index built ahead; a real worker loads it (no index is
    built in the browser) and answers."""
    page, outside, errors = open_offline(browser, offline_bundle / "index.html")
    search_for(page, "Astana")
    # The worker came from its source script as a blob; the iframe stand-in never ran.
    assert page.evaluate("typeof window.__workerSource") == "string"
    assert page.evaluate("window.__searchPrebuilt") is True
    assert page.evaluate("typeof window.__prebuilt") == "string"
    assert page.locator("iframe[title='search worker']").count() == 0
    # What was found is marked, as Material marks it.
    assert page.locator(".md-search-result mark", has_text="Astana").count() >= 1
    assert outside == [] and errors == []
    page.context.close()


def test_the_index_is_built_before_the_reader_opens_search(
    browser: Any, offline_bundle: Path
) -> None:
    """Material waits for the first opening of search under file://; the stand-in
    starts the worker's setup at once, so the first answer is there when asked."""
    page, outside, errors = open_offline(browser, offline_bundle / "index.html")
    page.wait_for_function("window.__searchReady === true", timeout=15000)
    search_for(page, "Tokayev", timeout=5000)
    assert page.locator(".md-search-result__item").count() >= 1
    assert outside == [] and errors == []
    page.context.close()


def test_search_in_another_language_works_offline(
    browser: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """German search: Material's worker loads lunr's German files from its own address,
    so it runs in the frame stand-in, which waits for them before building the index."""
    tmp = tmp_path_factory.mktemp("offline-de")
    build_site(MINI, tmp / "docs")
    mkdocs_build(tmp, tmp / "docs", tmp / "briefing-offline", offline=True, search_lang="de")
    site = tmp / "briefing-offline"
    assert (site / "assets" / "javascripts" / "lunr" / "min" / "lunr.de.min.js").is_file()
    page, outside, errors = open_offline(browser, site / "index.html")
    search_for(page, "Fjord")
    assert page.locator("iframe[title='search worker']").count() == 1
    assert outside == [] and errors == [], (outside, errors)
    page.context.close()


def matches(page: Any, query: str) -> tuple[str, list[str]]:
    """What Material says it found ("27 matching documents") and the pages it lists."""
    search_for(page, query)
    meta = page.locator(".md-search-result__meta")
    meta.filter(has_text="matching").wait_for()
    hrefs = page.eval_on_selector_all(
        ".md-search-result__item > a", "els => els.map(a => a.getAttribute('href'))"
    )
    return meta.inner_text(), [h.split("#")[0].rsplit("/", 1)[-1] for h in hrefs]


@pytest.fixture(scope="module")
def bundle_without_prebuilt(offline_bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same bundle without the index built ahead: its script missing, the stand-in
    lets Material's worker build the index in the browser, as before."""
    copy = tmp_path_factory.mktemp("no-prebuilt") / "briefing-offline"
    shutil.copytree(offline_bundle, copy)
    (copy / "search" / "prebuilt_index.js").unlink()
    return copy


@pytest.mark.parametrize(
    "query", ["cooperation", "Tokayev", '"Astana International"', "the president"]
)
def test_the_index_built_ahead_answers_as_material_s_own(
    browser: Any, offline_bundle: Path, bundle_without_prebuilt: Path, served_site: str, query: str
) -> None:
    """The index built ahead answers in the worker's stead: a word on pages of every
    kind, a name, a quoted phrase find the same pages in the same order as Material's
    worker with the index it builds itself (the same bundle without the index built
    ahead), and as many as the served site."""
    page, outside, errors = open_offline(browser, offline_bundle / "index.html")
    ahead, listed = matches(page, query)
    built_page, built_outside, built_errors = open_offline(
        browser, bundle_without_prebuilt / "index.html"
    )
    built, built_listed = matches(built_page, query)
    served = browser.new_page()
    served.goto(served_site)
    online, _ = matches(served, query)
    served.close()
    assert ahead == built == online
    assert listed == built_listed
    assert int(ahead.split()[0]) >= 1, ahead
    assert outside == built_outside == [] and errors == []
    # The fallback's one complaint: the missing script.
    assert all("ERR_FILE_NOT_FOUND" in e for e in built_errors), built_errors
    page.context.close()
    built_page.context.close()
