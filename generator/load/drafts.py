"""The drafts `suggest` writes (suggested/) and its history of proposals, merged into the
curated metadata: reviewed drafts count as curated, rejected ones are never proposed
or detected again."""

from __future__ import annotations

from pathlib import Path

from generator.errors import Problems
from generator.load.curated import DRAFT_DIR, ENTITY_DIR, HISTORY, Located, Metadata
from generator.load.names import fold
from generator.load.schema import Entity
from generator.load.yamlio import load_yaml


def load_history(seeds: Path, problems: Problems) -> set[str]:
    """Folded names `suggest` has proposed before."""
    path = seeds / DRAFT_DIR / HISTORY
    if not path.exists():
        return set()
    doc = load_yaml(path, problems)
    data = doc.data if doc is not None else None
    if data is None:
        return set()
    if not isinstance(data, list) or not all(isinstance(x, str) for x in data):
        problems.error(
            path,
            1,
            "expected a list of names; it is written by `generator "
            "suggest`: delete the file to start the history again",
        )
        return set()
    return {fold_name(x) for x in data}


def fold_name(name: str) -> str:
    return fold(name)


def merge_drafts(
    meta: Metadata, drafts: dict[str, Entity], where: dict[str, Located], problems: Problems
) -> None:
    """Curated records win; a reviewed draft counts as curated; a rejected one is out."""
    taken = {fold_name(n) for e in meta.entities.values() for n in (e.name, *e.aliases)}
    for eid, entity in drafts.items():
        names = {fold_name(n) for n in (entity.name, *entity.aliases)}
        if entity.rejected:
            meta.suppressed |= names
            continue
        if eid in meta.entities or fold_name(entity.name) in taken:
            problems.note(
                where[eid].file,
                where[eid].line,
                f"'{eid}' is already curated in {ENTITY_DIR}/; this draft is not used (delete it)",
            )
            continue
        clashing = [a for a in entity.aliases if fold_name(a) in taken]
        if clashing:
            entity = entity.model_copy(
                update={"aliases": [a for a in entity.aliases if a not in clashing]}
            )
        meta.where[eid] = where[eid]
        if entity.reviewed:
            meta.entities[eid] = entity
        else:
            meta.drafts[eid] = entity
        taken |= {fold_name(n) for n in (entity.name, *entity.aliases)}
    known = taken | meta.suppressed
    meta.suppressed |= {name for name in meta.history if name not in known}
