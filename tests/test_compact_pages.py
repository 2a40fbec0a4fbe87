"""Pages read like a briefing: each sentence once, a few key statements first, sources
cited by short markers with one list at the foot, nothing internal shown."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from tests.support import SEEDS

CITATION = re.compile(r"\s*\((?:\[S\d+ ¶\d+\]\([^)]*\)[;, ]*(?:also reported by )?)+\)\s*$")


def _items(text: str) -> list[str]:
    """A page's list items, without their citations, as a reader compares them."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("- "):
            out.append(CITATION.sub("", line[2:]).replace("**", "").lower())
    return [i for i in out if len(i) > 40]


def test_no_page_says_a_list_item_twice(seeds_site: tuple[Path, Path]) -> None:
    docs, _ = seeds_site
    twice = {}
    for page in docs.rglob("*.md"):
        counts = Counter(_items(page.read_text(encoding="utf-8")))
        repeated = [item for item, n in counts.items() if n > 1]
        if repeated:
            twice[page.relative_to(docs).as_posix()] = repeated[:2]
    assert twice == {}


def test_a_statement_from_several_sources_is_shown_once(seeds_site: tuple[Path, Path]) -> None:
    docs, _ = seeds_site
    page = (docs / "people" / "xi-jinping.md").read_text(encoding="utf-8")
    key = page.split("## Key statements", 1)[1].split('<details class="note">', 1)[0]
    shown = [line for line in key.splitlines() if line.startswith("- ")]
    assert 1 <= len(shown) <= 5
    assert "also reported by" in shown[0]
    assert page.count("he is ready to work with Kazakh President Kassym-Jomart Tokayev") == 1


def test_citations_are_short_markers_with_one_list_of_sources(
    seeds_site: tuple[Path, Path],
) -> None:
    docs, _ = seeds_site
    page = (docs / "people" / "sadyr-japarov.md").read_text(encoding="utf-8")
    markers = re.findall(r'\[(S\d+) ¶\d+\]\(\.\./sources/[^ )]+#p\d+ "([^"]+)"\)', page)
    assert markers, "no citation markers"
    foot = page.split("## Sources", 1)[1]
    for number, title in markers:
        assert f"**{number}** · [" in foot
        assert title.split(" (")[0] in foot  # the hover title names the listed source


def test_readers_see_no_internals(seeds_site: tuple[Path, Path]) -> None:
    docs, _ = seeds_site
    files = [p.name for p in SEEDS.glob("*.txt")]
    for page in docs.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        for internal in ("briefing.json", "not recorded", "| Facts | |", "| | |", *files):
            assert internal not in text, (page.name, internal)


def test_home_opens_with_the_bottom_line(seeds_site: tuple[Path, Path]) -> None:
    docs, _ = seeds_site
    home = (docs / "index.md").read_text(encoding="utf-8")
    head = home.split("\n## ", 1)[0]
    assert '<div class="admonition abstract">' in head
    assert '<p class="admonition-title">Bottom line, as of July 12, 2024</p>' in head
    for part in ("What happened:", "What was agreed:", "What comes next:", "Sources:"):
        assert part in head
    assert "China Tourism Year" in head.split("What comes next:", 1)[1]
    assert "<svg" in home and 'role="img"' in home


def test_events_are_listed_in_date_order(seeds_site: tuple[Path, Path]) -> None:
    docs, _ = seeds_site
    index = (docs / "events" / "index.md").read_text(encoding="utf-8")
    assert "in date order" in index
    first = index.index("Xi Jinping's state visit to Kazakhstan, September 2022")
    assert first < index.index("24th Meeting of the Council of Heads of State of the SCO")
