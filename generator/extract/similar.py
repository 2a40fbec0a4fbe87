"""Group sentences that report the same thing in several sources, without curation.

Each sentence becomes a set of crude word stems; two sentences from different sources
join a group when their sets overlap enough (Jaccard). Candidates come from each
sentence's few rarest stems: near-duplicates share most stems, so they share rare ones.
Within a stem's bucket a sentence is compared with one representative per group already
there, not with every member, so the cost stays near-linear even when a corpus repeats
the same wire copy thousands of times.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from generator.extract.records import Citation

_WORD = re.compile(r"[a-z0-9$%]+")
_STOP_WORDS = """
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers him his how i if in into is it its itself just
me more most my no nor not now of off on once only or other our ours out over own same she
should so some such than that the their theirs them then there these they this those through
to too under until up very was we were what when where which while who whom why will with
would you your said says say noted added told urged also two sides side both countries
country new further well
"""
_STOP = frozenset(_STOP_WORDS.split())
MIN_STEMS = 6
THRESHOLD = 0.5
RARE_STEMS = 3
MAX_REPRESENTATIVES = 64


@functools.lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def stems(text: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2)


def group_similar(sentences: list[tuple[Citation, frozenset[str]]]) -> list[list[Citation]]:
    """Groups (of two or more sources each), largest first, in a stable order.

    Each sentence comes with its `stems` (computed during the per-article analysis).
    """
    items = [(c, s) for c, s in sentences if len(s) >= MIN_STEMS]
    frequency: dict[str, int] = defaultdict(int)
    for _, s in items:
        for stem in s:
            frequency[stem] += 1
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    representatives: dict[str, list[int]] = defaultdict(list)
    for i, (cit, s) in enumerate(items):
        for stem in sorted(s, key=lambda w: (frequency[w], w))[:RARE_STEMS]:
            if frequency[stem] < 2:
                continue
            reps = representatives[stem]
            joined = False
            for j in reps:
                other, t = items[j]
                n = len(s & t)
                if other.source != cit.source and n / (len(s) + len(t) - n) >= THRESHOLD:
                    parent[find(i)] = find(j)
                    joined = True
                    break
            if not joined and len(reps) < MAX_REPRESENTATIVES:
                reps.append(i)
    groups: dict[int, list[Citation]] = defaultdict(list)
    for i, (c, _) in enumerate(items):
        groups[find(i)].append(c)
    out = [sorted(g) for g in groups.values() if len({c.source for c in g}) >= 2]
    return sorted(out, key=lambda g: (-len({c.source for c in g}), g[0]))
