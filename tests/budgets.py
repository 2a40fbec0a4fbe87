"""`make budgets`: how long and heavy the seed site's pages are, as a reader gets them.

    python -m tests.budgets

Builds the seed site, opens every page in Chromium at 1440x900 (folded lists closed, as
a reader first sees them) and measures: the page's height, its HTML size, the words of
its article (folded parts included), and list items that say the same thing twice.
Prints the bars and the worst pages; saves the table for the README (tests/figures/).
"""

from __future__ import annotations

import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests import figures
from tests.support import SEEDS, built_site, served

HEIGHT, HTML_KB, XI_WORDS_BEFORE = 6000, 60, 9144
XI = "people/xi-jinping/index.html"

MEASURE = """() => {
  const article = document.querySelector('article');
  const items = [...article.querySelectorAll('li')]
    .filter(li => !li.querySelector('li'))
    .map(li => li.textContent.replace(/\\s+/g, ' ').trim().toLowerCase())
    .filter(t => t.length > 40);
  return {
    height: document.documentElement.scrollHeight,
    words: article.textContent.split(/\\s+/).filter(Boolean).length,
    repeated: items.length - new Set(items).size,
  };
}"""


@dataclass
class Page:
    path: str
    height: int
    kb: float
    words: int
    repeated: int


def measure(site: Path) -> list[Page]:
    from playwright.sync_api import sync_playwright

    pages = [p for p in sorted(site.rglob("*.html")) if p.name != "404.html"]
    out = []
    with served(site) as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        tab = browser.new_page(viewport={"width": 1440, "height": 900})
        for path in pages:
            rel = path.relative_to(site).as_posix()
            tab.goto(url + re.sub(r"index\.html$", "", rel))
            found = tab.evaluate(MEASURE)
            out.append(
                Page(
                    rel,
                    found["height"],
                    path.stat().st_size / 1024,
                    found["words"],
                    found["repeated"],
                )
            )
        browser.close()
    return out


def report(pages: list[Page]) -> tuple[str, bool]:
    tallest = max(pages, key=lambda p: p.height)
    heaviest = max(pages, key=lambda p: p.kb)
    xi = next(p for p in pages if p.path == XI)
    repeats = [p for p in pages if p.repeated]
    rows = [
        (
            "tallest page at 1440x900",
            f"{tallest.height:,} px ({tallest.path})",
            f"<= {HEIGHT:,} px",
            tallest.height <= HEIGHT,
        ),
        (
            "largest HTML",
            f"{heaviest.kb:.0f} KB ({heaviest.path})",
            f"<= {HTML_KB} KB",
            heaviest.kb <= HTML_KB,
        ),
        (
            "Xi Jinping's page",
            f"{xi.words:,} words ({xi.words / XI_WORDS_BEFORE:.0%} of {XI_WORDS_BEFORE:,} before)",
            f"< {XI_WORDS_BEFORE // 3:,} words",
            xi.words < XI_WORDS_BEFORE / 3,
        ),
        ("pages with a list item said twice", str(len(repeats)), "0", not repeats),
    ]
    lines = [
        f"Seed site, {len(pages)} pages.",
        "",
        "| measure | now | bar | |",
        "|---|---|---|---|",
    ]
    lines += [f"| {a} | {b} | {c} | {'met' if ok else 'NOT met'} |" for a, b, c, ok in rows]
    return "\n".join(lines), all(ok for *_, ok in rows)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        _, site = built_site(SEEDS, Path(tmp))
        pages = measure(site)
    text, ok = report(pages)
    print(text)
    for p in sorted(pages, key=lambda p: -p.height)[:5]:
        print(f"  {p.path}: {p.height:,} px, {p.kb:.0f} KB, {p.words:,} words")
    for p in (p for p in pages if p.repeated):
        print(f"  {p.path}: {p.repeated} list items said twice")
    figures.save("budgets", text)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
