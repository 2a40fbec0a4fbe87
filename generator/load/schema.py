"""The curated YAML as typed records.

Each record forbids unknown keys and takes strings only as strings: YAML 1.1 reads
`No`, `Off` or `Yes` as booleans and `1992` as a number, and we would rather say so
than publish "False" as somebody's name.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, ClassVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictStr,
    field_validator,
)

from generator.load.facts import Row, Value

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
    raise ValueError('write a date as YYYY-MM-DD, a month as "YYYY-MM" or a year as YYYY')


PartialDate = Annotated[str, BeforeValidator(_partial_date)]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


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

    def facts(self) -> list[Row]:
        """The kind's own rows of the facts box (name, summary and aliases are shared)."""
        return []

    def describe(self) -> tuple[Value, ...]:
        """What it is, in a few words: a role, a type, an event's dates."""
        return (self.kind,)

    def country_ids(self) -> list[str]:
        """The countries it belongs to, when it says so itself."""
        return []

    def located_at(self) -> str | None:
        """A place whose country it belongs to, when it names none itself."""
        return None


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
                raise ValueError(
                    f"the phrase {phrase!r} has no words: it would match every "
                    "sentence; write the words that identify the outcome"
                )
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
