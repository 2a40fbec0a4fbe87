"""`make bench-search`: the offline bundle of each benchmark corpus, measured as a reader
meets it, in Debian's headless Chromium from file:// with the network cut.

    python -m tests.bench.search [SIZE[:SHAPE] ...]   (default: 100 1000 1000:one-event)

For each: the zip's size, the search files the bundle carries (the documents and the
lunr index built ahead), the seconds from opening
the home page to the first search answer (typing a name from the first article as soon
as the page is there; the median of five openings, each in a fresh browser context,
as one opening varies by half a second), and the longest stretch the page's main thread was busy (a
"long task": the page does not take keystrokes meanwhile).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from generator.build import build_site
from tests import figures
from tests.bench.corpora import WORK, corpus, label, parse_run
from tests.support import mkdocs_config, search_for

RUNS = ["100", "1000", "1000:one-event"]
OPENINGS = 5
LONG_TASKS = """
window.__longest = 0;
new PerformanceObserver(list => {
  for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
}).observe({type: "longtask", buffered: true});
"""


def offline_bundle(size: int, shape: str) -> tuple[Path, Path]:
    name = f"{size}-{shape}"
    docs = WORK / f"docs-{name}"
    # Always: an earlier run's pages are reused (the build is incremental), its assets
    # (the offline search scripts) are brought up to date.
    build_site(corpus(size, shape), docs)
    folder = WORK / f"offline-{name}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    site = folder / "briefing-offline"
    config = mkdocs_config(folder, docs, site)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "BRIEFING_OFFLINE": "1"}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)],
        check=True,
        env=env,
    )
    zipped = folder / "briefing-offline.zip"
    subprocess.run(
        [sys.executable, "-m", "generator", "bundle", "--site", str(site), "--zip", str(zipped)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return site, zipped


def query(size: int, shape: str) -> str:
    """A surname from the first article's title ("Movoda Koxupo visits ...")."""
    first = sorted(corpus(size, shape).glob("*.txt"))[0]
    title = first.read_text(encoding="utf-8").split("\n\n")[1]
    return title.split()[1]


def first_answer(browser: Any, site: Path, words: str) -> tuple[float, float]:
    """Seconds from opening the bundle to the first search answer; the longest task."""
    context = browser.new_context()
    context.route(
        "**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort()
    )
    page = context.new_page()
    page.add_init_script(LONG_TASKS)
    started = time.perf_counter()
    page.goto((site / "index.html").as_uri(), wait_until="domcontentloaded")
    search_for(page, words, delay=10, timeout=300_000)
    took = time.perf_counter() - started
    longest = float(page.evaluate("window.__longest")) / 1000
    context.close()
    return took, longest


def main(argv: list[str]) -> int:
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, LAUNCH_ARGS

    runs = [parse_run(a) for a in argv or RUNS]
    rows = [
        "| corpus | zip MB | index in the bundle MB | first search answer s | longest busy s |",
        "|---|---:|---:|---:|---:|",
    ]
    verdicts = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        for size, shape in runs:
            site, zipped = offline_bundle(size, shape)
            # The documents Material shows and, for English, the lunr index built ahead.
            index = sum(p.stat().st_size for p in (site / "search").iterdir())
            openings = [first_answer(browser, site, query(size, shape)) for _ in range(OPENINGS)]
            took = statistics.median(t for t, _ in openings)
            longest = max(b for _, b in openings)
            rows.append(
                f"| {label(size, shape)} | {zipped.stat().st_size / 1e6:.1f} | "
                f"{index / 1e6:.1f} | {took:.1f} | {longest:.2f} |"
            )
            print(rows[-1], file=sys.stderr, flush=True)
            if size >= 1000:
                verdicts.append(
                    f"{'PASS' if took < 2 else 'FAIL'}: first search answer offline at "
                    f"{label(size, shape)} articles in {took:.1f} s (bar: 2 s)"
                )
        browser.close()
    text = "\n".join([*rows, "", *verdicts])
    print(text)
    if not argv:
        figures.save("search", text)
    return 0 if all(v.startswith("PASS") for v in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
