"""The small words that may sit inside a name, and the words they must follow.

"Ministry of Lands and Natural Resources", "Dar es Salaam", "Van den Broeck": a
connector joins capitalised words into one name, but never opens or ends one. Shared by
the tokeniser (`tokens`), the span finder (`spans`), the trimmer (`trim`) and the
readers that cut spans into names.
"""

from __future__ import annotations

CONNECTORS = frozenset(
    {
        "of",
        "the",
        "and",
        "for",
        "de",
        "del",
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
# "to" only continues a name after an envoy's title: "Ambassador to China Shakhrat
# Nuryshev".
TO_AFTER = frozenset(
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
# "on" only continues an event's or agreement's name: "Summit on Critical Minerals".
ON_AFTER = frozenset(
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
# A name's article or particle, capitalised and followed by a capitalised word, opens
# the name instead of joining it: "La Paz", "El Alto", "Le Monde", "Al Jazeera", "Van
# Rompuy", "De Beers". English small words never do ("Of", "The", "And" in a headline).
OPENING_PARTICLES = frozenset(
    {
        "la",
        "el",
        "le",
        "de",
        "del",
        "da",
        "das",
        "dos",
        "di",
        "du",
        "des",
        "al",
        "van",
        "von",
        "den",
        "der",
    }
)


def opens_name(first: str, following: str) -> bool:
    """Does the word `first`, then `following`, open a name ("La" then "Paz")?"""
    return (
        first[:1].isupper()
        and first.lower() in OPENING_PARTICLES
        and following[:1].isupper()
        and following.lower() not in CONNECTORS
    )
