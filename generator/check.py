"""`generator check`: is the corpus readable and its YAML valid, and what is left to curate?

Names found in two or more articles that no curated record or draft covers are listed,
most widely found first, as the curator's to-do list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.cache import Cache
from generator.errors import Problems
from generator.load.corpus import Corpus, load_corpus
from generator.load.files import MAX_ARTICLE_BYTES
from generator.load.names import fold
from generator.pipeline import find_entities


@dataclass
class CheckReport:
    articles: int
    curated: int
    drafts: int
    source_entries: int
    unlinked: list[str] = field(default_factory=list)  # one line per name, for people


def check_corpus(
    folder: Path, problems: Problems, cache: Path | None = None, max_bytes: int = MAX_ARTICLE_BYTES
) -> CheckReport:
    """Raises InputError (with every problem in `problems`) when the input is wrong."""
    corpus = load_corpus(folder, problems, max_bytes=max_bytes)
    problems.raise_if_errors()
    meta = corpus.metadata
    return CheckReport(
        len(corpus.sources),
        len(meta.entities),
        len(meta.drafts),
        len(meta.sources),
        unlinked_names(corpus, cache),
    )


def unlinked_names(corpus: Corpus, cache: Path | None) -> list[str]:
    meta = corpus.metadata
    detection = find_entities(corpus.sources, Cache(cache))
    covered = {
        fold(n)
        for e in (*meta.entities.values(), *meta.drafts.values())
        for n in (e.name, *e.aliases)
    } | meta.suppressed
    found = [
        c
        for c in (*detection.candidates, *detection.unlinked)
        if len(c.sources) >= 2 and fold(c.name) not in covered
    ]
    found.sort(key=lambda c: (-len(c.sources), -sum(c.forms.values()), c.name))
    lines = []
    for cand in found:
        kind = "name" if cand.kind == "unknown" else cand.kind
        first = f" (first: {cand.first[0]} ¶{cand.first[1]})" if cand.first else ""
        lines.append(
            f"Note: {corpus.folder}: unlinked {kind} '{cand.name}' in "
            f"{len(cand.sources)} articles{first}; curate it in entities/ or run "
            "`python -m generator suggest`"
        )
    return lines
