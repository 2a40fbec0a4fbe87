"""What extraction finds in an article: mentions, statements, dates, event links and
citations, and the groups of sentences that report one fact.

The many small records are named tuples: a large corpus has hundreds of thousands of
them, and tuples are built and stored at a fraction of a dataclass's cost.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple


class Mention(NamedTuple):
    source: str
    paragraph: int
    start: int
    end: int
    entity: str
    text: str
    sentence: int


class Statement(NamedTuple):
    source: str
    paragraph: int
    sentence: int
    speaker: str
    verb: str
    text: str


class DatedItem(NamedTuple):
    date: str  # ISO day, "YYYY-MM" or "YYYY"
    source: str
    paragraph: int
    sentence: int
    expression: str
    text: str
    entities: tuple[str, ...] = ()


class EventLink(NamedTuple):
    source: str
    paragraph: int
    sentence: int
    event: str
    trigger: str  # the words that say what happened ("held talks", "met")
    start: int  # the trigger's span in the paragraph
    end: int


class Citation(NamedTuple):
    source: str
    paragraph: int
    sentence: int
    text: str


@dataclass
class FactGroup:
    id: str
    label: str
    citations: list[Citation]
    curated: bool = True

    @cached_property
    def sources(self) -> list[str]:
        return sorted({c.source for c in self.citations})
