"""The subject that several verbs of a sentence share: "X thanked the Government ... and
stressed that ...", "X opened the summit on Tuesday, urging his guests to ...". Part of
`subjects`, kept apart so each module reads as one list of rules.
"""

from __future__ import annotations

import re

from generator.extract.mentions import Resolved
from generator.extract.speaker_words import DESCRIPTION
from generator.extract.statements.memory import Context
from generator.extract.statements.patterns import PARTICIPLE, PAST, SPEAKER_KINDS
from generator.load.datelines import dateline


def coordinated(
    text: str, sentence_start: int, verb_start: int, mentions: list[Resolved], ctx: Context
) -> str | None:
    """ "X thanked the Government ... and stressed that ...", "X backed the text but
    stated that ...", "X opened the summit, urging ...": the sentence's subject."""
    joined = r"\b(?:and|but)\s+(?:(?:also|then|later)\s+)?$"
    participle = PARTICIPLE.match(text, verb_start) is not None
    if participle:
        joined = r",\s*$"  # the participle after a comma
    if not re.search(joined, text[max(sentence_start, verb_start - 20) : verb_start]):
        return None
    if sentence_start == 0 and (line := dateline(text, None)) is not None:
        # "VALPARAISO, Chile, May 27 (Andes Wire) - Chilean President X opened ...".
        sentence_start = len(text) - len(text[len(line.text) :].lstrip(" —–-"))
        mentions = [m for m in mentions if m.start >= sentence_start]
    head = re.match(r"\s*[\"“]?(?:The\s+|the\s+)?", text[sentence_start : sentence_start + 20])
    start = sentence_start + (head.end() if head else 0)
    first = mentions[0] if mentions else None
    if participle:
        return _participle_subject(text, start, verb_start, mentions, ctx)
    if (
        first is not None
        and ctx.kinds.get(first.entity) in SPEAKER_KINDS
        and first.start - start <= 40
        and re.match(r"[\s,]*" + PAST, text[first.end : first.end + 40])
    ):
        return first.entity
    if (titled := _titled_subject(text, start, verb_start, mentions, ctx)) is not None:
        return titled
    if first is None or first.start > start + 60:
        lead = text[sentence_start : sentence_start + 20]
        m = DESCRIPTION.match(text, sentence_start + (len(lead) - len(lead.lstrip())))
        if m and re.match(r"\s+" + PAST, text[m.end() : m.end() + 40]):
            return ctx.index.describe(m.group("qual"), m.group("title"), ctx.present)
    return None


def _participle_subject(
    text: str, start: int, verb_start: int, mentions: list[Resolved], ctx: Context
) -> str | None:
    """ "Chilean President X opened the summit, urging ...": the name before the main
    verb, when only capitalised words (titles, a demonym) come before it and no other
    person is named before the participle ("After Ruiz left, Li stayed on, saying" and "Ruiz
    met Li, saying" are left to nobody)."""
    for i, m in enumerate(mentions):
        if m.start >= verb_start or not re.fullmatch(
            r"(?:[A-Z][\w'’.-]*\s+)*", text[start : m.start]
        ):
            return None
        if ctx.kinds.get(m.entity) in SPEAKER_KINDS and re.match(r"\s+" + PAST, text[m.end :]):
            others = [
                o
                for o in mentions[i + 1 :]
                if o.start < verb_start and ctx.kinds.get(o.entity) == "person"
            ]
            return None if others else m.entity
    return None


# Before a titled subject: its title and demonym ("Sinolandic Trade Minister "), or a
# possessive description in apposition ("Riola's trade minister, ").
_TITLE_BEFORE = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+)*|[A-Z][\w'’.-]*['’]s\s+(?:[\w-]+\s+){0,4}?[\w-]+,\s+"
)


def _titled_subject(
    text: str, start: int, verb_start: int, mentions: list[Resolved], ctx: Context
) -> str | None:
    """ "Sinolandic Trade Minister Kai Oy received ... and offered ...": the person after
    the title, when only the title stands before and the main verb follows the name."""
    people = [m for m in mentions if m.start < verb_start and ctx.kinds.get(m.entity) == "person"]
    if len({m.entity for m in people}) != 1:
        return None  # "Kai Oy met Li Wen and offered ...": whose offer?
    for m in people:  # a description and the name it describes are one person
        if _TITLE_BEFORE.fullmatch(text[start : m.start]) and re.match(
            r",?\s+" + PAST, text[m.end : m.end + 40]
        ):
            return m.entity
    return None
