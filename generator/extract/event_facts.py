"""What a sentence describing an event is compared with: each curated event's
participants, places (its venue, the venue's country and the city it is named after, its
host), the trigger words of its kind, its days, and the things its name names ("Signing
of the Valparaíso Accord" names the accord), and how a sentence's dates fit its days
(`date_fit`). Read by `events`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from generator.extract.dates import FoundDate
from generator.extract.dates.bounds import first_day, last_day
from generator.extract.event_words import KIND_WORDS
from generator.load.kinds import Event, Place
from generator.load.schema import Entity


@dataclass(frozen=True)
class EventFacts:
    id: str
    participants: frozenset[str]
    places: frozenset[str]  # its place, the place's place, its host
    words: frozenset[str]  # trigger words that say this kind of event
    first: dt.date
    last: dt.date
    # Where it may be said to be held: its places and every place of their countries
    # ("the signing in Nukuʻalofa" for a signing at a venue in Tonga).
    near: frozenset[str] = frozenset()
    # What its name names besides places and people: "Signing of the Valparaíso Accord"
    # names the accord, so "... signed the Valparaíso Accord" is that signing.
    objects: frozenset[str] = frozenset()


class _NameIndex:
    """Which entities a name names inside it, by whole words ("Kigali" in "Kigali
    Convention Centre"): the words of every name in one table, so that finding them is
    a look-up per run of words, not a search per entity."""

    def __init__(
        self, names: Mapping[str, str], aliases: Mapping[str, list[str]] | None = None
    ) -> None:
        self.ids: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for eid, name in names.items():
            self.ids[_words(name)].add(eid)
        for eid, forms in (aliases or {}).items():
            for form in forms:
                if len(_words(form)) >= 2:  # "Bridgetown Declaration", not a lone word
                    self.ids[_words(form)].add(eid)
        self.longest = max((len(k) for k in self.ids), default=0)

    def within(self, name: str) -> set[str]:
        words = _words(name)
        found: set[str] = set()
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + self.longest) + 1):
                found |= self.ids.get(words[i:j], set())
        return found


def _words(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", name))


def event_facts(entities: Mapping[str, Entity]) -> list[EventFacts]:
    out = []
    places_of: dict[str | None, set[str]] = defaultdict(set)  # country -> its places
    for pid, p in entities.items():
        if isinstance(p, Place):
            places_of[p.country].add(pid)
    towns = _NameIndex({pid: entities[pid].name for ids in places_of.values() for pid in ids})
    bodies_and_projects = {
        eid: e
        for eid, e in entities.items()
        if e.kind in ("organization", "project") and len(e.name) > 3
    }
    things = _NameIndex(
        {eid: e.name for eid, e in bodies_and_projects.items()},
        {eid: list(e.aliases) for eid, e in bodies_and_projects.items()},
    )
    for eid, e in sorted(entities.items()):
        if not isinstance(e, Event):
            continue
        places = {r for r in (e.place, e.host) if r}
        place = entities.get(e.place) if e.place else None
        if isinstance(place, Place):
            if place.country:
                places.add(place.country)
            # The city a venue is named after: "Kigali Convention Centre" is in Kigali.
            places |= towns.within(place.name) - {e.place}
        named = {w.lower() for w in re.findall(r"[A-Za-z]+", f"{e.type} {e.name}")}
        words = set().union(*(KIND_WORDS.get(w, {w}) for w in named)) & set().union(
            *KIND_WORDS.values()
        )
        first, last = first_day(e.start), last_day(e.end or e.start)
        countries = {r for r in places if r in entities and not isinstance(entities[r], Place)}
        near = places.union(*(places_of[c] for c in countries))
        out.append(
            EventFacts(
                eid,
                frozenset(e.participants),
                frozenset(places),
                frozenset(words),
                first,
                last,
                frozenset(near),
                frozenset(things.within(e.name)),
            )
        )
    return out


def date_fit(event: EventFacts, dates: list[FoundDate], published: dt.date | None) -> int:
    """How well the sentence's date fits the event: 2 on its days, 1 near them or with no
    date given (the article's own date near the event), 0 not at all."""
    days = [dt.date.fromisoformat(d.value) for d in dates if len(d.value) == 10]
    if days:
        if any(event.first <= day <= event.last for day in days):
            return 2
        return int(
            any(
                event.first - dt.timedelta(days=1) <= day <= event.last + dt.timedelta(days=1)
                for day in days
            )
        )
    months = [d for d in dates if len(d.value) == 7]
    if months:
        return int(
            any(
                event.first.strftime("%Y-%m") <= d.value <= event.last.strftime("%Y-%m")
                for d in months
            )
        )
    if published is None:
        return 0
    # Undated in the sentence: a report from the days of the event, or just after.
    return int(
        event.first - dt.timedelta(days=3) <= published <= event.last + dt.timedelta(days=10)
    )
