"""The site's one way of writing dates and a kind's values as text (no Markdown here)."""

from __future__ import annotations

import datetime as dt

from generator.load.facts import Ref, Refs, Span, Value


def format_date(value: str | dt.date | Span) -> str:
    """'2024-07-03' -> 'July 3, 2024'; '2022-09' -> 'September 2022'; '1992' as is;
    a range '2024-07-03/2024-07-05' -> 'July 3–5, 2024'; an event's Span likewise."""
    if isinstance(value, Span):
        return _span(value)
    if isinstance(value, dt.date):
        value = value.isoformat()
    if "/" in value:
        first, last = value.split("/", 1)
        a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
        if (a.year, a.month) == (b.year, b.month):
            return f"{a:%B} {a.day}–{b.day}, {a.year}"
        return f"{format_date(first)} – {format_date(last)}"
    parts = value.split("-")
    if len(parts) == 3:
        d = dt.date.fromisoformat(value)
        return f"{d:%B} {d.day}, {d.year}"
    if len(parts) == 2:
        return f"{dt.date(int(parts[0]), int(parts[1]), 1):%B %Y}"
    return value


def _span(span: Span) -> str:
    if span.end is None or span.end == span.start:
        return format_date(span.start)
    if len(span.start) == len(span.end) == 10:
        return format_date(f"{span.start}/{span.end}")
    return f"{format_date(span.start)} – {format_date(span.end)}"


def plain(value: Value) -> str:
    """A facts value as plain text (references by id)."""
    if isinstance(value, Span):
        return _span(value)
    if isinstance(value, Ref):
        return value.id
    if isinstance(value, Refs):
        return ", ".join(value.ids)
    return value


def date_anchor(value: str) -> str:
    """The timeline page's id for a date heading ("d2024-07-03", "d2025"; a range of
    days "d2024-07-03_2024-07-05")."""
    return "d" + value.replace("/", "_")


def counted(n: int, word: str, words: str | None = None) -> str:
    """'1 event', '2 events'; `words` for a plural that is not word + 's'."""
    return f"{n:,} {word if n == 1 else (words or word + 's')}"
