"""Split a paragraph into sentences, keeping character offsets.

News prose is regular enough for a rule-based splitter: a sentence ends at . ! or ?
(plus closing quotes) followed by space and a capital, a digit or an opening quote,
unless the full stop belongs to a known abbreviation or an initial.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    # Honorifics of office and rank: "H.E. Mr. Kitazawa", "Hon. Losaline ...".
    "h.e",
    "hon",
    "rt",
    "rev",
    "amb",
    "maj",
    "capt",
    "cmdr",
    "adm",
    "fr",
    "msgr",
    "mme",
    "mlle",
    "st",
    "gen",
    "col",
    "lt",
    "sgt",
    "gov",
    "sen",
    "rep",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "no",
    "vs",
    "etc",
    "inc",
    "ltd",
    "co",
    "corp",
    "u.s",
    "u.k",
    "u.n",
    "e.g",
    "i.e",
    "p.m",
    "a.m",
    "jr",
    "sr",
    "mt",
    "ft",
    "approx",
    "dept",
    "est",
    "fig",
    "vol",
}


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


# The word before a full stop, read from a short window: abbreviations and initials are
# short, and a window that grew with the sentence made the splitter quadratic on long
# runs without a break ("Mr. Xi Mr. Xi ...", "J. R. R. ...").
_LAST_WORD = re.compile(r"([\w.]+)[.!?…]+[\"'”’)\]]*$")
_WINDOW = 40


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        word = _LAST_WORD.search(text, max(start, match.start() - _WINDOW), end)
        if word:
            token = word.group(1).lower().rstrip(".")
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
        _append(sentences, text, start, end)
        start = end
    _append(sentences, text, start, len(text))
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(len(sentences), start, end, text[start:end]))
