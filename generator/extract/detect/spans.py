"""Capitalised spans in a sentence: the raw material of names.

"Belgium's Valoris Metals and the Rwanda Mines Board signed" gives the spans
"Belgium" (possessive), "Valoris Metals" and "Rwanda Mines Board". Small words may sit
inside a name ("Ministry of Lands and Natural Resources", "Dar es Salaam", "Van den
Broeck") but never at its ends; punctuation ends a span; a common word opening a
sentence is not a name ("Campaigners gathered ...").
"""

from __future__ import annotations

import re

from generator.extract.detect.connectors import CONNECTORS, ON_AFTER, TO_AFTER, opens_name
from generator.extract.detect.gazetteer import Gazetteer
from generator.extract.detect.tokens import ABBREVIATIONS, Span, Word, words
from generator.extract.detect.trim import trim
from generator.load.names import fold

_LETTER = re.compile(r"[^\W\d_]")


def _joined(text: str, a: Word, b: Word) -> bool:
    """Nothing but spaces between two words (a comma or a quote ends a name); or a
    plural possessive inside a name: "Leaders' Summit"."""
    gap = text[a.end : b.start]
    if gap.strip() == "" and "\n" not in gap and len(gap) <= 2:
        return True
    if gap == " & " and b.capital:
        return True  # "Cordillera Rail & Logistics", "Trinidad & Tobago"
    return gap in ("' ", "’ ") and a.text.endswith("s") and b.capital


def _possessive_inside(
    text: str, a: Word, b: Word, gaz: Gazetteer, following: Word | None = None
) -> bool:
    """ "People's Daily", "Simon's Town", "People's Republic": a possessive inside a
    name, when what follows is a name's head word and what owns it is no name of its
    own ("Kenya's Ministry of Energy" is the ministry of Kenya)."""
    if text[a.end : b.start] not in ("'s ", "’s ") or not b.capital:
        return False
    vocab = gaz.words
    head = b.text.lower()
    owner = fold(a.text)
    known = owner in gaz.country_by_name or owner in gaz.regions or owner in gaz.organizations
    if known or gaz.cities.get(owner, ("", 0))[1] >= 100_000:
        return False  # "Kenya's Ministry of Energy", "London's Heathrow Airport"
    place = head in vocab["place_heads"] or head in vocab["weak_place_heads"]
    if place and head not in vocab["organization_heads"]:
        # "Needham's Point", "Simon's Town": whoever the owner is, a capitalised place
        # word ending the name after a possessive names the place ("Ruto's Port Deal
        # Draws Fire" is a headline, not a port).
        return following is None or not (following.capital and _joined(text, b, following))
    return (head == "republic" or head in vocab["organization_heads"]) and gaz.zipf(
        a.text.lower()
    ) >= 3.0


def spans(text: str, ws: list[Word], gaz: Gazetteer) -> list[Span]:
    """Maximal runs of capitalised words in `ws` (one sentence of `text`)."""
    out: list[Span] = []
    i = 0
    while i < len(ws):
        if not ws[i].capital or (
            ws[i].text.lower() in CONNECTORS
            and i > 0
            and not (
                i + 1 < len(ws)
                and opens_name(ws[i].text, ws[i + 1].text)
                and _joined(text, ws[i], ws[i + 1])
            )
        ):
            i += 1
            continue
        j = i + 1
        while j < len(ws) and (
            _joined(text, ws[j - 1], ws[j])
            if not ws[j - 1].possessive
            else _possessive_inside(
                text, ws[j - 1], ws[j], gaz, ws[j + 1] if j + 1 < len(ws) else None
            )
        ):
            low = ws[j].text.lower()
            if ws[j].capital:
                j += 1
                continue
            if (
                low == "to"
                and any(w.text.lower() in TO_AFTER for w in ws[i:j])
                and j + 1 < len(ws)
                and ws[j + 1].capital
            ):
                # "Ambassador to China Shakhrat Nuryshev", "Ambassador of Kazakhstan to
                # China Shakhrat Nuryshev"
                j += 1
                continue
            if low in CONNECTORS and (low != "on" or ws[j - 1].text.lower() in ON_AFTER):
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
        # A straight quote opens only after a space: in '," Nakamura said' it closes.
        opens = (i == 0 and not _LETTER.search(gap)) or bool(
            re.search(r"(?:^|\s)[\"“‘(\[]\s*$|[“‘(\[:]\s*$", gap)
        )
        span = Span(tuple(ws[i:j]), opens, ws[j - 1].possessive, text)
        out.extend(trim(span, gaz))
        i = j
    return out


__all__ = ["ABBREVIATIONS", "CONNECTORS", "Span", "Word", "spans", "words"]
