"""The knowledge base: everything extracted from a corpus, ready to render or export.

Records keep sorted, stable orders, so two runs over the same input give the same pages
and the same JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

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

    def to_json(self) -> dict[str, Any]:
        """The export documented in the README ("briefing.json")."""
        return {
            "title": self.briefing.title,
            "sources": [
                {
                    "id": s.slug, "file": s.file, "title": s.title,
                    "date": s.date.isoformat() if s.date else None,
                    "publisher": s.publisher, "url": s.url, "language": s.language,
                    "paragraphs": [
                        {"n": p.number, "kind": p.kind, "text": p.text}
                        for p in s.article.paragraphs
                    ],
                }
                for s in sorted(self.sources.values(), key=lambda s: s.slug)
            ],
            "entities": [
                {"id": eid, "kind": e.kind,
                 **e.model_dump(mode="json", exclude={"id", "reviewed", "rejected",
                                                      "confidence"}),
                 "reviewed": eid not in self.detected}
                for eid, e in sorted(self.entities.items())
            ],
            "mentions": [m._asdict() for m in self.mentions],
            "statements": [s._asdict() for s in self.statements],
            "event_links": [link._asdict() for link in self.event_links],
            "dated_items": [
                {**d._asdict(), "entities": list(d.entities)} for d in self.dated
            ],
            "fact_groups": [
                {"id": f.id, "label": f.label, "curated": f.curated, "sources": f.sources,
                 "citations": [c._asdict() for c in f.citations]}
                for f in self.facts
            ],
        }
