from __future__ import annotations

from generator.extract.outcomes import compile_phrase
from generator.extract.records import Citation
from generator.extract.similar import group_similar, stems
from generator.extract.textnorm import fold_punctuation
from generator.model.knowledge import KnowledgeBase


def test_phrase_patterns_match_word_endings_and_hyphens() -> None:
    pattern = compile_phrase("doubl* two-way trade")
    assert pattern.search("a new goal of doubling two-way trade")
    assert pattern.search(fold_punctuation("to double two‑way trade"))  # non-breaking hyphen
    assert not pattern.search("doubling trade")


def test_similar_sentences_group_across_sources_only() -> None:
    a = Citation(
        "a.txt",
        1,
        0,
        "The friendly relations between China and Kazakhstan are "
        "rooted in the ancient Silk Road and reinforced by decades of cooperation.",
    )
    b = Citation(
        "b.txt",
        4,
        1,
        "Xi pointed out that the friendly relations between China and "
        "Kazakhstan are rooted in the ancient Silk Road, reinforced by cooperation.",
    )
    same_source = Citation("a.txt", 9, 0, a.text)
    other = Citation(
        "c.txt",
        2,
        0,
        "Trade between the two neighbours reached a record high "
        "last year, according to customs figures released on Monday.",
    )
    groups = group_similar([(c, stems(c.text)) for c in (a, b, same_source, other)])
    assert len(groups) == 1
    assert {c.source for c in groups[0]} == {"a.txt", "b.txt"}


def test_seed_outcomes_report_source_counts(seeds_kb: KnowledgeBase) -> None:
    facts = {f.id: f for f in seeds_kb.facts}
    double = next(f for f in facts.values() if f.curated and "doubl" in f.label.lower())
    assert len(double.sources) >= 4
    luban = next(f for f in facts.values() if f.curated and "Luban" in f.label)
    assert len(luban.sources) >= 3
    assert any(not f.curated and len(f.sources) >= 3 for f in facts.values())
