"""Countries: official name and capital."""

from __future__ import annotations

from typing import ClassVar

from pydantic import StrictStr

from generator.load.facts import Ref, Row, rows
from generator.load.schema import Entity


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
