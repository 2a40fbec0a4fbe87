from __future__ import annotations

from pathlib import Path

from generator.cli import main
from tests.support import SEEDS, tree


def test_two_runs_give_byte_identical_docs(tmp_path: Path) -> None:
    assert main(["build", "--seeds", str(SEEDS), "--docs", str(tmp_path / "a"), "--no-cache"]) == 0
    assert main(["build", "--seeds", str(SEEDS), "--docs", str(tmp_path / "b"), "--no-cache"]) == 0
    a, b = tree(tmp_path / "a"), tree(tmp_path / "b")
    assert a == b and len(a) > 100


def test_two_site_builds_are_byte_identical(seeds_site: tuple[Path, Path], tmp_path: Path) -> None:
    """Search index, sitemap (its date pinned to the newest article) and every page."""
    from tests.support import mkdocs_build

    docs, site = seeds_site
    again = tmp_path / "site"
    mkdocs_build(tmp_path, docs, again)
    first, second = tree(site), tree(again)
    assert first.keys() == second.keys()
    assert [p for p in first if first[p] != second[p]] == []
    assert "search/search_index.json" in first and "sitemap.xml.gz" in first
