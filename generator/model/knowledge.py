"""The knowledge base: everything extracted from a corpus, ready to render or export.

Records keep sorted, stable orders, so two runs over the same input give the same pages
and the same JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.extract.records import DatedItem, EventLink, FactGroup, Mention, Statement
from generator.load.schema import Briefing, Entity
from generator.load.sources import SourceInfo


@dataclass
class KnowledgeBase:
    briefing: Briefing
    sources: dict[str, SourceInfo]
    entities: dict[str, Entity]
    mentions: list[Mention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    dated: list[DatedItem] = field(default_factory=list)
    facts: list[FactGroup] = field(default_factory=list)
    detected: set[str] = field(default_factory=set)  # entities found in the text, not curated
    # Sentences that describe an event without naming it ("Xi held talks with Tokayev
    # in Astana on 3 July"), tied to the curated event they describe.
    event_links: list[EventLink] = field(default_factory=list)

    def event_paragraphs(self) -> dict[str, list[tuple[str, int, int]]]:
        """Per event: the (source, paragraph, sentence) its page cites, by name or not."""
        out: dict[str, set[tuple[str, int, int]]] = {}
        for m in self.mentions:
            if self.entities[m.entity].kind == "event":
                out.setdefault(m.entity, set()).add((m.source, m.paragraph, m.sentence))
        for link in self.event_links:
            out.setdefault(link.event, set()).add((link.source, link.paragraph, link.sentence))
        return {eid: sorted(cites) for eid, cites in out.items()}
