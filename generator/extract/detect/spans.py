"""Capitalised spans in a sentence: the raw material of names.

"Belgium's Valoris Metals and the Rwanda Mines Board signed" gives the spans
"Belgium" (possessive), "Valoris Metals" and "Rwanda Mines Board". Small words may sit
inside a name ("Ministry of Lands and Natural Resources", "Dar es Salaam", "Van den
Broeck") but never at its ends; punctuation ends a span; a common word opening a
sentence is not a name ("Campaigners gathered ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.extract.detect.gazetteer import Gazetteer, fold

# A word: letters (any script), digits, inner hyphens, apostrophes and dots ("U.S.",
# "Okafor-Eze", "d'Ivoire"); a possessive 's is split off by `_words`.
# "ʻ" and "‘" join too: the ʻokina of Polynesian names ("Vavaʻu", "Haʻapai").
_WORD = re.compile(r"[^\W_][\wʻ]*(?:[-–’'‘ʻ.][\w]+)*\.?")
CONNECTORS = frozenset(
    {
        "of",
        "the",
        "and",
        "for",
        "de",
        "du",
        "des",
        "la",
        "le",
        "van",
        "von",
        "den",
        "der",
        "da",
        "di",
        "do",
        "dos",
        "das",
        "al",
        "el",
        "bin",
        "ibn",
        "y",
        "es",
        "&",
        "on",
    }
)
# "on" only continues an event's or agreement's name: "Summit on Critical Minerals".
_TO_AFTER = frozenset(
    {
        "ambassador",
        "envoy",
        "representative",
        "delegate",
        "adviser",
        "advisor",
        "ambassador-designate",
    }
)
_ON_AFTER = frozenset(
    {
        "summit",
        "meeting",
        "conference",
        "forum",
        "declaration",
        "agreement",
        "partnership",
        "dialogue",
        "session",
        "talks",
        "convention",
        "treaty",
        "committee",
        "commission",
        "council",
    }
)
_LETTER = re.compile(r"[^\W\d_]")
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
        possessive = False
        if (p := _POSSESSIVE.match(token)) and token.endswith(("'s", "’s")):
            token, e, possessive = p.group(1), e - 2, True
        if token:
            out.append(Word(s, e, token, possessive))
    return out


def _joined(text: str, a: Word, b: Word) -> bool:
    """Nothing but spaces between two words (a comma or a quote ends a name); or a
    plural possessive inside a name: "Leaders' Summit"."""
    gap = text[a.end : b.start]
    if gap.strip() == "" and "\n" not in gap and len(gap) <= 2:
        return True
    return gap in ("' ", "’ ") and a.text.endswith("s") and b.capital


def spans(text: str, ws: list[Word], gaz: Gazetteer) -> list[Span]:
    """Maximal runs of capitalised words in `ws` (one sentence of `text`)."""
    out: list[Span] = []
    i = 0
    while i < len(ws):
        if not ws[i].capital or (ws[i].text.lower() in CONNECTORS and i > 0):
            i += 1
            continue
        j = i + 1
        while j < len(ws) and _joined(text, ws[j - 1], ws[j]) and not ws[j - 1].possessive:
            low = ws[j].text.lower()
            if ws[j].capital:
                j += 1
                continue
            if (
                low == "to"
                and ws[j - 1].text.lower() in _TO_AFTER
                and j + 1 < len(ws)
                and ws[j + 1].capital
            ):
                j += 1  # "Ambassador to China Shakhrat Nuryshev"
                continue
            if low in CONNECTORS and (low != "on" or ws[j - 1].text.lower() in _ON_AFTER):
                # A small word continues the name only if a capital follows it.
                k = j
                while (
                    k < len(ws)
                    and ws[k].text.lower() in CONNECTORS
                    and _joined(text, ws[k - 1], ws[k])
                ):
                    k += 1
                if (
                    k < len(ws)
                    and ws[k].capital
                    and _joined(text, ws[k - 1], ws[k])
                    and ws[k].text.lower() not in gaz.words["never_names"]
                ):
                    j = k
                    continue
            break
        # At the start, or after an opening quote or bracket, a capital says nothing:
        # "“Ode to ...”".
        gap = text[ws[i - 1].end : ws[i].start] if i else text[: ws[i].start]
        opens = (i == 0 and not _LETTER.search(gap)) or bool(re.search(r"[\"“‘(\[:]\s*$", gap))
        span = Span(tuple(ws[i:j]), opens, ws[j - 1].possessive, text)
        out.extend(_trim(span, gaz))
        i = j
    return out


def _trim(span: Span, gaz: Gazetteer) -> list[Span]:
    """Drop what opens a sentence without being a name, and "The"."""
    lo, hi = 0, len(span.words)
    while lo < hi:
        word = span.words[lo]
        low = word.text.lower()
        if low in CONNECTORS or low in gaz.words["never_names"]:
            lo += 1
            continue
        if lo == 0 and span.sentence_start and _opener(span, gaz):
            lo += 1
            continue
        break
    if hi - lo == 1:
        word = span.words[lo]
        low = word.text.lower()
        if (
            len(low) == 1
            or (gaz.zipf(low) >= 4.0 and not _known(word.text, gaz) and not word.text.isupper())
        ) and not word.possessive:
            return []  # "Additional", "Editing": a common word that opens a clause
    while hi > lo and (
        span.words[hi - 1].text.lower() in CONNECTORS
        or span.words[hi - 1].text.lower().rstrip(".") in ("no", "nr")
    ):
        hi -= 1  # "Brief No. 14": the number's label is not part of a name
    if hi <= lo:
        return []
    return [span.sub(lo, hi)]


def _opener(span: Span, gaz: Gazetteer) -> bool:
    """Is the sentence's first word not part of the name after it? "While Nordström",
    "Campaigners", "Leaders of the African Union" are not names; "Eric Ndayisaba" is,
    and so is "Kenyan" or "Minister" before one."""
    word = span.words[0]
    low = word.text.lower()
    if low in gaz.words["function_words"]:
        return True
    if _known(word.text, gaz) or low in gaz.words["title_heads"]:
        return False
    if len(span.words) == 1:
        return gaz.zipf(low) >= 2.5
    for k in range(2, len(span.words) + 1):
        prefix = span.words[:k]
        if (
            _known(" ".join(w.text for w in prefix), gaz)
            or prefix[-1].text.lower() in gaz.words["organization_heads"]
        ):
            return False  # "African Union Commission (Chairperson X)", "Kenyan Ministry"
    following = span.words[1].text.lower()
    return gaz.zipf(low) >= 4.0 and (following in CONNECTORS or gaz.zipf(following) >= 3.0)


def _known(text: str, gaz: Gazetteer) -> bool:
    key = fold(text)
    return (
        key in gaz.country_by_name
        or key in gaz.cities
        or key in gaz.regions
        or key in gaz.organizations
    )
