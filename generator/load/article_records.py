"""An article as the later stages see it: its header fields and its numbered paragraphs.

`articles.parse_article` fills these in from the text; the cache stores them as JSON.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

ParagraphKind = Literal["text", "heading", "caption", "bullet", "note"]


@dataclass(frozen=True)
class Paragraph:
    number: int
    kind: ParagraphKind
    text: str

    @property
    def anchor(self) -> str:
        return f"p{self.number}"


@dataclass
class Article:
    file: str
    sha256: str
    title: str | None = None
    date: dt.date | None = None
    date_origin: str = "none"
    updated: str | None = None
    dateline: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    removed_boilerplate: list[str] = field(default_factory=list)
    format: str = "txt"
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None
    month_day: tuple[int, int] | None = None  # a dateline's day, its year left out

    @property
    def headline(self) -> Paragraph | None:
        """The article's own title as paragraph 0: the names in it are mentions too (a
        headline is part of what the article says), cited as its title."""
        return Paragraph(0, "heading", self.title) if self.title else None

    def paragraph(self, number: int) -> Paragraph:
        """A paragraph by its number; 0 is the headline."""
        if number == 0 and self.headline is not None:
            return self.headline
        if number < 1:
            raise IndexError(f"{self.file} has no paragraph {number}")
        return self.paragraphs[number - 1]

    @property
    def text_paragraphs(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind in ("text", "bullet")]
