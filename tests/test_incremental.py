"""Incremental builds: unchanged articles are neither read nor analysed again, and only
pages whose content changed are rewritten."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.errors import Problems
from generator.pipeline import BuildStats, build_knowledge_base
from generator.site.render import render
from generator.write.docs import write_docs
from tests.support import SEEDS


def run(corpus: Path, docs: Path, cache: Path) -> tuple[BuildStats, list[str]]:
    stats = BuildStats()
    kb = build_knowledge_base(corpus, Problems(), cache, stats)
    report = write_docs(docs, dict(render(kb)))
    return stats, report.written


def mtimes(docs: Path) -> dict[str, int]:
    return {
        p.relative_to(docs).as_posix(): p.stat().st_mtime_ns for p in docs.rglob("*") if p.is_file()
    }


def test_edit_one_article_reanalyses_only_it(tmp_path: Path) -> None:
    corpus, docs, cache = tmp_path / "seeds", tmp_path / "docs", tmp_path / "cache"
    shutil.copytree(SEEDS, corpus)
    stats, written = run(corpus, docs, cache)
    assert (stats.read, stats.analysed, stats.from_cache) == (5, 5, 0)

    before = mtimes(docs)
    stats, written = run(corpus, docs, cache)
    assert (stats.read, stats.analysed, stats.from_cache) == (0, 0, 5)
    assert written == []
    assert mtimes(docs) == before

    edited = corpus / "003_159bf453b18760f3.txt"
    edited.write_text(
        edited.read_text(encoding="utf-8").replace(
            "Kazinform International News Agency", "Kazinform agency"
        ),
        encoding="utf-8",
    )
    stats, written = run(corpus, docs, cache)
    assert (stats.read, stats.analysed, stats.from_cache) == (1, 1, 4)
    assert "sources/003_159bf453b18760f3.md" in written
    # Pages that do not show the edited sentence keep their bytes and their mtime.
    after = mtimes(docs)
    untouched = [p for p in before if p not in written and p != ".generator-manifest.json"]
    assert "sources/000_c2506821e21152a1.md" in untouched
    assert len(untouched) > len(before) * 0.8
    assert all(after[p] == before[p] for p in untouched)


def test_metadata_change_invalidates_the_analysis(tmp_path: Path) -> None:
    corpus, docs, cache = tmp_path / "seeds", tmp_path / "docs", tmp_path / "cache"
    shutil.copytree(SEEDS, corpus)
    run(corpus, docs, cache)
    people = corpus / "entities" / "people.yml"
    people.write_text(
        people.read_text(encoding="utf-8").replace('- "Japarov"', '- "Japarov"\n    - "Sadyr J."'),
        encoding="utf-8",
    )
    stats, _ = run(corpus, docs, cache)
    assert stats.read == 0 and stats.analysed == 5


def test_articles_parsed_by_other_code_are_read_again(tmp_path: Path) -> None:
    """A parsed article is kept only for the code (and word lists) that parsed it: new
    reading rules reach every article, even one whose file did not change."""
    import json

    corpus, docs, cache = tmp_path / "seeds", tmp_path / "docs", tmp_path / "cache"
    shutil.copytree(SEEDS, corpus)
    run(corpus, docs, cache)
    saved = json.loads((cache / "articles.json").read_text(encoding="utf-8"))
    saved["code"] = "an older generator"
    (cache / "articles.json").write_text(json.dumps(saved), encoding="utf-8")
    stats, _ = run(corpus, docs, cache)
    assert stats.read == 5
