"""`suggest`: the first draft of the curated YAML, written for review.

The drafts go to <corpus>/suggested/ in the corpus's own schema (people.yml, ...,
sources.yml), one commented entry per candidate: its evidence, how many sources name it,
the first sentence that does, and its confidence. The rules that make curation converge:

- nothing curated is ever rewritten: entities/, sources.yml and briefing.yml are only
  read; the draft files are only appended to, so edits in them stay;
- what is curated (by id, name or alias) or already in a draft is not proposed again;
- every proposal is recorded in suggested/history.yml: an entry the user deletes, or
  marks `rejected: true`, is not proposed again (nor shown as detected in the site);
- a draft entry counts as curated once marked `reviewed: true` or moved to entities/.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.cache import Cache
from generator.errors import Problems
from generator.extract.detect import detected_entities
from generator.load.corpus import load_corpus
from generator.load.kinds import KINDS
from generator.load.metadata import DRAFT_DIR, HISTORY
from generator.load.names import fold
from generator.suggest.entries import HEADER, entry_yaml
from generator.suggest.files import append, record_history
from generator.suggest.sources import suggest_sources

# Below this the detector is guessing; such names are listed by `check` instead.
DRAFT_FLOOR = 0.4


@dataclass
class SuggestReport:
    written: dict[str, int] = field(default_factory=dict)  # draft file -> new entries
    sources: int = 0


def suggest(folder: Path, problems: Problems, cache: Path | None = None) -> SuggestReport:
    from generator.pipeline import find_entities

    corpus = load_corpus(folder, problems)
    problems.raise_if_errors()
    meta = corpus.metadata
    known = {**meta.entities, **meta.drafts}
    detection = find_entities(corpus.sources, Cache(cache))
    dates = {f: s.date.isoformat() for f, s in corpus.sources.items() if s.date}
    by_name = {fold(c.name): c for c in detection.candidates}
    records = detected_entities(
        detection, known, dates, confident_only=False, suppressed=meta.suppressed | meta.history
    )
    records = {
        eid: e for eid, e in records.items() if by_name[fold(e.name)].confidence >= DRAFT_FLOOR
    }
    drafts = folder / DRAFT_DIR
    report = SuggestReport()
    proposed: list[str] = []
    for kind in KINDS:
        chosen = sorted(
            ((eid, e) for eid, e in records.items() if e.kind == kind.name),
            key=lambda item: (
                -by_name[fold(item[1].name)].confidence,
                -len(by_name[fold(item[1].name)].sources),
                item[1].name,
            ),
        )
        if not chosen:
            continue
        text = "".join(
            entry_yaml(e, by_name[fold(e.name)], len(corpus.sources), known) for _, e in chosen
        )
        append(
            drafts / kind.file,
            text,
            HEADER.format(what=f"{kind.name} records", target=f"entities/{kind.file}"),
        )
        report.written[f"{DRAFT_DIR}/{kind.file}"] = len(chosen)
        proposed += [e.name for _, e in chosen]
    report.sources = suggest_sources(folder, corpus.sources, meta.sources)
    if proposed:
        record_history(drafts / HISTORY, proposed)
    return report


__all__ = ["DRAFT_FLOOR", "SuggestReport", "suggest"]
