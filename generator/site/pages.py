"""What each page shows, as data: the templates lay it out, `links` makes its links.

An entity page's facts box comes from its kind (`Entity.facts`), so the template is one
loop for every kind; nothing here is Markdown.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from generator.extract.records import DatedItem, FactGroup, Statement
from generator.load.facts import Row
from generator.load.sources import SourceInfo
from generator.site.format import plain
from generator.site.index import EntityView, SentenceRef, SiteIndex, event_order

# An entity page lists every curated outcome naming it and its most widely reported
# groups of similar sentences, each with a few citations; briefing.json has them all.
ENTITY_FACTS = 8
ENTITY_FACT_CITES = 4
RELATED = 12


def role(view: EntityView) -> str:
    """A role, a type or an event's type and dates: what the entity is, in a few words."""
    return ", ".join(plain(v) for v in view.entity.describe())


def countries(index: SiteIndex, view: EntityView) -> list[str]:
    """The countries an entity belongs to (an event: its place's), that have pages."""
    ids = view.entity.country_ids()
    place = view.entity.located_at()
    if not ids and place and (found := index.kb.entities.get(place)) and found.kind == "place":
        ids = found.country_ids()
    return [i for i in ids if i in index.entities]


@dataclass
class EntityPage:
    view: EntityView
    role: str
    facts: list[Row]
    statements: list[Statement]
    curated_facts: list[FactGroup]
    similar_facts: list[FactGroup]  # the most widely reported, up to ENTITY_FACTS
    more_similar: int  # how many more groups name it (all are in briefing.json)
    groups: list[tuple[SourceInfo, list[SentenceRef]]]  # its sentences, by source
    related: list[tuple[EntityView, int]]
    events: list[EntityView]
    dates: list[DatedItem]


def entity_page(index: SiteIndex, view: EntityView) -> EntityPage:
    facts = sorted(
        index.facts_by_entity.get(view.id, []), key=lambda f: (not f.curated, -len(f.sources))
    )
    similar = [f for f in facts if not f.curated]
    events = sorted(index.events_by_entity.get(view.id, []), key=event_order)
    return EntityPage(
        view,
        role(view),
        view.entity.facts(),
        view.statements,
        [f for f in facts if f.curated],
        similar[:ENTITY_FACTS],
        max(len(similar) - ENTITY_FACTS, 0),
        mention_groups(index, view),
        related(index, view),
        events,
        index.dates_by_entity.get(view.id, []),
    )


def mention_groups(
    index: SiteIndex, view: EntityView
) -> list[tuple[SourceInfo, list[SentenceRef]]]:
    """Each sentence naming (or describing) the entity once, with those words marked,
    grouped by source, oldest source first."""
    spans: dict[tuple[str, int, int], list[tuple[int, int]]] = defaultdict(list)
    for m in view.mentions:
        spans[(m.source, m.paragraph, m.sentence)].append((m.start, m.end))
    for link in view.links:
        spans[(link.source, link.paragraph, link.sentence)].append((link.start, link.end))
    refs = []
    for key, marks in spans.items():
        sentence = index.sentence(*key)
        if sentence is None:
            continue
        local = tuple((s - sentence.start, e - sentence.start) for s, e in marks)
        refs.append(SentenceRef(*key, sentence.text, local))
    refs.sort(key=lambda r: (index.rank[r.source], r.paragraph, r.sentence))
    groups: list[tuple[SourceInfo, list[SentenceRef]]] = []
    for ref in refs:
        if not groups or groups[-1][0].file != ref.source:
            groups.append((index.kb.sources[ref.source], []))
        groups[-1][1].append(ref)
    return groups


def related(index: SiteIndex, view: EntityView) -> list[tuple[EntityView, int]]:
    """Entities named in the same paragraphs, most often first."""
    together: Counter[str] = Counter()
    for key in {(m.source, m.paragraph) for m in view.mentions}:
        together.update({m.entity for m in index.mentions_by_paragraph[key]} - {view.id})
    ranked = sorted(together.items(), key=lambda kv: (-kv[1], index.entities[kv[0]].entity.name))
    return [(index.entities[e], n) for e, n in ranked[:RELATED]]
