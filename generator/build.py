"""The one entry point of a build: corpus in, docs/ written, a report out.

The CLI, the MkDocs hook under `make serve`, the tests and the golden refresher all call
`build_site`. A user's mistake raises InputError with every problem found; a write that
would lose something raises WriteError; nothing is printed here.
"""

from __future__ import annotations

import contextlib
import gc
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator import progress
from generator.errors import Problem, Problems
from generator.load.files import MAX_ARTICLE_BYTES
from generator.pipeline import BuildStats, build_knowledge_base
from generator.site.render import render
from generator.write.docs import WriteReport, write_docs


@dataclass
class BuildReport:
    docs: Path
    stats: BuildStats
    pages: int
    written: WriteReport
    seconds: float
    problems: list[Problem] = field(default_factory=list)

    def lines(self) -> list[str]:
        """What a person wants to know after a build, one line each (the problems are
        reported as they come, by whoever passed them in)."""
        out = []
        if self.written.recovered:
            out.append(f"Note: {self.docs}: {self.written.recovered}.")
        out += [
            f"Note: {self.docs}/{path}: replaced; the previous file is kept in "
            f"{self.docs}/.generator-replaced/"
            for path in self.written.replaced
        ]
        s, w = self.stats, self.written
        out.append(
            f"Articles: {s.articles} ({s.read} read, {s.analysed} analysed, "
            f"{s.from_cache} from cache). Pages: {self.pages} files in {self.docs}/ "
            f"({len(w.written)} written, {len(w.unchanged)} unchanged, "
            f"{len(w.removed)} removed) in {self.seconds:.2f}s"
        )
        return out


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """A build allocates millions of small records and frees none until the end; the
    cyclic collector would walk them all again and again for nothing. Turned back on
    after, as it was: inside `mkdocs serve` or pytest the process goes on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def build_site(
    corpus: Path,
    docs: Path,
    *,
    cache: Path | None = None,
    force: bool = False,
    max_bytes: int = MAX_ARTICLE_BYTES,
    problems: Problems | None = None,
) -> BuildReport:
    """Generate docs/ for the corpus: every page the generator owns, and nothing else.

    Problems go into `problems` as they are found (pass one to see the warnings of a
    build that then fails); an error among them stops the build before docs/ is touched.
    """
    started = time.perf_counter()
    problems = problems if problems is not None else Problems()
    stats = BuildStats()
    with collector_paused():
        kb = build_knowledge_base(corpus, problems, cache, stats, max_bytes)
        pages = render(kb)
        del kb  # the pages hold all that is written; let the knowledge base go first
        with progress.stage(f"Writing {docs}/"):
            written = write_docs(docs, dict(pages), force=force)
    return BuildReport(
        docs, stats, len(pages), written, time.perf_counter() - started, problems.items
    )
