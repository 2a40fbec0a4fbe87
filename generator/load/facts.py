"""The values of a facts box, as data: text, a reference to another entity (`Ref`,
`Refs`) or a span of dates (`Span`); the site decides how each is shown."""

from __future__ import annotations

from typing import NamedTuple


class Ref(NamedTuple):
    """Another entity, by id (shown as a link when the briefing has it)."""

    id: str


class Refs(NamedTuple):
    ids: tuple[str, ...]


class Span(NamedTuple):
    """An event's dates: a day, month or year, or a range of them."""

    start: str
    end: str | None


Value = str | Ref | Refs | Span


class Row(NamedTuple):
    """One line of a facts box: its values are shown joined by commas."""

    label: str
    values: tuple[Value, ...]
    since: str | None = None


def rows(*rows: tuple[str, Value | None]) -> list[Row]:
    """The rows whose value is set (an empty list or None means: nothing to show)."""
    return [
        Row(label, (value,)) for label, value in rows if value is not None and value != Refs(())
    ]


__all__ = ["Ref", "Refs", "Row", "Span", "Value", "rows"]
