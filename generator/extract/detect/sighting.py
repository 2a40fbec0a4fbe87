"""The sighting record: one name as one sentence shows it, with the evidence around it.

A module of its own so that the readers that fill it in (`titles`, `context`) and the
reader that walks a sentence (`sightings`) all import it one way, with no cycle.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Sighting:
    name: str
    kind: str | None
    evidence: set[str]
    source: str
    paragraph: int
    sentence: str
    title: str | None = None
    role_country: str | None = None
    role_org: str | None = None
    acronym: str | None = None
    surname_only: bool = False
    titled: str | None = None  # "President Habimana", as written
    forms: set[str] = field(default_factory=set)  # every way the text wrote it
