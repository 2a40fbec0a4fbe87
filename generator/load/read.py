"""Read one article: its bytes, decoded and parsed, with every problem reported."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from generator.errors import Problems
from generator.load.articles import Article, parse_article
from generator.load.files import MAX_ARTICLE_BYTES, Entry, Unreadable, read_bytes, too_big
from generator.load.readers import FORMATS, NoText, NotText, read_document

# Binary formats carry markup and fonts around their text: allow them more bytes.
_CONTAINER_FACTOR = {"html": 4, "pdf": 4}


class ParsedArticles(Protocol):
    """Somewhere articles parsed before are kept (the build cache), so that an article
    that did not change need not be read again."""

    def article(self, path: Path) -> tuple[Article, list[str]] | None: ...

    def store_article(self, path: Path, article: Article, warnings: list[str]) -> None: ...


def read_article(
    entry: Entry,
    problems: Problems,
    store: ParsedArticles | None = None,
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> Article | None:
    """Read, decode and parse one article (or take it from the store, unread)."""
    path = entry.path
    fmt = FORMATS[path.suffix.lower()]
    limit = max_bytes * _CONTAINER_FACTOR.get(fmt, 1)
    if entry.size > limit:
        problems.warning(path, None, too_big(entry.size, limit))
        return None
    if store is not None and (hit := store.article(path)) is not None:
        article, warnings = hit
        for warning in warnings:
            problems.warning(path, None, warning)
        return article
    try:
        data = read_bytes(entry, limit)
    except Unreadable as exc:
        problems.add(path, None, str(exc), "error" if exc.severity == "error" else "warning")
        return None
    if not data.strip():
        problems.warning(path, None, "the article is empty; skipped")
        return None
    try:
        doc = read_document(data, fmt)
    except NotText as exc:
        problems.error(path, None, str(exc))
        return None
    except NoText as exc:
        problems.warning(path, None, f"{exc}; skipped")
        return None
    if len(doc.text) > max_bytes:
        problems.warning(path, None, too_big(len(doc.text), max_bytes))
        return None
    for warning in doc.warnings:
        problems.warning(path, None, warning)
    article = parse_article(path.name, doc.text, doc)
    if not article.paragraphs:
        problems.warning(path, None, "the article has no text after its header; skipped")
        return None
    if store is not None:
        store.store_article(path, article, doc.warnings)
    return article
