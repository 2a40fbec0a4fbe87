"""Speech verbs that, here, report no speech: a greeting or a gesture ("X welcomed Y at the
airport") and what a country does rather than says ("New Zealand pledged 120 million
dollars"). Such a verb is skipped, and the sentence may still be attributed by a later one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping

from generator.extract.mentions import Resolved
from generator.extract.statements.patterns import GAP, GESTURE_VERBS


def gesture(
    text: str,
    verb: str,
    verb_end: int,
    mentions: list[Resolved],
    starts: list[int],
    kinds: Mapping[str, str],
) -> bool:
    """ "welcomed High Representative Delacroix at the entrance": a greeting. Welcoming a
    decision or an agreement is a statement."""
    if not GESTURE_VERBS.match(verb):
        return False
    ahead = text[verb_end : verb_end + 60]
    if re.match(
        r"\s+(?:the|her|his|their|its)?\s*(?:fellow\s+|visiting\s+|foreign\s+)?"
        r"(?:delegations?|delegates|guests|visitors|leaders|heads|ministers|"
        r"counterparts|participants)\b",
        ahead,
        re.IGNORECASE,
    ):
        return True
    i = bisect.bisect_left(starts, verb_end)
    nearest = mentions[i] if i < len(mentions) else None
    return (
        nearest is not None
        and kinds.get(nearest.entity) == "person"
        and nearest.start - verb_end <= 45
        and not text[verb_end : nearest.start].count(",")
    )


def country_subject(
    text: str, verb_start: int, mentions: list[Resolved], kinds: Mapping[str, str]
) -> bool:
    """Is the verb's subject, right before it, a country?"""
    before = [m for m in mentions if m.end <= verb_start]
    return (
        bool(before)
        and kinds.get(before[-1].entity) == "country"
        and GAP.match(text[before[-1].end : verb_start]) is not None
    )
