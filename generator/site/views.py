"""What each page shows, computed from the knowledge base (no Markdown here).

Paths are docs/-relative ("people/xi-jinping.md"); templates turn them into relative
links with `relative`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from generator.extract.records import Citation, DatedItem, EventLink, FactGroup, Mention, Statement
from generator.load.sources import SourceInfo
from generator.model.knowledge import KnowledgeBase
from generator.load.kinds import KIND_NAMES, Event, Organization, Person, Place, Project, kind_of
from generator.load.schema import Entity
from generator.extract.sentences import Sentence, split_sentences


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


@dataclass
class EntityView:
    id: str
    entity: Entity
    path: str
    mentions: list[Mention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    # For an event: sentences that describe it without naming it.
    links: list[EventLink] = field(default_factory=list)

    @cached_property
    def sources(self) -> list[str]:
        # Read only after Views has filled `mentions`; templates and sorting ask often.
        return sorted({m.source for m in self.mentions} | {lk.source for lk in self.links})


class Views:
    """Lookups the templates need, each computed once."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.entities: dict[str, EntityView] = {
            eid: EntityView(eid, e, entity_path(eid, e)) for eid, e in sorted(kb.entities.items())
        }
        for m in kb.mentions:
            self.entities[m.entity].mentions.append(m)
        for statement in kb.statements:
            self.entities[statement.speaker].statements.append(statement)
        for link in kb.event_links:
            self.entities[link.event].links.append(link)
        self._first_citations: dict[str, list[Citation]] = {}
        self._sentences: dict[tuple[str, int], list[Sentence]] = {}

    def sentence(self, file: str, paragraph: int, index: int) -> Sentence | None:
        """A sentence of a paragraph, splitting the paragraph on first use (in the render
        workers, so that this work is shared between cores rather than done up front)."""
        key = (file, paragraph)
        found = self._sentences.get(key)
        if found is None:
            found = split_sentences(self.kb.sources[file].article.paragraphs[paragraph - 1].text)
            self._sentences[key] = found
        return found[index] if index < len(found) else None

    def warm(self) -> None:
        """Compute every shared lookup now (before render workers fork and share them)."""
        for name in ("sources_by_date", "mentions_by_paragraph", "_counts_by_source", "_by_kind",
                     "_rank", "_events_by_entity", "_facts_by_entity", "_dates_by_entity",
                     "curated_facts", "similar_facts"):
            getattr(self, name)
        for fact in self.kb.facts:
            self.first_citations(fact)

    # -- sources -----------------------------------------------------------------
    @cached_property
    def sources_by_date(self) -> list[SourceInfo]:
        return sorted(self.kb.sources.values(),
                      key=lambda s: (s.date.isoformat() if s.date else "9999", s.slug))

    @cached_property
    def _counts_by_source(self) -> dict[str, Counter[str]]:
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for m in self.kb.mentions:
            counts[m.source][m.entity] += 1
        return counts

    def source_entities(self, file: str) -> list[tuple[EntityView, int]]:
        counts = self._counts_by_source.get(file, Counter())
        return sorted(((self.entities[e], n) for e, n in counts.items()),
                      key=lambda pair: (KIND_NAMES.index(pair[0].entity.kind), -pair[1],
                                        pair[0].entity.name))

    @cached_property
    def mentions_by_paragraph(self) -> dict[tuple[str, int], list[Mention]]:
        out: dict[tuple[str, int], list[Mention]] = defaultdict(list)
        for m in self.kb.mentions:
            out[(m.source, m.paragraph)].append(m)
        return out

    # -- entities ----------------------------------------------------------------
    def by_kind(self, kind: str) -> list[EntityView]:
        return self._by_kind.get(kind, [])

    @cached_property
    def _by_kind(self) -> dict[str, list[EntityView]]:
        out: dict[str, list[EntityView]] = defaultdict(list)
        for v in sorted(self.entities.values(),
                        key=lambda v: (-len(v.sources), v.entity.name.lower())):
            out[v.entity.kind].append(v)
        return out

    def mention_sentences(self, view: EntityView) -> list[SentenceRef]:
        """Each sentence mentioning the entity once, with its mentions highlighted."""
        spans: dict[tuple[str, int, int], list[tuple[int, int]]] = defaultdict(list)
        for m in view.mentions:
            spans[(m.source, m.paragraph, m.sentence)].append((m.start, m.end))
        for link in view.links:
            spans[(link.source, link.paragraph, link.sentence)].append((link.start, link.end))
        refs = []
        for key, marks in spans.items():
            sentence = self.sentence(*key)
            if sentence is None:
                continue
            local = tuple((s - sentence.start, e - sentence.start) for s, e in marks)
            refs.append(SentenceRef(*key, sentence.text, local))
        return sorted(refs, key=lambda r: (self.source_rank(r.source), r.paragraph,
                                           r.sentence))

    def mention_groups(self, view: EntityView) -> list[tuple[SourceInfo, list[SentenceRef]]]:
        """mention_sentences, grouped by source (sources oldest first)."""
        groups: list[tuple[SourceInfo, list[SentenceRef]]] = []
        for ref in self.mention_sentences(view):
            if not groups or groups[-1][0].file != ref.source:
                groups.append((self.kb.sources[ref.source], []))
            groups[-1][1].append(ref)
        return groups

    @cached_property
    def _rank(self) -> dict[str, int]:
        return {s.file: i for i, s in enumerate(self.sources_by_date)}

    def source_rank(self, file: str) -> int:
        return self._rank[file]

    def related(self, view: EntityView, limit: int = 12) -> list[tuple[EntityView, int]]:
        """Entities named in the same paragraphs, most often first."""
        together: Counter[str] = Counter()
        mine = {(m.source, m.paragraph) for m in view.mentions}
        for key in mine:
            together.update({m.entity for m in self.mentions_by_paragraph[key]} - {view.id})
        ranked = sorted(together.items(), key=lambda kv: (-kv[1], self.entities[kv[0]].entity.name))
        return [(self.entities[e], n) for e, n in ranked[:limit]]

    @cached_property
    def _events_by_entity(self) -> dict[str, list[EntityView]]:
        out: dict[str, list[EntityView]] = defaultdict(list)
        for v in self.entities.values():
            e = v.entity
            if isinstance(e, Event):
                for ref in {*e.participants, e.host, e.place, e.part_of} - {None}:
                    out[str(ref)].append(v)
        return out

    def events_of(self, view: EntityView) -> list[EntityView]:
        return sorted(self._events_by_entity.get(view.id, []),
                      key=lambda v: (v.entity.start, v.entity.name))  # type: ignore[attr-defined]

    @cached_property
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

    def first_citations(self, fact: FactGroup) -> list[Citation]:
        """One citation per source (its first sentence reporting the fact), oldest first."""
        cached = self._first_citations.get(fact.id)
        if cached is None:
            first: dict[str, Citation] = {}
            for c in fact.citations:
                first.setdefault(c.source, c)
            cached = sorted(first.values(), key=lambda c: self.source_rank(c.source))
            self._first_citations[fact.id] = cached
        return cached

    def facts_of(self, view: EntityView) -> list[FactGroup]:
        """Fact groups with a sentence that names the entity, most widely reported first."""
        found = self._facts_by_entity.get(view.id, [])
        return sorted(found, key=lambda f: (not f.curated, -len(f.sources)))

    @cached_property
    def curated_facts(self) -> list[FactGroup]:
        return [f for f in self.kb.facts if f.curated]

    @cached_property
    def similar_facts(self) -> list[FactGroup]:
        return [f for f in self.kb.facts if not f.curated]

    @cached_property
    def _dates_by_entity(self) -> dict[str, list[DatedItem]]:
        out: dict[str, list[DatedItem]] = defaultdict(list)
        for d in self.kb.dated:
            for eid in d.entities:
                out[eid].append(d)
        return out

    def dates_of(self, view: EntityView) -> list[DatedItem]:
        return self._dates_by_entity.get(view.id, [])

    # -- facts box -----------------------------------------------------------------
    def role(self, view: EntityView) -> str:
        e = view.entity
        if isinstance(e, Person) and e.roles:
            return e.roles[0].title
        if isinstance(e, Event):
            return f"{e.type}, {format_span(e)}"
        if isinstance(e, (Organization, Project, Place)):
            return e.type
        return e.kind

    def countries(self, view: EntityView) -> list[str]:
        e = view.entity
        ids: list[str] = []
        if isinstance(e, Person):
            ids = [e.country] if e.country else [r.country for r in e.roles if r.country][:1]
        elif isinstance(e, (Organization, Place)) and e.country:
            ids = [e.country]
        elif isinstance(e, Project):
            ids = list(e.countries)
        elif isinstance(e, Event) and e.place:
            place = self.kb.entities.get(e.place)
            if isinstance(place, Place) and place.country:
                ids = [place.country]
        return [i for i in ids if i in self.entities]


def format_span(event: Event) -> str:
    if event.end is None or event.end == event.start:
        return format_date(event.start)
    if len(event.start) == len(event.end) == 10:
        return format_date(f"{event.start}/{event.end}")
    return f"{format_date(event.start)} – {format_date(event.end)}"


def format_date(value: str | dt.date) -> str:
    """The one date format of the site: '2024-07-03' -> 'July 3, 2024'; '2022-09' ->
    'September 2022'; '1992' as is; a range '2024-07-03/2024-07-05' -> 'July 3–5, 2024'."""
    if isinstance(value, dt.date):
        value = value.isoformat()
    if "/" in value:
        first, last = value.split("/", 1)
        a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
        if (a.year, a.month) == (b.year, b.month):
            return f"{a:%B} {a.day}–{b.day}, {a.year}"
        return f"{format_date(first)} – {format_date(last)}"
    parts = value.split("-")
    if len(parts) == 3:
        d = dt.date.fromisoformat(value)
        return f"{d:%B} {d.day}, {d.year}"
    if len(parts) == 2:
        return f"{dt.date(int(parts[0]), int(parts[1]), 1):%B %Y}"
    return value
