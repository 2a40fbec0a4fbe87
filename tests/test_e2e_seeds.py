"""The seed corpus, end to end: generate, mkdocs build --strict, check real content."""

from __future__ import annotations

import json
import re
from pathlib import Path

from generator.load.kinds import KINDS, kind_of
from generator.model.knowledge import KnowledgeBase


def test_site_builds_and_has_every_section(seeds_site: tuple[Path, Path]) -> None:
    _docs, site = seeds_site
    for folder in (*(k.folder for k in KINDS), "sources"):
        assert (site / folder / "index.html").is_file()
    assert (site / "timeline" / "index.html").is_file()
    assert (site / "briefing.json").is_file()
    assert (site / "search" / "search_index.json").is_file()


def test_every_curated_entity_has_a_page(
    seeds_site: tuple[Path, Path], seeds_kb: KnowledgeBase
) -> None:
    _docs, site = seeds_site
    for eid, entity in seeds_kb.entities.items():
        assert (site / kind_of(entity.kind).folder / eid / "index.html").is_file(), eid


def test_japarov_page_cites_source_and_paragraph(seeds_site: tuple[Path, Path]) -> None:
    docs, _ = seeds_site
    page = (docs / "people" / "sadyr-japarov.md").read_text(encoding="utf-8")
    # The sentence where he appears, linked to the exact paragraph of the Xinhua article.
    source = (docs / "sources" / "004_6ad26381937cde3b.md").read_text(encoding="utf-8")
    anchor = re.search(
        r'<a href="#(p\d+)" class="para-anchor"[^>]*>[^<]*</a> When meeting with \[Kyrgyz '
        r"President Sadyr Japarov\]",
        source,
    )
    assert anchor, "Japarov is not linked in the source paragraph"
    assert f"(../sources/004_6ad26381937cde3b.md#{anchor.group(1)} " in page
    assert "When meeting with **Kyrgyz President Sadyr Japarov**" in page


def test_tokayev_page_lists_his_vow_to_double_trade(seeds_site: tuple[Path, Path]) -> None:
    docs, _ = seeds_site
    page = (docs / "people" / "kassym-jomart-tokayev.md").read_text(encoding="utf-8")
    statements = page.split("## Key statements", 1)[1].split("## Reported facts", 1)[0]
    assert (
        "Tokayev vowed to make every effort to realize the new goal of doubling two-way "
        "trade" in statements
    )


def test_home_reports_outcomes_with_source_counts(seeds_site: tuple[Path, Path]) -> None:
    docs, _ = seeds_site
    home = (docs / "index.md").read_text(encoding="utf-8")
    assert re.search(r"doubling .*two-way trade.*reported by [2-5] of 5 sources", home)
    assert re.search(r"\$41 billion.*reported by 1 of 5 sources", home)
    for folder in (k.folder for k in KINDS):
        assert f"({folder}/index.md)" in home


def test_timeline_has_the_dates_the_articles_give(seeds_site: tuple[Path, Path]) -> None:
    docs, _ = seeds_site
    timeline = (docs / "timeline.md").read_text(encoding="utf-8")
    for year in ("1992", "2005", "2011", "2019", "2022", "2023", "2024", "2025"):
        assert f"## {year}" in timeline
    assert "### July 3, 2024" in timeline and "### July 4, 2024" in timeline
    assert "established diplomatic ties in 1992" in timeline


def test_source_page_has_captions_anchors_and_no_boilerplate(seeds_site: tuple[Path, Path]) -> None:
    docs, site = seeds_site
    page = (docs / "sources" / "000_c2506821e21152a1.md").read_text(encoding="utf-8")
    assert page.count("*Photo:*") == 4
    assert "Copyright" not in page
    html = (site / "sources" / "000_c2506821e21152a1" / "index.html").read_text(encoding="utf-8")
    numbers = [int(n) for n in re.findall(r'id="p(\d+)"', html)]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) > 30


def test_no_cdn_or_google_fonts(seeds_site: tuple[Path, Path]) -> None:
    _, site = seeds_site
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, page
        assert not re.search(r'<(?:script|link)[^>]+(?:src|href)="https?://', text), page


def test_json_export(seeds_site: tuple[Path, Path], seeds_kb: KnowledgeBase) -> None:
    _, site = seeds_site
    data = json.loads((site / "briefing.json").read_text(encoding="utf-8"))
    assert set(data) >= {
        "sources",
        "entities",
        "mentions",
        "statements",
        "dated_items",
        "fact_groups",
    }
    assert len(data["mentions"]) == len(seeds_kb.mentions) > 100
    m = data["mentions"][0]
    assert set(m) >= {"entity", "source", "paragraph", "start", "end"}
