"""One paragraph prepared once for every extractor: sentences and resolved mentions."""

from __future__ import annotations

from dataclasses import dataclass

from generator.articles import Paragraph
from generator.matcher import Hit, Matcher
from generator.sentences import Sentence, split_sentences


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

    def sentence_at(self, offset: int) -> Sentence:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return self.sentences[-1]

    def mentions_in(self, sentence: Sentence) -> list[Resolved]:
        return [m for m in self.mentions if sentence.start <= m.start < sentence.end]


def resolve(hits: list[Hit], text: str) -> list[Resolved]:
    """Tie each hit to one entity; context aliases only when the paragraph is clear.

    A context alias ("the President", "the Chinese side") is linked to the one entity
    among its claimants that the paragraph also names outright; with none or several
    named, it falls back to the plain aliases inside it ("Chinese"), or stays unlinked.
    """
    named = {h.entities[0] for h in hits if not h.context and len(h.entities) == 1}
    for h in hits:
        named.update(i.entities[0] for i in h.inner if len(i.entities) == 1)
    out: list[Resolved] = []
    for hit in hits:
        if not hit.context:
            if len(hit.entities) == 1:
                out.append(Resolved(hit.start, hit.end, hit.entities[0],
                                    text[hit.start:hit.end], False))
            continue
        claimants = [e for e in hit.entities if e in named]
        if len(claimants) == 1:
            out.append(Resolved(hit.start, hit.end, claimants[0], text[hit.start:hit.end], True))
        else:
            out.extend(Resolved(i.start, i.end, i.entities[0], text[i.start:i.end], False)
                       for i in hit.inner if len(i.entities) == 1)
    return out


def analyse(paragraph: Paragraph, matcher: Matcher) -> Analysed:
    text = paragraph.text
    return Analysed(paragraph, split_sentences(text), resolve(matcher.find(text), text))
