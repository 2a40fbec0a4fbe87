"""Gather everything first: corpus in, one knowledge base out (nothing written).

Articles are analysed one by one (mentions, statements, dates, outcome citations),
in parallel on every core when there are many, and each result is cached by content,
so an unchanged article costs nothing on the next run. Cross-article work (similar
sentences, fact groups) runs once over all results.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import parallel
from generator.cache import (
    Analysis,
    Cache,
    analysis_from_json,
    analysis_to_json,
    code_fingerprint,
)
from generator.errors import Problems
from generator.extract.dates import Anchors, find_dates
from generator.extract.detect import (
    CONFIDENT,
    Detection,
    Sighting,
    detect,
    detected_entities,
    drop_dangling,
    read_article,
    sighting_from_json,
    sighting_to_json,
)
from generator.extract.detect.gazetteer import gazetteer
from generator.extract.events import EventFacts, event_facts, link_events
from generator.extract.matcher import AliasEntry, Matcher
from generator.extract.mentions import Analysed, analyse
from generator.extract.outcomes import OutcomeMatcher
from generator.extract.records import Citation, DatedItem, EventLink, FactGroup, Mention, Statement
from generator.extract.similar import MIN_STEMS, group_similar, stems
from generator.extract.speakers import SpeakerIndex
from generator.extract.statements import Context, SpeakerMemory, find_statements
from generator.load.articles import Article
from generator.load.corpus import load_corpus
from generator.load.files import MAX_ARTICLE_BYTES
from generator.load.kinds import Event
from generator.load.schema import Briefing, Entity
from generator.load.sources import SourceInfo
from generator.model.knowledge import KnowledgeBase

# Below this many articles to analyse, starting worker processes costs more than it saves.
PARALLEL_MIN = 48


def build_matcher(entities: dict[str, Entity], detected: frozenset[str] = frozenset()
                  ) -> Matcher:
    entries = []
    for eid, entity in sorted(entities.items()):
        rank = 1 if eid in detected else 0
        for alias in dict.fromkeys([entity.name, *entity.aliases]):
            entries.append(AliasEntry(alias, eid, rank=rank))
        entries.extend(AliasEntry(a, eid, context=True, rank=rank)
                       for a in entity.context_aliases)
    return Matcher(entries)


@dataclass
class BuildStats:
    articles: int = 0
    read: int = 0
    analysed: int = 0
    from_cache: int = 0


@dataclass
class Analyser:
    """Everything one article's analysis needs; built once, shared with the workers."""

    matcher: Matcher
    kinds: dict[str, str]
    related: dict[str, frozenset[str]]
    people: set[str]
    outcomes: OutcomeMatcher
    fingerprint: str = ""
    speakers: SpeakerIndex = field(default_factory=SpeakerIndex)
    event_days: dict[str, list[dt.date]] = field(default_factory=dict)
    events: list[EventFacts] = field(default_factory=list)

    @classmethod
    def for_entities(cls, entities: dict[str, Entity], briefing: Briefing,
                     detected: frozenset[str] = frozenset()) -> Analyser:
        kinds = {eid: e.kind for eid, e in entities.items()}
        related = {eid: frozenset(ref for _, ref in e.references())
                   for eid, e in entities.items()}
        digest = hashlib.sha256(code_fingerprint().encode())
        digest.update(json.dumps({eid: e.model_dump(mode="json")
                                  for eid, e in sorted(entities.items())},
                                 sort_keys=True).encode())
        digest.update(json.dumps([o.model_dump() for o in briefing.outcomes]).encode())
        digest.update(json.dumps(sorted(detected)).encode())
        return cls(build_matcher(entities, detected), kinds, related,
                   {e for e, k in kinds.items() if k == "person"},
                   OutcomeMatcher(briefing.outcomes), digest.hexdigest(),
                   SpeakerIndex.build(entities), _event_days(entities), event_facts(entities))

    def anchors(self, date: dt.date | None, analysed: Analysed,
                reported: dt.date | None) -> Anchors:
        days = [d for m in analysed.mentions for d in self.event_days.get(m.entity, [])]
        return Anchors(date, reported, sorted(set(days)))

    def key(self, file: str, article: Article, date: str | None) -> str:
        return hashlib.sha256(f"{self.fingerprint}|{file}|{article.sha256}|{date}".encode()
                              ).hexdigest()

    def run(self, file: str, article: Article, date_iso: str | None) -> dict[str, Any]:
        date = dt.date.fromisoformat(date_iso) if date_iso else None
        mentions: list[Mention] = []
        statements: list[Statement] = []
        dated: list[DatedItem] = []
        cited: list[tuple[str, Citation]] = []
        sentences: list[tuple[Citation, list[str]]] = []
        memory = SpeakerMemory()
        linked: list[EventLink] = []
        reported: dt.date | None = None
        paragraphs = [analyse(p, self.matcher, self.related, self.people)
                      for p in article.paragraphs]
        # The people the article names, in order (its title first): who a description
        # ("the Chinese president") or an interview's "A:" can mean.
        present = dict.fromkeys(
            [h.entities[0] for h in self.matcher.find(article.title or "")
             if len(h.entities) == 1 and self.kinds.get(h.entities[0]) == "person"] +
            [m.entity for a in paragraphs for m in a.mentions
             if self.kinds.get(m.entity) == "person"])
        context = Context(self.kinds, self.speakers, present)
        for analysed in paragraphs:
            paragraph = analysed.paragraph
            for m in analysed.mentions:
                sentence = analysed.sentence_at(m.start)
                mentions.append(Mention(file, paragraph.number, m.start, m.end, m.entity,
                                        m.text, sentence.index))
            statements.extend(find_statements(file, analysed, self.kinds, memory, context))
            cited.extend(self.outcomes.cite(file, analysed))
            if paragraph.kind not in ("text", "bullet"):
                continue
            for s in analysed.sentences:
                # Stems for the cross-source grouping, computed here, in parallel.
                words = stems(s.text)
                if len(words) >= MIN_STEMS:
                    sentences.append((Citation(file, paragraph.number, s.index, s.text),
                                      sorted(words)))
            anchors = self.anchors(date, analysed, reported)
            found_dates = find_dates(paragraph.text, anchors)
            linked.extend(link_events(file, analysed, self.events, found_dates, date))
            for found in found_dates:
                if found.absolute and len(found.value) == 10 and date:
                    day = dt.date.fromisoformat(found.value)
                    if dt.timedelta(0) <= date - day <= dt.timedelta(days=14):
                        reported = day  # the latest day the article reported
                sentence = analysed.sentence_at(found.start)
                ids = tuple(sorted({m.entity for m in analysed.mentions_in(sentence)}))
                dated.append(DatedItem(found.value, file, paragraph.number, sentence.index,
                                       found.expression, sentence.text, ids))
        return analysis_to_json(mentions, statements, dated, cited, sentences, linked)


def _event_days(entities: dict[str, Entity]) -> dict[str, list[dt.date]]:
    """The days each dated event covers (up to two weeks), to place a weekday by."""
    out: dict[str, list[dt.date]] = {}
    for eid, e in entities.items():
        if not isinstance(e, Event) or len(e.start) != 10:
            continue
        start = dt.date.fromisoformat(e.start)
        end = dt.date.fromisoformat(e.end) if e.end and len(e.end) == 10 else start
        span = min((end - start).days, 14)
        out[eid] = [start + dt.timedelta(days=i) for i in range(max(span, 0) + 1)]
    return out


def _sight(index: int) -> list[dict[str, object]]:
    jobs = parallel.state()
    file, article = jobs[index]
    return [sighting_to_json(s) for s in read_article(file, article)]


def find_entities(sources: dict[str, SourceInfo], cache: Cache) -> Detection:
    """Names and their evidence in every article (cached per article), then the
    candidates they add up to over the corpus."""
    gazetteer()  # load once, before any worker forks
    fingerprint = code_fingerprint()
    found: dict[str, list[Sighting]] = {}
    jobs: list[tuple[str, Article]] = []
    for file, info in sorted(sources.items()):
        key = hashlib.sha256(f"sightings|{fingerprint}|{file}|{info.article.sha256}"
                             .encode()).hexdigest()
        cached = cache.sightings(key)
        if cached is not None:
            found[file] = [sighting_from_json(s) for s in cached]
        else:
            jobs.append((file, info.article))
    results = parallel.fork_map(_sight, range(len(jobs)), jobs, PARALLEL_MIN,
                                chunksize=max(1, len(jobs) // (parallel.cores() * 8)))
    for (file, article), result in zip(jobs, results, strict=True):
        cache.store_sightings(hashlib.sha256(
            f"sightings|{fingerprint}|{file}|{article.sha256}".encode()).hexdigest(), result)
        found[file] = [sighting_from_json(s) for s in result]
    return detect(found[f] for f in sorted(found))


def _work(index: int) -> dict[str, Any]:
    # Forked workers inherit the analyser and the articles; only an index crosses over.
    analyser, jobs = parallel.state()
    result: dict[str, Any] = analyser.run(*jobs[index])
    return result


def _analyse_all(analyser: Analyser, jobs: list[tuple[str, Article, str | None]]
                 ) -> list[dict[str, Any]]:
    return parallel.fork_map(_work, range(len(jobs)), (analyser, jobs), PARALLEL_MIN,
                             chunksize=max(1, len(jobs) // (parallel.cores() * 8)))


def build_knowledge_base(seeds: Path, problems: Problems, cache_dir: Path | None = None,
                         stats: BuildStats | None = None,
                         max_bytes: int = MAX_ARTICLE_BYTES) -> KnowledgeBase:
    stats = stats if stats is not None else BuildStats()
    cache = Cache(cache_dir)
    counters: dict[str, int] = {}
    corpus = load_corpus(seeds, problems, cache, counters, max_bytes)
    problems.raise_if_errors()
    meta = corpus.metadata
    entities = dict(meta.entities)
    # Drafts not yet reviewed are shown, marked, when the detector was confident.
    shown = {eid: e for eid, e in meta.drafts.items()
             if e.confidence is None or e.confidence >= CONFIDENT}
    detected: dict[str, Entity] = dict(shown)
    if meta.briefing.detect:
        detection = find_entities(corpus.sources, cache)
        dates = {f: s.date.isoformat() for f, s in corpus.sources.items() if s.date}
        found = detected_entities(detection, {**meta.entities, **meta.drafts}, dates,
                                  suppressed=meta.suppressed)
        detected.update(found)
    entities.update(detected)
    entities = drop_dangling(entities, set(detected))
    kb = KnowledgeBase(meta.briefing, corpus.sources, entities, detected=set(detected))
    analyser = Analyser.for_entities(entities, meta.briefing, frozenset(detected))
    results: dict[str, Analysis] = {}
    jobs: list[tuple[str, Article, str | None]] = []
    for file, info in sorted(corpus.sources.items()):
        date = info.date.isoformat() if info.date else None
        cached = cache.analysis(analyser.key(file, info.article, date))
        if cached is not None:
            results[file] = cached
        else:
            jobs.append((file, info.article, date))
    for (file, article, date), result in zip(jobs, _analyse_all(analyser, jobs), strict=True):
        cache.store_analysis(analyser.key(file, article, date), result)
        results[file] = analysis_from_json(result)
    cache.save()
    if cache.write_error:
        problems.warning(cache_dir or ".", None, f"the cache could not be written "
                         f"({cache.write_error}); the next build will analyse again")
    stats.articles, stats.read = len(corpus.sources), counters.get("read", 0)
    stats.analysed, stats.from_cache = len(jobs), len(corpus.sources) - len(jobs)

    cited: list[tuple[str, Citation]] = []
    sentences: list[tuple[Citation, frozenset[str]]] = []
    for file in sorted(results):
        mentions, statements, dated, file_cited, file_sentences, links = results[file]
        kb.event_links.extend(links)
        kb.mentions.extend(mentions)
        kb.statements.extend(statements)
        kb.dated.extend(dated)
        cited.extend(file_cited)
        sentences.extend(file_sentences)
    kb.mentions.sort()
    kb.event_links.sort()
    kb.statements.sort()
    kb.dated.sort()
    kb.facts = analyser.outcomes.groups(cited)
    curated = {c for _, c in cited}
    for n, group in enumerate(group_similar([(c, w) for c, w in sentences
                                             if c not in curated]), 1):
        kb.facts.append(FactGroup(f"similar-{n}", group[0].text, group, curated=False))
    return kb


__all__ = ["BuildStats", "build_knowledge_base", "build_matcher"]

