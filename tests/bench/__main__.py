"""`make bench`: the generator and `mkdocs build` on synthetic corpora of growing size.

    python -m tests.bench [SIZE ...]      (default: 100 1000 5000)

Prints one row per size: articles, entities, pages, generator and build seconds, peak
memory (the largest sum of resident memory over the process and its workers, sampled
every 50 ms: an upper bound, since forked workers share pages), megabytes of article
text per second through the generator, and the search index size. Then the bars.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from tests import figures
from tests.bench.synth import COUNTS, ROOT, write_corpus
from tests.support import mkdocs_config

WORK = ROOT / ".build" / "bench"
SIZES = [100, 1000, 5000]


@dataclass
class Run:
    seconds: float
    peak_mb: float


def _tree_rss_kb(pid: int) -> int:
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{p}/task").iterdir():
                children = (task / "children").read_text().split()
                stack.extend(int(c) for c in children)
        except (OSError, ValueError):
            continue
    return total


def measure(command: list[str]) -> Run:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(process.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{err}")
    return Run(elapsed, peak / 1024)


def bench(size: int) -> dict[str, float]:
    corpus, docs, site = WORK / f"corpus-{size}", WORK / f"docs-{size}", WORK / f"site-{size}"
    marker = corpus / ".complete"
    if not marker.exists():
        shutil.rmtree(corpus, ignore_errors=True)
        write_corpus(corpus, size)
        marker.write_text("ok")
    text_bytes = sum(p.stat().st_size for p in corpus.glob("*.txt"))
    shutil.rmtree(docs, ignore_errors=True)
    shutil.rmtree(site, ignore_errors=True)
    gen = measure(
        [
            sys.executable,
            "-m",
            "generator",
            "build",
            "--seeds",
            str(corpus),
            "--docs",
            str(docs),
            "--no-cache",
        ]
    )
    config_dir = WORK / f"config-{size}"
    config_dir.mkdir(exist_ok=True)
    config = mkdocs_config(config_dir, docs, site)
    build = measure([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config)])
    index = site / "search" / "search_index.json"
    raw = WORK / f"raw-{size}"  # the same articles with no YAML: what `suggest` starts from
    shutil.rmtree(raw, ignore_errors=True)
    raw.mkdir()
    for path in corpus.glob("*.txt"):
        shutil.copy2(path, raw / path.name)
    drafted = measure(
        [sys.executable, "-m", "generator", "suggest", "--seeds", str(raw), "--no-cache"]
    )
    return {
        "articles": size,
        "entities": sum(COUNTS.values()),
        "pages": sum(1 for _ in docs.rglob("*.md")),
        "gen_s": gen.seconds,
        "build_s": build.seconds,
        "peak_mb": max(gen.peak_mb, build.peak_mb),
        "mb_per_s": text_bytes / 1e6 / gen.seconds,
        "index_mb": index.stat().st_size / 1e6,
        "suggest_s": drafted.seconds,
    }


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or SIZES
    WORK.mkdir(parents=True, exist_ok=True)
    rows = []
    for size in sizes:
        rows.append(bench(size))
        print(f"... {size} articles done", file=sys.stderr, flush=True)
    out: list[str] = []
    emit = out.append
    emit(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {platform.system()}"
    )
    emit("")
    emit(
        "| articles | entities | pages | generator s | mkdocs build s | peak memory MB "
        "| article MB/s | search index MB | generator / build | suggest s |"
    )
    emit("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        emit(
            f"| {r['articles']:,} | {r['entities']:,} | {r['pages']:,} | {r['gen_s']:.1f} | "
            f"{r['build_s']:.1f} | {r['peak_mb']:.0f} | {r['mb_per_s']:.2f} | "
            f"{r['index_mb']:.1f} | {r['gen_s'] / r['build_s']:.0%} | "
            f"{r['suggest_s']:.1f} |"
        )
    ok = True
    by_size = {int(r["articles"]): r for r in rows}
    emit("")
    for r in rows:
        share = r["gen_s"] / r["build_s"]
        ok &= share <= 0.15
        emit(
            f"{'PASS' if share <= 0.15 else 'FAIL'}: generator at {share:.0%} of the build "
            f"time with {r['articles']:,} articles (bar: 15%)"
        )
    if 1000 in by_size:
        took = by_size[1000]["suggest_s"]
        ok &= took < 60
        emit(
            f"{'PASS' if took < 60 else 'FAIL'}: suggest on 1,000 articles with no YAML "
            f"in {took:.1f} s (bar: 60 s)"
        )
    if 1000 in by_size and 5000 in by_size:

        def per(size: int) -> float:
            return (by_size[size]["gen_s"] + by_size[size]["build_s"]) / size

        growth = per(5000) / per(1000)
        ok &= growth <= 1.2
        emit(
            f"{'PASS' if growth <= 1.2 else 'FAIL'}: time per article at 5,000 is "
            f"{growth:.2f}x that at 1,000 (bar: 1.2x)"
        )
        peak = by_size[5000]["peak_mb"]
        ok &= peak < 1536
        emit(
            f"{'PASS' if peak < 1536 else 'FAIL'}: peak memory at 5,000 articles "
            f"{peak:.0f} MB (bar: 1,536 MB)"
        )
    print("\n".join(out))
    if not argv:  # the standard sizes: the README's figures now
        figures.save("bench", "\n".join(out))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
