"""Projects and initiatives: type, countries, location, status."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field, StrictStr

from generator.load.facts import Ref, Refs, Row, Value, rows
from generator.load.schema import Entity


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
