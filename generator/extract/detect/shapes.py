"""Whether a name has a person's shape: two to four capitalised words, none a title, a
body's, an event's or a place's head word, nor a place of the gazetteers.

Asked when a name's evidence says "person" (a title, a byline, speech) and again when a
person's confidence is weighed.
"""

from __future__ import annotations

import re

from generator.extract.detect.gazetteer import Gazetteer
from generator.extract.detect.wording import inside_name
from generator.load.names import fold


def person_shape(name: str, gaz: Gazetteer, surname_like_place: bool = False) -> bool:
    """Could this be a person's full name: two to four capitalised words, none a title,
    a head word or a place? With `surname_like_place`, the last word may be a place's
    head word ("Victor Hall", "Dwayne St. Hill": the evidence said a person)."""
    lows = [p.lower() for p in name.split()]
    if surname_like_place and len(lows) >= 2 and lows[-1] in gaz.words["place_heads"]:
        lows = [*lows[:-1], "x"]  # a placeholder that is no head word
    if not 2 <= len(lows) <= 4:
        return False
    heads = gaz.words["title_heads"]
    if any(low in heads and not inside_name(lows, i, heads) for i, low in enumerate(lows)):
        return False  # "Prime Minister", "Foreign Minister"; not "Abdullahi Sheikh Hassan"
    if any(
        gaz.head_word(low) or low in gaz.words["never_names"] or low in gaz.words["company_heads"]
        for low in lows
    ):
        return False
    if fold(name) in gaz.country_by_name or fold(name) in gaz.cities:
        return False
    if any(
        fold(piece) in gaz.country_by_name or fold(piece) in gaz.cities
        for piece in re.split(r"[-–]", name)
        if piece != name
    ):
        return False  # "Brazil-South Africa": two countries, not a person
    return all(
        p[:1].isupper()
        for p in name.split()
        if p.lower() not in ("van", "von", "den", "der", "de", "da", "bin", "al", "el", "le", "la")
    )
