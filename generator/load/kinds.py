"""The kinds of entity a briefing knows, each described in one place.

A kind is its YAML record (the fields a curator writes), the file it is curated in,
the folder its pages go to, its names for people to read, and the rows of its facts
box. The schema, the loader, the site's navigation and its page folders are all
derived from `KINDS`: adding a kind means adding a record class and one `Kind` here.

Facts box rows are data, not Markdown: a value is text, a reference to another entity
(`Ref`, `Refs`) or a span of dates (`Span`), and the site decides how each is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from pydantic import Field, StrictStr

from generator.load.schema import (
    Entity,
    PartialDate,
    Record,
    Ref,
    Refs,
    Row,
    Span,
    Value,
    rows,
)


class Role(Record):
    title: StrictStr
    country: StrictStr | None = None
    organization: StrictStr | None = None
    since: StrictStr | int | None = None


class Person(Entity):
    kind: ClassVar[str] = "person"
    country: StrictStr | None = None
    roles: list[Role] = Field(default_factory=list)

    def references(self) -> list[tuple[str, str]]:
        refs = [("country", self.country)] if self.country else []
        for role in self.roles:
            refs += [("roles.country", role.country)] if role.country else []
            refs += [("roles.organization", role.organization)] if role.organization else []
        return refs

    def facts(self) -> list[Row]:
        held = [
            Row(
                "Role",
                (role.title, *[Ref(r) for r in (role.organization, role.country) if r]),
                str(role.since) if role.since else None,
            )
            for role in self.roles
        ]
        return held + rows(("Country", Ref(self.country) if self.country else None))

    def describe(self) -> tuple[Value, ...]:
        return (self.roles[0].title,) if self.roles else (self.kind,)

    def country_ids(self) -> list[str]:
        if self.country:
            return [self.country]
        return [r.country for r in self.roles if r.country][:1]


class Country(Entity):
    kind: ClassVar[str] = "country"
    official_name: StrictStr | None = None
    capital: StrictStr | None = None

    def references(self) -> list[tuple[str, str]]:
        return [("capital", self.capital)] if self.capital else []

    def facts(self) -> list[Row]:
        return rows(
            ("Official name", self.official_name or None),
            ("Capital", Ref(self.capital) if self.capital else None),
        )


class Organization(Entity):
    kind: ClassVar[str] = "organization"
    type: StrictStr = "organization"
    country: StrictStr | None = None
    headquarters: StrictStr | None = None

    def references(self) -> list[tuple[str, str]]:
        refs = [("country", self.country)] if self.country else []
        return refs + ([("headquarters", self.headquarters)] if self.headquarters else [])

    def facts(self) -> list[Row]:
        return rows(
            ("Type", self.type),
            ("Country", Ref(self.country) if self.country else None),
            ("Headquarters", Ref(self.headquarters) if self.headquarters else None),
        )

    def describe(self) -> tuple[Value, ...]:
        return (self.type,)

    def country_ids(self) -> list[str]:
        return [self.country] if self.country else []


class Project(Entity):
    kind: ClassVar[str] = "project"
    type: Literal["initiative", "agreement", "facility", "programme", "infrastructure", "other"]
    countries: list[StrictStr] = Field(default_factory=list)
    location: StrictStr | None = None
    status: StrictStr | None = None

    def references(self) -> list[tuple[str, str]]:
        refs = [("countries", c) for c in self.countries]
        return refs + ([("location", self.location)] if self.location else [])

    def facts(self) -> list[Row]:
        return rows(
            ("Type", self.type),
            ("Countries", Refs(tuple(self.countries))),
            ("Location", Ref(self.location) if self.location else None),
            ("Status", self.status or None),
        )

    def describe(self) -> tuple[Value, ...]:
        return (self.type,)

    def country_ids(self) -> list[str]:
        return list(self.countries)


class Event(Entity):
    kind: ClassVar[str] = "event"
    type: StrictStr = "event"
    start: PartialDate
    end: PartialDate | None = None
    place: StrictStr | None = None
    host: StrictStr | None = None
    participants: list[StrictStr] = Field(default_factory=list)
    part_of: StrictStr | None = None

    def references(self) -> list[tuple[str, str]]:
        refs = [("participants", p) for p in self.participants]
        for key in ("place", "host", "part_of"):
            value = getattr(self, key)
            if value:
                refs.append((key, value))
        return refs

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def facts(self) -> list[Row]:
        return rows(
            ("Type", self.type),
            ("Dates", self.span),
            ("Place", Ref(self.place) if self.place else None),
            ("Host", Ref(self.host) if self.host else None),
            ("Participants", Refs(tuple(self.participants))),
            ("Part of", Ref(self.part_of) if self.part_of else None),
        )

    def describe(self) -> tuple[Value, ...]:
        return (self.type, self.span)

    def located_at(self) -> str | None:
        return self.place


class Place(Entity):
    kind: ClassVar[str] = "place"
    type: StrictStr = "place"
    country: StrictStr | None = None

    def references(self) -> list[tuple[str, str]]:
        return [("country", self.country)] if self.country else []

    def facts(self) -> list[Row]:
        return rows(("Type", self.type), ("Country", Ref(self.country) if self.country else None))

    def describe(self) -> tuple[Value, ...]:
        return (self.type,)

    def country_ids(self) -> list[str]:
        return [self.country] if self.country else []


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
