"""Trimming a span's ends: what opens a sentence without being a name ("While
Nordström", "Campaigners"), "The", a lone common word that opens a clause
("Additional"), and a number's label ("Brief No. 14").
"""

from __future__ import annotations

import re

from generator.extract.detect.connectors import CONNECTORS, opens_name
from generator.extract.detect.gazetteer import Gazetteer
from generator.extract.detect.tokens import Span, Word
from generator.load.names import fold


def trim(span: Span, gaz: Gazetteer) -> list[Span]:
    """Drop what opens a sentence without being a name, and "The"."""
    lo, hi = 0, len(span.words)
    while lo < hi:
        word = span.words[lo]
        low = word.text.lower()
        if (low in CONNECTORS or low in gaz.words["never_names"]) and not (
            lo + 1 < hi
            and (
                opens_name(word.text, span.words[lo + 1].text)
                or _honorific_name(span.words[lo:hi], gaz)
            )
        ):
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
    if _honorific_name(span.words, gaz):
        return False  # "Dr Kwame Alleyne is director of ...": the title reader takes it
    if low in gaz.words["function_words"]:
        return True
    if _known(word.text, gaz) or low in gaz.words["title_heads"]:
        return False
    if len(span.words) >= 2 and low in gaz.words["place_first_words"]:
        return False  # "Lake Victoria, the largest lake, ...", "Mount Kenya rises ..."
    if len(span.words) == 1:
        # An acronym in capitals says something even first or after a bracket: "(OPS)".
        acronym = word.text.isupper() and 2 <= len(word.text) <= 6
        return gaz.zipf(low) >= 2.5 and not acronym
    for k in range(2, len(span.words) + 1):
        prefix = span.words[:k]
        if (
            _known(" ".join(w.text for w in prefix), gaz)
            or prefix[-1].text.lower() in gaz.words["organization_heads"]
        ):
            return False  # "African Union Commission (Chairperson X)", "Kenyan Ministry"
    following = span.words[1].text.lower()
    if _portfolio_title(gaz, [w.text.lower() for w in span.words]):
        return False  # "Foreign Minister Li", "Trade and Industry Minister Ebrahim Patel"
    if len(span.words) == 2 and _person_follows(span, gaz):
        return False  # "Helen Preston, the bank's chief economist, said", "Mark Lee said"
    return gaz.zipf(low) >= 4.0 and (following in CONNECTORS or gaz.zipf(following) >= 3.0)


# Honorifics that are something else written bare: "St Lucia" is a place, and "HE" is
# "His Excellency" only with its dots ("H.E.").
BARE_NOT_HONORIFIC = frozenset({"he", "st"})


def _honorific_name(words: tuple[Word, ...], gaz: Gazetteer) -> bool:
    """ "Mr Duc", "Dr Kwame Alleyne", "Ms Clarke-Best": a capitalised honorific before a
    person's plain name; kept, so that the title reader sees it."""
    if len(words) < 2:
        return False
    first, following = words[0].text, words[1].text
    honorific = first.lower().rstrip(".")
    return (
        first[:1].isupper()
        and honorific in gaz.words["honorifics"]
        and honorific not in BARE_NOT_HONORIFIC
        and following[:1].isupper()
        and following.lower() not in gaz.words["never_names"]
        and following.lower() not in CONNECTORS
        and _plain_name(words[1:], gaz)
    )


def _plain_name(words: tuple[Word, ...], gaz: Gazetteer) -> bool:
    """A person's name, before any "of": no small word, no body's or place's head word
    ("Mr Price Group", "Dr Reddy's Laboratories" are companies)."""
    lows = [w.text.lower() for w in words]
    if "of" in lows[1:]:
        # "Mr Tan of Singapore": the name is what comes before "of" (split_names cuts it).
        words, lows = words[: lows.index("of")], lows[: lows.index("of")]
    return (
        not any(low in CONNECTORS for low in lows)
        and not any(w.possessive for w in words[:-1])
        and not gaz.head_word(lows[-1])
        and lows[-1] not in gaz.words["company_heads"]
    )


def _known(text: str, gaz: Gazetteer) -> bool:
    key = fold(text)
    return (
        key in gaz.country_by_name
        or key in gaz.cities
        or key in gaz.regions
        or key in gaz.region_demonyms  # "Latin American leaders": not "American"
        or key in gaz.organizations
    )


def _portfolio_title(gaz: Gazetteer, lows: list[str]) -> bool:
    """Do the words open with a title of portfolios ("Trade and Industry Minister")?"""
    vocab = gaz.words
    k = 0
    while k < len(lows) and (lows[k] in vocab["portfolio_words"] or (k and lows[k] == "and")):
        k += 1
    return 0 < k < len(lows) and lows[k - 1] != "and" and lows[k] in vocab["title_heads"]


def two_portfolios(vocab: dict[str, frozenset[str]], lows: list[str], cut: int) -> bool:
    """Is the "and" at `cut` inside a title of two portfolios: a portfolio before it,
    one or two after it, then a title ("Hydrocarbons and Energy Minister")?"""
    if lows[cut - 1] not in vocab["portfolio_words"]:
        return False
    for head in range(cut + 2, min(cut + 4, len(lows))):
        if lows[head] in vocab["title_heads"]:
            return all(w in vocab["portfolio_words"] for w in lows[cut + 1 : head])
    return False


_SPEECH_AFTER = re.compile(r"\s+(?:said|says|told|added|noted|warned|argued)\b")
_APPOSITION_AFTER = re.compile(r",\s+(?:the|a|an|who)\b([^,;:.]{0,60})")


def _person_follows(span: Span, gaz: Gazetteer) -> bool:
    """Does what follows the two words say they are a person: a speech verb, or an
    apposition that gives a role ("..., the bank's chief economist,", "..., who ...")?"""
    after = span.source[span.end : span.end + 80]
    if _SPEECH_AFTER.match(after):
        return True
    m = _APPOSITION_AFTER.match(after)
    if m is None:
        return False
    if after[m.start() :].lstrip(", ").startswith("who "):
        return True
    roles = gaz.words["title_heads"] | gaz.words["role_words"]
    return any(w.strip("'’s").lower() in roles for w in m.group(1).split())
