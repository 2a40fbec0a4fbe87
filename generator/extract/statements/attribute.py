"""Who speaks in each sentence of running prose: the subject of its first speech verb that
reports speech, found before the verb (a name, a pronoun, a description, the subject of
coordinated verbs) or, for an inverted verb, after it.
"""

from __future__ import annotations

import re

from generator.extract.mentions import Analysed, Resolved
from generator.extract.records import Statement
from generator.extract.speaker_words import DESCRIPTION
from generator.extract.statements.clauses import second_speaker
from generator.extract.statements.coordinated import coordinated
from generator.extract.statements.deeds import country_subject, gesture
from generator.extract.statements.labels import labelled_speaker
from generator.extract.statements.memory import Context, SpeakerMemory
from generator.extract.statements.patterns import DEEDS, PARTICIPLE, PRONOUN, VERB
from generator.extract.statements.pronouns import pronoun_speaker
from generator.extract.statements.quotes import spread_quotes
from generator.extract.statements.subjects import (
    description,
    inverted,
    subject_after,
    subject_before,
)

# A speech verb whose subject was found but fits nobody.
UNSURE = ""


def prose(source: str, analysed: Analysed, ctx: Context, memory: SpeakerMemory) -> list[Statement]:
    """The statements of a paragraph of prose, a sentence at a time."""
    paragraph = analysed.paragraph
    text = paragraph.text
    kinds = ctx.kinds
    speakers: dict[int, tuple[str, str]] = {}  # sentence index -> (speaker, verb)
    also: dict[int, tuple[str, str]] = {}  # a second speaker, of a later clause
    in_paragraph: list[str] = []
    labelled = labelled_speaker(analysed, ctx)
    if labelled is not None and analysed.sentences:
        speakers[analysed.sentences[0].index] = (labelled, "quoted")
        in_paragraph.append(labelled)
    for sentence in analysed.sentences:
        if sentence.index in speakers:
            continue
        mentions = analysed.mentions_in(sentence)
        starts = [m.start for m in mentions]
        for match in VERB.finditer(text, sentence.start, sentence.end):
            verb = re.sub(r"\s+", " ", match.group(0))
            if gesture(text, verb, match.end(), mentions, starts, kinds):
                continue
            if verb in DEEDS and country_subject(text, match.start(), mentions, kinds):
                continue  # "New Zealand pledged 120 million dollars": a deed, not speech
            speaker = attribute(
                analysed, sentence.start, match, mentions, starts, ctx, memory, in_paragraph
            )
            if speaker == UNSURE:
                break  # its subject fits nobody: so do the verbs of its reported words
            if speaker is not None:
                speakers[sentence.index] = (speaker, verb)
                if kinds.get(speaker) == "person":
                    in_paragraph.append(speaker)
                second = second_speaker(text, match.end(), sentence.end, mentions, ctx, speaker)
                if second is not None:
                    also[sentence.index] = second
                break
    spread_quotes(analysed, speakers, memory)
    return [
        Statement(source, paragraph.number, s.index, *said, s.text)
        for s in analysed.sentences
        for said in (speakers.get(s.index), also.get(s.index))
        if said is not None
    ]


def attribute(
    analysed: Analysed,
    sentence_start: int,
    match: re.Match[str],
    mentions: list[Resolved],
    starts: list[int],
    ctx: Context,
    memory: SpeakerMemory,
    in_paragraph: list[str],
) -> str | None:
    """The speaker of one speech verb, or None when unsure."""
    text = analysed.paragraph.text
    if PARTICIPLE.fullmatch(match.group(0)):
        # "X opened the summit, urging ...": only the sentence's subject speaks so.
        return coordinated(text, sentence_start, match.start(), mentions, ctx)
    if not match.group(0).lower().startswith("according"):
        subject = subject_before(mentions, starts, text, match.start(), ctx.kinds)
        if subject is not None:
            return subject.entity
        pronoun = PRONOUN.search(text, max(sentence_start, match.start() - 60), match.start())
        if pronoun:
            # The pronoun is the subject: if it fits nobody, nobody speaks ("She said the
            # minister had told her ...": not the minister either).
            return _pronoun(analysed, pronoun, memory, ctx, in_paragraph) or UNSURE
        described = description(text, sentence_start, match.start(), ctx, memory, mentions)
        if described is not None:
            return described
        shared = coordinated(text, sentence_start, match.start(), mentions, ctx)
        if shared is not None:
            return shared
    if inverted(text, sentence_start, match.start(), match.end()):
        return _after_verb(text, match.end(), mentions, starts, ctx)
    return None


def _pronoun(
    analysed: Analysed,
    pronoun: re.Match[str],
    memory: SpeakerMemory,
    ctx: Context,
    in_paragraph: list[str],
) -> str | None:
    """Whom "he"/"she" stands for; the pronoun then tells that person's gender."""
    who = pronoun_speaker(analysed, pronoun.start(), pronoun.group(1), memory, ctx, in_paragraph)
    if who is not None:
        memory.gender.setdefault(who, "m" if pronoun.group(1).lower() == "he" else "f")
    return who


def _after_verb(
    text: str, verb_end: int, mentions: list[Resolved], starts: list[int], ctx: Context
) -> str | None:
    """The subject after an inverted verb: a name ("said Japarov") or a description
    ("said the Chinese president")."""
    subject = subject_after(mentions, starts, text, verb_end, ctx.kinds)
    if subject is not None:
        return subject.entity
    m = DESCRIPTION.match(text, verb_end + (len(text[verb_end:]) - len(text[verb_end:].lstrip())))
    if m:
        return ctx.index.describe(m.group("qual"), m.group("title"), ctx.present)
    return None
