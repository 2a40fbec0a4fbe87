"""Who a release's media contacts are. In "Media contacts: Acme Ltd, Jo Lee,
press@acme.example, +1 555 0100; Bolt & Sons, Kemi Ade, ...", a contact is a group of
items between semicolons: the name its email's address spells is the body, and a name
of a person's shape beside a body (or spelt by the address) is the person to call."""

from __future__ import annotations

import re

from generator.extract.detect.gazetteer import Gazetteer
from generator.extract.detect.shapes import person_shape
from generator.extract.detect.sightings import Sighting
from generator.load.contacts import LABEL
from generator.load.names import fold

_EMAIL = re.compile(r"(?P<local>[\w.+-]+)@(?P<host>[\w-]+)(?:\.[\w-]+)+")


def read_contacts(gaz: Gazetteer, text: str, sightings: list[Sighting]) -> None:
    """Give the names of a contact note (`text`, its `sightings`) their kinds."""
    label = LABEL.match(text)
    if label is None:
        return
    body = text[text.find(":", label.end()) + 1 :] if ":" in text else text[label.end() :]
    for group in body.split(";"):
        items = {item.strip() for item in group.split(",")}
        emails = list(_EMAIL.finditer(group))
        named = [s for s in sightings if s.name in items or s.forms & items]
        spelt = {id(s) for s in named if any(_spells(s.name, e.group("host")) for e in emails)}
        for s in named:
            if id(s) in spelt and s.kind is None:
                s.kind = "organization"
                s.evidence.add("contact")
        has_body = bool(spelt) or any(s.kind == "organization" for s in named)
        for s in named:
            by_address = any(_spells(s.name, e.group("local")) for e in emails)
            beside = has_body or by_address
            if s.kind is None and id(s) not in spelt and beside and _person(gaz, s.name):
                s.kind = "person"
                s.evidence.add("contact")


def _spells(name: str, address: str) -> bool:
    """Does an email address's part spell the name ("terminaisatlantico" for
    "Terminais Atlântico", "jo.lee" for "Jo Lee"), or begin it ("cordillerarail" for
    "Cordillera Rail & Logistics")?"""
    letters = re.sub(r"[^a-z]", "", fold(name))
    spelt = re.sub(r"[^a-z]", "", fold(address))
    return len(spelt) >= 4 and letters.startswith(spelt)


def _person(gaz: Gazetteer, name: str) -> bool:
    """A person's name, not a body's first words cut at a comma ("Rwanda Mines, Petroleum
    and Gas Board"): no word of it is a country's."""
    words = name.split()
    return person_shape(name, gaz) and not any(fold(w) in gaz.country_by_name for w in words)
