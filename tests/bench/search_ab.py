"""The offline bundle's first search answer with this checkout's file:// search stand-in
against the one at an earlier git revision, on the same bundle, in headless Chromium.

    python -m tests.bench.search_ab REV [SIZE[:SHAPE]]   (default: 1000)

One opening varies by half a second on a shared machine, so the two stand-ins take turns
(ROUNDS openings each, each in a fresh browser context) and the medians are compared.
"""

from __future__ import annotations

import statistics
import subprocess
import sys

from tests.bench.corpora import parse_run
from tests.bench.search import first_answer, offline_bundle, query
from tests.support import REPO

STAND_IN = "generator/site/static/file-worker.js"
ROUNDS = 6


def main(argv: list[str]) -> int:
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, LAUNCH_ARGS

    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    rev = argv[0]
    size, shape = parse_run(argv[1] if len(argv) > 1 else "1000")
    earlier = subprocess.run(
        ["git", "show", f"{rev}:{STAND_IN}"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    now = (REPO / STAND_IN).read_text(encoding="utf-8")
    site, _ = offline_bundle(size, shape)
    target = site / "assets" / "file-worker.js"
    took: dict[str, list[float]] = {rev: [], "this checkout": []}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
            for _ in range(ROUNDS):
                for name, text in ((rev, earlier), ("this checkout", now)):
                    target.write_text(text, encoding="utf-8")
                    took[name].append(first_answer(browser, site, query(size, shape))[0])
            browser.close()
    finally:
        target.write_text(now, encoding="utf-8")
    print("| search stand-in | median first answer s | openings s |\n|---|---:|---|")
    for name, times in took.items():
        print(
            f"| {name} | {statistics.median(times):.2f} | {' '.join(f'{t:.2f}' for t in times)} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
