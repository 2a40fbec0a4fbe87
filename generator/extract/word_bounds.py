"""Where a hit of an alias in text may start and end: on whole words, and on a whole
name, not a part of a longer one that means something else ("Trans-Caspian", "Latin
American", "South Africa" for Africa)."""

from __future__ import annotations

import re

# Before a hyphen, these make a place's name part of an adjective: "Trans-Caspian",
# "Pan-African", "sub-Saharan", "Inter-American" (an acronym still names its body:
# "trans-IBSA trade").
_PREFIX_BEFORE = re.compile(r"(?:^|\W)(?:trans|pan|sub|cross|circum|inter)[-–]$", re.IGNORECASE)


# Before a one-word name, these make another name of it: "Latin American" is not
# American, "North Korean" not Korean, "South Africa" not Africa.
_COMPASS_BEFORE = re.compile(r"(?:^|\W)(?:Latin|North|South|East|West|Central)\s$")


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def whole_name(text: str, start: int, end: int) -> bool:
    if start > 0:
        before = text[start - 1]
        if _word_char(before):
            return False
        if before in "'’" and start > 1 and _word_char(text[start - 2]):
            return False
        if (
            before in "-–"
            and not text[start:end].isupper()
            and _PREFIX_BEFORE.search(text[max(0, start - 10) : start])
        ):
            return False  # "Trans-Caspian", "Pan-African": an adjective, not the sea
        if (
            " " not in text[start:end]
            and not text[start:end].isupper()
            and _COMPASS_BEFORE.search(text[max(0, start - 9) : start])
        ):
            return False
    if end < len(text):
        after = text[end]
        if _word_char(after) or after == "$":
            return False  # "US$410 million" is a sum, not the United States
        if after in "'’" and end + 1 < len(text) and _word_char(text[end + 1]):
            # Only a possessive may follow: "Xi's", never "Xi'an".
            tail = text[end + 1 : end + 3]
            return tail[:1] in ("s", "S") and (len(tail) < 2 or not _word_char(tail[1]))
    return True
