"""The evidence around a name: what the words just before and after it say.

An acronym defined in place ("European Investment Bank (EIB)"), an apposition
(", the African Union's Commissioner for ...,"), speech ("Mahlangu said"), a role of
something ("chief executive of Valoris Metals"), a place ("in Naivasha", "Kilifi
county"), a byline ("Reporting by ..."). The patterns are in `cues`, the matching of
an acronym to its name in `acronyms`; this adds what they find to a sighting, and may
settle or change its kind.
"""

from __future__ import annotations

import re

from generator.extract.detect.acronyms import defined_by, initials_match
from generator.extract.detect.cues import (
    ACRONYM,
    APPOSITION,
    BUILDING_AFTER,
    BYLINE_BEFORE,
    COMPANY_AFTER,
    COMPANY_BEFORE,
    COPULA_ROLE,
    DATELINE_AGENCY_AFTER,
    DATELINE_AGENCY_BEFORE,
    LONE_PLACE_BEFORE,
    NOT_ROLE,
    ORG_AFTER,
    PLACE_AFTER,
    PLACE_BEFORE,
    PLACE_IN_AFTER,
    PLACE_OF_BEFORE,
    PORT_OF_BEFORE,
    PROJECT_AFTER,
    ROLE_AFTER_POSSESSIVE,
    ROLE_BEFORE,
    ROLE_OF_BEFORE,
    ROLE_THEN_NAME,
)
from generator.extract.detect.gazetteer import Gazetteer
from generator.extract.detect.sighting import Sighting
from generator.extract.detect.spans import Span
from generator.extract.detect.speaking import read_speaking
from generator.extract.detect.venues import surname_like_a_place, venue_or_body
from generator.extract.detect.wording import lowered, title_case
from generator.load.names import fold


def read_context(
    gaz: Gazetteer,
    s: Sighting,
    span: Span,
    after: str,
    before: str,
    previous: Span | None,
    text: str,
    credit: bool,
) -> None:
    """Add to `s` the evidence in `after` and `before` (the text either side of `span`);
    `previous` is the span before it in the sentence (a title phrase before a comma),
    `credit` says the sentence is a byline or credit line."""
    vocab = gaz.words
    if m := ACRONYM.match(after):
        acronym = m.group("acr")
        if initials_match(acronym, s.name.split()):
            s.acronym = acronym
            s.evidence.add("acronym-defined")
        elif (joined := defined_by(acronym, text[: span.end])) is not None:
            # "Ports, Harbours and Shipping Authority (PHSA)": a name with commas, and
            # only as a whole ("Shipping Authority" alone is not how it is written).
            s.name, s.acronym = joined, acronym
            s.forms = s.forms | {joined} if joined in span.text else {joined}
            s.evidence.add("acronym-defined")
            if s.kind in ("place", "country") and joined not in span.text:
                # "Economic Commission for Latin America and the Caribbean (ECLAC)": the
                # region read last is inside the body's name.
                s.kind = None
                s.evidence -= {"region", "gazetteer", "demonym", "located", "city"}
        if s.acronym and s.kind is None:
            s.kind = "organization"
    if span.possessive and ROLE_AFTER_POSSESSIVE.match(after):
        s.evidence.add("has-role")  # "Savanna Hydrogen's chief executive"
    if s.kind == "organization" and not span.possessive and ROLE_THEN_NAME.match(after):
        s.evidence.add("has-role")  # "Kaveri Motors chief executive Priya Raman"
    if ROLE_OF_BEFORE.search(before):
        s.evidence.add("role-of")
    role_apposition = False
    if (m := APPOSITION.match(after)) and not span.possessive:
        body = m.group("body").lower()
        first_words = re.findall(r"[\w-]+", body)[:5]
        role_apposition = bool(
            set(first_words) & (vocab["title_heads"] | vocab["role_words"])
        ) and not NOT_ROLE.match(body)
        if re.search(r"['’]s\s+(?:[\w-]+\s+)?(?P<noun>[\w-]+)$", body) and (
            re.findall(r"[\w-]+", body)[-1] in vocab["place_heads"]
        ):
            # ", the governor's residence": where someone lives or works, not a role.
            role_apposition = False
            s.evidence.add("place-noun")
    if not role_apposition and (COMPANY_AFTER.match(after) or COMPANY_BEFORE.search(before)):
        s.evidence.add("company")
        if s.kind in (None, "person"):
            s.kind = "organization"
    read_speaking(gaz, s, span, after, before)
    if (m := APPOSITION.match(after)) and not span.possessive:
        if role_apposition:
            s.evidence.add("apposition")
            s.title = s.title or _role_text(m.group("body"))
        elif m.group("body").lower().startswith("who "):
            s.evidence.add("apposition")
    if s.kind is None and (m := COPULA_ROLE.match(after)) and not span.possessive:
        said = set(re.findall(r"[\w-]+", m.group("body").lower())[:4])
        if said & (vocab["title_heads"] | vocab["role_words"]) - {"member", "head"}:
            s.evidence.add("apposition")
    if (
        previous is not None
        and text[previous.end : span.start].strip() == ","
        and _is_title_phrase(vocab, previous)
    ):
        s.evidence.add("apposition")
        s.title = s.title or title_case(previous.text)
    if PLACE_BEFORE.search(before):
        s.evidence.add("located")
        if (
            len(span.words) == 1
            and not LONE_PLACE_BEFORE.search(before)
            and not s.evidence & {"gazetteer", "city", "city-small", "region"}
        ):
            s.evidence.discard("located")  # "according to Ndayisaba", "from Habimana"
    if DATELINE_AGENCY_BEFORE.search(before) and DATELINE_AGENCY_AFTER.match(after):
        s.kind = "organization"
        s.evidence.add("dateline-agency")
    if PLACE_AFTER.match(after):
        s.evidence.add("place-noun")
    if BUILDING_AFTER.match(after) and s.kind in (None, "event"):
        s.kind = "place"  # "the National Congress building": where a congress meets
        s.evidence.add("place-noun")
    if s.kind in (None, "place") and (
        PLACE_OF_BEFORE.search(before) or (_rare_words(gaz, s.name) and _in_a_country(gaz, after))
    ):
        s.evidence.add("place-of")
    if s.kind in (None, "place") and PORT_OF_BEFORE.search(before):
        # "the port of Santos" is the Port of Santos (linked under that name too), not
        # the town: the port is what the sentence is about.
        s.name, s.kind = f"Port of {s.name}", "place"
        s.forms = {f"port of {form}" for form in s.forms}
        s.evidence.add("head")
    if PROJECT_AFTER.match(after) and s.kind is None:
        s.kind = "project"
        s.evidence.add("project-noun")
    # "the Latin American development bank": a region's adjective, not the bank's name.
    if ORG_AFTER.match(after) and s.kind in (None, "place") and "demonym" not in s.evidence:
        s.kind = "organization"
        s.evidence.add("org-noun")
    if BYLINE_BEFORE.search(before) or (credit and s.kind is None):
        s.evidence.add("byline")
    role = ROLE_BEFORE.search(before)
    if role and s.kind is None and (not role.group("comma") or after.startswith(",")):
        # "CPA writer Marta Kowalczyk"; "the bank's chief economist, Helen Preston, said"
        s.evidence.add("role-before")
    venue_or_body(s, before)
    if (
        s.kind == "place"
        and re.match(r"^\s+region\b", after)
        and fold(s.name + " region") in gaz.regions
    ):
        s.name = gaz.regions[fold(s.name + " region")]  # "Great Lakes region"
    surname_like_a_place(gaz, s, span)


def _rare_words(gaz: Gazetteer, name: str) -> bool:
    """Place names are rare words; "Tourism Year in Kenya" is not one."""
    parts = name.split()
    return len(parts) <= 3 and all(gaz.zipf(p.lower()) < 4.0 for p in parts)


def _in_a_country(gaz: Gazetteer, after: str) -> bool:
    """ "Neiafu in Tonga": a country by its name (a
    demonym says nothing here: "Neiafu in Tongan waters")."""
    m = PLACE_IN_AFTER.match(after)
    if m is None:
        return False
    where = m.group("where")
    key = fold(where)
    demonyms = {fold(d) for d in gaz.demonym_of}
    return (key in gaz.country_by_name and key not in demonyms) or key in gaz.regions


def _is_title_phrase(vocab: dict[str, frozenset[str]], span: Span) -> bool:
    """A title with no name of its own ("the Commissioner for Energy"), so the name after
    its comma is the one it describes."""
    lows = [lowered(w) for w in span.words]
    return any(low in vocab["title_heads"] for low in lows) and not any(
        w.possessive for w in span.words
    )


def _role_text(body: str) -> str:
    body = re.sub(r"^(?:the|a|an|its|his|her)\s+", "", body.strip(), flags=re.IGNORECASE)
    return body[:1].upper() + body[1:]
