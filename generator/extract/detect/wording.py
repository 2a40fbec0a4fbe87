"""How a name is written: its words lower-cased, a transcript's capitals, a title's case.

Small text helpers shared by the sentence reader (`sightings`) and its parts (`split`,
`titles`, `context`).
"""

from __future__ import annotations

from generator.extract.detect.spans import CONNECTORS, Word


def lowered(w: Word) -> str:
    return w.text.lower().rstrip(".")


def caps_to_title(ws: tuple[Word, ...]) -> list[str]:
    """ "PRESIDENT HABIMANA" (a transcript's label, a byline) reads as a name."""
    texts = [w.text for w in ws]
    if len(texts) > 1 and all(t.isupper() and len(t) > 2 for t in texts if t.isalpha()):
        return [t.title() if t.lower() not in CONNECTORS else t.lower() for t in texts]
    return texts


def title_case(text: str) -> str:
    return " ".join(
        w
        if w.lower() in CONNECTORS or w == "to" or any(c.isupper() for c in w[1:])
        else w[:1].upper() + w[1:]
        for w in text.split()
    )


# Titles that are also parts of names between given names: "Abdullahi Sheikh Hassan".
NAME_PART_TITLES = frozenset({"sheikh", "sheik", "haji", "hajji", "sayyid", "sharif"})


def inside_name(lows: list[str], i: int, heads: frozenset[str]) -> bool:
    """Is the title word at `i` a part of the name around it (a name word before it, not a
    title, and one after it)?"""
    return lows[i] in NAME_PART_TITLES and 0 < i < len(lows) - 1 and lows[i - 1] not in heads
