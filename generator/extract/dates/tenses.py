"""The tense around a date expression ("met on Tuesday" looks back, "will meet on Friday"
looks ahead), which places a weekday or a month without a year on the right side of the
article's date.
"""

from __future__ import annotations

import re

# Words that put a clause in the future or in the past, looked for near an expression.
_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|’ll|is\s+due|are\s+due|due\s+to|expected|set\s+to|"
    r"scheduled|plans?\s+to|planned|is\s+to|are\s+to|to\s+be|until|ahead\s+of|"
    r"upcoming|would|going\s+to|returns?|opens|begins|starts|ends|closes|"
    r"meets|heads?\s+to|travels?)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|met|held|made|took|gave|went|came|"
    r"began|spoke|wrote|left|sat|led|won|lost|saw|brought|kept|felt|became|"
    # A participle is lower-case: "United" or "Red" in a name tells no tense.
    r"(?-i:[a-z]+ed))\b",
    re.IGNORECASE,
)


def tense(text: str, start: int, end: int) -> str | None:
    """ "past", "future" or None: the nearest marker before the expression in its
    clause, else the nearest after it."""
    lo = max(0, start - 90)
    for bound in (text.rfind(". ", lo, start), text.rfind("; ", lo, start)):
        lo = max(lo, bound + 1)
    before = text[lo:start]
    found = [(m.end(), "future") for m in _FUTURE.finditer(before)]
    found += [(m.end(), "past") for m in _PAST.finditer(before) if not _passive(before, m)]
    if found:
        return max(found)[1]
    after = text[end : end + 60].split(".")[0]
    ahead = [(m.start(), "future") for m in _FUTURE.finditer(after)]
    ahead += [(m.start(), "past") for m in _PAST.finditer(after) if not _passive(after, m)]
    return min(ahead)[1] if ahead else None


def _passive(text: str, m: re.Match[str]) -> bool:
    """ "to be adopted", "is released": a participle after a form of "be" tells no past."""
    return bool(
        re.search(r"\b(?:be|been|being|is|are|'s|’s)\s+$", text[max(0, m.start() - 8) : m.start()])
    )
