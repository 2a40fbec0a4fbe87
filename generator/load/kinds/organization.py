"""Organizations: type, country, headquarters."""

from __future__ import annotations

from typing import ClassVar

from pydantic import StrictStr

from generator.load.facts import Ref, Row, Value, rows
from generator.load.schema import Entity


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
