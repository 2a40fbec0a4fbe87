"""Events: type, dates, place, host, participants, the event they are part of."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field, StrictStr

from generator.load.facts import Ref, Refs, Row, Span, Value, rows
from generator.load.schema import Entity, PartialDate


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
