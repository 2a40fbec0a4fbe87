"""Checks across the curated records once all are loaded: an alias claimed by two
entities, references to ids nobody defines (with a did-you-mean), duplicate outcomes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.errors import Problems
from generator.load.curated import Located, Metadata
from generator.load.schema import Entity
from generator.load.yamlio import YamlDocument


def check_aliases(
    entities: dict[str, Entity], where: dict[str, Located], problems: Problems
) -> None:
    owner: dict[str, str] = {}
    for eid, entity in entities.items():
        for alias in dict.fromkeys([entity.name, *entity.aliases]):
            if not alias.strip():
                problems.error(where[eid].file, where[eid].line, f"'{eid}' has an empty alias")
                continue
            other = owner.get(alias)
            if other is not None and other != eid:
                problems.error(
                    where[eid].file,
                    where[eid].line,
                    f"alias '{alias}' of '{eid}' is also claimed by '{other}' "
                    f"({where[other].file.name} line {where[other].line}); give it to "
                    "one entity, or make it a context_alias of both",
                )
            owner.setdefault(alias, eid)


def check_references(
    meta: Metadata, brief_doc: YamlDocument, problems: Problems, unreadable: list[Path]
) -> None:
    if unreadable:
        # The ids of an unreadable file are unknown: every reference to them would be
        # reported again as an error that fixing the file makes go away.
        names = ", ".join(p.name for p in unreadable)
        problems.note(
            unreadable[0], None, f"references to ids are not checked until {names} can be read"
        )
        return
    known = {**meta.entities, **meta.drafts}
    for eid, entity in known.items():
        for key, ref in entity.references():
            if ref not in known:
                loc = meta.where[eid]
                hint = _closest(ref, known)
                problems.error(
                    loc.file, loc.line, f"'{eid}' {key} refers to unknown id '{ref}'{hint}"
                )
    brief = meta.briefing
    for key in ("events", "people"):
        for index, ref in enumerate(getattr(brief.focus, key)):
            if ref not in known:
                problems.error(
                    brief_doc.file,
                    brief_doc.line_of(("focus", key, index)),
                    f"focus {key} refers to unknown id '{ref}'{_closest(ref, known)}",
                )
    seen: set[str] = set()
    for index, outcome in enumerate(brief.outcomes):
        if outcome.id in seen:
            problems.error(
                brief_doc.file,
                brief_doc.line_of(("outcomes", index)),
                f"duplicate outcome id '{outcome.id}'; ids must be unique",
            )
        seen.add(outcome.id)


def _closest(ref: str, known: dict[str, Any]) -> str:
    import difflib

    match = difflib.get_close_matches(ref, list(known), n=1)
    return f" (did you mean '{match[0]}'?)" if match else "; add it or fix the id"
