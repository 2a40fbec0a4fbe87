"""The home page's bottom line: what happened, what was agreed, what comes next, and
the date the briefing is as of; built from the curated briefing and outcomes (or, with
no YAML, from what the articles report most widely)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from generator.extract.records import FactGroup
from generator.load.kinds import Event
from generator.site.format import format_date
from generator.site.index import EntityView, SiteIndex, event_order

POINTS = 3  # per line
WORDS = 24  # a sentence quoted in the bottom line is cut after this many words


@dataclass
class BottomLine:
    as_of: str  # "July 12, 2024"
    period: str  # "May 17, 2023 – July 12, 2024"
    happened: list[str] = field(default_factory=list)
    agreed: list[str] = field(default_factory=list)
    next: list[str] = field(default_factory=list)


def bottom_line(index: SiteIndex) -> BottomLine:
    kb = index.kb
    dates = sorted(s.date for s in kb.sources.values() if s.date)
    as_of = dates[-1] if dates else None
    line = BottomLine(
        format_date(as_of) if as_of else "",
        f"{format_date(dates[0])} – {format_date(dates[-1])}" if len(dates) > 1 else "",
    )
    line.happened = [_event(v) for v in _main_events(index)]
    curated = sorted(index.curated_facts, key=lambda f: -len(f.sources))
    line.agreed = [f.label for f in curated if f.sources][:POINTS] or [
        _quote(f.label) for f in _standalone(index.similar_facts)[:2]
    ]
    line.next = _ahead(index, as_of)
    return line


# A sentence that opens with one of these needs the one before it to be understood.
_LEANING = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "we",
        "i",
        "there",
        "but",
        "and",
        "also",
    ]
)


def _standalone(facts: list[FactGroup]) -> list[FactGroup]:
    """Reported sentences that read on their own first ("It is expected to adopt ..."
    says little in a bottom line), the others after them."""
    first = [f for f in facts if f.label.split()[0].lower().strip("\"“'") not in _LEANING]
    return first + [f for f in facts if f not in first]


def _main_events(index: SiteIndex) -> list[EntityView]:
    """The focal events, or else those most widely reported, in date order."""
    focus = [index.entities[e] for e in index.kb.briefing.focus.events if e in index.entities]
    events = focus or sorted(
        (v for v in index.entities.values() if isinstance(v.entity, Event)),
        key=lambda v: (-len(v.sources), v.entity.name),
    )
    return sorted(events[:POINTS], key=event_order)


def _event(view: EntityView) -> str:
    e = view.entity
    return f"{e.name} ({format_date(e.span)})" if isinstance(e, Event) else e.name


def _ahead(index: SiteIndex, as_of: dt.date | None) -> list[str]:
    """What the sources date after the newest source: curated events to come, and dated
    sentences (named by the outcome they report, when one is curated)."""
    if as_of is None:
        return []
    later = as_of.isoformat()
    outcome = {
        (c.source, c.paragraph, c.sentence): f.label
        for f in index.curated_facts
        for c in f.citations
    }
    found: dict[str, tuple[str, int]] = {}
    for view in index.entities.values():
        if isinstance(view.entity, Event) and view.entity.start > later:
            found.setdefault(_event(view), (view.entity.start, 0))
    for item in index.kb.dated:
        if item.date > later:
            label = outcome.get((item.source, item.paragraph, item.sentence)) or _quote(item.text)
            date, count = found.get(label, (item.date, 0))
            found[label] = (min(date, item.date), count - 1)
    ranked = sorted(found.items(), key=lambda kv: (kv[1][1], kv[1][0], kv[0]))
    return [f"{label} ({format_date(date)})" for label, (date, _) in ranked[:POINTS]]


def _quote(sentence: str) -> str:
    """The sentence, cut after WORDS words, without the full stop the list adds."""
    words = sentence.split()
    if len(words) > WORDS:
        return " ".join(words[:WORDS]) + "…"
    return " ".join(words).rstrip(".;:")
