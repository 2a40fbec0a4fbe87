"""Gather the articles' analyses into one knowledge base.

Per-article results are joined in file order and sorted, so the knowledge base does not
depend on which worker finished first; then the cross-article work runs once: curated
outcomes become fact groups, and sentences that say nearly the same thing in several
sources are grouped.
"""

from __future__ import annotations

from collections.abc import Mapping

from generator.extract.analysis import ArticleAnalysis
from generator.extract.detect import drop_dangling
from generator.extract.outcomes import OutcomeMatcher
from generator.extract.records import Citation, FactGroup
from generator.extract.similar import group_similar
from generator.load.schema import Briefing, Entity
from generator.load.sources import SourceInfo
from generator.model.knowledge import KnowledgeBase


def gather(
    briefing: Briefing,
    sources: dict[str, SourceInfo],
    entities: dict[str, Entity],
    detected: set[str],
    analyses: Mapping[str, ArticleAnalysis],
) -> KnowledgeBase:
    kb = KnowledgeBase(briefing, sources, entities, detected=detected)
    cited: list[tuple[str, Citation]] = []
    sentences: list[tuple[Citation, frozenset[str]]] = []
    for file in sorted(analyses):
        result = analyses[file]
        kb.mentions.extend(result.mentions)
        kb.statements.extend(result.statements)
        kb.dated.extend(result.dated)
        kb.event_links.extend(result.event_links)
        cited.extend(result.cited)
        sentences.extend(result.sentences)
    _drop_unsaid(kb)
    kb.mentions.sort()
    kb.event_links.sort()
    kb.statements.sort()
    kb.dated.sort()
    kb.facts = OutcomeMatcher(briefing.outcomes).groups(cited)
    curated = {c for _, c in cited}
    groups = group_similar([(c, words) for c, words in sentences if c not in curated])
    kb.facts.extend(
        FactGroup(f"similar-{n}", group[0].text, group, curated=False)
        for n, group in enumerate(groups, 1)
    )
    return kb


def _drop_unsaid(kb: KnowledgeBase) -> None:
    """A detected name whose every sighting turned out not to be a mention (a language,
    "Latin American") would get a page that says "0 sources": it has none."""
    said = {m.entity for m in kb.mentions}
    said |= {s.speaker for s in kb.statements} | {link.event for link in kb.event_links}
    unsaid = kb.detected - said
    if unsaid:
        kb.detected = kb.detected - unsaid
        kb.entities = drop_dangling(
            {k: v for k, v in kb.entities.items() if k not in unsaid}, kb.detected
        )
