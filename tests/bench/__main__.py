"""`make bench`: the briefing and its engine floor on synthetic corpora of growing size.

    python -m tests.bench [SIZE[:SHAPE] ...]   (default: 100 1000 5000 1000:one-event)

For each corpus: the generator, `mkdocs build` of the briefing, and `mkdocs build` of the
engine floor (tests/bench/floor.py: one page per article, one per entity, Material and
its search). Peak memory is the largest sum of resident memory over a process and its
workers, sampled every 50 ms (an upper bound: forked workers share pages). Then the
ratios to the floor and the bars of the scale issue.
"""

from __future__ import annotations

import os
import platform
import shutil
import sys
from pathlib import Path

from tests import figures
from tests.bench import corpora
from tests.bench.corpora import WORK
from tests.bench.floor import floor_config, write_floor
from tests.bench.measure import measure
from tests.bench.synth import COUNTS
from tests.support import mkdocs_config

RUNS = ["100", "1000", "5000", "1000:one-event"]
MKDOCS = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f"]


def _bytes(folder: Path, pattern: str) -> int:
    return sum(p.stat().st_size for p in folder.rglob(pattern) if p.is_file())


def bench(size: int, shape: str) -> dict[str, float | str]:
    corpus = corpora.corpus(size, shape)
    name = f"{size}-{shape}"
    docs, site, floor_docs, floor_site = (
        WORK / f"{what}-{name}" for what in ("docs", "site", "floor-docs", "floor-site")
    )
    for folder in (docs, site, floor_docs, floor_site):
        shutil.rmtree(folder, ignore_errors=True)
    generate = [sys.executable, "-m", "generator", "build", "--seeds", str(corpus)]
    gen = measure([*generate, "--docs", str(docs), "--no-cache"])
    config_dir = WORK / f"config-{name}"
    config_dir.mkdir(exist_ok=True)
    build = measure([*MKDOCS, str(mkdocs_config(config_dir, docs, site))])
    write_floor(corpus, floor_docs)
    floor_dir = WORK / f"floor-config-{name}"
    floor_dir.mkdir(exist_ok=True)
    floor = measure([*MKDOCS, str(floor_config(floor_dir, floor_docs, floor_site))])
    raw = WORK / f"raw-{name}"  # the same articles with no YAML: what `suggest` starts from
    shutil.rmtree(raw, ignore_errors=True)
    raw.mkdir()
    for path in corpus.glob("*.txt"):
        shutil.copy2(path, raw / path.name)
    drafted = measure(
        [sys.executable, "-m", "generator", "suggest", "--seeds", str(raw), "--no-cache"]
    )
    entity_pages = [
        p
        for p in docs.glob("*/**/*.md")
        if p.relative_to(docs).parts[0] != "sources" and p.name != "index.md"
    ]
    return {
        "run": corpora.label(size, shape),
        "articles": size,
        "shape": shape,
        "pages": sum(1 for _ in docs.rglob("*.md")),
        "text_mb": _bytes(corpus, "*.txt") / 1e6,
        "gen_s": gen.seconds,
        "build_s": build.seconds,
        "floor_s": floor.seconds,
        "peak_mb": max(gen.peak_mb, build.peak_mb),
        "md_mb": _bytes(docs, "*.md") / 1e6,
        "site_mb": _bytes(site, "*") / 1e6,
        "index_mb": (site / "search" / "search_index.json").stat().st_size / 1e6,
        "floor_index_mb": (floor_site / "search" / "search_index.json").stat().st_size / 1e6,
        "largest_kb": max(p.stat().st_size for p in entity_pages) / 1e3,
        "suggest_s": drafted.seconds,
    }


def _bar(ok: bool, text: str) -> tuple[bool, str]:
    return ok, f"{'PASS' if ok else 'FAIL'}: {text}"


def bars(rows: list[dict[str, float | str]]) -> list[tuple[bool, str]]:
    out = []
    for r in rows:
        f = {k: float(v) for k, v in r.items() if not isinstance(v, str)}
        run, total = r["run"], f["gen_s"] + f["build_s"]
        if f["articles"] < 1000:
            continue
        out += [
            _bar(
                total <= 1.5 * f["floor_s"],
                f"{run}: build {total / f['floor_s']:.1f}x the floor (bar: 1.5x)",
            ),
            _bar(
                f["index_mb"] <= 1.5 * f["floor_index_mb"],
                f"{run}: search index "
                f"{f['index_mb'] / f['floor_index_mb']:.1f}x the floor's (bar: 1.5x)",
            ),
            _bar(
                f["md_mb"] <= 3 * f["text_mb"],
                f"{run}: Markdown {f['md_mb'] / f['text_mb']:.1f}x the article text (bar: 3x)",
            ),
            _bar(f["peak_mb"] < 1536, f"{run}: peak memory {f['peak_mb']:,.0f} MB (bar: 1,536 MB)"),
            _bar(
                f["largest_kb"] <= 150,
                f"{run}: largest entity page {f['largest_kb']:.0f} KB (bound: 150 KB)",
            ),
        ]
    spread = {r["articles"]: r for r in rows if r["shape"] == "spread"}
    if 1000 in spread and 5000 in spread:

        def per(size: int) -> float:
            r = spread[size]
            return (float(r["gen_s"]) + float(r["build_s"])) / size

        growth = per(5000) / per(1000)
        took = float(spread[1000]["suggest_s"])
        out.append(
            _bar(took < 60, f"suggest on 1,000 articles with no YAML in {took:.1f} s (bar: 60 s)")
        )
        out.append(
            _bar(
                growth <= 1.2,
                f"time per article at 5,000 is {growth:.2f}x that at 1,000 (bar: 1.2x)",
            )
        )
    return out


def table(rows: list[dict[str, float | str]]) -> list[str]:
    out = [
        "| corpus | pages | article MB | generator s | mkdocs s | floor s | build / floor "
        "| Markdown / text | index MB | floor index MB | index / floor | site MB "
        "| peak MB | largest entity page KB | suggest s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        f = {k: float(v) for k, v in r.items() if not isinstance(v, str)}
        out.append(
            f"| {r['run']} | {f['pages']:,.0f} | {f['text_mb']:.1f} | {f['gen_s']:.1f} | "
            f"{f['build_s']:.1f} | {f['floor_s']:.1f} | "
            f"{(f['gen_s'] + f['build_s']) / f['floor_s']:.1f}x | "
            f"{f['md_mb'] / f['text_mb']:.1f}x | {f['index_mb']:.1f} | "
            f"{f['floor_index_mb']:.1f} | {f['index_mb'] / f['floor_index_mb']:.1f}x | "
            f"{f['site_mb']:,.0f} | {f['peak_mb']:,.0f} | {f['largest_kb']:,.0f} | "
            f"{f['suggest_s']:.1f} |"
        )
    return out


def main(argv: list[str]) -> int:
    runs = [corpora.parse_run(a) for a in argv or RUNS]
    WORK.mkdir(parents=True, exist_ok=True)
    rows = []
    for size, shape in runs:
        rows.append(bench(size, shape))
        print(f"... {size} articles ({shape}) done", file=sys.stderr, flush=True)
    out = [
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {platform.system()}; {sum(COUNTS.values()):,} "
        "curated entities in every corpus.",
        "",
        *table(rows),
        "",
    ]
    checked = bars(rows)
    out += [text for _, text in checked]
    print("\n".join(out))
    if not argv:  # the standard runs: the README's figures now
        figures.save("bench", "\n".join(out))
    return 0 if all(ok for ok, _ in checked) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
