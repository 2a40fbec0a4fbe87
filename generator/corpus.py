"""Load a corpus folder: every article read, decoded, parsed, and joined to its YAML."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.articles import Article, parse_article
from generator.cache import Cache
from generator.decode import NotText, decode_article
from generator.errors import Problems
from generator.metadata import Metadata, load_metadata
from generator.model import SourceInfo
from generator.schema import Briefing
from generator.slugs import slug_for

ARTICLE_SUFFIX = ".txt"
METADATA_SUFFIXES = {".yml", ".yaml", ".md"}


@dataclass
class Corpus:
    folder: Path
    metadata: Metadata
    sources: dict[str, SourceInfo]


def article_files(folder: Path, problems: Problems) -> list[Path]:
    files = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.is_dir():
            continue
        if path.suffix.lower() == ARTICLE_SUFFIX:
            files.append(path)
        elif path.suffix.lower() not in METADATA_SUFFIXES:
            problems.note(path, None, "ignored: articles are .txt files")
    return files


def read_article(path: Path, problems: Problems, cache: Cache | None = None,
                 stats: dict[str, int] | None = None) -> Article | None:
    """Read, decode and parse one article (or take it from the cache, unread)."""
    if cache is not None and (hit := cache.article(path)) is not None:
        article, warnings = hit
        for warning in warnings:
            problems.warning(path, None, warning)
        return article
    if stats is not None:
        stats["read"] = stats.get("read", 0) + 1
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.error(path, None, f"cannot read the article: {exc.strerror}")
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


def _source_slugs(files: list[str]) -> dict[str, str]:
    """A unique page name per article file, stable for the same file name."""
    slugs: dict[str, str] = {}
    used: set[str] = set()
    for name in sorted(files):
        base = slug_for(Path(name).stem)
        slug, n = base, 2
        while slug in used or slug == "index":
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        slugs[name] = slug
    return slugs


def load_corpus(folder: Path, problems: Problems, cache: Cache | None = None,
                stats: dict[str, int] | None = None) -> Corpus:
    if not folder.is_dir():
        problems.error(folder, None, "the corpus folder does not exist; pass SEEDS=path/to/corpus")
        return Corpus(folder, Metadata(Briefing(), {}, {}), {})
    metadata = load_metadata(folder, problems)
    files = article_files(folder, problems)
    if not files:
        problems.error(folder, None, "no .txt articles in the corpus folder")
    slugs = _source_slugs([f.name for f in files])
    sources: dict[str, SourceInfo] = {}
    for path in files:
        article = read_article(path, problems, cache, stats)
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
