"""Candidates as the corpus's own YAML records (the schema in generator/load/schema.py), so a
detected entity is used exactly like a curated one, and `suggest` can write it out.

Here: a fresh id for each candidate and the record of its kind; the `type` field is read
in `record_types` and `org_types`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping

from generator.extract.dates.bounds import first_day, last_day
from generator.extract.detect.entities import Candidate
from generator.extract.detect.org_types import org_type
from generator.extract.detect.record_types import PROJECT_TYPES, event_type, head_type, place_type
from generator.load.kinds import Country, Event, Organization, Person, Place, Project, Role
from generator.load.names import fold
from generator.load.schema import Entity
from generator.load.slugs import slug_for, unsafe_id_reason


def to_records(
    cands: list[Candidate], taken: set[str], curated_ids: set[str], dates: Mapping[str, str]
) -> dict[str, Entity]:
    """Entity records keyed by a fresh id; `dates` gives each source's ISO date (for an
    event's start when its sentences give none)."""
    ids: dict[int, str] = {}
    used = set(curated_ids)
    for cand in cands:
        base = slug_for(cand.name)
        if unsafe_id_reason(base):
            base = f"{base}-{cand.kind}"
        eid, n = base, 2
        while eid in used:
            eid, n = f"{base}-{n}", n + 1
        used.add(eid)
        ids[id(cand)] = eid
    country_ids = {fold(c.name): ids[id(c)] for c in cands if c.kind == "country"}
    org_ids = {
        fold(n): ids[id(c)] for c in cands if c.kind == "organization" for n in (c.name, *c.aliases)
    }
    out: dict[str, Entity] = {}
    for cand in cands:
        aliases = sorted(a for a in cand.aliases if fold(a) not in taken)
        eid = ids[id(cand)]
        record = _record(cand, eid, aliases, country_ids, org_ids, dates)
        if record is not None:
            out[eid] = record
    return out


def _record(
    cand: Candidate,
    eid: str,
    aliases: list[str],
    country_ids: Mapping[str, str],
    org_ids: Mapping[str, str],
    dates: Mapping[str, str],
) -> Entity | None:
    name = cand.name
    if cand.kind == "person":
        roles = []
        country = None
        if cand.roles:
            # The role said most often, preferring one that names its country or body.
            (title, role_country, role_org) = max(
                cand.roles, key=lambda r: (bool(r[1] or r[2]), cand.roles[r], len(r[0]), r)
            )
            country = country_ids.get(fold(role_country)) if role_country else None
            org = org_ids.get(fold(role_org)) if role_org else None
            if role_country and country:
                title = f"{title} of {role_country}"
            roles = [Role(title=title, country=country, organization=org)]
        return Person(id=eid, name=name, aliases=aliases, country=country, roles=roles)
    if cand.kind == "country":
        return Country(id=eid, name=name, aliases=aliases)
    if cand.kind == "organization":
        return Organization(id=eid, name=name, aliases=aliases, type=org_type(cand))
    if cand.kind == "project":
        kind = head_type(cand.name, PROJECT_TYPES, "other")
        return Project(id=eid, name=name, aliases=aliases, type=kind)  # type: ignore[arg-type]
    if cand.kind == "place":
        return Place(id=eid, name=name, aliases=aliases, type=place_type(cand))
    if cand.kind == "event":
        start = _event_date(cand, dates)
        if start is None:
            return None
        return Event(id=eid, name=name, aliases=aliases, type=event_type(name), start=start)
    return None


def _event_date(cand: Candidate, dates: Mapping[str, str]) -> str | None:
    """The date most of the event's sentences give, read from each source's own date
    ("on Wednesday"); a date far from the report ("a target for 2030", "since 1992") is
    no date of the event. Else its first source's date."""
    from generator.extract.dates import find_dates

    found: Counter[str] = Counter()
    for s in cand.sightings:
        day = dt.date.fromisoformat(dates[s.source]) if s.source in dates else None
        for d in find_dates(s.sentence, day):
            if day is None or _near(d.value, day):
                found[d.value] += 1
    if found:
        return max(found, key=lambda v: (found[v], len(v), v))
    firsts = sorted(dates[s] for s in cand.sources if s in dates)
    return firsts[0] if firsts else None


def _near(value: str, day: dt.date) -> bool:
    """Does a date ("2025-10-15", "2025-10", "2025", or a range) fall within about a year
    before the report or a few months after it?"""
    try:
        start, end = first_day(value), last_day(value)
    except ValueError:
        return False
    return day - dt.timedelta(days=400) <= end and start <= day + dt.timedelta(days=200)
