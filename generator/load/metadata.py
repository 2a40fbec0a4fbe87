"""Load and validate the curated YAML of a corpus: briefing, sources and entities.

Every problem is collected with its file and line; nothing stops at the first one.
Each file kind is loaded in `curated_files.py`, checked across records in
`crosscheck.py`, and merged with `suggest`'s drafts and history in `drafts.py`; the
record they fill in is `curated.Metadata`. Their names are importable from here too.
"""

from __future__ import annotations

from pathlib import Path

from generator.errors import Problems
from generator.load.crosscheck import check_aliases, check_references
from generator.load.curated import DRAFT_DIR, ENTITY_DIR, HISTORY, Located, Metadata, entity_id
from generator.load.curated_files import load_briefing, load_entities, load_sources
from generator.load.drafts import fold_name, load_history, merge_drafts


def load_metadata(seeds: Path, problems: Problems) -> Metadata:
    briefing, brief_doc = load_briefing(seeds, problems)
    sources = load_sources(seeds, problems)
    for file, draft in load_sources(seeds, problems, seeds / DRAFT_DIR / "sources.yml").items():
        sources.setdefault(file, draft)
    unreadable: list[Path] = []
    entities, where = load_entities(seeds, problems, unreadable)
    meta = Metadata(briefing, sources, entities, where, history=load_history(seeds, problems))
    check_aliases(entities, where, problems)
    drafts, draft_where = load_entities(seeds, problems, unreadable, DRAFT_DIR)
    check_aliases(drafts, draft_where, problems)
    merge_drafts(meta, drafts, draft_where, problems)
    check_references(meta, brief_doc, problems, unreadable)
    return meta


__all__ = [
    "DRAFT_DIR",
    "ENTITY_DIR",
    "HISTORY",
    "Located",
    "Metadata",
    "entity_id",
    "fold_name",
    "load_briefing",
    "load_entities",
    "load_history",
    "load_metadata",
    "load_sources",
]
