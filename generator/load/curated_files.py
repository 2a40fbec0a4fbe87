"""Loading each kind of curated YAML file: briefing.yml, sources.yml and the entity files
(in entities/, or the drafts in suggested/).

Every problem is collected with its file and line; nothing stops at the first one.
"""

from __future__ import annotations

from pathlib import Path

from generator.errors import Problems
from generator.load.curated import DRAFT_DIR, ENTITY_DIR, HISTORY, Located, entity_id
from generator.load.kinds import KINDS
from generator.load.schema import Briefing, Entity, Source
from generator.load.slugs import unsafe_id_reason
from generator.load.validate import records, validate
from generator.load.yamlio import YamlDocument, load_yaml


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
    return validate(Briefing, doc.data, doc, (), problems) or Briefing(), doc


def load_sources(seeds: Path, problems: Problems, path: Path | None = None) -> dict[str, Source]:
    path = path or seeds / "sources.yml"
    sources: dict[str, Source] = {}
    where: dict[str, Located] = {}
    if not path.exists():
        return sources
    doc = load_yaml(path, problems)
    for index, item in records(doc, problems):
        assert doc is not None
        line = doc.line_of((index,))
        source = validate(Source, item, doc, (index,), problems)
        if source is None:
            continue
        if source.file in sources:
            first = where[source.file].line
            problems.error(
                path,
                line,
                f"source '{source.file}' is listed twice (first at line {first}); keep one entry",
            )
            continue
        if "/" in source.file or "\\" in source.file or source.file.startswith("."):
            problems.error(
                path,
                line,
                f"source file '{source.file}' must be a plain file name in the corpus folder",
            )
            continue
        if not (seeds / source.file).is_file():
            problems.error(
                path,
                line,
                f"source file '{source.file}' does not exist in {seeds}; "
                "fix the name or remove the entry",
            )
        sources[source.file] = source
        where[source.file] = Located(path, line)
    return sources


def load_entities(
    seeds: Path,
    problems: Problems,
    unreadable: list[Path] | None = None,
    folder_name: str = ENTITY_DIR,
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
        for index, item in records(doc, problems):
            assert doc is not None
            line = doc.line_of((index,))
            entity = validate(kind.record, item, doc, (index,), problems)
            if entity is None:
                continue
            eid = entity_id(entity)
            reason = unsafe_id_reason(eid)
            if reason:
                problems.error(path, doc.line_of((index, "id")), f"id '{eid}' {reason}")
                continue
            if eid in entities:
                first = where[eid]
                problems.error(
                    path,
                    line,
                    f"duplicate id '{eid}' (first in {first.file.name} "
                    f"line {first.line}); ids must be unique across all kinds",
                )
                continue
            entities[eid] = entity
            where[eid] = Located(path, line)
    if folder.exists():
        known = {k.file for k in KINDS} | (
            {"sources.yml", HISTORY} if folder_name == DRAFT_DIR else set()
        )
        for extra in sorted(folder.iterdir()):
            if extra.suffix in (".yml", ".yaml") and extra.name not in known:
                problems.warning(
                    extra, None, f"not read: entity files are named {', '.join(sorted(known))}"
                )
    return entities, where
