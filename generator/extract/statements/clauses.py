"""A second speaker in the same sentence: "X told reporters that ..., and his foreign
minister, Y, has asked who pays". Each clause joined by "and", "but", "while" or a
semicolon may have a speaker of its own, named at its start; one found there is a
second statement of the sentence. Reported words are not a clause of their own: "X said
that Y had told her ..." stays X's alone (no conjunction opens Y's clause).
"""

from __future__ import annotations

import re

from generator.extract.mentions import Resolved
from generator.extract.statements.deeds import gesture
from generator.extract.statements.memory import Context
from generator.extract.statements.patterns import VERB
from generator.extract.statements.subjects import subject_before

# Where a coordinated clause opens: ', and ', '," and ', '; ', ', while '.
_CLAUSE = re.compile(r"(?:[”\"’]?[,;][”\"’]?\s+(?:and|but|while|whereas)|;)\s+")
# A clause of the first speaker's reported words: "..., and that Y had told him ...".
_REPORTED = re.compile(r"(?:that|whether|if|how|why|what)\b", re.IGNORECASE)
# Its subject comes first: a person named within these many characters of its start.
_SUBJECT_REACH = 80


def second_speaker(
    text: str,
    after: int,
    end: int,
    mentions: list[Resolved],
    ctx: Context,
    first: str,
) -> tuple[str, str] | None:
    """(speaker, verb) of a later clause of the sentence, spoken by another person."""
    for clause in _CLAUSE.finditer(text, after, end):
        lo = clause.end()
        if _REPORTED.match(text, lo):
            continue  # ", and that Y had told him ...": still the first speaker's words
        own = [m for m in mentions if m.start >= lo]
        if not own or own[0].start - lo > _SUBJECT_REACH:
            continue
        starts = [m.start for m in own]
        verb = VERB.search(text, lo, end)
        if verb is None or gesture(text, verb.group(0), verb.end(), own, starts, ctx.kinds):
            continue
        subject = subject_before(own, starts, text, verb.start(), ctx.kinds)
        if (
            subject is not None
            and subject.entity != first
            and ctx.kinds.get(subject.entity) == "person"
            and subject is own[0]
        ):
            return subject.entity, re.sub(r"\s+", " ", verb.group(0))
    return None
