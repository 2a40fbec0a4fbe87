"""Places: type and country."""

from __future__ import annotations

from typing import ClassVar

from pydantic import StrictStr

from generator.load.facts import Ref, Row, Value, rows
from generator.load.schema import Entity


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
