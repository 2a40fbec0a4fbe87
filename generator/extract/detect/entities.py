"""From sightings to entities: one candidate per thing, with its aliases, kind, roles,
evidence and a confidence.

- People: full names are one person across articles when they fold alike ("Nordström",
  "Nordstrom") or differ by a typo in the surname with the same first name
  ("Uwamahoro", "Uwamahorro"); "President Habimana" joins the one Habimana; a surname
  (or a Chinese-style family name, "Xi") becomes an alias when the text uses it alone
  and no other person has it.
- Organizations: a defined acronym is an alias ("EIB"); "Valoris Metals NV" is
  "Valoris Metals"; a leading "The" is dropped.
- A name seen with several kinds takes the kind with the most evidence.

The passes that merge candidates are in `merge`, their names, aliases and confidence
in `naming`; the candidate itself is in `candidate`.
"""

from __future__ import annotations

import re
from collections import Counter

from generator.extract.detect.candidate import Candidate, Table, name_key, weight
from generator.extract.detect.gazetteer import Gazetteer
from generator.extract.detect.lands import country_parts
from generator.extract.detect.merge import (
    attach_surnames,
    merge_acronyms,
    merge_longer_names,
    merge_people,
    resolve_kinds,
    surnames_not_towns,
)
from generator.extract.detect.naming import (
    aliases_of,
    confidence_of,
    display_name,
    unclaim_shared_aliases,
    without_suffix,
)
from generator.extract.detect.shapes import person_shape
from generator.extract.detect.sightings import Sighting
from generator.load.names import fold

# The confidence a detected entity needs to be shown in the site (below: the draft only).
CONFIDENT = 0.7
# `Candidate` lives in `candidate` (the passes share it) and is imported from here too.
__all__ = ["CONFIDENT", "Aggregator", "Candidate"]


def _kind_of(s: Sighting, gaz: Gazetteer) -> str | None:
    """The sighting's kind, or one its evidence gives a name of the right shape."""
    if s.kind is not None:
        return s.kind
    person_evidence = s.evidence & {"speech", "apposition", "byline", "title", "role-before"}
    if person_evidence and person_shape(s.name, gaz):
        return "person"
    if s.evidence & {"company", "has-role", "role-of", "acronym-defined", "org-noun"}:
        return "organization"
    if s.evidence & {"place-noun", "place-of"} and len(s.name.split()) <= 3:
        return "place"
    if {"weak-place-head", "located"} <= s.evidence:
        return "place"  # "at Cobblers Cove": a cove, where it is
    if (
        "located" in s.evidence
        and 1 <= len(s.name.split()) <= 3
        and (len(s.name.split()) > 1 or gaz.zipf(s.name) < 2.0)
    ):
        return "place"
    return None


class Aggregator:
    """Sightings added up over the corpus; `candidates()` settles them once all are in."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.by_key: Table = {}
        self.surnames: list[Sighting] = []
        self.lone: Counter[str] = Counter()  # single words seen on their own
        self.unknown: dict[str, Candidate] = {}

    def add(self, s: Sighting) -> None:
        if len(s.name.split()) == 1 and s.kind != "country":
            self.lone[s.name] += 1
        if s.kind == "person" and s.surname_only:
            self.surnames.append(s)
            return
        kind = _kind_of(s, self.gaz)
        if kind is None:
            if len(s.name.split()) >= 2 or s.evidence:
                self.unknown.setdefault(name_key(s.name), Candidate("unknown", s.name)).add(s)
            return
        name = self._canonical(kind, s.name)
        key = (kind, name_key(name))
        if kind == "organization":
            key = (kind, name_key(without_suffix(name, self.gaz)))
        cand = self.by_key.get(key)
        if cand is None:
            cand = self.by_key[key] = Candidate(kind, name)
        cand.add(s)

    def _canonical(self, kind: str, name: str) -> str:
        gaz = self.gaz
        if kind == "country":
            return gaz.country_by_name.get(fold(name), name)
        if kind == "organization" and fold(name) in gaz.organizations:
            return gaz.organizations[fold(name)][0]
        if kind == "place":
            if fold(name) in gaz.regions:
                return gaz.regions[fold(name)]
            if fold(name) in gaz.region_demonyms:
                return gaz.region_demonyms[fold(name)]  # "African" is a name of Africa
            if name.isupper() and fold(name) in gaz.cities:
                return gaz.cities[fold(name)][0]
        return name

    # -- the whole corpus read: settle everything ----------------------------------------
    def candidates(self) -> list[Candidate]:
        self._acronym_bodies()
        resolve_kinds(self.by_key)
        country_parts(self.by_key, self.unknown)
        merge_people(self.by_key)
        merge_longer_names(self.by_key)
        surnames_not_towns(self.by_key, self.surnames)
        attach_surnames(self.by_key, self.surnames)
        merge_acronyms(self.by_key, self.gaz)
        named: dict[str, Candidate] = {}
        for cand in self.by_key.values():
            cand.name = display_name(cand, self.gaz)
            other = named.get(name_key(cand.name))
            if other is None:
                named[name_key(cand.name)] = cand
                continue
            # Two candidates that came to the same name are one (the better supported).
            keep, drop = (other, cand) if weight(other) >= weight(cand) else (cand, other)
            for s in drop.sightings:
                keep.add(s)
            named[name_key(cand.name)] = keep
        out = []
        for cand in named.values():
            cand.aliases = aliases_of(cand, self.gaz, self.lone)
            cand.confidence = confidence_of(cand, self.gaz)
            out.append(cand)
        unclaim_shared_aliases(out)
        return sorted(out, key=lambda c: (c.kind, fold(c.name)))

    def _acronym_bodies(self) -> None:
        """An acronym the articles never spell out, used alone in several of them and at
        the head of other names ("IBSA", "the IBSA Fund", "the IBSA Summit"), is a body.
        Not a common abbreviation (GDP, CEO): those are words of the language."""
        heads = Counter(
            key[1].split()[0]
            for key in self.by_key
            if key[0] in ("organization", "event", "project") and len(key[1].split()) >= 2
        )
        for key, cand in sorted(self.unknown.items()):
            name = cand.name
            if (
                not re.fullmatch(r"[A-Z][A-Z0-9]{1,6}", name)
                or len(cand.sources) < 2
                or not heads[name_key(name)]
                or self.gaz.zipf(name.lower()) >= 3.0
            ):
                continue
            body = self.by_key.setdefault(
                ("organization", name_key(name)), Candidate("organization", name)
            )
            for s in cand.sightings:
                body.add(s)
            body.evidence["acronym-head"] += 1
            del self.unknown[key]

    def unlinked(self, known: set[str]) -> list[Candidate]:
        """Names that recur but could not be given a kind, and are nobody's alias: for
        the curator to look at (`known` holds every name and alias, folded)."""
        return sorted(
            (c for c in self.unknown.values() if len(c.sources) >= 2 and fold(c.name) not in known),
            key=lambda c: (-len(c.sources), -sum(c.forms.values()), c.name),
        )
