"""People: their roles (title, organization, country, since) and country."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field, StrictStr

from generator.load.facts import Ref, Row, Value, rows
from generator.load.schema import Entity, Record


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
