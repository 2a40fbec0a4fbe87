"""The passes that make one candidate of several, once the whole corpus is read.

Each works on the candidate table (`Table`) in place and runs in this order (see
`Aggregator.candidates`): a name seen as two kinds keeps the better supported one;
people whose names differ by a typo in the surname are one; a short name contained in
a single longer one is that one; a title and a surname join the one person with that
surname (also a town's name that is the surname of a person the article names); an
acronym is the organisation that defined it.
"""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import fuzz

from generator.extract.detect.candidate import Candidate, Table, name_key, weight
from generator.extract.detect.gazetteer import Gazetteer
from generator.extract.detect.sightings import Sighting
from generator.load.names import fold


def resolve_kinds(by_key: Table) -> None:
    """A name seen as two kinds keeps the better supported one."""
    by_name: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in by_key:
        by_name[key[1]].append(key)
    for keys in by_name.values():
        if len(keys) < 2:
            continue
        best = max(keys, key=lambda k: (weight(by_key[k]), k[0]))
        for key in keys:
            if key != best:
                loser = by_key.pop(key)
                for s in loser.sightings:
                    by_key[best].add(s)


def merge_people(by_key: Table) -> None:
    """ "Uwamahoro" and "Uwamahorro" with the same first name: one person (merged into
    the more sighted one)."""
    people = sorted(
        (k for k in by_key if k[0] == "person"), key=lambda k: (-len(by_key[k].sightings), k)
    )
    kept: list[tuple[str, str]] = []
    for key in people:
        parts = key[1].split()
        target = None
        for other in kept:
            oparts = other[1].split()
            if (
                parts[0] == oparts[0]
                and len(parts) == len(oparts)
                and fuzz.ratio(parts[-1], oparts[-1]) >= 85
            ):
                target = other
                break
        if target is None:
            kept.append(key)
            continue
        loser = by_key.pop(key)
        for s in loser.sightings:
            by_key[target].add(s)


def merge_longer_names(by_key: Table) -> None:
    """One thing under a short and a long name: "Kigali Joint Declaration" and
    "Kigali Joint Declaration on Critical Minerals ..."; "Van den Broeck" and
    "Pieter Van den Broeck"; "María Paz Echeverría" and "María Paz Echeverría Larraín"
    (a second surname). Each long name lists the short names it contains (its part
    before " on/of/for ", a person's trailing words, or a person's name of three words
    or more without its last), so this is linear."""
    shorter: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for key in by_key:
        kind, name = key
        if kind == "person":
            parts = name.split()
            for i in range(1, len(parts)):
                shorter[(kind, " ".join(parts[i:]))].append(key)
            if len(parts) >= 3:
                shorter[(kind, " ".join(parts[:-1]))].append(key)
        else:
            for m in re.finditer(r" (?:on|of|for) ", name):
                shorter[(kind, name[: m.start()])].append(key)
    for key in sorted(by_key, key=lambda k: (len(k[1]), k)):
        longer = [k for k in shorter.get(key, []) if k in by_key]
        if len(longer) == 1 and key in by_key:
            for s in by_key.pop(key).sightings:
                by_key[longer[0]].add(s)


# What a town's name has only for being in the gazetteer: no word around it says place.
_TOWN_ONLY = frozenset({"city", "city-small", "gazetteer", "speech", "apposition"})


def surnames_not_towns(by_key: Table, surnames: list[Sighting]) -> None:
    """A word that is a town's name and a name of a person the same article names in
    full is that person: "Carlos Santos ... said Santos" (not the port of Santos), "a good
    start, Nikki" to Nikki Rawiri (not the town in Benin). Only where nothing around the
    word says place ("in Santos", "Santos port")."""
    named: dict[str, set[str]] = defaultdict(set)  # source -> words of full names
    for key, cand in by_key.items():
        if key[0] == "person" and len(key[1].split()) >= 2:
            for s in cand.sightings:
                named[s.source].update(fold(w) for w in s.name.split())
    for key in [k for k in by_key if k[0] == "place" and len(k[1].split()) == 1]:
        cand = by_key[key]
        moved = [
            s
            for s in cand.sightings
            if s.evidence <= _TOWN_ONLY and fold(s.name) in named[s.source]
        ]
        if not moved:
            continue
        for s in moved:
            s.kind, s.surname_only = "person", True
            surnames.append(s)
        kept = [s for s in cand.sightings if s not in moved]
        del by_key[key]
        if kept:
            by_key[key] = Candidate(cand.kind, cand.name)
            for s in kept:
                by_key[key].add(s)


def attach_surnames(by_key: Table, surnames: list[Sighting]) -> None:
    """ "President Habimana" joins the one person called Habimana (by surname, either of
    two surnames, or a Chinese-style family name first); with none it is a person of its
    own, with several it is nobody's."""
    people = [c for k, c in by_key.items() if k[0] == "person"]
    by_last: dict[str, list[Candidate]] = defaultdict(list)
    for cand in people:
        # Any word of the name may be the one used alone: a surname, either of two
        # ("Echeverría" for María Paz Echeverría Larraín), or a family name first.
        for part in {fold(w) for w in cand.name.split()}:
            by_last[part].append(cand)
    for s in surnames:
        owners = by_last.get(fold(s.name), [])
        if len(owners) == 1:
            owners[0].add(s)
            continue
        if owners:
            continue
        key = ("person", name_key(s.name))
        if key not in by_key:
            by_key[key] = Candidate("person", s.name)
        by_key[key].add(s)


def merge_acronyms(by_key: Table, gaz: Gazetteer) -> None:
    """A bare acronym seen elsewhere ("EIB") is the organisation that defined it;
    "AU Commission" is "African Union Commission"; "Petroleum and Gas Board" is the
    end of "Rwanda Mines, Petroleum and Gas Board"."""
    expansions = {a: c.name for c in by_key.values() for a in c.acronyms}
    expansions.update(
        {alias: name for name, aliases in gaz.organizations.values() for alias in aliases}
    )
    orgs = {k[1]: k for k in by_key if k[0] == "organization"}
    for key in list(by_key):
        if key[0] != "organization" or key not in by_key:
            continue
        name = by_key[key].name
        expanded = " ".join(expansions.get(w, w) for w in name.split())
        tail_of = [k for n, k in orgs.items() if n.endswith(", " + key[1]) and k != key]
        target = orgs.get(name_key(expanded)) if expanded != name else None
        if target is None and len(tail_of) == 1:
            target = tail_of[0]
        if target is not None and target != key and target in by_key:
            for s in by_key.pop(key).sightings:
                by_key[target].add(s)
    defined = {a: c for c in by_key.values() for a in c.acronyms}
    for key in list(by_key):
        found = by_key.get(key)
        if (
            found is None
            or " " in found.name
            or found.kind not in ("organization", "project", "event")
        ):
            continue
        cand = found
        owner = defined.get(cand.name)
        if owner is not None and owner is not cand:
            for s in by_key.pop(key).sightings:
                owner.add(s)
