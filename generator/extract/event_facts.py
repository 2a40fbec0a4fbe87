"""What a sentence describing an event is compared with: each curated event's
participants, places (its venue, the venue's country and the city it is named after, its
host), the trigger words of its kind, its days, and the things its name names ("Signing
of the Valparaíso Accord" names the accord). Read by `events`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

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


def event_facts(entities: Mapping[str, Entity]) -> list[EventFacts]:
    out = []
    things = {
        eid: re.compile(rf"\b{re.escape(e.name)}\b")
        for eid, e in entities.items()
        if e.kind in ("organization", "project") and len(e.name) > 3
    }
    for eid, e in sorted(entities.items()):
        if not isinstance(e, Event):
            continue
        places = {r for r in (e.place, e.host) if r}
        place = entities.get(e.place) if e.place else None
        if isinstance(place, Place):
            if place.country:
                places.add(place.country)
            # The city a venue is named after: "Kigali Convention Centre" is in Kigali.
            places |= {
                pid
                for pid, p in entities.items()
                if isinstance(p, Place)
                and pid != e.place
                and re.search(rf"\b{re.escape(p.name)}\b", place.name)
            }
        named = {w.lower() for w in re.findall(r"[A-Za-z]+", f"{e.type} {e.name}")}
        words = set().union(*(KIND_WORDS.get(w, {w}) for w in named)) & set().union(
            *KIND_WORDS.values()
        )
        first, last = first_day(e.start), last_day(e.end or e.start)
        countries = {r for r in places if r in entities and not isinstance(entities[r], Place)}
        near = places | {
            pid for pid, p in entities.items() if isinstance(p, Place) and p.country in countries
        }
        out.append(
            EventFacts(
                eid,
                frozenset(e.participants),
                frozenset(places),
                frozenset(words),
                first,
                last,
                frozenset(near),
                frozenset(t for t, name in things.items() if name.search(e.name)),
            )
        )
    return out
