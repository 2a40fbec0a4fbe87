"""The sentences that name an entity (or describe an event), with those words marked."""

from __future__ import annotations

from collections import defaultdict

from generator.site.index import EntityView, SentenceRef, SiteIndex


def mention_sentences(index: SiteIndex, view: EntityView) -> list[SentenceRef]:
    """Each such sentence once, oldest source first, in reading order."""
    spans: dict[tuple[str, int, int], list[tuple[int, int]]] = defaultdict(list)
    for m in view.mentions:
        spans[(m.source, m.paragraph, m.sentence)].append((m.start, m.end))
    for link in view.links:
        spans[(link.source, link.paragraph, link.sentence)].append((link.start, link.end))
    refs = []
    for key, marks in spans.items():
        sentence = index.sentence(*key)
        if sentence is None:
            continue
        local = tuple((s - sentence.start, e - sentence.start) for s, e in marks)
        kind = index.kb.sources[key[0]].article.paragraph(key[1]).kind
        refs.append(SentenceRef(*key, sentence.text, local, kind in ("text", "bullet")))
    refs.sort(key=lambda r: (index.rank[r.source], r.paragraph, r.sentence))
    return refs
