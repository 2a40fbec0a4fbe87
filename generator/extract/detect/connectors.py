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
