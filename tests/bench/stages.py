"""`make bench-stages`: where the generator's time goes, stage by stage, on the bench's
synthetic corpus; and what converting its pages costs with the CommonMark converter
the site uses for them, against Python-Markdown with mkdocs.yml's extensions.

    python -m tests.bench.stages [SIZE]   (default: 1000; saves the README's figure)

Each stage runs in this process as `generator build --no-cache` runs it (analysis on
every core, forked; the cyclic garbage collector paused), so the stages add up to the
generator's time in `make bench` less the interpreter's start. The conversion times are
for every page the generator wrote, one after another in this process.
"""

from __future__ import annotations

import os
import platform
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import markdown
from mkdocs.config import load_config

from generator.build import collector_paused
from generator.cache import Cache, code_fingerprint
from generator.errors import Problems
from generator.extract.analysis import Analyser, ArticleAnalysis
from generator.load.corpus import load_corpus
from generator.load.files import MAX_ARTICLE_BYTES
from generator.model.gather import gather
from generator.pipeline import analyse_articles, choose_entities
from generator.site.commonmark import convert
from generator.site.generated import is_generated, unmarked
from generator.site.render import render
from generator.write.docs import write_docs
from tests import figures
from tests.bench import corpora
from tests.bench.corpora import WORK
from tests.bench.synth import ROOT

T = TypeVar("T")


def _timed(rows: list[tuple[str, float]], stage: str, work: Callable[[], T]) -> T:
    started = time.perf_counter()
    result = work()
    rows.append((stage, time.perf_counter() - started))
    return result


def stages(corpus: Path, docs: Path) -> list[tuple[str, float]]:
    """Seconds per stage of the generator, writing its pages into `docs`."""
    rows: list[tuple[str, float]] = []
    problems, cache = Problems(), Cache(None)
    loaded = _timed(
        rows,
        "reading the articles",
        lambda: load_corpus(corpus, problems, cache, MAX_ARTICLE_BYTES),
    )
    entities, detected = _timed(rows, "detecting names", lambda: choose_entities(loaded, cache))
    briefing = loaded.metadata.briefing

    def analyse() -> dict[str, ArticleAnalysis]:
        analyser = Analyser.for_entities(
            entities, briefing, frozenset(detected), code=code_fingerprint()
        )
        return analyse_articles(analyser, loaded.sources, cache)[0]

    analyses = _timed(rows, "analysing each article", analyse)
    kb = _timed(
        rows,
        "gathering across articles",
        lambda: gather(briefing, loaded.sources, entities, detected, analyses),
    )
    pages = _timed(rows, "rendering the pages", lambda: render(kb))
    shutil.rmtree(docs, ignore_errors=True)
    _timed(rows, "writing docs/", lambda: write_docs(docs, dict(pages)))
    return rows


def conversions(docs: Path) -> tuple[int, float, float, float]:
    """(pages, Markdown MB, seconds with the CommonMark converter, seconds with
    Python-Markdown and mkdocs.yml's extensions) over the generator's pages."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    texts = []
    for path in sorted(docs.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---\n"):
            text = text[text.index("\n---\n", 4) + 5 :]
        if is_generated(text):
            texts.append(unmarked(text))
    started = time.perf_counter()
    for text in texts:
        convert(text)
    fast = time.perf_counter() - started
    md = markdown.Markdown(
        extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"]
    )
    started = time.perf_counter()
    for text in texts:
        md.reset().convert(text)
    slow = time.perf_counter() - started
    return len(texts), sum(len(t.encode()) for t in texts) / 1e6, fast, slow


def main(argv: list[str]) -> int:
    size = int(argv[0]) if argv else 1000
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    WORK.mkdir(parents=True, exist_ok=True)
    corpus = corpora.corpus(size, "spread")
    docs = WORK / f"stages-docs-{size}"
    with collector_paused():  # as `generator build` runs
        rows = stages(corpus, docs)
    total = sum(s for _, s in rows)
    pages, mb, fast, slow = conversions(docs)
    out = [
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}; the bench's corpus of {size:,} articles, no cache.",
        "",
        "| generator stage | seconds | share |",
        "|---|---:|---:|",
        *(f"| {stage} | {s:.1f} | {s / total:.0%} |" for stage, s in rows),
        f"| **all** | **{total:.1f}** | |",
        "",
        f"| converting its {pages:,} pages ({mb:.1f} MB of Markdown) | seconds | ms a page |",
        "|---|---:|---:|",
        f"| CommonMark (pyromark), as the site does | {fast:.2f} | {1000 * fast / pages:.2f} |",
        f"| Python-Markdown, mkdocs.yml's extensions | {slow:.1f} | {1000 * slow / pages:.2f} |",
        "",
        f"CommonMark is {slow / fast:.0f} times faster on these pages.",
    ]
    print("\n".join(out))
    if not argv:  # the standard run: the README's figure now
        figures.save("stages", "\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
