"""Names whose head word may mean two things, settled by the sentence around them: a
centre or a court is a venue where things happen ("signed at the Lloyd Erskine
Sandiford Centre") or a body with staff ("a fellow at the X Policy Centre"); a place's
head word may be a surname ("Victor Hall, a professor, said").
"""

from __future__ import annotations

from generator.extract.detect.cues import STAFF_AT_BEFORE, VENUE_BEFORE
from generator.extract.detect.gazetteer import Gazetteer
from generator.extract.detect.sighting import Sighting
from generator.extract.detect.spans import Span

# What says a name is a body, whatever the words before it say.
_BODY_EVIDENCE = {"role-of", "speech", "apposition", "has-role", "acronym-defined"}
_PERSON_EVIDENCE = {"apposition", "speech", "byline"}


def venue_or_body(s: Sighting, before: str) -> None:
    """A centre or court named after someone is a place where the sentence puts things."""
    if (
        "venue-or-body" in s.evidence
        and s.kind == "organization"
        and VENUE_BEFORE.search(before)
        and not STAFF_AT_BEFORE.search(before)
        and not s.evidence & _BODY_EVIDENCE
    ):
        s.kind = "place"  # "signed at the Lloyd Erskine Sandiford Centre", "at Ilaro Court"
        s.evidence.add("located")


def surname_like_a_place(gaz: Gazetteer, s: Sighting, span: Span) -> None:
    """A surname that is a place's head word: "Victor Hall, a professor, said", "By
    Dwayne St. Hill"."""
    words = span.words
    if (
        s.kind == "place"
        and s.evidence & _PERSON_EVIDENCE
        and not s.evidence - {"head", *_PERSON_EVIDENCE}
        and (len(words) == 2 or (len(words) == 3 and words[1].text.lower().rstrip(".") == "st"))
        and words[0].text.lower() not in gaz.words["place_first_words"]
    ):
        s.kind = "person"
        s.evidence.discard("head")
