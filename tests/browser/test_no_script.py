"""No dialog fires anywhere in a site built from a corpus full of script payloads,
online (served over http) or offline (file://), while a reader hovers every tooltip and
searches for the payloads."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support import built_site, mkdocs_build, served
from tests.xss_corpus import write_xss_corpus

# Both tests on one worker, so that the site full of payloads is built once.
pytestmark = pytest.mark.xdist_group("xss-site")


@pytest.fixture(scope="module")
def xss_built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("xss-browser")
    docs, site = built_site(write_xss_corpus(tmp / "corpus"), tmp)
    offline = tmp / "offline"
    mkdocs_build(tmp, docs, offline, offline=True)
    return site, offline


@pytest.fixture(scope="module")
def xss_served(xss_built: tuple[Path, Path]) -> Iterator[str]:
    with served(xss_built[0]) as url:
        yield url


def _visit_all(browser: Any, urls: list[str], offline: bool) -> list[str]:
    context = browser.new_context()
    if offline:
        context.route(
            "**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort()
        )
    dialogs: list[str] = []
    page = context.new_page()

    def dialog(d: Any) -> None:
        dialogs.append(f"{page.url}: {d.message}")
        d.dismiss()

    page.on("dialog", dialog)
    for url in urls:
        page.goto(url)
        page.wait_for_load_state("load")
        # What a reader's pointer does to every tooltip, without aiming at each one.
        page.eval_on_selector_all(
            "[title]",
            """els => els.forEach(e => {
            e.dispatchEvent(new MouseEvent('mouseenter'));
            e.dispatchEvent(new FocusEvent('focus'));
        })""",
        )
        page.wait_for_timeout(50)  # tooltips are drawn on the next frames
    page.goto(urls[0])
    box = page.locator("input[data-md-component=search-query]")
    box.click()
    for query in ("XSS", "alert"):
        box.fill("")
        box.press_sequentially(query, delay=20)
        # Results drawn: the count line says how many documents match.
        page.wait_for_function(
            """() => /match/i.test(
            document.querySelector('.md-search-result__meta')?.textContent || '')""",
            timeout=15000,
        )
        page.wait_for_timeout(200)
    context.close()
    return dialogs


def _pages(site: Path) -> list[Path]:
    return [p for p in sorted(site.rglob("*.html")) if p.name != "404.html"]


def test_no_dialog_online(browser: Any, xss_built: tuple[Path, Path], xss_served: str) -> None:
    site, _ = xss_built
    urls = [
        xss_served + p.relative_to(site).as_posix().removesuffix("index.html") for p in _pages(site)
    ]
    assert len(urls) > 10
    assert _visit_all(browser, urls, offline=False) == []


def test_no_dialog_offline(browser: Any, xss_built: tuple[Path, Path]) -> None:
    _, offline = xss_built
    urls = [p.as_uri() for p in _pages(offline)]
    assert _visit_all(browser, urls, offline=True) == []
