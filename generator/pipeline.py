"""From a corpus folder to one knowledge base (nothing written): load, detect, analyse,
gather; with the cache at this edge, so that an unchanged article costs nothing.

Articles are analysed one by one, in parallel on every core when there are many; the
cross-article work (fact groups, similar sentences) runs once, in `model.gather`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from generator import parallel, progress
from generator.cache import Cache, code_fingerprint
from generator.errors import Problems
from generator.extract.analysis import Analyser, ArticleAnalysis
from generator.extract.detect import (
    CONFIDENT,
    Detection,
    Sighting,
    detect,
    detected_entities,
    drop_dangling,
    read_article,
)
from generator.extract.detect.gazetteer import gazetteer
from generator.load.articles import Article
from generator.load.corpus import Corpus, load_corpus
from generator.load.files import MAX_ARTICLE_BYTES
from generator.load.schema import Entity
from generator.load.sources import SourceInfo
from generator.model.gather import gather
from generator.model.knowledge import KnowledgeBase

# Below this many articles to analyse, starting worker processes costs more than it saves.
PARALLEL_MIN = 48


@dataclass
class BuildStats:
    articles: int = 0
    read: int = 0  # opened and parsed, not taken from the cache
    analysed: int = 0
    from_cache: int = 0


def _chunk(jobs: int) -> int:
    return max(1, jobs // (parallel.cores() * 8))


def _sight(index: int) -> list[Sighting]:
    # Forked workers inherit the jobs; only an index crosses over.
    jobs: list[tuple[str, Article]] = parallel.state()
    return read_article(*jobs[index])


def find_entities(sources: dict[str, SourceInfo], cache: Cache) -> Detection:
    """Names and their evidence in every article (cached per article), then the
    candidates they add up to over the corpus."""
    gazetteer()  # load once, before any worker forks
    code = code_fingerprint()
    found: dict[str, list[Sighting]] = {}
    jobs: list[tuple[str, Article]] = []
    for file, info in sorted(sources.items()):
        cached = cache.sightings(_sightings_key(code, file, info.article))
        if cached is not None:
            found[file] = cached
        else:
            jobs.append((file, info.article))
    results = parallel.fork_map(_sight, range(len(jobs)), jobs, PARALLEL_MIN, _chunk(len(jobs)))
    for (file, article), result in zip(jobs, results, strict=True):
        cache.store_sightings(_sightings_key(code, file, article), result)
        found[file] = result
    return detect(found[f] for f in sorted(found))


def _sightings_key(code: str, file: str, article: Article) -> str:
    return hashlib.sha256(f"sightings|{code}|{file}|{article.sha256}".encode()).hexdigest()


def choose_entities(corpus: Corpus, cache: Cache) -> tuple[dict[str, Entity], set[str]]:
    """The entities to show: curated ones, drafts the detector was sure of, and (unless
    briefing.yml turns detection off) names detected in the text; and which of them
    nobody reviewed."""
    meta = corpus.metadata
    detected: dict[str, Entity] = {
        eid: e
        for eid, e in meta.drafts.items()
        if e.confidence is None or e.confidence >= CONFIDENT
    }
    if meta.briefing.detect:
        dates = {f: s.date.isoformat() for f, s in corpus.sources.items() if s.date}
        detected.update(
            detected_entities(
                find_entities(corpus.sources, cache),
                {**meta.entities, **meta.drafts},
                dates,
                suppressed=meta.suppressed,
            )
        )
    entities = drop_dangling({**meta.entities, **detected}, set(detected))
    return entities, set(detected)


def _work(index: int) -> ArticleAnalysis:
    analyser, jobs = parallel.state()
    result: ArticleAnalysis = analyser.run(*jobs[index])
    return result


def analyse_articles(
    analyser: Analyser, sources: dict[str, SourceInfo], cache: Cache
) -> tuple[dict[str, ArticleAnalysis], int]:
    """Every article's analysis, from the cache or computed; and how many were computed."""
    results: dict[str, ArticleAnalysis] = {}
    jobs: list[tuple[str, Article, str | None]] = []
    for file, info in sorted(sources.items()):
        date = info.date.isoformat() if info.date else None
        cached = cache.analysis(analyser.key(file, info.article, date))
        if cached is not None:
            results[file] = cached
        else:
            jobs.append((file, info.article, date))
    with progress.stage("Analysing articles", len(jobs), "article") as tick:
        done = parallel.fork_map(
            _work, range(len(jobs)), (analyser, jobs), PARALLEL_MIN, _chunk(len(jobs)), tick
        )
    for (file, article, date), result in zip(jobs, done, strict=True):
        cache.store_analysis(analyser.key(file, article, date), result)
        results[file] = result
    return results, len(jobs)


def build_knowledge_base(
    corpus_dir: Path,
    problems: Problems,
    cache_dir: Path | None = None,
    stats: BuildStats | None = None,
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> KnowledgeBase:
    stats = stats if stats is not None else BuildStats()
    cache = Cache(cache_dir)
    corpus = load_corpus(corpus_dir, problems, cache, max_bytes)
    problems.raise_if_errors()
    entities, detected = choose_entities(corpus, cache)
    briefing = corpus.metadata.briefing
    analyser = Analyser.for_entities(
        entities, briefing, frozenset(detected), code=code_fingerprint()
    )
    analyses, analysed = analyse_articles(analyser, corpus.sources, cache)
    cache.save()
    if cache.write_error:
        problems.warning(
            cache_dir or ".",
            None,
            f"the cache could not be written "
            f"({cache.write_error}); the next build will analyse again",
        )
    stats.articles, stats.read = len(corpus.sources), cache.articles_read
    stats.analysed, stats.from_cache = analysed, len(corpus.sources) - analysed
    return gather(briefing, corpus.sources, entities, detected, analyses)


__all__ = ["BuildStats", "build_knowledge_base", "find_entities"]
