"""The words of a speaker's description ("the Chinese president", "the EU's top
diplomat") and of a transcript's speaker labels ("PRESIDENT HABIMANA:")."""

from __future__ import annotations

import re

# Role words in a description, with the words a title may use for them.
SYNONYMS = {
    "diplomat": {
        "foreign minister",
        "foreign affairs",
        "high representative",
        "secretary of state",
        "ambassador",
        "envoy",
    },
    "leader": {
        "president",
        "prime minister",
        "premier",
        "chancellor",
        "king",
        "head of state",
        "chairperson",
        "chair",
        "secretary-general",
    },
    "head of state": {"president", "king", "queen", "emir", "sultan"},
    "chief": {"chief", "head", "director", "chief executive", "ceo", "high representative"},
    "premier": {"prime minister", "premier"},
    "pm": {"prime minister"},
    "boss": {"chief executive", "ceo", "director", "head"},
}
TITLE_WORDS = (
    "presenter",
    "moderator",
    "host",
    "interviewer",
    "anchor",
    "president",
    "vice-president",
    "prime minister",
    "premier",
    "pm",
    "minister",
    "chancellor",
    "king",
    "queen",
    "emir",
    "sultan",
    "commissioner",
    "secretary-general",
    "secretary",
    "ambassador",
    "envoy",
    "diplomat",
    "chairperson",
    "chairman",
    "chairwoman",
    "chair",
    "governor",
    "mayor",
    "leader",
    "head of state",
    "chief executive",
    "chief",
    "ceo",
    "director",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "high representative",
    "foreign minister",
    "boss",
    "head",
)
# "the Chinese president", "the EU's top diplomat", "Kenya's energy minister", "the host"
DESCRIPTION = re.compile(
    r"\b(?:the|The)\s+(?P<qual>(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:['’]s)?\s+)?"
    r"(?:(?:[a-z][\w-]*)\s+){0,3}?)(?P<title>"
    + "|".join(re.escape(t) for t in sorted(TITLE_WORDS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
LABEL = re.compile(
    # "[CLIP] KAI OY:", "(VIDEO) PRESIDENT LI:": a stage direction may come first.
    r"^(?:[\[(][A-Z][^\])]{0,30}[\])]\s*)?"
    r"(?P<label>[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž .'’ʻ-]{1,60}?)"
    r"(?:\s*\([^)]{0,60}\))?\s*:\s+\S"
)
# A label inside the stage direction that brings a recording in: "[RECORDED CLIP - KAI
# OY:] ...", "(SOUNDBITE: President Li) ...", "[KAI OY:] ...". Without a separator or a
# colon the bracket is a plain stage direction ("[APPLAUSE] Thank you").
BRACKETED_LABEL = re.compile(
    r"^[\[(](?:(?P<stage>[A-Za-z][A-Za-z ]{1,30}?)\s*[-–—:]\s*)?"
    r"(?P<label>[A-ZÀ-ÞĀ-Ž][\w.'’ʻ-]*(?:\s+[\w.'’ʻ-]+){0,5}?)"
    r"\s*(?(stage):?|:)\s*[\])]\s*:?\s+(?=\S)"
)


def turn_label(text: str) -> tuple[str, int] | None:
    """A transcript turn's label and where the words spoken start, in either form."""
    if m := LABEL.match(text):
        return m.group("label"), text.index(":", m.end("label")) + 1
    if m := BRACKETED_LABEL.match(text):
        return m.group("label"), m.end()
    return None


# A label in mixed case ("Ana Ruiz: ..."): a name and nothing else, then the words
# spoken (not a quotation mark: that is a quote under a label, not a turn).
NAME_LABEL = re.compile(
    r"^[*_]{0,2}(?P<label>[A-ZÀ-ÞĀ-Ž][\w'’ʻ.-]*"
    r"(?:\s+(?:[A-ZÀ-ÞĀ-Ž][\w'’ʻ.-]*|de|da|del|van|von|der|la|le|bin|al)){0,4})"
    r"[*_]{0,2}\s*:[*_]{0,2}\s+(?![“\"«])\S"
)
