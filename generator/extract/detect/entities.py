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
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from generator.extract.detect.gazetteer import Gazetteer, fold
from generator.extract.detect.sightings import Sighting
from generator.extract.textnorm import fold_punctuation

# How much each piece of evidence says about a kind.
WEIGHTS = {"known": 5, "gazetteer": 4, "region": 4, "title": 4, "legal": 4,
           "acronym-defined": 3, "head": 3, "apposition": 2, "speech": 2, "byline": 2,
           "role-of": 2, "has-role": 2, "role": 2, "place-noun": 2, "project-noun": 2,
           "org-noun": 2, "company": 3, "company-head": 1, "role-before": 2, "city": 2,
           "city-small": 1, "located": 1, "demonym": 0, "acronym": 0}
# Evidence strong enough to show a detected entity in the site (below: the draft only).
STRONG = {"known", "gazetteer", "region", "title", "legal", "acronym-defined", "head",
          "apposition", "speech", "byline", "role-of", "has-role", "role", "place-noun",
          "project-noun", "org-noun", "company", "role-before"}
CONFIDENT = 0.7


@dataclass
class Candidate:
    kind: str
    name: str
    forms: Counter[str] = field(default_factory=Counter)
    sources: set[str] = field(default_factory=set)
    evidence: Counter[str] = field(default_factory=Counter)
    roles: Counter[tuple[str, str | None, str | None]] = field(default_factory=Counter)
    acronyms: set[str] = field(default_factory=set)
    titled: set[str] = field(default_factory=set)
    first: tuple[str, int, str] | None = None  # source, paragraph, sentence
    aliases: set[str] = field(default_factory=set)
    confidence: float = 0.0
    sightings: list[Sighting] = field(default_factory=list)

    def add(self, s: Sighting) -> None:
        self.forms[s.name] += 1
        self.forms.update(f for f in s.forms if f != s.name)
        self.sources.add(s.source)
        self.evidence.update(s.evidence)
        if s.title:
            self.roles[(s.title, s.role_country, s.role_org)] += 1
        if s.acronym:
            self.acronyms.add(s.acronym)
        if s.titled:
            self.titled.add(s.titled)
        if self.first is None:
            self.first = (s.source, s.paragraph, s.sentence)
        self.sightings.append(s)


def _key(name: str) -> str:
    return re.sub(r"^the\s+", "", fold(fold_punctuation(name)))


def _person_shape(name: str, gaz: Gazetteer) -> bool:
    parts = name.split()
    if not 2 <= len(parts) <= 4:
        return False
    lows = [p.lower() for p in parts]
    if any(low in gaz.words["title_heads"] for low in lows):
        return False  # "Prime Minister", "Foreign Minister"
    if any(low in gaz.words["organization_heads"] or low in gaz.words["place_heads"] or
           low in gaz.words["event_heads"] or low in gaz.words["project_heads"] or
           low in gaz.words["never_names"] or low in gaz.words["company_heads"]
           for low in lows):
        return False
    if fold(name) in gaz.country_by_name or fold(name) in gaz.cities:
        return False
    if any(fold(piece) in gaz.country_by_name or fold(piece) in gaz.cities
           for piece in re.split(r"[-–]", name) if piece != name):
        return False  # "Brazil-South Africa": two countries, not a person
    return all(p[:1].isupper() for p in parts if p.lower() not in
               ("van", "von", "den", "der", "de", "da", "bin", "al", "el", "le", "la"))


def _kind_of(s: Sighting, gaz: Gazetteer) -> str | None:
    if s.kind is not None:
        return s.kind
    person_evidence = s.evidence & {"speech", "apposition", "byline", "title", "role-before"}
    if person_evidence and _person_shape(s.name, gaz):
        return "person"
    if s.evidence & {"company", "has-role", "role-of", "acronym-defined", "org-noun"}:
        return "organization"
    if "place-noun" in s.evidence and len(s.name.split()) <= 3:
        return "place"
    if "located" in s.evidence and 1 <= len(s.name.split()) <= 3 and (
            len(s.name.split()) > 1 or gaz.zipf(s.name) < 2.0):
        return "place"
    return None


class Aggregator:
    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.by_key: dict[tuple[str, str], Candidate] = {}
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
                self.unknown.setdefault(_key(s.name), Candidate("unknown", s.name)).add(s)
            return
        name = self._canonical(kind, s.name)
        key = (kind, _key(name))
        if kind == "organization":
            key = (kind, _key(self._without_suffix(name)))
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
            if name.isupper() and fold(name) in gaz.cities:
                return gaz.cities[fold(name)][0]
        return name

    def _without_suffix(self, name: str) -> str:
        parts = name.split()
        if len(parts) > 2 and parts[-1].lower().rstrip(".") in \
                self.gaz.words["droppable_suffixes"]:
            return " ".join(parts[:-1])
        return name

    # -- the whole corpus read: settle everything ----------------------------------------
    def candidates(self) -> list[Candidate]:
        self._resolve_kinds()
        self._merge_people()
        self._merge_longer_names()
        self._attach_surnames()
        self._merge_acronyms()
        named: dict[str, Candidate] = {}
        for cand in self.by_key.values():
            cand.name = self._display(cand)
            other = named.get(_key(cand.name))
            if other is None:
                named[_key(cand.name)] = cand
                continue
            # Two candidates that came to the same name are one (the better supported).
            keep, drop = (other, cand) if self._weight(other) >= self._weight(cand) \
                else (cand, other)
            for s in drop.sightings:
                keep.add(s)
            named[_key(cand.name)] = keep
        out = []
        for cand in named.values():
            cand.aliases = self._aliases(cand)
            cand.confidence = self._confidence(cand)
            out.append(cand)
        self._unclaim_shared_aliases(out)
        return sorted(out, key=lambda c: (c.kind, fold(c.name)))

    def unlinked(self, known: set[str]) -> list[Candidate]:
        """Names that recur but could not be given a kind, and are nobody's alias: for
        the curator to look at (`known` holds every name and alias, folded)."""
        return sorted((c for c in self.unknown.values() if len(c.sources) >= 2 and
                       fold(c.name) not in known),
                      key=lambda c: (-len(c.sources), -sum(c.forms.values()), c.name))

    def _resolve_kinds(self) -> None:
        """A name seen as two kinds keeps the better supported one."""
        by_name: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for key in self.by_key:
            by_name[key[1]].append(key)
        for keys in by_name.values():
            if len(keys) < 2:
                continue
            best = max(keys, key=lambda k: (self._weight(self.by_key[k]), k[0]))
            for key in keys:
                if key != best:
                    loser = self.by_key.pop(key)
                    for s in loser.sightings:
                        self.by_key[best].add(s)

    def _weight(self, cand: Candidate) -> int:
        return sum(WEIGHTS.get(e, 0) * n for e, n in cand.evidence.items())

    def _merge_people(self) -> None:
        people = sorted((k for k in self.by_key if k[0] == "person"),
                        key=lambda k: (-len(self.by_key[k].sightings), k))
        kept: list[tuple[str, str]] = []
        for key in people:
            parts = key[1].split()
            target = None
            for other in kept:
                oparts = other[1].split()
                if parts[0] == oparts[0] and len(parts) == len(oparts) and \
                        fuzz.ratio(parts[-1], oparts[-1]) >= 85:
                    target = other
                    break
            if target is None:
                kept.append(key)
                continue
            loser = self.by_key.pop(key)
            for s in loser.sightings:
                self.by_key[target].add(s)

    def _merge_longer_names(self) -> None:
        """One thing under a short and a long name: "Kigali Joint Declaration" and
        "Kigali Joint Declaration on Critical Minerals ..."; "Van den Broeck" and
        "Pieter Van den Broeck". Each long name lists the short names it contains (its
        part before " on/of/for ", or a person's trailing words), so this is linear."""
        shorter: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        for key in self.by_key:
            kind, name = key
            if kind == "person":
                parts = name.split()
                for i in range(1, len(parts)):
                    shorter[(kind, " ".join(parts[i:]))].append(key)
            else:
                for m in re.finditer(r" (?:on|of|for) ", name):
                    shorter[(kind, name[:m.start()])].append(key)
        for key in sorted(self.by_key, key=lambda k: (len(k[1]), k)):
            longer = [k for k in shorter.get(key, []) if k in self.by_key]
            if len(longer) == 1 and key in self.by_key:
                for s in self.by_key.pop(key).sightings:
                    self.by_key[longer[0]].add(s)

    def _attach_surnames(self) -> None:
        people = [c for k, c in self.by_key.items() if k[0] == "person"]
        by_last: dict[str, list[Candidate]] = defaultdict(list)
        for cand in people:
            for part in {fold(cand.name.split()[-1]), fold(cand.name.split()[0])}:
                by_last[part].append(cand)
        for s in self.surnames:
            owners = by_last.get(fold(s.name), [])
            if len(owners) == 1:
                owners[0].add(s)
                continue
            if owners:
                continue
            key = ("person", _key(s.name))
            if key not in self.by_key:
                self.by_key[key] = Candidate("person", s.name)
            self.by_key[key].add(s)

    def _merge_acronyms(self) -> None:
        """A bare acronym seen elsewhere ("EIB") is the organisation that defined it;
        "AU Commission" is "African Union Commission"; "Petroleum and Gas Board" is the
        end of "Rwanda Mines, Petroleum and Gas Board"."""
        expansions = {a: c.name for c in self.by_key.values() for a in c.acronyms}
        expansions.update({alias: name for name, aliases in self.gaz.organizations.values()
                           for alias in aliases})
        orgs = {k[1]: k for k in self.by_key if k[0] == "organization"}
        for key in list(self.by_key):
            if key[0] != "organization" or key not in self.by_key:
                continue
            name = self.by_key[key].name
            expanded = " ".join(expansions.get(w, w) for w in name.split())
            tail_of = [k for n, k in orgs.items() if n.endswith(", " + key[1]) and k != key]
            target = orgs.get(_key(expanded)) if expanded != name else None
            if target is None and len(tail_of) == 1:
                target = tail_of[0]
            if target is not None and target != key and target in self.by_key:
                for s in self.by_key.pop(key).sightings:
                    self.by_key[target].add(s)
        defined = {a: c for c in self.by_key.values() for a in c.acronyms}
        for key in list(self.by_key):
            found = self.by_key.get(key)
            if found is None or " " in found.name or found.kind not in ("organization",
                                                                         "project", "event"):
                continue
            cand = found
            owner = defined.get(cand.name)
            if owner is not None and owner is not cand:
                for s in self.by_key.pop(key).sightings:
                    owner.add(s)

    def _display(self, cand: Candidate) -> str:
        if cand.kind == "country":
            return cand.name
        names = [f for f in cand.forms if not (f.isupper() and len(f) <= 10 and
                                                cand.kind != "country")]
        if cand.kind == "person":
            full = [f for f in names if len(f.split()) >= 2]
            names = full or names
        if not names:
            return cand.name
        # The most used spelling (counting "Sjöberg" and "Sjoberg" as one), written with
        # its accents; a one-off typo ("Sjöbergg") never wins a tie.
        spelled: Counter[str] = Counter()
        for f in names:
            spelled[_key(f)] += cand.forms[f]
        best = max(names, key=lambda f: (spelled[_key(f)], cand.forms[f], not f.isascii(),
                                         len(f), f))
        if cand.kind == "organization":
            # A form that holds the others ("Rwanda Mines, Petroleum and Gas Board").
            holders = [f for f in names if all(_key(o) in _key(f) for o in names)]
            best = self._without_suffix(max(holders, key=len) if holders else best)
        return best[4:] if best.startswith("the ") else best

    def _aliases(self, cand: Candidate) -> set[str]:
        gaz = self.gaz
        aliases = {f for f in cand.forms if (f != cand.name and not f.isupper()) or
                   (f.isupper() and len(f) <= 10 and f != cand.name)}
        aliases |= cand.acronyms | cand.titled
        if cand.kind == "organization":
            known = gaz.organizations.get(fold(cand.name))
            if known:
                aliases |= set(known[1])
            if cand.name.startswith("The "):
                aliases.add(cand.name[4:])
        if cand.kind == "country":
            country = gaz.countries.get(cand.name)
            if country:
                aliases |= {d for d in country.demonyms if gaz.demonym_of.get(d) == cand.name}
        if cand.kind == "person":
            parts = cand.name.split()
            for part in {parts[-1], parts[0]} if len(parts) > 1 else set():
                if self.lone.get(part) and gaz.zipf(part) < 4.5 and part[:1].isupper():
                    aliases.add(part)
            aliases = {a for a in aliases if len(a.split()) >= 2 or a in self.lone or
                       a in cand.titled}
        return {a for a in aliases if (a.strip() and a != cand.name and
                not a.isupper()) or (a.isupper() and a != cand.name)}

    def _confidence(self, cand: Candidate) -> float:
        strong = set(cand.evidence) & STRONG
        if cand.kind == "country":
            return 1.0
        if cand.kind == "person":
            if not _person_shape(cand.name, self.gaz) and len(cand.name.split()) >= 2:
                return 0.3
            base = 0.9 if "title" in strong else 0.8 if strong else 0.4
            if len(cand.name.split()) == 1:
                base -= 0.15  # known only by a title and a surname
            return min(1.0, base + 0.05 * (len(cand.sources) - 1))
        if cand.kind == "organization" and set(cand.evidence) <= {"company-head", "located"}:
            return 0.5
        if cand.kind == "place" and set(cand.evidence) == {"located"}:
            return 0.75 if sum(cand.forms.values()) >= 2 else 0.6
        if cand.kind == "place" and set(cand.evidence) <= {"located", "city-small", "city"}:
            # A town of the gazetteer, or a name after "in": believed when both agree,
            # or when it comes back.
            seen = sum(cand.forms.values())
            agree = bool(cand.evidence["located"]) and bool(
                cand.evidence["city"] or cand.evidence["city-small"])
            return 0.8 if agree or (cand.evidence["city"] and seen >= 2) else 0.5
        return 0.9 if strong else 0.5

    def _unclaim_shared_aliases(self, cands: list[Candidate]) -> None:
        """An alias two candidates claim belongs to neither (the matcher would refuse it)."""
        owners: dict[str, set[int]] = defaultdict(set)
        for cand in cands:
            for alias in {cand.name, *cand.aliases}:
                owners[_key(alias)].add(id(cand))
        for cand in cands:
            cand.aliases = {a for a in cand.aliases if owners[_key(a)] == {id(cand)}}
