"""A candidate: everything the corpus says about one thing, gathered from its sightings
(the forms it was written in, its sources, evidence, roles, acronyms), and what the
aggregation in `entities` and its passes (`merge`, `naming`) share: the candidate
table, the key names are compared by, and how much a candidate's evidence weighs.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from generator.extract.detect.sightings import Sighting
from generator.extract.textnorm import fold_punctuation
from generator.load.names import fold

# How much each piece of evidence says about a kind.
WEIGHTS = {
    "known": 5,
    "gazetteer": 4,
    "region": 4,
    "title": 4,
    "legal": 4,
    "ampersand": 3,
    "dateline-agency": 3,
    "affiliation": 3,
    "acronym-defined": 3,
    "head": 3,
    "apposition": 2,
    "contact": 2,
    "speech": 2,
    "byline": 2,
    "role-of": 2,
    "has-role": 2,
    "role": 2,
    "place-noun": 2,
    "place-of": 2,
    "project-noun": 2,
    "org-noun": 2,
    "company": 3,
    "company-head": 1,
    "role-before": 2,
    "city": 2,
    "city-small": 1,
    "located": 1,
    "demonym": 0,
    "acronym": 0,
    "acronym-head": 2,
}


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


# The candidates while the corpus is read and merged: (kind, name key) -> candidate.
Table = dict[tuple[str, str], Candidate]


def name_key(name: str) -> str:
    """A name as compared: folded, punctuation and a leading "the" aside; an apostrophe
    inside a word too ("Xian" is "Xi'an" as copy often spells it)."""
    return re.sub(r"^the\s+|(?<=\w)'(?=\w)", "", fold(fold_punctuation(name)))


def weight(cand: Candidate) -> int:
    """How well the evidence supports a candidate: of two that prove one, the better
    supported is kept."""
    return sum(WEIGHTS.get(e, 0) * n for e, n in cand.evidence.items())
