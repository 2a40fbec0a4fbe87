"""The curated YAML as typed records.

Each record forbids unknown keys and takes strings only as strings: YAML 1.1 reads
`No`, `Off` or `Yes` as booleans and `1992` as a number, and we would rather say so
than publish "False" as somebody's name.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, ClassVar, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictStr,
    field_validator,
)

KINDS: tuple[str, ...] = ("person", "country", "organization", "project", "event", "place")
KIND_FILES: dict[str, str] = {
    "person": "people.yml",
    "country": "countries.yml",
    "organization": "organizations.yml",
    "project": "projects.yml",
    "event": "events.yml",
    "place": "places.yml",
}
KIND_FOLDERS: dict[str, str] = {
    "person": "people",
    "country": "countries",
    "organization": "organizations",
    "project": "projects",
    "event": "events",
    "place": "places",
}
KIND_LABELS: dict[str, str] = {
    "person": "Person",
    "country": "Country",
    "organization": "Organization",
    "project": "Project or initiative",
    "event": "Event",
    "place": "Place",
}
KIND_TITLES: dict[str, str] = {
    "person": "People",
    "country": "Countries",
    "organization": "Organizations",
    "project": "Projects and initiatives",
    "event": "Events",
    "place": "Places",
}


_PARTIAL_DATE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?$")


def _day(value: object) -> object:
    """Keep only the day of a YAML timestamp, so that output stays stable."""
    return value.date() if isinstance(value, dt.datetime) else value


def _partial_date(value: object) -> str:
    """A day, a month or a year: 2024-07-03, "2022-09" or 2025 -> an ISO string."""
    value = _day(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 2999:
        return str(value)
    if isinstance(value, str) and _PARTIAL_DATE.match(value.strip()):
        text = value.strip()
        if len(text) == 10:
            dt.date.fromisoformat(text)  # rejects 2024-02-31
        return text
    raise ValueError("write a date as YYYY-MM-DD, a month as \"YYYY-MM\" or a year as YYYY")


PartialDate = Annotated[str, BeforeValidator(_partial_date)]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Role(Record):
    title: StrictStr
    country: StrictStr | None = None
    organization: StrictStr | None = None
    since: StrictStr | int | None = None


class Entity(Record):
    """Fields every kind shares."""

    kind: ClassVar[str] = ""
    id: StrictStr | None = None
    name: StrictStr
    aliases: list[StrictStr] = Field(default_factory=list)
    context_aliases: list[StrictStr] = Field(default_factory=list)
    summary: StrictStr = ""
    # Review state, for the drafts `suggest` writes (suggested/*.yml): a draft is shown
    # as "not reviewed" until `reviewed: true` (or moved into entities/); `rejected:
    # true` keeps it out of the site and out of later suggestions. `confidence` is the
    # detector's; below 0.7 a draft stays out of the site until reviewed.
    reviewed: StrictBool | None = None
    rejected: StrictBool = False
    confidence: float | None = Field(default=None, ge=0, le=1)

    @field_validator("name")
    @classmethod
    def _name_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the name is empty")
        return value.strip()

    def references(self) -> list[tuple[str, str]]:
        """(field, id) pairs this record points at, for cross-checking."""
        return []


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


class Country(Entity):
    kind: ClassVar[str] = "country"
    official_name: StrictStr | None = None
    capital: StrictStr | None = None

    def references(self) -> list[tuple[str, str]]:
        return [("capital", self.capital)] if self.capital else []


class Organization(Entity):
    kind: ClassVar[str] = "organization"
    type: StrictStr = "organization"
    country: StrictStr | None = None
    headquarters: StrictStr | None = None

    def references(self) -> list[tuple[str, str]]:
        refs = [("country", self.country)] if self.country else []
        return refs + ([("headquarters", self.headquarters)] if self.headquarters else [])


class Project(Entity):
    kind: ClassVar[str] = "project"
    type: Literal["initiative", "agreement", "facility", "programme", "infrastructure", "other"]
    countries: list[StrictStr] = Field(default_factory=list)
    location: StrictStr | None = None
    status: StrictStr | None = None

    def references(self) -> list[tuple[str, str]]:
        refs = [("countries", c) for c in self.countries]
        return refs + ([("location", self.location)] if self.location else [])


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


class Place(Entity):
    kind: ClassVar[str] = "place"
    type: StrictStr = "place"
    country: StrictStr | None = None

    def references(self) -> list[tuple[str, str]]:
        return [("country", self.country)] if self.country else []


ENTITY_CLASSES: dict[str, type[Entity]] = {
    "person": Person,
    "country": Country,
    "organization": Organization,
    "project": Project,
    "event": Event,
    "place": Place,
}


class Source(Record):
    file: StrictStr
    title: StrictStr | None = None
    date: dt.date | None = None
    publisher: StrictStr | None = None
    url: StrictStr | None = None
    language: StrictStr = "en"

    @field_validator("date", mode="before")
    @classmethod
    def _date_only(cls, value: object) -> object:
        if isinstance(value, (bool, int, float)):
            raise ValueError("write the date as YYYY-MM-DD")
        value = _day(value)
        if isinstance(value, dt.date) and not 1000 <= value.year <= 2999:
            raise ValueError("the year must be between 1000 and 2999; check the date")
        return value

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("the url must start with http:// or https://")
        return value


class Outcome(Record):
    """A key outcome or figure the briefing tracks across sources."""

    id: StrictStr
    label: StrictStr
    match: list[StrictStr] = Field(min_length=1)

    @field_validator("match")
    @classmethod
    def _phrases_have_words(cls, value: list[str]) -> list[str]:
        for phrase in value:
            if len(re.sub(r"[\W_]+", "", phrase)) < 2:
                raise ValueError(f"the phrase {phrase!r} has no words: it would match every "
                                 "sentence; write the words that identify the outcome")
        return value


class Focus(Record):
    events: list[StrictStr] = Field(default_factory=list)
    people: list[StrictStr] = Field(default_factory=list)


class Briefing(Record):
    title: StrictStr = "Briefing"
    summary: StrictStr = ""
    # Add the people, places ... the articles name but no YAML covers, marked as
    # "detected, not reviewed" (false: only what the YAML curates).
    detect: StrictBool = True
    focus: Focus = Field(default_factory=Focus)
    outcomes: list[Outcome] = Field(default_factory=list)
