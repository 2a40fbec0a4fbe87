"""A name's kind from the name alone, and why: its head word ("Ministry", "Summit",
"Corridor"), a legal suffix ("NV"), or the gazetteers (countries, regions, cities,
international bodies).

The context around the name (`context`) may still change the kind; this is what the
words themselves say, asked again for parts of a span by `split` and `titles`.
"""

from __future__ import annotations

import re

from generator.extract.detect.gazetteer import Gazetteer
from generator.extract.detect.spans import Word
from generator.load.names import fold


def classify(gaz: Gazetteer, ws: tuple[Word, ...], names: list[str]) -> tuple[str | None, set[str]]:
    """A kind from the name alone, and why."""
    vocab = gaz.words
    full = " ".join(names)
    key = fold(full)
    lows = [n.lower().rstrip(".") for n in names]
    if len(lows) >= 2 and lows[0] in vocab["outlet_first_words"]:
        return "organization", {"head"}  # "Radio Oceania"
    if lows[-1].endswith("s") and lows[-1][:-1] in vocab["organization_heads"]:
        lows[-1] = lows[-1][:-1]  # "Pasifika Subsea Networks"
    first, last = lows[0], lows[-1]
    # "Summit on Critical Minerals", "Partnership for Growth": the word before the
    # first "on"/"for" is the head.
    for i, low in enumerate(lows[1:], start=1):
        if low in ("on", "for") and i < len(lows) - 1:
            head = lows[i - 1]
            for kind, heads in (
                ("event", "event_heads"),
                ("project", "project_heads"),
                ("organization", "organization_heads"),
            ):
                if head in vocab[heads]:
                    return kind, {"head"}
            if head in ("centre", "center") and low == "for":
                return "organization", {"head"}  # "Centre for South-South Studies"
            break
    if key in gaz.organizations and not _acronym_in_lower_case(full, gaz.organizations[key]):
        return "organization", {"known"}
    if key in gaz.country_by_name:
        demonym = full in gaz.demonym_of or fold(full) in {fold(d) for d in gaz.demonym_of}
        return "country", {"gazetteer", *(["demonym"] if demonym else [])}
    acronym_like = len(names) == 1 and full.isupper() and len(full) <= 5
    if key in gaz.regions and not acronym_like:
        return "place", {"region"}
    if key in gaz.region_demonyms:
        return "place", {"region", "demonym"}
    if len(names) >= 2 and last.replace(".", "") in vocab["legal_suffixes"]:
        return "organization", {"legal"}  # "NV", "S.A."
    if (
        len(names) >= 2
        and gaz.country_by_name.get(fold(names[-1])) == names[-1]
        and all(low in vocab["portfolio_words"] for low in lows[:-1])
    ):
        return "organization", {"head"}  # a country's agency: "Natural Resources Canada"
    if last in ("centre", "center"):
        prev = lows[-2] if len(lows) > 1 else ""
        if prev in vocab["venue_words"] or (len(names) == 2 and fold(names[0]) in gaz.cities):
            return "place", {"head"}  # "Kigali Convention Centre", "Astana Centre"
        # A research centre or a venue named after someone: the sentence tells ("at
        # the X Centre" is where; "a fellow at the X Centre" is whom).
        return "organization", {"head", "venue-or-body"}
    if len(names) >= 2 and last == "court" and not set(lows[:-1]) & vocab["court_words"]:
        # "Ilaro Court", "Hampton Court": a house or an estate unless a court of law's
        # word says otherwise ("the High Court", "Magistrates' Court").
        return "organization", {"head", "venue-or-body"}
    if len(names) >= 2 and last in vocab["organization_heads"]:
        return "organization", {"head"}
    if len(names) >= 2 and last in vocab["event_heads"]:
        return "event", {"head"}
    if len(names) >= 2 and last in vocab["project_heads"]:
        return "project", {"head"}
    if len(names) >= 3 and lows[-2:] == ["trade", "area"]:
        return "project", {"head"}  # a free trade area is an agreement among states
    if len(names) >= 2 and last in vocab["place_heads"]:
        return "place", {"head"}
    if len(names) >= 2 and last in vocab["weak_place_heads"]:
        if len(names) >= 3 or any(w.possessive for w in ws[:-1]):
            return "place", {"head"}  # "Two Mile Hill", "Needham's Point"
        return None, {"weak-place-head"}  # "Lauryn Hill": a place only if located
    if len(lows) >= 3 and lows[:2] == ["house", "of"] and lows[-1] in vocab["chamber_members"]:
        return "organization", {"head"}  # a chamber: "House of Representatives"
    if len(names) >= 3 and "of" in lows[1:-1]:
        # "Ministry of Lands", "Lagos Chamber of Commerce", "Port of Tema".
        head = lows[lows.index("of") - 1]
        for kind, heads in (
            ("organization", "organization_heads"),
            ("place", "place_heads"),
            ("project", "project_heads"),
            ("event", "event_heads"),
        ):
            if head in vocab[heads]:
                return kind, {"head"}
    if len(names) >= 2 and first in vocab["organization_first_words"]:
        return "organization", {"head"}
    # A company's last word outranks a place's first: "Salar Verde Lithium", "San
    # Antonio Shipping" are companies.
    if len(names) >= 2 and last in vocab["company_heads"]:
        return "organization", {"company-head"}
    if len(names) >= 2 and first in vocab["place_first_words"]:
        return "place", {"head"}
    if key in gaz.cities and not acronym_like:
        _, population = gaz.cities[key]
        if population >= 1_000_000 or key in gaz.capitals:
            return "place", {"gazetteer"}
        if gaz.zipf(last) < 4.0:
            # A town of the gazetteer, believed with more: "in Naivasha", twice.
            return "place", {"city" if population >= 50_000 else "city-small"}
        return None, set()
    if (
        len(ws) == 1
        and re.fullmatch(r"[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*", names[0])
        and sum(c.isupper() for c in names[0]) >= 2
        and len(names[0]) <= 8
    ):
        return None, {"acronym"}
    return None, set()


def _acronym_in_lower_case(full: str, known: tuple[str, list[str]]) -> bool:
    """ "Who" is a word, not the WHO: a body known by an acronym is that body only when
    written in capitals."""
    forms = [known[0], *known[1]]
    return not full.isupper() and any(f.isupper() and fold(f) == fold(full) for f in forms)


# The body a unit belongs to, before it ("ADB's", "the bank's") or after it ("at
# ECLAC", "of the Asian Development Bank").
_POSSESSOR = re.compile(r"(?P<who>[\w-]+)(?:'s|’s)\s+$")
_PARENT_AFTER = re.compile(r"^\s+(?:at|of)\s+(?:the\s+)?[A-Z]")
# A body after a comma, as a contact or letterhead writes it: "Communications Office,
# Rwanda Mines, Petroleum and Gas Board", "Press Office, ADB".
_PARENT_LISTED = re.compile(
    r"^,\s+(?:the\s+)?(?P<body>[A-Z][\w'’&-]*(?:,?\s+(?:and\s+|of\s+)?[A-Z][\w'’&-]*)*)"
)


def internal_unit(gaz: Gazetteer, names: list[str], before: str, after: str) -> bool:
    """Is the name a unit of a body the sentence names with it ("Director General of
    ADB's Pacific Department", "the Natural Resources Division at ECLAC")? It is named
    as part of that body, not as a body of its own. A country's department is its
    government's own ("Kenya's Department of Mines") and stays."""
    lows = [n.lower() for n in names]
    heads = gaz.words["unit_heads"]
    if len(lows) < 2 or not (lows[-1] in heads or (lows[0] in heads and lows[1] == "of")):
        return False
    if _PARENT_AFTER.match(after):
        return True
    if _listed_body(gaz, after):
        return True
    owner = _POSSESSOR.search(before)
    return owner is not None and fold(owner.group("who")) not in gaz.country_by_name


def _listed_body(gaz: Gazetteer, after: str) -> bool:
    """Is the name followed by a comma and a body: an acronym ("Press Office, ADB") or a
    name ending in a body's head word ("..., Rwanda Mines, Petroleum and Gas Board")?"""
    listed = _PARENT_LISTED.match(after)
    if listed is None:
        return False
    words = listed.group("body").replace(",", " ").split()
    acronym = len(words) == 1 and words[0].isupper()
    return acronym or fold(words[-1]) in gaz.words["organization_heads"]
