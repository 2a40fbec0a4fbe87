"""A source: one article with its curated metadata (sources.yml) applied."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.load.articles import Article


@dataclass
class SourceInfo:
    """An article with its curated metadata applied."""

    file: str
    slug: str
    title: str
    date: dt.date | None
    publisher: str | None
    url: str | None
    language: str
    article: Article
