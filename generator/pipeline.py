"""Gather everything first: corpus in, one knowledge base out (nothing written)."""

from __future__ import annotations

from pathlib import Path

from generator.corpus import load_corpus
from generator.errors import Problems
from generator.extract.dates import find_dates
from generator.extract.facts import OutcomeMatcher
from generator.extract.paragraphs import analyse
from generator.extract.similar import group_similar
from generator.extract.statements import SpeakerMemory, find_statements
from generator.matcher import AliasEntry, Matcher
from generator.model import Citation, DatedItem, FactGroup, KnowledgeBase, Mention
from generator.schema import Entity


def build_matcher(entities: dict[str, Entity]) -> Matcher:
    entries = []
    for eid, entity in sorted(entities.items()):
        for alias in dict.fromkeys([entity.name, *entity.aliases]):
            entries.append(AliasEntry(alias, eid))
        entries.extend(AliasEntry(a, eid, context=True) for a in entity.context_aliases)
    return Matcher(entries)


def build_knowledge_base(seeds: Path, problems: Problems) -> KnowledgeBase:
    corpus = load_corpus(seeds, problems)
    problems.raise_if_errors()
    meta = corpus.metadata
    kb = KnowledgeBase(meta.briefing, corpus.sources, meta.entities)
    matcher = build_matcher(meta.entities)
    kinds = {eid: e.kind for eid, e in meta.entities.items()}
    related = {eid: frozenset(ref for _, ref in e.references())
               for eid, e in meta.entities.items()}
    people = {eid for eid, kind in kinds.items() if kind == "person"}
    outcomes = OutcomeMatcher(meta.briefing.outcomes)
    cited: list[tuple[str, Citation]] = []
    sentences: list[Citation] = []
    for file, info in sorted(corpus.sources.items()):
        memory = SpeakerMemory()
        for paragraph in info.article.paragraphs:
            analysed = analyse(paragraph, matcher, related, people)
            for m in analysed.mentions:
                sentence = analysed.sentence_at(m.start)
                kb.mentions.append(Mention(file, paragraph.number, m.start, m.end, m.entity,
                                           m.text, sentence.index))
            kb.statements.extend(find_statements(file, analysed, kinds, memory))
            cited.extend(outcomes.cite(file, analysed))
            if paragraph.kind not in ("text", "bullet"):
                continue
            sentences.extend(Citation(file, paragraph.number, s.index, s.text)
                             for s in analysed.sentences)
            for found in find_dates(paragraph.text, info.date):
                sentence = analysed.sentence_at(found.start)
                ids = tuple(sorted({m.entity for m in analysed.mentions_in(sentence)}))
                kb.dated.append(DatedItem(found.value, file, paragraph.number, sentence.index,
                                          found.expression, sentence.text, ids))
    kb.mentions.sort()
    kb.statements.sort()
    kb.dated.sort()
    kb.facts = outcomes.groups(cited)
    curated = {c for _, c in cited}
    for n, group in enumerate(group_similar([c for c in sentences if c not in curated]), 1):
        kb.facts.append(FactGroup(f"similar-{n}", group[0].text, group, curated=False))
    return kb
