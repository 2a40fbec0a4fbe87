"""A quote printed under its speaker's label, as live blogs, captions and headlines do:
"Keïta: “For sixty years ...”", "Samoa's PM: a “second door to the world”", or after it
("“A second door”: Minister Keïta on the corridor"). The label is
a name or a description that fits one person of the article; anything else ("Key
figures:", "Update:") labels nobody.
"""

from __future__ import annotations

import re

from generator.extract.mentions import Analysed
from generator.extract.speaker_words import DESCRIPTION
from generator.extract.statements.memory import Context

# A short label, a colon, at most a few words, then a quotation mark.
LABELLED = re.compile(
    r"^\s*[*_]*(?P<label>[^:“”\"\n]{2,60}?)[*_]*\s*:\s+(?:[\w'’-]+\s+){0,4}?[“\"]"
)
# The quote first, its speaker after, as headlines and epigraphs put it: "“The port
# belongs to the dockers too”: Minister Waïs on the declaration", "'We will sign' -
# Ruiz", "“...” — Prime Minister Dawit, Djibouti, 15 October 2025".
QUOTE_FIRST = re.compile(
    r"^\s*[*_]*[“\"](?:[^“”\"\n]{8,300})[”\"]\s*(?:[:|]|\s[-–—])\s*"
    r"(?P<label>[^:“”\"\n,]{2,60}?)(?:\s+on\s+[^“”\"\n]+|,\s+[^“”\"\n]{1,80})?[*_]*\s*$"
)
# Words a label may hold besides the name: "President Keïta", "Dr Okafor".
_TITLE_LIKE = re.compile(r"^(?:[A-Z][a-z]*\.?|[A-Z][\w-]*-General)$")


def labelled_speaker(analysed: Analysed, ctx: Context) -> str | None:
    """The person whose quote the paragraph prints under a label, or None."""
    text = analysed.paragraph.text
    m = LABELLED.match(text) or QUOTE_FIRST.match(text)
    if m is None:
        return None
    label = m.group("label").strip()
    described = DESCRIPTION.fullmatch("the " + label)
    if described:
        found = ctx.index.fits(described.group("qual"), described.group("title"), ctx.present)
        return next(iter(found)) if len(found) == 1 else None
    inside = [x for x in analysed.mentions if m.start("label") <= x.start < x.end <= m.end("label")]
    people = {x.entity for x in inside if ctx.kinds.get(x.entity) == "person"}
    if len(people) != 1:
        return None
    # Nothing but the name and a title: "Keïta", "President Keïta", not "Keïta's plan".
    rest = label
    for x in inside:
        rest = rest.replace(x.text, " ")
    if all(_TITLE_LIKE.match(w) for w in rest.split()) and len(rest.split()) <= 2:
        return people.pop()
    return None
