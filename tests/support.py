"""What many tests share: the repository's paths, snapshots of folders, real MkDocs
builds of a corpus, and a local web server that serves a site like GitHub Pages."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.build import build_site

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
MINI = REPO / "tests" / "fixtures" / "mini"
HOOKS = ("generator/site/hooks.py", "generator/serve.py")


def search_for(page: Any, query: str, delay: int = 20, timeout: float = 15000) -> Any:
    """Type a query into Material's search box as a reader does (Material answers on
    keyup), wait for the first result; the result links."""
    box = page.locator("input[data-md-component=search-query]")
    box.click()
    box.press_sequentially(query, delay=delay)
    page.wait_for_selector(".md-search-result__item", timeout=timeout)
    return page.locator(".md-search-result__item > a")


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes, for before/after comparisons."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def mkdocs_config(tmp: Path, docs: Path, site: Path, search_lang: str | None = None) -> Path:
    """The project's mkdocs.yml, pointed at `docs` and `site` under `tmp` (and, given a
    language, with search in that language)."""
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    if search_lang:
        assert "plugins:\n  - search\n" in text
        text = text.replace("  - search\n", f"  - search:\n      lang: {search_lang}\n")
    text = text.replace("docs_dir: docs", f"docs_dir: {docs}")
    text = text.replace("site_dir: site", f"site_dir: {site}")
    for hook in HOOKS:
        text = text.replace(hook, str(REPO / hook))
    config = tmp / "mkdocs.yml"
    config.write_text(text, encoding="utf-8")
    return config


def mkdocs_build(
    tmp: Path,
    docs: Path,
    site: Path,
    offline: bool = False,
    site_url: str | None = None,
    search_lang: str | None = None,
) -> None:
    """`mkdocs build --strict` of `docs` into `site`, failing the test on any warning."""
    config = mkdocs_config(tmp, docs, site, search_lang)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if site_url:
        env["SITE_URL"] = site_url
    env.pop("BRIEFING_OFFLINE", None)
    if offline:
        env["BRIEFING_OFFLINE"] = "1"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp,
    )
    assert result.returncode == 0, result.stderr


def built_site(corpus: Path, tmp: Path) -> tuple[Path, Path]:
    """Generate docs/ for `corpus` under `tmp` and build it with mkdocs --strict."""
    docs, site = tmp / "docs", tmp / "site"
    build_site(corpus, docs)
    mkdocs_build(tmp, docs, site)
    return docs, site


class PagesHandler(http.server.SimpleHTTPRequestHandler):
    """Serves like GitHub Pages: directory URLs, and 404.html for what is missing."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextlib.contextmanager
def served(site: Path, port: int = 0) -> Iterator[str]:
    """The built site on http://127.0.0.1:<port>/ (a free one by default) while the
    block runs."""
    handler = functools.partial(PagesHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def material_worker_script() -> str:
    """The search worker script of the installed Material, as a site ships it."""
    import importlib.util

    spec = importlib.util.find_spec("material")
    assert spec is not None and spec.origin is not None
    workers = Path(spec.origin).parent / "templates" / "assets" / "javascripts" / "workers"
    return next(iter(sorted(workers.glob("search.*.min.js")))).read_text(encoding="utf-8")
