"""Browser fixtures: Debian's Chromium driven by Playwright, the seed site served on
127.0.0.1, and the offline bundle unzipped into a temporary folder."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.site.bundle import write_zip
from tests.conftest import mkdocs_build

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        message = ("Debian's chromium is not installed: run `make test` as root, or "
                   "`sudo apt-get install chromium`")
        if os.environ.get("CI"):
            pytest.fail(message + " (CI must run the browser tests, never skip them)")
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield instance
        instance.close()


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves like GitHub Pages: directory URLs, and 404.html for what is missing."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_error(self, code: int, message: str | None = None,
                   explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code == 404 and page.is_file():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().send_error(code, message, explain)


@pytest.fixture(scope="session")
def served_site(seeds_site: tuple[Path, Path]) -> Iterator[str]:
    _, site = seeds_site
    handler = functools.partial(_Handler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def offline_bundle(seeds_site: tuple[Path, Path],
                   tmp_path_factory: pytest.TempPathFactory) -> Path:
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
