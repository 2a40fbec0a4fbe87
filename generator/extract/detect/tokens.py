"""The words of a sentence that may belong to a name (`words`), and the records the span
finder works on: a `Word` (its place in the sentence, and whether it ends in a possessive
's) and a `Span` (a run of words that may be a name, with the sentence it is in).

A full stop ends a word unless it is an abbreviation's ("Dr.", "U.S."), so the
abbreviations are here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.extract.detect.connectors import CONNECTORS

# A word: letters (any script), digits, inner hyphens, apostrophes and dots ("U.S.",
# "Okafor-Eze", "d'Ivoire"); a possessive 's is split off by `_words`.
# "ʻ" and "‘" join too: the ʻokina of Polynesian names ("Vavaʻu", "Haʻapai").
_WORD = re.compile(r"[^\W_][\wʻ]*(?:[-–’'‘ʻ.][\w]+)*\.?")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")
ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "gen",
        "col",
        "lt",
        "gov",
        "sen",
        "rep",
        "prof",
        "mt",
        "co",
        "corp",
        "inc",
        "ltd",
        "hon",
        "rev",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "no",
        "vs",
    }
)
_MADE_ADJECTIVE = re.compile(
    r"^(.+?)[-–](?:based|born|led|owned|run|made|headquartered|registered|listed|funded|"
    r"backed|bound|flagged|built|educated|trained|brokered|sponsored|linked|focused)$"
)
_POSSESSIVE = re.compile(r"^(.+?)(?:'s|’s|s'|s’)$")


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str
    possessive: bool = False

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True)
class Span:
    words: tuple[Word, ...]
    sentence_start: bool  # the span opens its sentence
    possessive: bool
    source: str = ""  # the sentence, for the name as written ("Leaders' Summit")

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end

    @property
    def text(self) -> str:
        if self.source:
            return " ".join(self.source[self.start : self.end].split())
        return " ".join(w.text for w in self.words)

    def sub(self, lo: int, hi: int) -> Span:
        return Span(
            self.words[lo:hi],
            self.sentence_start and lo == 0,
            self.possessive and hi >= len(self.words),
            self.source,
        )


# Lower-case words that can sit inside a name; other lower-case words only end names,
# which the gap between two kept words already shows, so they are not kept.
_INSIDE = CONNECTORS | {"to"}


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    out = []
    for m in _WORD.finditer(text, start, len(text) if end is None else end):
        token = m.group(0)
        if not token[0].isupper() and token not in _INSIDE:
            continue
        s, e = m.start(), m.end()
        if token.endswith(".") and not (
            _INITIALS.fullmatch(token) or token[:-1].lower() in ABBREVIATIONS
        ):
            token, e = token[:-1], e - 1  # a full stop, not an abbreviation
        if (made := _MADE_ADJECTIVE.match(token)) and token[0].isupper():
            # "a Trinidad-based company", "the Kenyan-born envoy": the name before the
            # hyphen, alone; the adjective's tail ends it.
            token, e = made.group(1), s + len(made.group(1))
        possessive = False
        if (p := _POSSESSIVE.match(token)) and token.endswith(("'s", "’s")):
            token, e, possessive = p.group(1), e - 2, True
        if token:
            out.append(Word(s, e, token, possessive))
    return out
