"""Fact groups: the same outcome reported in different words across sources.

Curated outcomes (briefing.yml) name the phrases that identify them; every sentence
containing one joins the group, which then knows how many sources report it.
"""

from __future__ import annotations

import re

from generator.extract.mentions import Analysed
from generator.extract.records import Citation, FactGroup
from generator.extract.textnorm import fold_punctuation
from generator.load.schema import Outcome


def compile_phrase(phrase: str) -> re.Pattern[str]:
    """'doubl* two-way trade' -> a case-insensitive whole-word pattern."""
    parts = []
    for word in fold_punctuation(phrase).split():
        stem = word.endswith("*")
        core = re.escape(word.rstrip("*")).replace(r"\-", r"[\-\s]?")
        parts.append(core + (r"\w*" if stem else ""))
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", re.IGNORECASE)


class OutcomeMatcher:
    def __init__(self, outcomes: list[Outcome]) -> None:
        self.outcomes = outcomes
        self._patterns = [[compile_phrase(p) for p in o.match] for o in outcomes]

    def cite(self, source: str, analysed: Analysed) -> list[tuple[str, Citation]]:
        """(outcome id, citation) for every sentence of the paragraph that reports one."""
        if analysed.paragraph.kind not in ("text", "bullet"):
            return []
        out: list[tuple[str, Citation]] = []
        for sentence in analysed.sentences:
            folded = fold_punctuation(sentence.text)
            for outcome, patterns in zip(self.outcomes, self._patterns, strict=True):
                if any(p.search(folded) for p in patterns):
                    out.append(
                        (
                            outcome.id,
                            Citation(
                                source, analysed.paragraph.number, sentence.index, sentence.text
                            ),
                        )
                    )
        return out

    def groups(self, cited: list[tuple[str, Citation]]) -> list[FactGroup]:
        by_id: dict[str, list[Citation]] = {o.id: [] for o in self.outcomes}
        for oid, citation in cited:
            by_id[oid].append(citation)
        return [FactGroup(o.id, o.label, sorted(by_id[o.id])) for o in self.outcomes]
