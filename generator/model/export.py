"""briefing.json: the knowledge base as plain data, the export documented in the README."""

from __future__ import annotations

from typing import Any

from generator.model.knowledge import KnowledgeBase


def to_json(kb: KnowledgeBase) -> dict[str, Any]:
    """The export documented in the README ("briefing.json")."""
    return {
        "title": kb.briefing.title,
        "sources": [
            {
                "id": s.slug,
                "file": s.file,
                "title": s.title,
                "date": s.date.isoformat() if s.date else None,
                "publisher": s.publisher,
                "url": s.url,
                "language": s.language,
                "paragraphs": [
                    {"n": p.number, "kind": p.kind, "text": p.text} for p in s.article.paragraphs
                ],
            }
            for s in sorted(kb.sources.values(), key=lambda s: s.slug)
        ],
        "entities": [
            {
                "id": eid,
                "kind": e.kind,
                **e.model_dump(mode="json", exclude={"id", "reviewed", "rejected", "confidence"}),
                "reviewed": eid not in kb.detected,
            }
            for eid, e in sorted(kb.entities.items())
        ],
        "mentions": [m._asdict() for m in kb.mentions],
        "statements": [s._asdict() for s in kb.statements],
        "event_links": [link._asdict() for link in kb.event_links],
        "dated_items": [{**d._asdict(), "entities": list(d.entities)} for d in kb.dated],
        "fact_groups": [
            {
                "id": f.id,
                "label": f.label,
                "curated": f.curated,
                "sources": f.sources,
                "citations": [c._asdict() for c in f.citations],
            }
            for f in kb.facts
        ],
    }
