"""The subject of a speech verb, found in the text around it: a name just before the verb
(across asides), a name just after it in an inverted quote ("..., said Japarov"), a
description ("the Chinese president said") or the subject of the sentence's first verb
("X thanked ... and stressed that ...", in `coordinated`).

Each finder returns nothing when unsure: a group ("Xi and Tokayev hailed"), a clause about
another time ("where Xi proposed") or a name too far from the verb is nobody's statement.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping

from generator.extract.claimants import named_apart
from generator.extract.mentions import Resolved
from generator.extract.speaker_words import DESCRIPTION
from generator.extract.statements.memory import Context, SpeakerMemory
from generator.extract.statements.patterns import (
    AND,
    APPOSED,
    APPOSITIVE_BEFORE,
    ASIDE,
    GAP,
    INVERTED,
    INVERTED_VERB,
    OBJECT_BEFORE,
    OF_NAME,
    REACH,
    RELATIVE,
    RELATIVE_ASIDE,
    SOMEONE_OF,
    SPEAKER_KINDS,
    VERB,
)


def speakers_between(
    mentions: list[Resolved], starts: list[int], lo: int, hi: int, kinds: Mapping[str, str]
) -> list[Resolved]:
    """Mentions of possible speakers that start in [lo, hi), in order."""
    first, last = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    return [m for m in mentions[first:last] if kinds.get(m.entity) in SPEAKER_KINDS]


# A country's government speaks as the country: "the Chilean government said",
# "Chile's government said", "according to the Chilean authorities".
# Not someone of it: "the Chilean government's critics", "a government official".
_GOVERNMENT = re.compile(
    r"(?:['’]s)?\s+(?:government|authorities|administration|delegation)\b(?!['’]s\b)"
    r"(?!\s+(?:officials?|sources?|critics|spokes\w+|advis[eo]rs?|insiders?|ministers?|"
    r"representatives?|members?)\b)"
)


def _end(m: Resolved, text: str, kinds: Mapping[str, str]) -> int:
    """Where the speaker's words end: after "government" for a country's."""
    if kinds.get(m.entity) == "country" and (g := _GOVERNMENT.match(text, m.end)):
        return g.end()
    return m.end


def subject_before(
    mentions: list[Resolved],
    starts: list[int],
    text: str,
    verb_start: int,
    kinds: Mapping[str, str],
) -> Resolved | None:
    """The speaker named before the verb, right before it or across an aside."""
    window = speakers_between(mentions, starts, verb_start - REACH, verb_start, kinds)
    before = [m for m in window if m.end <= verb_start]
    aside: Resolved | None = None
    for i in range(len(before) - 1, -1, -1):
        candidate = before[i]
        if i and _of_person(before[i - 1], candidate, text, kinds):
            continue  # "Prime Minister X of Barbados acknowledged": X speaks
        gap = text[_end(candidate, text, kinds) : verb_start]
        if kinds.get(candidate.entity) == "person" and (of := OF_NAME.match(gap)):
            # "X of Barbados, who is chairing the meeting of ..., told": the aside
            # after the person's country or body.
            rest = gap[of.end() :]
            if not GAP.match(gap) and ASIDE.match(rest) and not VERB.search(rest):
                aside = candidate
                continue
        appositive = APPOSED.fullmatch(gap) and APPOSITIVE_BEFORE.search(
            text[max(0, candidate.start - 80) : candidate.start]
        )
        direct = GAP.match(gap) or appositive
        # A relative clause's verbs are its own: "X, whose government has offered to base
        # the vessels, said ...".
        relative = RELATIVE_ASIDE.match(gap)
        if not direct and not (ASIDE.match(gap) and (relative or not VERB.search(gap))):
            continue
        people = [m for m in before[:i] if kinds.get(m.entity) == "person"]
        for other in ([before[i - 1]] if i else []) + people[-1:]:
            if candidate.start - other.end < 60 and AND.match(text[other.end : candidate.start]):
                return None  # "China and Uzbekistan agreed", "X and German Minister Y"
        if RELATIVE.search(text[max(0, candidate.start - 12) : candidate.start]):
            return None
        # "a spokesperson for Ruiz said": the name is an object, someone else speaks;
        # "a member of the Riolan delegation said": someone of the country, not it.
        lead = text[max(0, candidate.start - 30) : candidate.start]
        governed = OBJECT_BEFORE.search(lead) or (
            kinds.get(candidate.entity) == "country" and SOMEONE_OF.search(lead)
        )
        if direct:
            return None if governed else candidate
        if governed:
            continue  # "Whitcombe, the envoy for Australia, ..., told": not Australia
        # Across an aside, the subject is the person it begins with: "Dana Whitcombe,
        # the US envoy for Australia, New Zealand and the Pacific, told journalists".
        if aside is None or kinds.get(candidate.entity) == "person":
            aside = candidate
    return aside


def _of_person(person: Resolved, candidate: Resolved, text: str, kinds: Mapping[str, str]) -> bool:
    """Is the candidate the country or body "of" the person just before it?"""
    return (
        kinds.get(person.entity) == "person"
        and kinds.get(candidate.entity) != "person"
        and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[person.end : candidate.start]) is not None
    )


def subject_after(
    mentions: list[Resolved], starts: list[int], text: str, verb_end: int, kinds: Mapping[str, str]
) -> Resolved | None:
    """The speaker named right after an inverted verb: "..., said Japarov"."""
    after = speakers_between(mentions, starts, verb_end, verb_end + REACH, kinds)
    if not after:
        return None
    first = after[0]
    lead = text[verb_end : first.start].strip()
    country = kinds.get(first.entity) == "country"
    if lead and not (
        (lead.lower() == "the" and _end(first, text, kinds) > first.end)
        or (country and lead.lower() == "the government of")
    ):
        return None
    if re.match(r"['’]s\b", text[first.end : first.end + 2]):
        # "said Fiji's Minister for Fisheries, Kalisito Nakuta": the minister speaks.
        for person in after[1:]:
            gap = text[first.end + 2 : person.start]
            if (
                kinds.get(person.entity) == "person"
                and len(gap) <= 90
                and re.fullmatch(r"\s*(?:[A-Za-z][\w'’-]*\s+){0,8}[\w'’-]*,?\s*", gap)
            ):
                return person
        return None
    return first


def inverted(text: str, sentence_start: int, verb_start: int, verb_end: int) -> bool:
    """Is the verb one that comes before its subject here: "..., said Xi", "Said Xi",
    "According to Xi"?"""
    if verb_start - sentence_start < 8 and not text[sentence_start:verb_start].strip(' "“'):
        return bool(INVERTED_VERB.match(text, verb_start, verb_end))
    return bool(INVERTED.search(text, max(sentence_start, verb_start - 8), verb_end))


def description(
    text: str,
    lo: int,
    verb_start: int,
    ctx: Context,
    memory: SpeakerMemory,
    mentions: list[Resolved],
) -> str | None:
    """ "the Chinese president said", "The EU's top diplomat told reporters". A bare
    title that several people of the article fit ("The Minister noted") is the last
    speaker, if it fits them and nothing came between. Nobody the sentence names apart
    from the description is the one it means ("the President said she would receive
    Ndlovu": not Ndlovu)."""
    base = max(lo, verb_start - 90)
    window = text[base:verb_start]
    best = None
    for m in DESCRIPTION.finditer(window):
        if GAP.match(window[m.end() :]) or (
            ASIDE.match(window[m.end() :]) and not VERB.search(window[m.end() :])
        ):
            best = m
    if best is None:
        return None
    found = ctx.index.fits(best.group("qual"), best.group("title"), ctx.present)
    spans = [(m.start, m.end, m.entity) for m in mentions]
    found -= named_apart(text, base + best.start(), base + best.end(), spans)
    if len(found) == 1:
        return next(iter(found))
    bare = not best.group("qual").strip()
    if bare and not memory.broken and memory.speaker in found:
        return memory.speaker
    return None
