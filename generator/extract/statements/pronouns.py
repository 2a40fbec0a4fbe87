""" "He" and "she": whom a pronoun before a speech verb stands for, and the genders the
article tells ("Mr", "Ms", or one person named and then "he" or "she"), so that a
pronoun is never read against what the article says of a person.
"""

from __future__ import annotations

import bisect
import re

from generator.extract.mentions import Analysed
from generator.extract.speaker_words import DESCRIPTION
from generator.extract.statements.memory import Context, SpeakerMemory
from generator.extract.statements.patterns import FEMALE, MALE, OBJECT_BEFORE


def pronoun_speaker(
    analysed: Analysed,
    offset: int,
    pronoun: str,
    memory: SpeakerMemory,
    ctx: Context,
    paragraph_speakers: list[str],
) -> str | None:
    """ "he"/"she": the one person named before it in the paragraph, else the last speaker
    when nothing came between; never against a known gender."""
    want = "m" if pronoun.lower() == "he" else "f"

    def gender(person: str) -> str | None:
        return memory.gender.get(person) or ctx.index.genders.get(person)

    def fits(person: str) -> bool:
        return (gender(person) or want) == want

    named: list[str] = []
    starts = [m.start for m in analysed.mentions]
    upto = bisect.bisect_left(starts, offset)
    for m in analysed.mentions[max(0, upto - 200) : upto]:  # bounded: linear in the text
        if ctx.kinds.get(m.entity) == "person" and m.entity not in named:
            named.append(m.entity)
            if len(named) > 8:
                return None  # a list of names: nobody in particular
    fitting = [p for p in named if fits(p)]
    if len(fitting) == 1:
        return fitting[0]
    if len(fitting) > 1:
        spoke = [p for p in reversed(paragraph_speakers) if p in fitting]
        if spoke:
            return spoke[0]
        return _previous_subject(analysed, offset, fitting, ctx)
    if not named and paragraph_speakers:
        # The speaker this paragraph gave by a description ("The High Representative
        # stressed ... He recalled ..."): nobody else was named since.
        return paragraph_speakers[-1] if fits(paragraph_speakers[-1]) else None
    if named or memory.broken:
        return None
    described = _described_subject(analysed, offset)
    if described is not None:
        # "The minister rejected ... "...," she said": the paragraph's subject is a
        # description; the pronoun is that person, or nobody when it does not say who.
        found = ctx.index.fits(described[0], described[1], ctx.present)
        found = {p for p in found if fits(p)}
        if len(found) == 1:
            return next(iter(found))
        return memory.speaker if memory.speaker in found and not described[0] else None
    for person in reversed(memory.recent[-3:]):
        if fits(person):
            return person
        if gender(person) is None:
            return None  # the latest speaker might be meant: unsure
    return None


# What may open a sentence before its subject: "Meanwhile", "On Tuesday,", "Later that day,".
_LEAD = re.compile(r"^[\s\"“‘]*(?:(?:[A-Z][a-z]+|[Oo]n|[Ll]ater|[Tt]hat|[a-z]+day)[\s,]+){0,3}$")


# "was invited to meet Foreign Minister Y": whom the subject meets (not "at the meeting").
_MEET_BEFORE = re.compile(r"\bto\s+meet\s+$")


def _previous_subject(
    analysed: Analysed, offset: int, fitting: list[str], ctx: Context
) -> str | None:
    """The person the sentence before opens with, when the others it names are its objects
    ("X ... was invited to meet Foreign Minister Y. She said ..."): she is X."""
    text = analysed.paragraph.text
    previous = [s for s in analysed.sentences if s.end <= offset]
    if not previous:
        return None
    sentence = previous[-1]
    people = [m for m in analysed.mentions_in(sentence) if ctx.kinds.get(m.entity) == "person"]
    if not people or people[0].entity not in fitting:
        return None
    if not _LEAD.match(text[sentence.start : people[0].start]):
        return None
    for other in people[1:]:
        if other.entity == people[0].entity:
            continue
        lead = re.sub(r"(?:[A-Z][\w'’.-]*\s+){0,4}$", "", text[sentence.start : other.start])
        if not (OBJECT_BEFORE.search(lead) or _MEET_BEFORE.search(lead)):
            return None
    return people[0].entity


def learn_gender(analysed: Analysed, ctx: Context, memory: SpeakerMemory) -> None:
    """A sentence that names one person and then says "he" or "she" tells that person's
    gender (for pronouns later on); "Mr"/"Ms" before a name does too."""
    text = analysed.paragraph.text
    for sentence in analysed.sentences:
        people = {
            m.entity: m
            for m in analysed.mentions_in(sentence)
            if ctx.kinds.get(m.entity) == "person"
        }
        if len(people) != 1:
            continue
        person, mention = next(iter(people.items()))
        honorific = re.search(
            r"\b(Mr|Ms|Mrs|Miss)\.?\s+$", text[max(0, mention.start - 6) : mention.start]
        )
        rest = text[mention.end : sentence.end]
        male, female = bool(MALE.search(rest)), bool(FEMALE.search(rest))
        if honorific:
            male, female = honorific.group(1) == "Mr", honorific.group(1) != "Mr"
        if male != female and person not in memory.gender:
            memory.gender[person] = "m" if male else "f"


def _described_subject(analysed: Analysed, offset: int) -> tuple[str, str] | None:
    """(qualifier, title) of a description that opens a sentence of this paragraph before
    `offset` ("The minister rejected ...", "The Brazilian president said ...")."""
    text = analysed.paragraph.text
    for sentence in analysed.sentences:
        if sentence.start >= offset:
            break
        lead = len(text[sentence.start : sentence.end]) - len(
            text[sentence.start : sentence.end].lstrip(' "“‘')
        )
        m = DESCRIPTION.match(text, sentence.start + lead)
        if m and m.end() <= offset:
            return m.group("qual").strip(), m.group("title")
    return None
