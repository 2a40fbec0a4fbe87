"""Load and validate the curated YAML of a corpus: briefing, sources and entities.

Every problem is collected with its file and line; nothing stops at the first one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from generator.errors import Problems
from generator.load.kinds import KINDS
from generator.load.schema import Briefing, Entity, Source
from generator.load.slugs import slug_for, unsafe_id_reason
from generator.load.yamlio import PathKey, YamlDocument, load_yaml

T = TypeVar("T", bound=BaseModel)

ENTITY_DIR = "entities"
# Drafts `suggest` writes for review, in the same schema; never written by hand-edits
# of the generator (it only appends new candidates to them).
DRAFT_DIR = "suggested"
HISTORY = "history.yml"


@dataclass(frozen=True)
class Located:
    """Where a record came from, for messages about it later."""

    file: Path
    line: int | None


@dataclass
class Metadata:
    briefing: Briefing
    sources: dict[str, Source]
    entities: dict[str, Entity]  # curated (entities/ and reviewed drafts)
    where: dict[str, Located] = field(default_factory=dict)
    drafts: dict[str, Entity] = field(default_factory=dict)  # suggested, not reviewed
    # Folded names never to propose or detect again: rejected drafts, and drafts the
    # user deleted (they are in the history of proposals but nowhere else).
    suppressed: set[str] = field(default_factory=set)
    history: set[str] = field(default_factory=set)


def entity_id(entity: Entity) -> str:
    return entity.id if entity.id is not None else slug_for(entity.name)


def _describe(error: ErrorDetails) -> str:
    kind = error["type"]
    value = error.get("input")
    if kind == "extra_forbidden":
        return f"unknown key '{error['loc'][-1]}'; check its spelling or remove it"
    if kind == "missing":
        return f"missing required key '{error['loc'][-1]}'"
    if isinstance(value, bool):
        return (f"'{_loc(error['loc'])}' is the boolean {str(value).lower()}: YAML reads a bare "
                f"yes/no/on/off as true/false; put the word in quotes")
    if kind.startswith("string_type"):
        got = f"{type(value).__name__} {value!r}"
        return f"'{_loc(error['loc'])}' must be text, got {got}; quote it"
    message = error["msg"].removeprefix("Value error, ")
    return f"'{_loc(error['loc'])}': {message} (got {value!r})"


def _loc(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc if not isinstance(part, int)) or "record"


def _validate(cls: type[T], data: Any, doc: YamlDocument, base: PathKey,
              problems: Problems) -> T | None:
    try:
        return cls.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            loc = tuple(part for part in error["loc"] if isinstance(part, (str, int)))
            # Errors from union members add the type name to the location; drop it.
            loc = tuple(p for p in loc if not (isinstance(p, str) and p[:1].isupper()))
            line = doc.line_of((*base, *loc))
            problems.error(doc.file, line, _describe(error))
        return None


def _records(doc: YamlDocument | None, problems: Problems) -> list[tuple[int, Any]]:
    if doc is None or doc.data is None:
        return []
    if not isinstance(doc.data, list):
        problems.error(doc.file, doc.line_of(()), "expected a list of records, each starting "
                       "with '- '")
        return []
    out = []
    for index, item in enumerate(doc.data):
        if not isinstance(item, dict):
            problems.error(doc.file, doc.line_of((index,)), f"record at index {index} must be a "
                           "mapping of key: value")
            continue
        out.append((index, item))
    return out


def load_briefing(seeds: Path, problems: Problems) -> tuple[Briefing, YamlDocument]:
    path = seeds / "briefing.yml"
    empty = YamlDocument(path, None, {})
    if not path.exists():
        problems.note(path, None, "no briefing.yml; using a generic title")
        return Briefing(), empty
    doc = load_yaml(path, problems)
    if doc is None or doc.data is None:
        return Briefing(), empty
    if not isinstance(doc.data, dict):
        problems.error(path, 1, "expected a mapping with title, summary, focus and outcomes")
        return Briefing(), empty
    return _validate(Briefing, doc.data, doc, (), problems) or Briefing(), doc


def load_sources(seeds: Path, problems: Problems, path: Path | None = None
                 ) -> dict[str, Source]:
    path = path or seeds / "sources.yml"
    sources: dict[str, Source] = {}
    where: dict[str, Located] = {}
    if not path.exists():
        return sources
    doc = load_yaml(path, problems)
    for index, item in _records(doc, problems):
        assert doc is not None
        line = doc.line_of((index,))
        source = _validate(Source, item, doc, (index,), problems)
        if source is None:
            continue
        if source.file in sources:
            first = where[source.file].line
            problems.error(path, line, f"source '{source.file}' is listed twice (first at line "
                           f"{first}); keep one entry")
            continue
        if "/" in source.file or "\\" in source.file or source.file.startswith("."):
            problems.error(path, line, f"source file '{source.file}' must be a plain file name "
                           "in the corpus folder")
            continue
        if not (seeds / source.file).is_file():
            problems.error(path, line, f"source file '{source.file}' does not exist in {seeds}; "
                           "fix the name or remove the entry")
        sources[source.file] = source
        where[source.file] = Located(path, line)
    return sources


def load_entities(seeds: Path, problems: Problems,
                  unreadable: list[Path] | None = None, folder_name: str = ENTITY_DIR
                  ) -> tuple[dict[str, Entity], dict[str, Located]]:
    """Every entity record; files that cannot be parsed are added to `unreadable`."""
    entities: dict[str, Entity] = {}
    where: dict[str, Located] = {}
    folder = seeds / folder_name
    for kind in KINDS:
        path = folder / kind.file
        if not path.exists():
            continue
        doc = load_yaml(path, problems)
        if doc is None and unreadable is not None:
            unreadable.append(path)
        for index, item in _records(doc, problems):
            assert doc is not None
            line = doc.line_of((index,))
            entity = _validate(kind.record, item, doc, (index,), problems)
            if entity is None:
                continue
            eid = entity_id(entity)
            reason = unsafe_id_reason(eid)
            if reason:
                problems.error(path, doc.line_of((index, "id")), f"id '{eid}' {reason}")
                continue
            if eid in entities:
                first = where[eid]
                problems.error(path, line, f"duplicate id '{eid}' (first in {first.file.name} "
                               f"line {first.line}); ids must be unique across all kinds")
                continue
            entities[eid] = entity
            where[eid] = Located(path, line)
    if folder.exists():
        known = {k.file for k in KINDS} | ({"sources.yml", HISTORY}
                                            if folder_name == DRAFT_DIR else set())
        for extra in sorted(folder.iterdir()):
            if extra.suffix in (".yml", ".yaml") and extra.name not in known:
                problems.warning(extra, None, f"not read: entity files are named "
                                 f"{', '.join(sorted(known))}")
    return entities, where


def _check_aliases(entities: dict[str, Entity], where: dict[str, Located],
                   problems: Problems) -> None:
    owner: dict[str, str] = {}
    for eid, entity in entities.items():
        for alias in dict.fromkeys([entity.name, *entity.aliases]):
            if not alias.strip():
                problems.error(where[eid].file, where[eid].line, f"'{eid}' has an empty alias")
                continue
            other = owner.get(alias)
            if other is not None and other != eid:
                problems.error(where[eid].file, where[eid].line,
                               f"alias '{alias}' of '{eid}' is also claimed by '{other}' "
                               f"({where[other].file.name} line {where[other].line}); give it to "
                               "one entity, or make it a context_alias of both")
            owner.setdefault(alias, eid)


def _check_references(meta: Metadata, brief_doc: YamlDocument, problems: Problems,
                      unreadable: list[Path]) -> None:
    if unreadable:
        # The ids of an unreadable file are unknown: every reference to them would be
        # reported again as an error that fixing the file makes go away.
        names = ", ".join(p.name for p in unreadable)
        problems.note(unreadable[0], None, f"references to ids are not checked until {names} "
                      "can be read")
        return
    known = {**meta.entities, **meta.drafts}
    for eid, entity in known.items():
        for key, ref in entity.references():
            if ref not in known:
                loc = meta.where[eid]
                hint = _closest(ref, known)
                problems.error(loc.file, loc.line, f"'{eid}' {key} refers to unknown id '{ref}'"
                               f"{hint}")
    brief = meta.briefing
    for key in ("events", "people"):
        for index, ref in enumerate(getattr(brief.focus, key)):
            if ref not in known:
                problems.error(brief_doc.file, brief_doc.line_of(("focus", key, index)),
                               f"focus {key} refers to unknown id '{ref}'"
                               f"{_closest(ref, known)}")
    seen: set[str] = set()
    for index, outcome in enumerate(brief.outcomes):
        if outcome.id in seen:
            problems.error(brief_doc.file, brief_doc.line_of(("outcomes", index)),
                           f"duplicate outcome id '{outcome.id}'; ids must be unique")
        seen.add(outcome.id)


def _closest(ref: str, known: dict[str, Any]) -> str:
    import difflib

    match = difflib.get_close_matches(ref, list(known), n=1)
    return f" (did you mean '{match[0]}'?)" if match else "; add it or fix the id"


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
        problems.error(path, 1, "expected a list of names; it is written by `generator "
                       "suggest`: delete the file to start the history again")
        return set()
    return {fold_name(x) for x in data}


def fold_name(name: str) -> str:
    from generator.extract.detect.gazetteer import fold

    return fold(name)


def _merge_drafts(meta: Metadata, drafts: dict[str, Entity], where: dict[str, Located],
                  problems: Problems) -> None:
    """Curated records win; a reviewed draft counts as curated; a rejected one is out."""
    taken = {fold_name(n) for e in meta.entities.values() for n in (e.name, *e.aliases)}
    for eid, entity in drafts.items():
        names = {fold_name(n) for n in (entity.name, *entity.aliases)}
        if entity.rejected:
            meta.suppressed |= names
            continue
        if eid in meta.entities or fold_name(entity.name) in taken:
            problems.note(where[eid].file, where[eid].line, f"'{eid}' is already curated in "
                          f"{ENTITY_DIR}/; this draft is not used (delete it)")
            continue
        clashing = [a for a in entity.aliases if fold_name(a) in taken]
        if clashing:
            entity = entity.model_copy(update={"aliases": [
                a for a in entity.aliases if a not in clashing]})
        meta.where[eid] = where[eid]
        if entity.reviewed:
            meta.entities[eid] = entity
        else:
            meta.drafts[eid] = entity
        taken |= {fold_name(n) for n in (entity.name, *entity.aliases)}
    known = taken | meta.suppressed
    meta.suppressed |= {name for name in meta.history if name not in known}


def load_metadata(seeds: Path, problems: Problems) -> Metadata:
    briefing, brief_doc = load_briefing(seeds, problems)
    sources = load_sources(seeds, problems)
    for file, draft in load_sources(seeds, problems, seeds / DRAFT_DIR / "sources.yml").items():
        sources.setdefault(file, draft)
    unreadable: list[Path] = []
    entities, where = load_entities(seeds, problems, unreadable)
    meta = Metadata(briefing, sources, entities, where, history=load_history(seeds, problems))
    _check_aliases(entities, where, problems)
    drafts, draft_where = load_entities(seeds, problems, unreadable, DRAFT_DIR)
    _check_aliases(drafts, draft_where, problems)
    _merge_drafts(meta, drafts, draft_where, problems)
    _check_references(meta, brief_doc, problems, unreadable)
    return meta

