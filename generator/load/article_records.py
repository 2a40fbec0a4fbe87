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
    def text_paragraphs(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind in ("text", "bullet")]
