"""Who said what: attribute reported-speech sentences to a person or a country.

A statement belongs to the subject of its speech verb: the name just before it
("Xi said", "Tokayev, for his part, said"), the name just after it in an inverted
quote ("..., said Japarov"), or "he"/"she" resolved to the last speaker of the same
or previous paragraph. Names elsewhere in the sentence ("Xi told Tokayev") are objects
and never get the statement.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass

from generator.extract.paragraphs import Analysed, Resolved
from generator.model import Statement

SPEAKER_KINDS = ("person", "country")

_VERBS = (
    r"said|says|say|noted|notes|urged|urges|vowed|vows|stressed|stresses|added|adds|told|tells|"
    r"called\s+(?:on|for)|calls\s+(?:on|for)|pointed\s+out|points\s+out|expressed|expresses|"
    r"hailed|hails|acknowledged|agreed|agrees|pledged|pledges|reiterated|reiterates|"
    r"spoke\s+highly|speaks\s+highly|voiced|voices|announced|announces|stated|states|"
    r"emphasi[sz]ed|emphasi[sz]es|underlined|underscored|congratulated|appreciates|"
    r"appreciated|welcomed|welcomes|wished|wishes|proposed|highlighted|asserted|affirmed|"
    r"declared|remarked|explained|insisted|warned|commented|held\s+the\s+belief|"
    r"expressed\s+the\s+belief|singled\s+out|believes|recalled|looks\s+forward|pressed\s+for"
)
_VERB = re.compile(rf"\b(?:{_VERBS})\b")
# Verbs that may come before their subject: "..., said Xi." (or open the sentence).
_INVERTED_VERB = re.compile(r"(said|says|added|noted|stressed|urged)\s*$")
_INVERTED = re.compile(r"(?:,\s*[\"”’']?\s*|[\"”]\s+)(said|says|added|noted|stressed|urged)\s*$")
# How far before its verb a subject may stand, asides included ("Liu Bin, director
# general of the Department of European-Central Asian Affairs of the Ministry, told").
# Every look-back is bounded so that a run-on sentence costs linear time.
_REACH = 240
# "Xi and Tokayev hailed ...": a group speaks, not one of them.
_AND = re.compile(r"^\s*,?\s*and\s*$")
# "..., where Xi proposed ...": a clause about another time, not the reported speech.
_RELATIVE = re.compile(r"\b(?:where|whereby)\s+$", re.IGNORECASE)
# What may stand between a subject and its verb.
_GAP = re.compile(
    r"^(?:'s?)?\s*(?:,\s*(?:for\s+(?:his|her|its|their)\s+part|in\s+turn|however|too|"
    r"on\s+\w+|in\s+response)\s*,\s*)?"
    r"(?:(?:also|further|then|later|again|once\s+again|repeatedly|firmly|warmly|highly|"
    r"earlier|has|had|have|will|would|would\s+also|on\s+\w+day|on\s+\w+)\s+)*$",
    re.IGNORECASE)
# Asides between a subject and its verb: "Xi, together with President Aliyev, announced",
# "Ndlovu, who hosted the summit, said", "Dlamini, the council's co-chair, said",
# "Souza, speaking at the session on Tuesday, said".
_ASIDE = re.compile(
    r"^\s*,\s*(?:(?:together|along)\s+with\b|who\b|which\b|the\b|a\b|an\b|\w+ing\b)"
    r"[^;:]*,\s*(?:(?:also|jointly|then)\s+)*$")
# The name is itself the aside: "The council's co-chair, Priya Raman, said".
_APPOSITIVE_BEFORE = re.compile(
    r",\s*(?:(?!(?:with|and|to|for|by|from|at|on|in|of)\s)[\w’'.\-]+\s+){0,6}$")
_PRONOUN = re.compile(r"\b(he|she|He|She)\s+((?:also|further|then|later|again|once again|"
                      r"firmly|warmly|highly)\s+)*$")


@dataclass
class SpeakerMemory:
    """The last speaker, so that "He noted ..." can find who "he" is.

    Distance is counted in text paragraphs: captions and headings in between do not
    make the reader forget who was speaking.
    """

    speaker: str | None = None
    at: int = -10
    seen: int = 0


def _speakers_between(mentions: list[Resolved], starts: list[int], lo: int, hi: int,
                      kinds: Mapping[str, str]) -> list[Resolved]:
    """Mentions of possible speakers that start in [lo, hi), in order."""
    first, last = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    return [m for m in mentions[first:last] if kinds.get(m.entity) in SPEAKER_KINDS]


def _subject_before(mentions: list[Resolved], starts: list[int], text: str, verb_start: int,
                    kinds: Mapping[str, str]) -> Resolved | None:
    window = _speakers_between(mentions, starts, verb_start - _REACH, verb_start, kinds)
    before = [m for m in window if m.end <= verb_start]
    for i in range(len(before) - 1, -1, -1):
        candidate = before[i]
        gap = text[candidate.end:verb_start]
        appositive = gap.strip() == "," and _APPOSITIVE_BEFORE.search(
            text[max(0, candidate.start - 80):candidate.start])
        if _GAP.match(gap) or _ASIDE.match(gap) or appositive:
            if i > 0 and candidate.start - before[i - 1].end < 16 and \
                    _AND.match(text[before[i - 1].end:candidate.start]):
                return None
            if _RELATIVE.search(text[max(0, candidate.start - 12):candidate.start]):
                return None
            return candidate
    return None


def _subject_after(mentions: list[Resolved], starts: list[int], text: str, verb_end: int,
                   kinds: Mapping[str, str]) -> Resolved | None:
    after = _speakers_between(mentions, starts, verb_end, verb_end + _REACH, kinds)
    if not after or text[verb_end:after[0].start].strip():
        return None
    return after[0]


def _inverted(text: str, sentence_start: int, verb_start: int, verb_end: int) -> bool:
    """Is the verb one that comes before its subject here: "..., said Xi", "Said Xi"?"""
    if verb_start - sentence_start < 8 and not text[sentence_start:verb_start].strip():
        return bool(_INVERTED_VERB.match(text, verb_start, verb_end))
    return bool(_INVERTED.search(text, max(sentence_start, verb_start - 8), verb_end))


def find_statements(source: str, analysed: Analysed, kinds: Mapping[str, str],
                    memory: SpeakerMemory) -> list[Statement]:
    """Statements in one paragraph; `memory` carries the last speaker across paragraphs."""
    paragraph = analysed.paragraph
    if paragraph.kind not in ("text", "bullet"):
        return []
    text = paragraph.text
    found: list[Statement] = []
    memory.seen += 1
    recent = memory.speaker if memory.seen - memory.at <= 2 else None
    for sentence in analysed.sentences:
        mentions = analysed.mentions_in(sentence)
        starts = [m.start for m in mentions]
        speaker: str | None = None
        verb = ""
        for match in _VERB.finditer(text, sentence.start, sentence.end):
            verb = re.sub(r"\s+", " ", match.group(0))
            subject = _subject_before(mentions, starts, text, match.start(), kinds)
            if subject is not None:
                speaker = subject.entity
                break
            if recent and _PRONOUN.search(text, max(sentence.start, match.start() - 60),
                                          match.start()):
                speaker = recent
                break
            if _inverted(text, sentence.start, match.start(), match.end()):
                subject = _subject_after(mentions, starts, text, match.end(), kinds)
                if subject is not None:
                    speaker = subject.entity
                    break
        if speaker is None:
            continue
        found.append(Statement(source, paragraph.number, sentence.index, speaker, verb,
                               sentence.text))
        if kinds.get(speaker) == "person":
            recent = speaker
            memory.speaker, memory.at = speaker, memory.seen
    return found
