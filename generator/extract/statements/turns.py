"""Speech that belongs to a speaker by its place rather than by a verb: a transcript's
turn ("PRESIDENT HABIMANA: ...", going on over the next paragraphs until someone else
speaks) and an interview's answer ("A: ...", the interviewee's).
"""

from __future__ import annotations

from generator.extract.mentions import Analysed
from generator.extract.speaker_words import turn_label
from generator.extract.statements.memory import Context, SpeakerMemory
from generator.extract.statements.patterns import (
    ANSWER,
    QUESTION,
    RECORDING,
    STAGE,
    TALK_ENDS,
    VERB,
)
from generator.extract.textnorm import fold


def speaker_turn(analysed: Analysed, ctx: Context, memory: SpeakerMemory) -> tuple[str, int] | None:
    """A transcript's turn or an interview's answer: (speaker, where the speech starts)."""
    text = analysed.paragraph.text
    person, start = ctx.index.label(text)
    if start and person is None:
        person = ctx.index.label_role(text, ctx.present) or _named_with(analysed, ctx, start)
    if start and (label := turn_label(text)):
        key = fold(label[0])
        if person is not None:
            memory.labels[key] = person
        else:
            person = memory.labels.get(key)
    if start:
        memory.transcript = True
        memory.turn = person
        return (person, start) if person else None
    if QUESTION.match(text):
        memory.turn = None
        memory.interviewee = memory.interviewee or _interviewee(ctx)
        return None
    if (m := ANSWER.match(text)) and (who := memory.interviewee or _interviewee(ctx)):
        memory.interviewee = who
        return who, m.end()
    if RECORDING.match(text) or TALK_ENDS.match(text):
        memory.turn = None  # another voice, unnamed, or the end of the talking
        return None
    if STAGE.match(text):
        return None  # "(LAUGHTER)", "[Applause]": nobody speaks, the turn goes on after
    if (
        memory.transcript
        and memory.turn
        and not _speaks_of_others(analysed, ctx)
        and not any(m.entity == memory.turn for m in analysed.mentions)
    ):
        return memory.turn, 0  # the same speaker's turn goes on in a new paragraph
    return None


def _named_with(analysed: Analysed, ctx: Context, start: int) -> str | None:
    """The one person a role label names in its brackets: "MODERATOR (Kadra Mohamed
    Djama, Spokesperson of the Presidency):"."""
    people = {
        m.entity for m in analysed.mentions if m.end < start and ctx.kinds.get(m.entity) == "person"
    }
    return people.pop() if len(people) == 1 else None


def _interviewee(ctx: Context) -> str | None:
    """The person an interview is with: the one named first, in the title or the
    introduction."""
    return next(iter(ctx.present), None)


def _speaks_of_others(analysed: Analysed, ctx: Context) -> bool:
    """Does the paragraph report someone's speech (a speech verb and a person), rather
    than go on with the current turn?"""
    return bool(VERB.search(analysed.paragraph.text)) and any(
        ctx.kinds.get(m.entity) == "person" for m in analysed.mentions
    )
