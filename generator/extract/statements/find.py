"""The statements of one paragraph, and what they leave in the article's memory of its
speakers: headings and captions break the thread, transcripts and interviews go by
turns, prose by its speech verbs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from generator.extract.mentions import Analysed
from generator.extract.records import Statement
from generator.extract.statements.attribute import prose
from generator.extract.statements.labels import labelled_speaker
from generator.extract.statements.memory import Context, SpeakerMemory
from generator.extract.statements.patterns import COURTESY, COURTESY_REST
from generator.extract.statements.pronouns import learn_gender
from generator.extract.statements.turns import speaker_turn


def find_statements(
    source: str,
    analysed: Analysed,
    kinds: Mapping[str, str],
    memory: SpeakerMemory,
    ctx: Context | None = None,
) -> list[Statement]:
    """Statements in one paragraph; `memory` carries what the article said before."""
    ctx = ctx or Context(kinds)
    paragraph = analysed.paragraph
    if paragraph.kind in ("heading", "caption"):
        memory.broken = True
        memory.recent.clear()
        memory.turn = None  # a transcript's turn does not go on over a heading
        # A headline that quotes under a label: "Tuvalu's minister: “We cannot ...”".
        who = labelled_speaker(analysed, ctx)
        if who is None and paragraph.kind == "heading":
            # A headline that reports speech: "Somalia confirms it will not sign today".
            return prose(source, analysed, ctx, SpeakerMemory())
        return [
            Statement(source, paragraph.number, s.index, who, "quoted", s.text)
            for s in analysed.sentences
            if who is not None
        ]
    if paragraph.kind not in ("text", "bullet", "note"):
        return []
    learn_gender(analysed, ctx, memory)
    turn = speaker_turn(analysed, ctx, memory)
    if turn is not None:
        text = paragraph.text
        return [
            Statement(source, paragraph.number, s.index, turn[0], "spoke", s.text)
            for s in analysed.sentences
            if s.end > turn[1] and not courtesy(text[max(s.start, turn[1]) : s.end])
        ]
    if memory.transcript and memory.turn is None:
        return []  # a moderator's or a questioner's turn: nobody named speaks here
    if paragraph.kind == "note":
        return []
    found = prose(source, analysed, ctx, memory)
    _remember(found, analysed, kinds, memory)
    return found


def courtesy(sentence: str) -> bool:
    """Is a turn's sentence only a greeting or thanks, with names and small words?"""
    if not COURTESY.search(sentence):
        return False
    words = re.findall(r"[\w'’-]+", COURTESY.sub(" ", sentence.lstrip(" :")))
    opening = sentence.lstrip(' :"“')
    # The first word is capitalised as every first word is: a name only if it is no
    # everyday word ("We welcome ...", "Our fund ...").
    if (
        opening[:1].isalpha()
        and not COURTESY.match(opening)
        and words
        and words[0].lower() in _EVERYDAY
    ):
        return False
    return all(w[:1].isupper() or w.lower() in COURTESY_REST for w in words)


# fmt: off
_EVERYDAY = frozenset({
    "we", "i", "you", "they", "he", "she", "it", "our", "my", "this", "that", "these",
    "those", "there",
})
# fmt: on


def _remember(
    found: list[Statement], analysed: Analysed, kinds: Mapping[str, str], memory: SpeakerMemory
) -> None:
    """Who spoke in a paragraph of prose, for the pronouns and quotes of the next ones."""
    spoken = [s.speaker for s in found if kinds.get(s.speaker) == "person"]
    if spoken:
        memory.speaker, memory.broken, memory.quiet = spoken[-1], False, 0
        for person in spoken:
            if person in memory.recent:
                memory.recent.remove(person)
            memory.recent.append(person)
    else:
        memory.quiet += 1
        first = next((m.entity for m in analysed.mentions if kinds.get(m.entity) == "person"), None)
        if memory.quiet > 1 or (first is not None and first != memory.speaker):
            memory.broken = True  # a paragraph about someone else, or a long silence
            memory.recent.clear()
