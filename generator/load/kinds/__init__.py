"""The kinds of entity a briefing knows, each described in one place.

A kind is its YAML record (a module here: the fields a curator writes, the rows of its
facts box, its one-line description), and one `Kind` line in `KINDS` below: the file it
is curated in, the folder its pages go to, its names for people to read. The loader, the
schema checks, the site's pages, sections and navigation are all derived from `KINDS`:
adding a kind means adding a module here and one line below.

Facts box rows are data, not Markdown: a value is text, a reference to another entity
(`Ref`, `Refs`) or a span of dates (`Span`), and the site decides how each is shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.load.kinds.country import Country
from generator.load.kinds.event import Event
from generator.load.kinds.organization import Organization
from generator.load.kinds.person import Person, Role
from generator.load.kinds.place import Place
from generator.load.kinds.project import Project
from generator.load.schema import Entity


@dataclass(frozen=True)
class Kind:
    name: str  # as in records and briefing.json: "person"
    record: type[Entity]
    file: str  # the curated YAML under entities/: "people.yml"
    folder: str  # where its pages go in docs/: "people"
    label: str  # one of them: "Person"
    title: str  # its section: "People"
    tab: str  # its section in the navigation tabs, short: "Projects"


KINDS: tuple[Kind, ...] = (
    Kind("person", Person, "people.yml", "people", "Person", "People", "People"),
    Kind("country", Country, "countries.yml", "countries", "Country", "Countries", "Countries"),
    Kind(
        "organization",
        Organization,
        "organizations.yml",
        "organizations",
        "Organization",
        "Organizations",
        "Organizations",
    ),
    Kind(
        "project",
        Project,
        "projects.yml",
        "projects",
        "Project or initiative",
        "Projects and initiatives",
        "Projects",
    ),
    Kind("event", Event, "events.yml", "events", "Event", "Events", "Events"),
    Kind("place", Place, "places.yml", "places", "Place", "Places", "Places"),
)
KIND_NAMES: tuple[str, ...] = tuple(k.name for k in KINDS)
_BY_NAME = {k.name: k for k in KINDS}


def kind_of(name: str) -> Kind:
    return _BY_NAME[name]


__all__ = [
    "KINDS",
    "KIND_NAMES",
    "Country",
    "Event",
    "Kind",
    "Organization",
    "Person",
    "Place",
    "Project",
    "Role",
    "kind_of",
]
