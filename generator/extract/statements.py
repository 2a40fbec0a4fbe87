"""Who said what: attribute reported-speech sentences to a person or a country.

A statement belongs to the subject of its speech verb, found the ways news copy gives it:
- a name just before the verb, across asides ("Tokayev, for his part, said", "Liu Bin,
  director general of the Department of ..., told reporters");
- a name just after it in an inverted quote ("..., said Japarov");
- a description ("the Chinese president said", "The EU's top diplomat told reporters"),
  resolved through the curated roles when exactly one person named in the article fits;
- "According to X, ...", "X was quoted as saying", "In a statement, X said";
- one subject, several verbs ("X thanked ... and stressed that ...");
- "he"/"she", resolved to the one person named earlier in the paragraph, or else to the
  last speaker if nothing came between (a heading, a caption, a paragraph about someone
  else), and never against what the article says of that person's gender;
- a quote over several sentences is the speaker's throughout; a transcript's turn
  ("PRESIDENT HABIMANA: ...") or an interview's answer ("A: ...") is its speaker's.
When unsure, nobody: a missed statement is a small loss, a wrong one is a false quote.
Greetings and gestures ("X welcomed Y at the airport") are not statements, and neither
is what a group says ("Xi and Tokayev hailed ...").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.extract.mentions import Analysed, Resolved
from generator.extract.records import Statement
from generator.extract.speakers import DESCRIPTION, SpeakerIndex

SPEAKER_KINDS = ("person", "country")

_VERBS = (
    r"said|says|say|noted|notes|urged|urges|vowed|vows|stressed|stresses|added|adds|told|tells|"
    r"called\s+(?:on|for)|calls\s+(?:on|for)|pointed\s+out|points\s+out|expressed|expresses|"
    r"hailed|hails|acknowledged|agreed|agrees|pledged|pledges|reiterated|reiterates|"
    r"spoke\s+highly|speaks\s+highly|voiced|voices|announced|announces|stated|states|"
    r"emphasi[sz]ed|emphasi[sz]es|underlined|underscored|congratulated|appreciates|"
    r"appreciated|welcomed|welcomes|wished|wishes|proposed|highlighted|asserted|affirmed|"
    r"declared|remarked|explained|insisted|warned|commented|held\s+the\s+belief|"
    r"expressed\s+the\s+belief|singled\s+out|believes|recalled|looks\s+forward|pressed\s+for|"
    r"described|describes|confirmed|confirms|dismissed|argued|argues|replied|answered|"
    r"wrote|writes|was\s+quoted\s+as\s+saying|is\s+quoted\s+as\s+saying|put\s+it|"
    r"[Aa]ccording\s+to|promised|promises|predicted|conceded|admitted|cautioned|assured|"
    r"briefed|thanked|informed|reminded|"
    r"called\s+(?:it|this|that|the\s+\w+(?:\s+\w+)?)\s+(?=[\"“]|a\b|an\b|the\b)|"
    r"(?:spoke|spoken|speaking|talked)\s+to\s+(?:reporters|journalists|the\s+press|us)"
)
_VERB = re.compile(rf"\b(?:{_VERBS})\b")
# Verbs that may come before their subject: "..., said Xi." (or open the sentence).
_INVERTED_VERB = re.compile(r"(said|says|added|noted|stressed|urged|[Aa]ccording\s+to)\s*$")
_INVERTED = re.compile(r"(?:(?:,\s*[\"”’']?\s*|[\"”]\s+)(said|says|added|noted|stressed|urged)"
                       r"|\b[Aa]ccording\s+to)\s*$")
# How far before its verb a subject may stand, asides included. Every look-back is
# bounded so that a run-on sentence costs linear time.
_REACH = 240
# "Xi and Tokayev hailed ...": a group speaks, not one of them (titles may come between).
_AND = re.compile(r"^\s*,?\s*(?:and|&)\s+(?:[A-Z][\w'’.-]*\s+){0,5}$")
# "..., where Xi proposed ...": a clause about another time, not the reported speech.
_RELATIVE = re.compile(r"\b(?:where|whereby)\s+$", re.IGNORECASE)
# What may stand between a subject and its verb.
_GAP = re.compile(
    r"^(?:'s?)?\s*(?:,\s*(?:for\s+(?:his|her|its|their)\s+part|in\s+turn|however|too|"
    r"on\s+\w+|in\s+response)\s*,\s*)?"
    # "Aline Mukamana of the Mining Justice Network said"
    r"(?:\s*of\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){1,8})?"
    r"(?:(?:also|further|then|later|again|once\s+again|repeatedly|firmly|warmly|highly|"
    r"earlier|has|had|have|will|would|would\s+also|on\s+\w+day|on\s+\w+)\s+)*$",
    re.IGNORECASE)
# An aside between a subject and its verb: "Xi, together with President Aliyev,
# announced", "Ndlovu, who hosted the summit, said", "Liu Bin, director general of the
# Department of ..., told", "Otieno, Savanna Hydrogen's chief executive, said".
_ASIDE = re.compile(
    r"^\s*,\s*(?!(?:and|but|or|while|as|because|saying|adding)\b)[^;:\"“”]{1,200}?,\s*"
    r"(?:(?:also|jointly|then|later|on\s+\w+)\s+)*$")
# The name is itself the aside: "The council's co-chair, Priya Raman, said".
_APPOSITIVE_BEFORE = re.compile(
    r",\s*(?:(?!(?:with|and|to|for|by|from|at|on|in|of)\s)[\w’'.\-]+\s+){0,6}$")
_PRONOUN = re.compile(r"\b(he|she|He|She)\s+((?:also|further|then|later|again|once again|"
                      r"firmly|warmly|highly)\s+)*$")
# A greeting or a gesture: "Minister Uwamahoro welcomed High Representative Delacroix".
_GESTURE_VERBS = re.compile(r"^(?:welcomed|welcomes|greeted|received|hosted|thanked)$")
# What a country does rather than says.
_DEEDS = frozenset({"pledged", "pledges", "promised", "promises", "announced", "announces",
                    "proposed"})
_QUESTION = re.compile(r"^\s*[*_]*Q\s*[:.)]")
_ANSWER = re.compile(r"^\s*[*_]*A\s*[:.)]\s*")
_MALE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_FEMALE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_OPEN_QUOTE = "“\"«"


@dataclass
class SpeakerMemory:
    """What one article has said so far about its speakers, paragraph to paragraph."""

    speaker: str | None = None  # the last person who spoke
    recent: list[str] = field(default_factory=list)  # the last few who spoke, latest last
    broken: bool = True  # something came between that speaker and now
    quiet: int = 0  # paragraphs since that speaker spoke
    gender: dict[str, str] = field(default_factory=dict)  # person -> "m" / "f"
    transcript: bool = False  # the article is a transcript (speaker labels seen)
    turn: str | None = None  # a transcript's current speaker
    interviewee: str | None = None  # who answers an interview's questions


@dataclass
class Context:
    """What the finder needs beyond the paragraph: kinds, roles, the article's people."""

    kinds: Mapping[str, str]
    index: SpeakerIndex = field(default_factory=SpeakerIndex)
    # People named in the article, in order of appearance, its title first.
    present: dict[str, None] = field(default_factory=dict)


def _speakers_between(mentions: list[Resolved], starts: list[int], lo: int, hi: int,
                      kinds: Mapping[str, str]) -> list[Resolved]:
    """Mentions of possible speakers that start in [lo, hi), in order."""
    first, last = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    return [m for m in mentions[first:last] if kinds.get(m.entity) in SPEAKER_KINDS]


def _subject_before(mentions: list[Resolved], starts: list[int], text: str, verb_start: int,
                    kinds: Mapping[str, str]) -> Resolved | None:
    window = _speakers_between(mentions, starts, verb_start - _REACH, verb_start, kinds)
    before = [m for m in window if m.end <= verb_start]
    aside: Resolved | None = None
    for i in range(len(before) - 1, -1, -1):
        candidate = before[i]
        gap = text[candidate.end:verb_start]
        appositive = gap.strip() == "," and _APPOSITIVE_BEFORE.search(
            text[max(0, candidate.start - 80):candidate.start])
        direct = _GAP.match(gap) or appositive
        if not direct and not (_ASIDE.match(gap) and not _VERB.search(gap)):
            continue
        people = [m for m in before[:i] if kinds.get(m.entity) == "person"]
        for other in ([before[i - 1]] if i else []) + people[-1:]:
            if candidate.start - other.end < 60 and \
                    _AND.match(text[other.end:candidate.start]):
                return None  # "China and Uzbekistan agreed", "X and German Minister Y"
        if _RELATIVE.search(text[max(0, candidate.start - 12):candidate.start]):
            return None
        if direct:
            return candidate
        # Across an aside, the subject is the person it begins with: "Dana Whitcombe,
        # the US envoy for Australia, New Zealand and the Pacific, told journalists".
        if aside is None or kinds.get(candidate.entity) == "person":
            aside = candidate
    return aside


def _subject_after(mentions: list[Resolved], starts: list[int], text: str, verb_end: int,
                   kinds: Mapping[str, str]) -> Resolved | None:
    after = _speakers_between(mentions, starts, verb_end, verb_end + _REACH, kinds)
    if not after or text[verb_end:after[0].start].strip():
        return None
    first = after[0]
    if re.match(r"['’]s\b", text[first.end:first.end + 2]):
        # "said Fiji's Minister for Fisheries, Kalisito Nakuta": the minister speaks.
        for person in after[1:]:
            gap = text[first.end + 2:person.start]
            if kinds.get(person.entity) == "person" and len(gap) <= 90 and \
                    re.fullmatch(r"\s*(?:[A-Za-z][\w'’-]*\s+){0,8}[\w'’-]*,?\s*", gap):
                return person
        return None
    return first


def _inverted(text: str, sentence_start: int, verb_start: int, verb_end: int) -> bool:
    """Is the verb one that comes before its subject here: "..., said Xi", "Said Xi",
    "According to Xi"?"""
    if verb_start - sentence_start < 8 and not text[sentence_start:verb_start].strip(" \"“"):
        return bool(_INVERTED_VERB.match(text, verb_start, verb_end))
    return bool(_INVERTED.search(text, max(sentence_start, verb_start - 8), verb_end))


def _gesture(text: str, verb: str, verb_end: int, mentions: list[Resolved],
             starts: list[int], kinds: Mapping[str, str]) -> bool:
    """"welcomed High Representative Delacroix at the entrance": a greeting. Welcoming a
    decision or an agreement is a statement."""
    if not _GESTURE_VERBS.match(verb):
        return False
    ahead = text[verb_end:verb_end + 60]
    if re.match(r"\s+(?:the|her|his|their|its)?\s*(?:fellow\s+|visiting\s+|foreign\s+)?"
                r"(?:delegations?|delegates|guests|visitors|leaders|heads|ministers|"
                r"counterparts|participants)\b", ahead, re.IGNORECASE):
        return True
    i = bisect.bisect_left(starts, verb_end)
    nearest = mentions[i] if i < len(mentions) else None
    return nearest is not None and kinds.get(nearest.entity) == "person" and \
        nearest.start - verb_end <= 45 and not text[verb_end:nearest.start].count(",")


def _country_subject(text: str, verb_start: int, mentions: list[Resolved],
                     kinds: Mapping[str, str]) -> bool:
    before = [m for m in mentions if m.end <= verb_start]
    return bool(before) and kinds.get(before[-1].entity) == "country" and \
        _GAP.match(text[before[-1].end:verb_start]) is not None


def _description(text: str, lo: int, verb_start: int, ctx: Context) -> str | None:
    """"the Chinese president said", "The EU's top diplomat told reporters"."""
    window = text[max(lo, verb_start - 90):verb_start]
    best = None
    for m in DESCRIPTION.finditer(window):
        if _GAP.match(window[m.end():]) or (_ASIDE.match(window[m.end():]) and
                                             not _VERB.search(window[m.end():])):
            best = m
    if best is None:
        return None
    return ctx.index.describe(best.group("qual"), best.group("title"), ctx.present)


def _coordinated(text: str, sentence_start: int, verb_start: int, mentions: list[Resolved],
                 ctx: Context) -> str | None:
    """"X thanked the Government ... and stressed that ...": the sentence's subject."""
    if not re.search(r"\band\s+(?:(?:also|then|later)\s+)?$",
                     text[max(sentence_start, verb_start - 20):verb_start]):
        return None
    head = re.match(r"\s*[\"“]?(?:The\s+|the\s+)?", text[sentence_start:sentence_start + 20])
    start = sentence_start + (head.end() if head else 0)
    first = mentions[0] if mentions else None
    if first is not None and ctx.kinds.get(first.entity) in SPEAKER_KINDS and \
            first.start - start <= 40 and re.match(r"[\s,]*(?:[a-z]+ly\s+)?[a-z]+ed\b",
                                                    text[first.end:first.end + 40]):
        return first.entity
    if first is None or first.start > start + 60:
        lead = text[sentence_start:sentence_start + 20]
        m = DESCRIPTION.match(text, sentence_start + (len(lead) - len(lead.lstrip())))
        if m and re.match(r"\s+(?:[a-z]+ly\s+)?[a-z]+ed\b", text[m.end():m.end() + 40]):
            return ctx.index.describe(m.group("qual"), m.group("title"), ctx.present)
    return None


def _pronoun_speaker(analysed: Analysed, offset: int, pronoun: str, memory: SpeakerMemory,
                     ctx: Context, paragraph_speakers: list[str]) -> str | None:
    """"he"/"she": the one person named before it in the paragraph, else the last speaker
    when nothing came between; never against a known gender."""
    want = "m" if pronoun.lower() == "he" else "f"

    def fits(person: str) -> bool:
        return memory.gender.get(person, want) == want

    named: list[str] = []
    starts = [m.start for m in analysed.mentions]
    upto = bisect.bisect_left(starts, offset)
    for m in analysed.mentions[max(0, upto - 200):upto]:  # bounded: linear in the text
        if ctx.kinds.get(m.entity) == "person" and m.entity not in named:
            named.append(m.entity)
            if len(named) > 8:
                return None  # a list of names: nobody in particular
    fitting = [p for p in named if fits(p)]
    if len(fitting) == 1:
        return fitting[0]
    if len(fitting) > 1:
        spoke = [p for p in reversed(paragraph_speakers) if p in fitting]
        return spoke[0] if spoke else None
    if named or memory.broken:
        return None
    for person in reversed(memory.recent[-3:]):
        if fits(person):
            return person
        if memory.gender.get(person) is None:
            return None  # the latest speaker might be meant: unsure
    return None


def _learn_gender(analysed: Analysed, ctx: Context, memory: SpeakerMemory) -> None:
    """A sentence that names one person and then says "he" or "she" tells that person's
    gender (for pronouns later on); "Mr"/"Ms" before a name does too."""
    text = analysed.paragraph.text
    for sentence in analysed.sentences:
        people = {m.entity: m for m in analysed.mentions_in(sentence)
                  if ctx.kinds.get(m.entity) == "person"}
        if len(people) != 1:
            continue
        person, mention = next(iter(people.items()))
        honorific = re.search(r"\b(Mr|Ms|Mrs|Miss)\.?\s+$", text[max(0, mention.start - 6):
                                                               mention.start])
        rest = text[mention.end:sentence.end]
        male, female = bool(_MALE.search(rest)), bool(_FEMALE.search(rest))
        if honorific:
            male, female = honorific.group(1) == "Mr", honorific.group(1) != "Mr"
        if male != female and person not in memory.gender:
            memory.gender[person] = "m" if male else "f"


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech: curly quotes, or straight ones taken in pairs."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"“[^”]*(?:”|$)", text)]
    if not spans:
        spans = [(m.start(), m.end()) for m in re.finditer(r'"[^"]*(?:"|$)', text)]
    return spans


def find_statements(source: str, analysed: Analysed, kinds: Mapping[str, str],
                    memory: SpeakerMemory, ctx: Context | None = None) -> list[Statement]:
    """Statements in one paragraph; `memory` carries what the article said before."""
    ctx = ctx or Context(kinds)
    paragraph = analysed.paragraph
    if paragraph.kind in ("heading", "caption"):
        memory.broken = True
        memory.recent.clear()
        return []
    if paragraph.kind not in ("text", "bullet", "note"):
        return []
    _learn_gender(analysed, ctx, memory)
    turn = _turn(analysed, ctx, memory)
    if turn is not None:
        return [Statement(source, paragraph.number, s.index, turn[0], "spoke", s.text)
                for s in analysed.sentences if s.end > turn[1]]
    if memory.transcript and memory.turn is None:
        return []  # a moderator's or a questioner's turn: nobody named speaks here
    if paragraph.kind == "note":
        return []
    found = _prose(source, analysed, ctx, memory)
    spoken = [s.speaker for s in found if kinds.get(s.speaker) == "person"]
    if spoken:
        memory.speaker, memory.broken, memory.quiet = spoken[-1], False, 0
        for person in spoken:
            if person in memory.recent:
                memory.recent.remove(person)
            memory.recent.append(person)
    else:
        memory.quiet += 1
        first = next((m.entity for m in analysed.mentions if kinds.get(m.entity) == "person"),
                     None)
        if memory.quiet > 1 or (first is not None and first != memory.speaker):
            memory.broken = True  # a paragraph about someone else, or a long silence
            memory.recent.clear()
    return found


def _turn(analysed: Analysed, ctx: Context, memory: SpeakerMemory) -> tuple[str, int] | None:
    """A transcript's turn or an interview's answer: (speaker, where the speech starts)."""
    text = analysed.paragraph.text
    person, start = ctx.index.label(text)
    if start and person is None:
        person = ctx.index.label_role(text, ctx.present)
    if start:
        memory.transcript = True
        memory.turn = person
        return (person, start) if person else None
    if _QUESTION.match(text):
        memory.turn = None
        memory.interviewee = memory.interviewee or _interviewee(ctx)
        return None
    if (m := _ANSWER.match(text)) and (who := memory.interviewee or _interviewee(ctx)):
        memory.interviewee = who
        return who, m.end()
    if memory.transcript and memory.turn and not _speaks_of_others(analysed, ctx) and \
            not any(m.entity == memory.turn for m in analysed.mentions):
        return memory.turn, 0  # the same speaker's turn goes on in a new paragraph
    return None


def _interviewee(ctx: Context) -> str | None:
    """The person an interview is with: the one named first, in the title or the
    introduction."""
    return next(iter(ctx.present), None)


def _speaks_of_others(analysed: Analysed, ctx: Context) -> bool:
    return bool(_VERB.search(analysed.paragraph.text)) and any(
        ctx.kinds.get(m.entity) == "person" for m in analysed.mentions)


def _prose(source: str, analysed: Analysed, ctx: Context,
           memory: SpeakerMemory) -> list[Statement]:
    paragraph = analysed.paragraph
    text = paragraph.text
    kinds = ctx.kinds
    speakers: dict[int, tuple[str, str]] = {}  # sentence index -> (speaker, verb)
    in_paragraph: list[str] = []
    for sentence in analysed.sentences:
        mentions = analysed.mentions_in(sentence)
        starts = [m.start for m in mentions]
        for match in _VERB.finditer(text, sentence.start, sentence.end):
            verb = re.sub(r"\s+", " ", match.group(0))
            if _gesture(text, verb, match.end(), mentions, starts, kinds):
                continue
            if verb in _DEEDS and _country_subject(text, match.start(), mentions, kinds):
                continue  # "New Zealand pledged 120 million dollars": a deed, not speech
            speaker = _attribute(analysed, sentence.start, match, mentions, starts, ctx,
                                 memory, in_paragraph)
            if speaker is not None:
                speakers[sentence.index] = (speaker, verb)
                if kinds.get(speaker) == "person":
                    in_paragraph.append(speaker)
                break
    _spread_quotes(analysed, speakers, memory)
    return [Statement(source, paragraph.number, s.index, *speakers[s.index], s.text)
            for s in analysed.sentences if s.index in speakers]


def _attribute(analysed: Analysed, sentence_start: int, match: re.Match[str],
               mentions: list[Resolved], starts: list[int], ctx: Context,
               memory: SpeakerMemory, in_paragraph: list[str]) -> str | None:
    text = analysed.paragraph.text
    kinds = ctx.kinds
    verb = match.group(0)
    if not verb.lower().startswith("according"):
        subject = _subject_before(mentions, starts, text, match.start(), kinds)
        if subject is not None:
            return subject.entity
        pronoun = _PRONOUN.search(text, max(sentence_start, match.start() - 60), match.start())
        if pronoun:
            who = _pronoun_speaker(analysed, pronoun.start(), pronoun.group(1), memory, ctx,
                                   in_paragraph)
            if who is not None:
                memory.gender.setdefault(who, "m" if pronoun.group(1).lower() == "he" else "f")
            return who
        described = _description(text, sentence_start, match.start(), ctx)
        if described is not None:
            return described
        coordinated = _coordinated(text, sentence_start, match.start(), mentions, ctx)
        if coordinated is not None:
            return coordinated
    if _inverted(text, sentence_start, match.start(), match.end()):
        subject = _subject_after(mentions, starts, text, match.end(), kinds)
        if subject is not None:
            return subject.entity
        m = DESCRIPTION.match(text, match.end() + (len(text[match.end():]) -
                                                   len(text[match.end():].lstrip())))
        if m:
            return ctx.index.describe(m.group("qual"), m.group("title"), ctx.present)
    return None


def _spread_quotes(analysed: Analysed, speakers: dict[int, tuple[str, str]],
                   memory: SpeakerMemory) -> None:
    """A quote over several sentences is its speaker's throughout; a paragraph that only
    goes on quoting, right after someone spoke, goes on quoting them."""
    text = analysed.paragraph.text
    sentences = analysed.sentences
    for lo, hi in _quote_spans(text):
        inside = [s for s in sentences if s.start < hi and s.end > lo]
        owners = {speakers[s.index] for s in inside if s.index in speakers}
        if len({o[0] for o in owners}) != 1:
            continue
        owner = next(iter(owners))
        for s in inside:
            speakers.setdefault(s.index, (owner[0], "quoted"))
    if speakers:
        # '"For too long ...," she said. "Kigali is where it ends."'
        last = None
        for s in sentences:
            if s.index in speakers:
                last = speakers[s.index]
            elif last and text[s.start:s.start + 1] in _OPEN_QUOTE:
                speakers[s.index] = (last[0], "quoted")
            else:
                last = None
        return
    starts_quoting = text[:1] in _OPEN_QUOTE
    if starts_quoting and memory.speaker and not memory.broken and not analysed.mentions:
        for s in sentences:
            speakers[s.index] = (memory.speaker, "quoted")
