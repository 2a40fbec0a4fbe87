"""Load a corpus folder: every article read, decoded, parsed, and joined to its YAML."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from generator.cache import Cache
from generator.errors import Problems
from generator.load.articles import Article, parse_article
from generator.load.files import (
    MAX_ARTICLE_BYTES,
    Entry,
    Unreadable,
    check_entry,
    read_bytes,
    too_big,
)
from generator.load.header import nearest_year
from generator.load.metadata import Metadata, load_metadata
from generator.load.readers import FORMATS, NoText, NotText, read_document
from generator.load.schema import Briefing
from generator.load.slugs import slug_for, unsafe_id_reason
from generator.load.sources import SourceInfo

METADATA_SUFFIXES = {".yml", ".yaml"}
# Binary formats carry markup and fonts around their text: allow them more bytes.
_CONTAINER_FACTOR = {"html": 4, "pdf": 4}


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
            if suffix in FORMATS:
                problems.note(path, None, "skipped: hidden file (its name starts with a dot); "
                              "rename it to include it")
            continue
        try:
            entry = check_entry(path, root)
        except Unreadable as exc:
            problems.add(path, None, str(exc), "error" if exc.severity == "error" else "warning")
            continue
        if entry is None:
            if suffix in FORMATS:
                problems.note(path, None, "is a folder, not an article; skipped")
            continue
        if path.stem.lower() == "readme":
            problems.note(path, None, "skipped: a README describes the folder; it is not an "
                          "article")
        elif suffix in FORMATS:
            files.append(entry)
        elif suffix not in METADATA_SUFFIXES:
            problems.note(path, None, "skipped: not an article format (articles are "
                          ".txt, .md, .html, .htm or .pdf files)")
    return files


def read_article(entry: Entry, problems: Problems, cache: Cache | None = None,
                 stats: dict[str, int] | None = None,
                 max_bytes: int = MAX_ARTICLE_BYTES) -> Article | None:
    """Read, decode and parse one article (or take it from the cache, unread)."""
    path = entry.path
    fmt = FORMATS[path.suffix.lower()]
    limit = max_bytes * _CONTAINER_FACTOR.get(fmt, 1)
    if entry.size > limit:
        problems.warning(path, None, too_big(entry.size, limit))
        return None
    if cache is not None and (hit := cache.article(path)) is not None:
        article, warnings = hit
        for warning in warnings:
            problems.warning(path, None, warning)
        return article
    if stats is not None:
        stats["read"] = stats.get("read", 0) + 1
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
    if cache is not None:
        cache.store_article(path, article, doc.warnings)
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
    unlisted: list[str] = []
    for entry in files:
        path = entry.path
        if path.name not in slugs:
            continue
        article = read_article(entry, problems, cache, stats, max_bytes)
        if article is None:
            continue
        curated = metadata.sources.get(path.name)
        if curated is None:
            unlisted.append(path.name)
        title = (curated.title if curated and curated.title else None) or article.title
        date = (curated.date if curated and curated.date else None) or article.date
        publisher = (curated.publisher if curated else None) or article.publisher
        url = (curated.url if curated else None) or article.url
        language = (curated.language if curated and "language" in curated.model_fields_set
                    else None) or article.language or "en"
        if title is None:
            first = article.text_paragraphs[0].text if article.text_paragraphs else path.stem
            title = first if len(first) <= 80 else first[:77].rsplit(" ", 1)[0] + "…"
        sources[path.name] = SourceInfo(
            file=path.name, slug=slugs[path.name], title=title, date=date,
            publisher=publisher, url=url, language=language, article=article)
    _place_yearless_dates(sources)
    if unlisted:
        names = ", ".join(unlisted[:3]) + (f" and {len(unlisted) - 3} more"
                                           if len(unlisted) > 3 else "")
        problems.note(folder / "sources.yml", None, f"{len(unlisted)} article(s) have no entry "
                      f"({names}); their title, date and publisher come from the articles. "
                      "`python -m generator suggest` drafts the entries for review")
    return Corpus(folder, metadata, sources)


def _place_yearless_dates(sources: dict[str, SourceInfo]) -> None:
    """A dateline without its year ("Oct. 17") takes the year of the corpus's other dates."""
    dates = [s.date for s in sources.values() if s.date]
    for info in sources.values():
        if info.date is None and info.article.month_day is not None:
            info.date = nearest_year(info.article.month_day, dates)
