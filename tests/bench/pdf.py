"""`make bench-pdf`: the PDF of the seed briefing and of synthetic corpora of 100 and
1,000 articles: pages, size, seconds (generator build excluded), as `make pdf` chooses
(whole or digest), and the whole briefing at 100 articles for comparison.

    python -m tests.bench.pdf
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from generator.build import build_site
from generator.pdf import build_pdf
from tests import figures
from tests.bench.synth import write_corpus
from tests.support import SEEDS


def main() -> int:
    rows = ["| corpus | articles | PDF | pages | MB | seconds |", "|---|---:|---|---:|---:|---:|"]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        corpora: list[tuple[str, Path, int, bool | None]] = [("seeds", SEEDS, 5, None)]
        for size in (100, 1000):
            write_corpus(root / f"synth-{size}", size)
            corpora.append((f"synthetic {size:,}", root / f"synth-{size}", size, None))
        corpora.insert(1, ("synthetic 100", root / "synth-100", 100, False))
        for name, corpus, articles, digest in corpora:
            docs = root / f"docs-{name}"
            if not docs.exists():
                build_site(corpus, docs)
            report = build_pdf(docs, root / f"{name}.pdf", digest)
            kind = "digest (key entities)" if report.digest else "whole briefing"
            rows.append(
                f"| {name} | {articles:,} | {kind} | {report.pages:,} | "
                f"{report.size / 1e6:.1f} | {report.seconds:.1f} |"
            )
            print(rows[-1], file=sys.stderr, flush=True)
    text = "\n".join(rows)
    print(text)
    figures.save("pdf", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
