"""Lookups every page needs, built once, eagerly, before pages are rendered.

Paths are docs/-relative ("people/xi-jinping.md"); links between pages are made
relative by `markdown.relative`. Built before the render workers fork, so they share it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from generator.extract.records import Citation, DatedItem, EventLink, FactGroup, Mention, Statement
from generator.extract.sentences import Sentence, split_sentences
from generator.load.kinds import KIND_NAMES, kind_of
from generator.load.kinds import Event as EventRecord
from generator.load.schema import Entity
from generator.load.sources import SourceInfo
from generator.model.knowledge import KnowledgeBase


def entity_path(eid: str, entity: Entity) -> str:
    return f"{kind_of(entity.kind).folder}/{eid}.md"


def source_path(info: SourceInfo) -> str:
    return f"sources/{info.slug}.md"


@dataclass(frozen=True)
class SentenceRef:
    """A sentence of a source with the spans to highlight in it."""

    source: str
    paragraph: int
    sentence: int
    text: str
    highlights: tuple[tuple[int, int], ...] = ()
    prose: bool = True  # of the text, not a caption or heading


@dataclass
class EntityView:
    """An entity with what the corpus says of it."""

    id: str
    entity: Entity
    path: str
    mentions: list[Mention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    # For an event: sentences that describe it without naming it.
    links: list[EventLink] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # files, sorted


def event_order(view: EntityView) -> tuple[str, str]:
    """Events by their start (ISO day, month or year), then name."""
    e = view.entity
    return (e.start if isinstance(e, EventRecord) else "", e.name)


class SiteIndex:
    """The knowledge base, indexed for the pages: by entity, by source, by paragraph."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.entities = {
            eid: EntityView(eid, e, entity_path(eid, e)) for eid, e in sorted(kb.entities.items())
        }
        for m in kb.mentions:
            self.entities[m.entity].mentions.append(m)
        for statement in kb.statements:
            self.entities[statement.speaker].statements.append(statement)
        for link in kb.event_links:
            self.entities[link.event].links.append(link)
        for view in self.entities.values():
            view.sources = sorted(
                {m.source for m in view.mentions} | {lk.source for lk in view.links}
            )
        self.sources_by_date = sorted(
            kb.sources.values(), key=lambda s: (s.date.isoformat() if s.date else "9999", s.slug)
        )
        self.rank = {s.file: i for i, s in enumerate(self.sources_by_date)}
        self.mentions_by_paragraph: dict[tuple[str, int], list[Mention]] = defaultdict(list)
        self.counts_by_source: dict[str, Counter[str]] = defaultdict(Counter)
        for m in kb.mentions:
            self.mentions_by_paragraph[(m.source, m.paragraph)].append(m)
            self.counts_by_source[m.source][m.entity] += 1
        self.by_kind: dict[str, list[EntityView]] = defaultdict(list)
        for v in sorted(
            self.entities.values(), key=lambda v: (-len(v.sources), v.entity.name.lower())
        ):
            self.by_kind[v.entity.kind].append(v)
        self.curated_facts = [f for f in kb.facts if f.curated]
        self.similar_facts = [f for f in kb.facts if not f.curated]
        self.first_citations = {f.id: self._first_citations(f) for f in kb.facts}
        self.facts_by_entity = self._facts_by_entity()
        self.events_by_entity = self._events_by_entity()
        # Who names an entity in its own record (an event its host, a person a country).
        self.referrers: dict[str, list[EntityView]] = defaultdict(list)
        for v in self.entities.values():
            for ref in dict.fromkeys(r for _, r in v.entity.references()):
                if ref in self.entities and ref != v.id:
                    self.referrers[ref].append(v)
        self.dates_by_entity: dict[str, list[DatedItem]] = defaultdict(list)
        for d in kb.dated:
            for eid in d.entities:
                self.dates_by_entity[eid].append(d)
        self._sentences: dict[tuple[str, int], list[Sentence]] = {}

    def sentence(self, file: str, paragraph: int, index: int) -> Sentence | None:
        """A sentence of a paragraph, splitting the paragraph on first use (in the render
        workers, so that this work is shared between cores rather than done up front)."""
        key = (file, paragraph)
        found = self._sentences.get(key)
        if found is None:
            found = split_sentences(self.kb.sources[file].article.paragraph(paragraph).text)
            self._sentences[key] = found
        return found[index] if index < len(found) else None

    def source_entities(self, file: str) -> list[tuple[EntityView, int]]:
        """The entities a source mentions, by kind, most often first."""
        counts = self.counts_by_source.get(file, Counter())
        return sorted(
            ((self.entities[e], n) for e, n in counts.items()),
            key=lambda pair: (KIND_NAMES.index(pair[0].entity.kind), -pair[1], pair[0].entity.name),
        )

    def _first_citations(self, fact: FactGroup) -> list[Citation]:
        """One citation per source (its first sentence reporting the fact), oldest first."""
        first: dict[str, Citation] = {}
        for c in fact.citations:
            first.setdefault(c.source, c)
        return sorted(first.values(), key=lambda c: self.rank[c.source])

    def _facts_by_entity(self) -> dict[str, list[FactGroup]]:
        by_sentence: dict[tuple[str, int, int], set[str]] = defaultdict(set)
        for m in self.kb.mentions:
            by_sentence[(m.source, m.paragraph, m.sentence)].add(m.entity)
        out: dict[str, list[FactGroup]] = defaultdict(list)
        for fact in self.kb.facts:
            named: set[str] = set()
            for c in fact.citations:
                named |= by_sentence.get((c.source, c.paragraph, c.sentence), set())
            for eid in named:
                out[eid].append(fact)
        return out

    def _events_by_entity(self) -> dict[str, list[EntityView]]:
        """The events each entity takes part in, hosts, or is the place of."""
        out: dict[str, list[EntityView]] = defaultdict(list)
        for v in self.entities.values():
            e = v.entity
            if isinstance(e, EventRecord):
                for ref in {*e.participants, e.host, e.place, e.part_of} - {None}:
                    out[str(ref)].append(v)
        return out
