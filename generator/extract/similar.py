"""Group sentences that report the same thing in several sources, without curation.

Each sentence becomes a set of crude word stems; two sentences from different sources
join a group when their sets overlap enough (Jaccard). Candidate pairs come from an
inverted index that skips very common stems, so the cost stays near-linear in the
number of sentences rather than quadratic.
"""

from __future__ import annotations

import re
from collections import defaultdict

from generator.model import Citation

_WORD = re.compile(r"[a-z0-9$%]+")
_STOP = frozenset("""
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers him his how i if in into is it its itself just
me more most my no nor not now of off on once only or other our ours out over own same she
should so some such than that the their theirs them then there these they this those through
to too under until up very was we were what when where which while who whom why will with
would you your said says say noted added told urged also two sides side both countries
country new further well
""".split())  # noqa: SIM905 (a word list reads better as text)
MIN_STEMS = 6
THRESHOLD = 0.5
MAX_POSTING = 400


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def stems(text: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP
                     and len(w) > 2)


def group_similar(citations: list[Citation]) -> list[list[Citation]]:
    """Groups (of two or more sources each), largest first, in a stable order."""
    items = [(c, stems(c.text)) for c in citations]
    items = [(c, s) for c, s in items if len(s) >= MIN_STEMS]
    postings: dict[str, list[int]] = defaultdict(list)
    for i, (_, s) in enumerate(items):
        for stem in s:
            postings[stem].append(i)
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (cit, s) in enumerate(items):
        shared: dict[int, int] = defaultdict(int)
        for stem in s:
            posting = postings[stem]
            if len(posting) > MAX_POSTING:
                continue
            for j in posting:
                if j > i:
                    shared[j] += 1
        for j, n in shared.items():
            other, t = items[j]
            if other.source == cit.source:
                continue
            if n / (len(s) + len(t) - n) >= THRESHOLD:
                parent[find(j)] = find(i)
    groups: dict[int, list[Citation]] = defaultdict(list)
    for i, (c, _) in enumerate(items):
        groups[find(i)].append(c)
    out = [sorted(g) for g in groups.values() if len({c.source for c in g}) >= 2]
    return sorted(out, key=lambda g: (-len({c.source for c in g}), g[0]))
