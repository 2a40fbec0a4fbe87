"""The knowledge base: everything extracted from a corpus, ready to render or export.

Plain frozen dataclasses with sorted, stable orders, so two runs over the same input
give the same pages and the same JSON.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from generator.articles import Article
from generator.schema import Briefing, Entity


@dataclass(frozen=True, order=True)
class Mention:
    source: str
    paragraph: int
    start: int
    end: int
    entity: str
    text: str
    sentence: int


@dataclass(frozen=True, order=True)
class Statement:
    source: str
    paragraph: int
    sentence: int
    speaker: str
    verb: str
    text: str


@dataclass(frozen=True, order=True)
class DatedItem:
    date: str  # ISO day, "YYYY-MM" or "YYYY"
    source: str
    paragraph: int
    sentence: int
    expression: str
    text: str
    entities: tuple[str, ...] = ()


@dataclass(frozen=True, order=True)
class Citation:
    source: str
    paragraph: int
    sentence: int
    text: str


@dataclass
class FactGroup:
    id: str
    label: str
    citations: list[Citation]
    curated: bool = True

    @property
    def sources(self) -> list[str]:
        return sorted({c.source for c in self.citations})


@dataclass
class SourceInfo:
    """An article with its curated metadata applied."""

    file: str
    slug: str
    title: str
    date: dt.date | None
    publisher: str | None
    url: str | None
    language: str
    article: Article


@dataclass
class KnowledgeBase:
    briefing: Briefing
    sources: dict[str, SourceInfo]
    entities: dict[str, Entity]
    mentions: list[Mention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    dated: list[DatedItem] = field(default_factory=list)
    facts: list[FactGroup] = field(default_factory=list)

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
                {"id": eid, "kind": e.kind, **e.model_dump(mode="json", exclude={"id"})}
                for eid, e in sorted(self.entities.items())
            ],
            "mentions": [asdict(m) for m in self.mentions],
            "statements": [asdict(s) for s in self.statements],
            "dated_items": [
                {**asdict(d), "entities": list(d.entities)} for d in self.dated
            ],
            "fact_groups": [
                {"id": f.id, "label": f.label, "curated": f.curated, "sources": f.sources,
                 "citations": [asdict(c) for c in f.citations]}
                for f in self.facts
            ],
        }
