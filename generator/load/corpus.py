"""Load a corpus folder: every article read, decoded, parsed, and joined to its YAML."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator import progress
from generator.errors import Problems
from generator.load.files import MAX_ARTICLE_BYTES
from generator.load.folder import article_files, source_slugs
from generator.load.header import nearest_year
from generator.load.metadata import Metadata, load_metadata
from generator.load.read import ParsedArticles, read_article
from generator.load.schema import Briefing
from generator.load.sources import SourceInfo


@dataclass
class Corpus:
    folder: Path
    metadata: Metadata
    sources: dict[str, SourceInfo]


def load_corpus(
    folder: Path,
    problems: Problems,
    store: ParsedArticles | None = None,
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> Corpus:
    if not folder.is_dir():
        problems.error(folder, None, "the corpus folder does not exist; pass SEEDS=path/to/corpus")
        return Corpus(folder, Metadata(Briefing(), {}, {}), {})
    metadata = load_metadata(folder, problems)
    files = article_files(folder, problems)
    if not files:
        problems.error(folder, None, "no .txt articles in the corpus folder")
    slugs = source_slugs([f.path for f in files], problems)
    sources: dict[str, SourceInfo] = {}
    unlisted: list[str] = []
    with progress.stage("Reading articles", len(files), "article") as tick:
        for entry in files:
            tick(1)
            path = entry.path
            if path.name not in slugs:
                continue
            article = read_article(entry, problems, store, max_bytes)
            if article is None:
                continue
            curated = metadata.sources.get(path.name)
            if curated is None:
                unlisted.append(path.name)
            title = (curated.title if curated and curated.title else None) or article.title
            date = (curated.date if curated and curated.date else None) or article.date
            publisher = (curated.publisher if curated else None) or article.publisher
            url = (curated.url if curated else None) or article.url
            language = (
                (curated.language if curated and "language" in curated.model_fields_set else None)
                or article.language
                or "en"
            )
            if title is None:
                first = article.text_paragraphs[0].text if article.text_paragraphs else path.stem
                title = first if len(first) <= 80 else first[:77].rsplit(" ", 1)[0] + "…"
            sources[path.name] = SourceInfo(
                file=path.name,
                slug=slugs[path.name],
                title=title,
                date=date,
                publisher=publisher,
                url=url,
                language=language,
                article=article,
            )
    _place_yearless_dates(sources)
    if unlisted:
        names = ", ".join(unlisted[:3]) + (
            f" and {len(unlisted) - 3} more" if len(unlisted) > 3 else ""
        )
        problems.note(
            folder / "sources.yml",
            None,
            f"{len(unlisted)} article(s) have no entry "
            f"({names}); their title, date and publisher come from the articles. "
            "`python -m generator suggest` drafts the entries for review",
        )
    return Corpus(folder, metadata, sources)


def _place_yearless_dates(sources: dict[str, SourceInfo]) -> None:
    """A dateline without its year ("Oct. 17") takes the year of the corpus's other dates."""
    dates = [s.date for s in sources.values() if s.date]
    for info in sources.values():
        if info.date is None and info.article.month_day is not None:
            info.date = nearest_year(info.article.month_day, dates)
