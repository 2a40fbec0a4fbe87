"""One paragraph prepared once for every extractor: sentences and resolved mentions."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping, Set
from dataclasses import dataclass
from functools import cached_property

from generator.extract.claimants import claimants
from generator.extract.matcher import Hit, Matcher
from generator.extract.sentences import Sentence, split_sentences
from generator.load.articles import Paragraph
from generator.load.names import fold


@dataclass(frozen=True)
class Resolved:
    """A hit tied to one entity."""

    start: int
    end: int
    entity: str
    text: str
    context: bool


@dataclass(frozen=True)
class Analysed:
    paragraph: Paragraph
    sentences: list[Sentence]
    mentions: list[Resolved]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _mention_starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence holding `offset` (or the one before it, between sentences)."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        return self.sentences[max(i, 0)]

    def mentions_in(self, sentence: Sentence) -> list[Resolved]:
        lo = bisect.bisect_left(self._mention_starts, sentence.start)
        hi = bisect.bisect_left(self._mention_starts, sentence.end)
        return self.mentions[lo:hi]


def resolve(
    hits: list[Hit],
    text: str,
    related: Mapping[str, frozenset[str]] | None = None,
    people: Set[str] | None = None,
    sentences: list[Sentence] | None = None,
    earlier: Set[str] = frozenset(),
) -> list[Resolved]:
    """Tie each hit to one entity; context aliases only when the paragraph is clear.

    A context alias ("the President", "the Chinese side", "state visit to China") goes
    to the one claimant the paragraph names (even inside a longer name); failing that,
    to the one claimant whose curated relations the paragraph names (the visit whose
    participant is named, the president of the country named). Otherwise it is left
    unlinked, or falls back to a claimant named inside it ("Kazakh" in "the Kazakh side").
    A person the same sentence names apart from it is not the one it means.
    """
    related = related or {}
    people = people or set()
    sentences = split_sentences(text) if sentences is None else sentences
    named = {h.entities[0] for h in hits if not h.context and len(h.entities) == 1}
    for h in hits:
        named.update(i.entities[0] for i in h.inner if len(i.entities) == 1)
    out: list[Resolved] = []
    for hit in hits:
        span = text[hit.start : hit.end]
        if not hit.context:
            if (
                len(hit.entities) == 1
                and not language_use(text, hit.start, hit.end)
                and not party_to_meeting(text, hit.start, hit.end)
                and not currency_use(text, hit.start, hit.end)
            ):
                out.append(Resolved(hit.start, hit.end, hit.entities[0], span, False))
            continue
        if _formula(text, hit.start, sentences):
            continue  # "That concludes this press conference.": says nothing of it
        found = claimants(hit, text, hits, named, sentences, related, people, earlier)
        if len(found) == 1:
            out.append(Resolved(hit.start, hit.end, found[0], span, True))
            continue
        out.extend(
            Resolved(i.start, i.end, i.entities[0], text[i.start : i.end], False)
            for i in hit.inner
            if len(i.entities) == 1 and i.entities[0] in hit.entities
        )
    return out


# A meeting opened or closed in so many words, all its sentence says.
_FORMULA = re.compile(
    r"^\W*(?:(?:that|this|which)\s+(?:concludes|ends|closes)|i\s+(?:now\s+)?declare)\s+"
    r"(?:this|the|our)\b[^.!?]{0,60}?(?:\s+(?:open|opened|closed))?\W*$",
    re.IGNORECASE,
)


def _formula(text: str, at: int, sentences: list[Sentence]) -> bool:
    """Is the sentence at `at` a formula that opens or closes a meeting?"""
    sentence = next((s for s in sentences if s.start <= at < s.end), None)
    return sentence is not None and _FORMULA.match(text[sentence.start : sentence.end]) is not None


# After a name joined to others by hyphens, the meeting the joined names name: "the
# AU-EU summit", "China-Central Asia Summit", "India–Brazil talks".
_MEETING_AFTER = re.compile(
    r"(?:[-–][A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?)*\s+(?i:(?:leaders['’]?\s+|business\s+)?"
    r"(?:summit|talks|meeting|dialogue|forum|ministerial|consultations|negotiations))\b"
)


_CURRENCY_AFTER = re.compile(r"\$|\s+dollars?\b")


def currency_use(text: str, start: int, end: int) -> bool:
    """Is the name at [start, end) a currency's ("120 million US dollars", "NZ$5
    million", "in Australian dollars")? The money, not a mention of the country."""
    return _CURRENCY_AFTER.match(text, end) is not None


def party_to_meeting(text: str, start: int, end: int) -> bool:
    """Is the name at [start, end) one of the hyphen-joined parties that name a meeting
    ("AU" and "EU" in "the seventh AU-EU summit")? The words name the meeting, not a
    mention of each party: its page, not the parties', cites them."""
    joined = text[end : end + 1] in ("-", "–") or text[start - 1 : start] in ("-", "–")
    return joined and _MEETING_AFTER.match(text, end) is not None


@functools.lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    """Languages named by one word that is no country's name ("French", "Somali"; not
    "Tonga"), from pycountry's ISO 639 list."""
    import pycountry

    countries = {fold(str(c.name)) for c in pycountry.countries}
    names = {re.sub(r"\s*\(.*\)", "", str(lang.name)) for lang in pycountry.languages}
    return frozenset(n for n in names if " " not in n and fold(n) not in countries)


# "in French", "speaks Somali", "French-speaking", "the Arabic version": a language.
_LANGUAGE_BEFORE = re.compile(r"\b(?:in|into|speaks?|speaking|spoken|fluent)\s+$")
_LANGUAGE_ENDS = re.compile(r"\s*(?:[,.;:)]|$|(?:and|or)\s+[A-Z][\w-]*\s*(?:[,.;:)]|$))")
_LANGUAGE_AFTER = re.compile(
    r"-speaking|-language|\s+(?:language|languages|speakers?|translation|version|subtitles|"
    r"acronym|abbreviation|name|spelling|original|edition|text)\b"
)
# "in Spanish, Portuguese and English": the words of a list that "in" opens.
_LANGUAGE_LIST_BEFORE = re.compile(
    r"\b(?:in|into)\s+((?:[A-Z][\w-]*\s*,\s*)*[A-Z][\w-]*)\s*(?:,|,?\s+(?:and|or))\s+$"
)


def language_use(text: str, start: int, end: int) -> bool:
    """Is the word at [start, end) a language here, not a country's adjective?"""
    if text[start:end] not in _languages():
        return False
    if _LANGUAGE_AFTER.match(text, end):
        return True
    if not _LANGUAGE_ENDS.match(text[end : end + 24]):
        return False
    if _LANGUAGE_BEFORE.search(text[max(0, start - 12) : start]):
        return True
    listed = _LANGUAGE_LIST_BEFORE.search(text[max(0, start - 60) : start])
    if listed is None:
        return False
    return all(w.strip() in _languages() for w in listed.group(1).split(","))


def analyse(
    paragraph: Paragraph,
    matcher: Matcher,
    related: Mapping[str, frozenset[str]] | None = None,
    people: Set[str] | None = None,
    earlier: Set[str] = frozenset(),
) -> Analysed:
    """`earlier`: the entities the article's paragraphs before this one name."""
    text = paragraph.text
    sentences = split_sentences(text)
    hits = matcher.find(text)
    return Analysed(paragraph, sentences, resolve(hits, text, related, people, sentences, earlier))
