"""What every article's analysis looks up, built once from the entities: the alias
automaton, and the days each curated event covers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from generator.extract.matcher import AliasEntry, Matcher
from generator.load.kinds import Event
from generator.load.schema import Entity


def build_matcher(
    entities: Mapping[str, Entity], detected: frozenset[str] = frozenset()
) -> Matcher:
    entries = []
    for eid, entity in sorted(entities.items()):
        rank = 1 if eid in detected else 0  # a curated name wins an overlap
        for alias in dict.fromkeys([entity.name, *entity.aliases]):
            entries.append(AliasEntry(alias, eid, rank=rank))
        entries.extend(AliasEntry(a, eid, context=True, rank=rank) for a in entity.context_aliases)
    return Matcher(entries)


def event_days(entities: dict[str, Entity]) -> dict[str, list[dt.date]]:
    """The days each dated event covers (up to two weeks), to place a weekday by."""
    out: dict[str, list[dt.date]] = {}
    for eid, e in entities.items():
        if not isinstance(e, Event) or len(e.start) != 10:
            continue
        start = dt.date.fromisoformat(e.start)
        end = dt.date.fromisoformat(e.end) if e.end and len(e.end) == 10 else start
        span = min((end - start).days, 14)
        out[eid] = [start + dt.timedelta(days=i) for i in range(max(span, 0) + 1)]
    return out
