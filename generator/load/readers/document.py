"""What every reader returns: a file's text and what the file says about itself."""

from __future__ import annotations

from dataclasses import dataclass, field


class NoText(ValueError):
    """The file holds no article text (a page without an article, a scanned PDF)."""


@dataclass
class Document:
    """A file's text, and what the file says about itself (None where it says nothing)."""

    text: str
    format: str
    title: str | None = None
    date: str | None = None  # ISO day, as the file states it
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None
    warnings: list[str] = field(default_factory=list)
    captions: frozenset[str] = frozenset()  # lines the format marks as photo captions
