"""Browser fixtures: Debian's Chromium driven by Playwright, the seed site served on
127.0.0.1, and the offline bundle unzipped into a temporary folder."""

from __future__ import annotations

import os
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.site.bundle import write_zip
from tests.support import mkdocs_build, served

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        message = (
            "Debian's chromium is not installed: run `make test` as root, or "
            "`sudo apt-get install chromium`"
        )
        if os.environ.get("CI"):
            pytest.fail(message + " (CI must run the browser tests, never skip them)")
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def served_site(seeds_site: tuple[Path, Path]) -> Iterator[str]:
    with served(seeds_site[1]) as url:
        yield url


@pytest.fixture(scope="session")
def offline_bundle(seeds_site: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline build, zipped, then unzipped elsewhere, as a reader would."""
    docs, _ = seeds_site
    tmp = tmp_path_factory.mktemp("offline")
    built = tmp / "briefing-offline"
    mkdocs_build(tmp, docs, built, offline=True)
    archive = tmp / "briefing-offline.zip"
    write_zip(built, archive)
    shutil.rmtree(built)
    elsewhere = tmp / "unzipped"
    with zipfile.ZipFile(archive) as z:
        z.extractall(elsewhere)
    return elsewhere / "briefing-offline"
