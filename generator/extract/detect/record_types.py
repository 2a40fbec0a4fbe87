"""The `type` of a detected project, place or event record, read from its name's head
word ("Lobito Corridor" is infrastructure, "Lake Kivu" water) or its evidence.
Organisations' types, with their long list of outlets' words, are in `org_types`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from generator.extract.detect.entities import Candidate

PROJECT_TYPES = {
    "agreement": {
        "agreement",
        "declaration",
        "treaty",
        "accord",
        "act",
        "pact",
        "memorandum",
        "charter",
        "protocol",
        "compact",
        "deal",
        "communique",
        "communiqué",
    },
    "facility": {
        "refinery",
        "plant",
        "hub",
        "station",
        "terminal",
        "facility",
        "mine",
        "farm",
        "reactor",
        "dam",
        "satellite",
    },
    "infrastructure": {
        "corridor",
        "railway",
        "railroad",
        "highway",
        "road",
        "bridge",
        "pipeline",
        "cable",
        "tunnel",
        "canal",
        "line",
        "route",
        "expressway",
        "port",
        "belt",
    },
    "programme": {
        "fund",
        "programme",
        "program",
        "mechanism",
        "scheme",
        "platform",
        "framework",
        "zone",
        "roadmap",
        "agenda",
        "academy",
    },
    "initiative": {"initiative", "partnership", "plan", "strategy", "vision", "project", "mission"},
}
PLACE_TYPES = {
    "venue": {
        "palace",
        "hall",
        "centre",
        "center",
        "hotel",
        "stadium",
        "house",
        "building",
        "tower",
        "arena",
        "museum",
        "plaza",
        "campus",
        "residence",
        "compound",
    },
    "region": {
        "region",
        "province",
        "district",
        "county",
        "prefecture",
        "oblast",
        "governorate",
        "territory",
        "state",
        "valley",
        "basin",
        "delta",
        "coast",
    },
    "water": {"lake", "river", "sea", "ocean", "bay", "gulf", "strait"},
    "airport": {"airport"},
}


def _heads(name: str) -> list[str]:
    """The words that may be a name's head: the one before "on"/"for" ("Summit on
    Critical Minerals"), the last ("Lobito Corridor"), the first ("Lake Kivu")."""
    words = [w.lower() for w in re.findall(r"[\w']+", name)]
    inner = [words[i - 1] for i, w in enumerate(words[1:-1], start=1) if w in ("on", "for")]
    return inner[:1] + words[-1:] + words[:1]


def head_type(name: str, table: Mapping[str, set[str]], default: str) -> str:
    """The type in `table` that the name's head gives; else `default`."""
    for word in _heads(name):
        for kind, heads in table.items():
            if word in heads:
                return kind
    return default


def place_type(cand: Candidate) -> str:
    """A place the gazetteers know is a city; else its head word says."""
    if cand.evidence["gazetteer"]:
        return "city"
    return head_type(cand.name, PLACE_TYPES, "place")


def event_type(name: str) -> str:
    """The event's head word ("summit", "forum"), when it is a word."""
    head = _heads(name)[0]
    return head if head.isalpha() else "event"
