"""Load a corpus folder: every article read, decoded, parsed, and joined to its YAML."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from generator.articles import Article, parse_article
from generator.cache import Cache
from generator.decode import NotText, decode_article
from generator.errors import Problems
from generator.files import (
    MAX_ARTICLE_BYTES,
    Entry,
    Unreadable,
    check_entry,
    read_bytes,
    too_big,
)
from generator.metadata import Metadata, load_metadata
from generator.model import SourceInfo
from generator.schema import Briefing
from generator.slugs import slug_for, unsafe_id_reason

ARTICLE_SUFFIX = ".txt"
METADATA_SUFFIXES = {".yml", ".yaml", ".md"}


@dataclass
class Corpus:
    folder: Path
    metadata: Metadata
    sources: dict[str, SourceInfo]


def article_files(folder: Path, problems: Problems) -> list[Entry]:
    """The corpus's articles: regular files with an article's suffix, inside the folder."""
    root = folder.resolve()
    files = []
    for path in sorted(folder.iterdir()):
        suffix = path.suffix.lower()
        if path.name.startswith("."):
            if suffix == ARTICLE_SUFFIX:
                problems.note(path, None, "skipped: hidden file (its name starts with a dot); "
                              "rename it to include it")
            continue
        try:
            entry = check_entry(path, root)
        except Unreadable as exc:
            problems.add(path, None, str(exc), "error" if exc.severity == "error" else "warning")
            continue
        if entry is None:
            if suffix == ARTICLE_SUFFIX:
                problems.note(path, None, "is a folder, not an article; skipped")
            continue
        if suffix == ARTICLE_SUFFIX:
            files.append(entry)
        elif suffix not in METADATA_SUFFIXES:
            problems.note(path, None, "ignored: articles are .txt files")
    return files


def read_article(entry: Entry, problems: Problems, cache: Cache | None = None,
                 stats: dict[str, int] | None = None,
                 max_bytes: int = MAX_ARTICLE_BYTES) -> Article | None:
    """Read, decode and parse one article (or take it from the cache, unread)."""
    path = entry.path
    if entry.size > max_bytes:
        problems.warning(path, None, too_big(entry.size, max_bytes))
        return None
    if cache is not None and (hit := cache.article(path)) is not None:
        article, warnings = hit
        for warning in warnings:
            problems.warning(path, None, warning)
        return article
    if stats is not None:
        stats["read"] = stats.get("read", 0) + 1
    try:
        data = read_bytes(entry, max_bytes)
    except Unreadable as exc:
        problems.add(path, None, str(exc), "error" if exc.severity == "error" else "warning")
        return None
    if not data.strip():
        problems.warning(path, None, "the article is empty; skipped")
        return None
    try:
        decoded = decode_article(data)
    except NotText as exc:
        problems.error(path, None, str(exc))
        return None
    if decoded.warning:
        problems.warning(path, None, decoded.warning)
    article = parse_article(path.name, decoded.text)
    if not article.paragraphs:
        problems.warning(path, None, "the article has no text after its header; skipped")
        return None
    if cache is not None:
        cache.store_article(path, article, [decoded.warning] if decoded.warning else [])
    return article


_PLAIN_STEM = re.compile(r"^[a-z0-9][a-z0-9_-]{0,79}$")


def source_slug(name: str) -> str:
    """The page name of an article file, from its name alone.

    A plain lowercase name is kept as is; any other name is made readable and given a
    short hash of the whole name. So adding or removing a file never renames another
    file's page, and `CON.txt` or `index.txt` cannot take a reserved name.
    """
    stem = Path(name).stem
    if _PLAIN_STEM.match(stem) and unsafe_id_reason(stem.replace("_", "-")) is None:
        return stem
    digest = hashlib.blake2b(name.encode("utf-8", "surrogateescape"), digest_size=3).hexdigest()
    return f"{slug_for(stem)[:72]}-{digest}"


def _source_slugs(files: list[Path], problems: Problems) -> dict[str, str]:
    slugs: dict[str, str] = {}
    owner: dict[str, str] = {}
    for path in files:
        slug = source_slug(path.name)
        if slug in owner:
            problems.error(path, None, f"would have the same page as {owner[slug]} "
                           f"(sources/{slug}); rename one of the two files")
            continue
        owner[slug] = path.name
        slugs[path.name] = slug
    return slugs


def load_corpus(folder: Path, problems: Problems, cache: Cache | None = None,
                stats: dict[str, int] | None = None,
                max_bytes: int = MAX_ARTICLE_BYTES) -> Corpus:
    if not folder.is_dir():
        problems.error(folder, None, "the corpus folder does not exist; pass SEEDS=path/to/corpus")
        return Corpus(folder, Metadata(Briefing(), {}, {}), {})
    metadata = load_metadata(folder, problems)
    files = article_files(folder, problems)
    if not files:
        problems.error(folder, None, "no .txt articles in the corpus folder")
    slugs = _source_slugs([f.path for f in files], problems)
    sources: dict[str, SourceInfo] = {}
    for entry in files:
        path = entry.path
        if path.name not in slugs:
            continue
        article = read_article(entry, problems, cache, stats, max_bytes)
        if article is None:
            continue
        curated = metadata.sources.get(path.name)
        if curated is None:
            problems.warning(path, None, "no entry in sources.yml; title and date come from "
                             "the text (add an entry with title, date, publisher, url)")
        title = (curated.title if curated and curated.title else None) or article.title
        date = (curated.date if curated and curated.date else None) or article.date
        if title is None:
            first = article.text_paragraphs[0].text if article.text_paragraphs else path.stem
            title = first if len(first) <= 80 else first[:77].rsplit(" ", 1)[0] + "…"
        sources[path.name] = SourceInfo(
            file=path.name, slug=slugs[path.name], title=title, date=date,
            publisher=curated.publisher if curated else None,
            url=curated.url if curated else None,
            language=curated.language if curated else "en", article=article)
    return Corpus(folder, metadata, sources)
