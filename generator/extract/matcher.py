"""Find alias mentions in text: one Aho-Corasick pass, longest match wins.

The automaton holds every alias once, so a pass costs time linear in the text plus
the matches, whatever the number of aliases. Rules on top of the raw hits:
- whole words only ("Xi" not in "Xinhua" or "Xi'an"; a possessive "Xi's" is fine), and
  whole names ("Caspian" not in "Trans-Caspian", "American" not in "Latin American"):
  see word_bounds;
- all-caps acronyms and one-word aliases match with their case as curated, so "UN" is
  not "un"; longer aliases forgive case past their first letter ("China tourism year");
- overlapping hits keep the longest ("Chinese President Xi Jinping" over "Chinese").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from generator.extract.textnorm import fold, fold_punctuation
from generator.extract.word_bounds import whole_name


@dataclass(frozen=True)
class AliasEntry:
    alias: str
    entity: str
    context: bool = False
    # Lower wins an overlap first: curated names (0) before detected ones (1), so that
    # a detected "Port of Santos and the Port of Durban" never hides a curated port.
    rank: int = 0


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    alias: str
    entities: tuple[str, ...]
    context: bool
    # Plain (non-context) hits nested inside this one: "Kazakh" in "the Kazakh side",
    # "Kazakhstan" in "China Tourism Year in Kazakhstan". They are not mentions, but they
    # tell which entity a nearby context alias means.
    inner: tuple[Hit, ...] = ()
    rank: int = 0

    @property
    def length(self) -> int:
        return self.end - self.start


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in alias.strip()


def _case_ok(alias: str, found: str) -> bool:
    alias = fold_punctuation(alias)
    found = fold_punctuation(found)
    if _is_acronym(alias) or " " not in alias:
        if alias[0].islower():
            return alias[1:] == found[1:] and alias[0] == found[0].lower()
        return alias == found
    # Multi-word: the first letter keeps its case if it is a capital; the rest may vary.
    return not alias[0].isupper() or found[0].isupper()


class Matcher:
    def __init__(self, entries: Iterable[AliasEntry]) -> None:
        table: dict[str, dict[str, list[AliasEntry]]] = {}
        for entry in entries:
            key = fold(entry.alias.strip())
            if not key:
                continue
            table.setdefault(key, {}).setdefault(entry.alias.strip(), []).append(entry)
        self._automaton = ahocorasick.Automaton()
        for key, by_alias in table.items():
            self._automaton.add_word(key, (len(key), by_alias))
        self._empty = not table
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[Hit]:
        """Non-overlapping hits in `text`, in order of position."""
        if self._empty or not text:
            return []
        folded = fold(text)
        candidates: list[Hit] = []
        for last, (length, by_alias) in self._automaton.iter(folded):
            start, end = last - length + 1, last + 1
            if not whole_name(text, start, end):
                continue
            found = text[start:end]
            for alias, entries in by_alias.items():
                if _case_ok(alias, found):
                    strong = [e for e in entries if not e.context]
                    ids = tuple(sorted({e.entity for e in (strong or entries)}))
                    context = not strong
                    rank = min(e.rank for e in (strong or entries))
                    candidates.append(Hit(start, end, alias, ids, context, (), rank))
                    break
        chosen = _longest_first(candidates)
        if len(chosen) == len(candidates):
            return chosen
        candidates.sort(key=lambda h: (h.start, h.end))
        starts = [h.start for h in candidates]
        out = []
        for hit in chosen:
            lo = bisect.bisect_left(starts, hit.start)
            hi = bisect.bisect_left(starts, hit.end)
            inner = [
                c for c in candidates[lo:hi] if not c.context and c.end <= hit.end and c != hit
            ]
            out.append(
                Hit(
                    hit.start,
                    hit.end,
                    hit.alias,
                    hit.entities,
                    hit.context,
                    tuple(_longest_first(inner)),
                    hit.rank,
                )
                if inner
                else hit
            )
        return out


def _longest_first(candidates: list[Hit]) -> list[Hit]:
    """Keep the longest of overlapping hits; ties go to the earlier one.

    Hits are cut into clusters of mutually overlapping spans first, so the greedy choice
    only ever looks inside one small cluster: linear in the number of hits overall.
    """
    ordered = sorted(candidates, key=lambda h: (h.start, -h.end, h.alias))
    chosen: list[Hit] = []
    cluster: list[Hit] = []
    cluster_end = -1
    for hit in ordered:
        if cluster and hit.start >= cluster_end:
            chosen.extend(_resolve_cluster(cluster))
            cluster = []
        cluster.append(hit)
        cluster_end = max(cluster_end, hit.end) if len(cluster) > 1 else hit.end
    if cluster:
        chosen.extend(_resolve_cluster(cluster))
    return chosen


def _resolve_cluster(cluster: list[Hit]) -> list[Hit]:
    if len(cluster) == 1:
        return cluster
    kept: list[Hit] = []
    for hit in sorted(cluster, key=lambda h: (h.rank, -h.length, h.start, h.alias)):
        if all(hit.end <= k.start or k.end <= hit.start for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)
