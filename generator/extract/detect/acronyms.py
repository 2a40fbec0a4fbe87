"""An acronym defined in place, "European Investment Bank (EIB)": does it spell the
name before it, or a longer run of words reaching back over commas ("Ports, Harbours and
Shipping Authority (PHSA)")?
"""

from __future__ import annotations

import re


def defined_by(acronym: str, before: str) -> str | None:
    """The shortest run of words ending `before` whose initials spell `acronym`, reaching
    back over commas but not over a full stop."""
    tail = re.split(r"[.;:()\"“”]", before)[-1]
    words = re.findall(r"[\w'’&-]+", tail)
    for start in range(len(words) - 1, max(-1, len(words) - 3 * len(acronym) - 4), -1):
        if words[start][:1].isupper() and initials_match(acronym, words[start:]):
            first = tail.rfind(words[start], 0, len(tail) - len(" ".join(words[start + 1 :])))
            return " ".join(tail[first:].split()) if first >= 0 else None
    return None


def initials_match(acronym: str, parts: list[str]) -> bool:
    """Do the capitals of the acronym follow the initials of the name's words ("EIB",
    "European Investment Bank"; "RMB", "Rwanda Mines, Petroleum and Gas Board")?"""
    letters = [c for c in acronym if c.isupper()]
    initials = [p[0].upper() for p in parts if p[:1].isupper()]
    if not letters or not initials or letters[0] != initials[0] or letters[-1] != initials[-1]:
        return False
    i = 0
    for initial in initials:
        if i < len(letters) and initial == letters[i]:
            i += 1
    return i == len(letters)
