"""Which entity a context alias ("the President", "the Kazakh side") means, of those that
claim it: the one the paragraph names, or the one whose curated relations it names."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Set

from generator.extract.matcher import Hit
from generator.extract.sentences import Sentence

# Between a description and a name that are one person: "the President, Ana Souza,".
_APPOSED = re.compile(r"[\s,–—-]*")


def claimants(
    hit: Hit,
    text: str,
    hits: list[Hit],
    named: set[str],
    sentences: list[Sentence],
    related: Mapping[str, frozenset[str]],
    people: Set[str],
    earlier: Set[str] = frozenset(),
) -> list[str]:
    """The claimants of a context alias the paragraph points to (one means resolved);
    failing that, the people the article named before ("the CS said" two paragraphs
    after "Cabinet Secretary Wanjiru Mwangi-Odhiambo told the Mirror"). Not a meeting:
    "the talks" after one meeting's name is often the next meeting's."""
    others = _others(hit, text, hits, sentences, people)
    candidates = tuple(e for e in hit.entities if e not in others)
    found = [e for e in candidates if e in named]
    # A lone claimant is told by its relations only when the alias is more than one
    # plain word ("the closing press conference", not "the meeting", which the next
    # meeting of the article may be too).
    specific = (
        len(candidates) > 1 or len(_DETERMINER.sub("", text[hit.start : hit.end]).split()) >= 2
    )
    return (
        found
        or (by_relation(candidates, named, related, people) if specific else [])
        or [e for e in candidates if e in earlier and e in people]
    )


_DETERMINER = re.compile(r"^(?:the|this|that|these|those|its|their|his|her|our)\s+", re.IGNORECASE)


def _others(
    hit: Hit, text: str, hits: list[Hit], sentences: list[Sentence], people: Set[str]
) -> set[str]:
    """People the sentence names apart from the alias."""
    sentence = next((s for s in sentences if s.start <= hit.start < s.end), None)
    if sentence is None:
        return set()
    spans = [
        (h.start, h.end, h.entities[0])
        for h in hits
        if not h.context and len(h.entities) == 1 and h.entities[0] in people
        if sentence.start <= h.start < sentence.end
    ]
    return named_apart(text, hit.start, hit.end, spans)


def named_apart(text: str, start: int, end: int, spans: Iterable[tuple[int, int, str]]) -> set[str]:
    """Who the names at `spans` are, of those apart from the description at [start, end):
    not inside it ("Kazakh" in "the Kazakh side") and not in apposition to it ("the
    President, Ana Souza,"). "The President said she hoped to receive Ndlovu" is not
    Ndlovu: a writer who meant one person would have written "him"."""
    out = set()
    for s, e, entity in spans:
        if s < end and start < e:
            continue
        gap = text[e:start] if e <= start else text[end:s]
        if not _APPOSED.fullmatch(gap):
            out.add(entity)
    return out


def by_relation(
    candidates: tuple[str, ...],
    named: set[str],
    related: Mapping[str, frozenset[str]],
    people: Set[str],
) -> list[str]:
    """Claimants tied to what the paragraph names, by relations that tell them apart.

    A relation every claimant shares (all three state visits are hosted by China) says
    nothing; a named person outranks other named entities.
    """
    links = {e: related.get(e, frozenset()) for e in candidates}
    # (A lone claimant's relations are its own to tell by: "the closing press conference"
    # beside one of its speakers.)
    shared = frozenset.intersection(*links.values()) if len(links) > 1 else frozenset()
    for pool in (named & people, named):
        found = [e for e in candidates if (links[e] - shared) & pool]
        if found:
            return found
    return []
