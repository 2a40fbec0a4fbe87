"""What the words around a name say of it speaking: a speech verb after it ("Ruto
said") or before it ("according to Ruto"), a transcript's label in capitals ("NATALIA
MONTT: ..."), and the outlet in brackets after a label ("KLAUS BRENNER (Weser Kurier):").
Part of `context`, kept apart so each module reads as one list of rules.
"""

from __future__ import annotations

from generator.extract.detect.cues import (
    AFFILIATION_AFTER,
    AFFILIATION_BEFORE,
    SPEECH_AFTER,
    SPEECH_AFTER_ASIDE,
    SPEECH_BEFORE,
    TOLD_BEFORE,
)
from generator.extract.detect.gazetteer import Gazetteer
from generator.extract.detect.sighting import Sighting
from generator.extract.detect.spans import Span
from generator.extract.speaker_words import turn_label
from generator.load.names import fold


def read_speaking(gaz: Gazetteer, s: Sighting, span: Span, after: str, before: str) -> None:
    """Add to `s` what `after` and `before` (the text either side of `span`) say of a
    speaker or a speaker's outlet."""
    vocab = gaz.words
    if not span.possessive and any(
        (m := pattern.match(after)) and m.group("verb") in vocab["speech_verbs"]
        for pattern in (SPEECH_AFTER, SPEECH_AFTER_ASIDE)
    ):
        s.evidence.add("speech")
    if SPEECH_BEFORE.search(before):
        s.evidence.add("speech")
    if (
        "speech" in s.evidence
        and s.kind == "place"
        and len(span.words) == 1
        and not s.evidence & {"city", "gazetteer", "region", "known"}
    ):
        # "Raman said": a small town of that name does not speak; a surname does.
        s.kind, s.surname_only = "person", True
        s.evidence.discard("city-small")
    if (
        span.text.isupper()
        and 2 <= len(span.words) <= 4
        and (turn := turn_label(before.lstrip() + span.text + after))
        and turn[0].strip() == span.text
    ):
        # A transcript's speaker, read as the statements read turns: "NATALIA MONTT:
        # Good evening", "KLAUS BRENNER (Weser Kurier): ...", "[CLIP - KAI OY:] ...".
        s.evidence.add("speech")
    if (
        TOLD_BEFORE.search(before)
        and s.kind is None
        and 2 <= len(span.words) <= 4
        and all(
            gaz.zipf(w.text.lower()) >= 3.5 or fold(w.text) in gaz.country_by_name
            for w in span.words
        )
    ):
        # Told a name of everyday words (or a country's): the outlet or body spoken to
        # ("told Costa Central", "told Tonga Today"), not a person ("told Grace Mwangi").
        s.kind = "organization"
        s.evidence.add("affiliation")
    if (
        AFFILIATION_BEFORE.search(before)
        and AFFILIATION_AFTER.match(after)
        and s.kind in (None, "organization")
        and not (s.name.isupper() and gaz.zipf(s.name.lower()) >= 3.0)
    ):
        # The speaker's outlet: "KLAUS BRENNER (Weser Kurier):"; a word in capitals is a
        # stage direction ("(CLIP)", "(VIDEO)").
        s.kind = "organization"
        s.evidence.add("affiliation")
