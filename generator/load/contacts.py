"""A press release's media contacts ("Media contacts", then a name, a role, an email and a
phone a line): who to call about it, kept as one note at the article's end rather than
dropped with the page chrome around it."""

from __future__ import annotations

import re

LABEL = re.compile(
    r"^(?:media|press|investor)\s+(?:contacts?|enquiries|inquiries)\b|"
    r"^for (?:more information|further information|media enquiries)\b",
    re.IGNORECASE,
)
# How to reach someone: an email, a web address, a phone number.
REACH = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+|\+?\(?\d[\d\s().-]{6,}\d",
    re.IGNORECASE,
)
_REACH_LABEL = re.compile(r"(?:e-?mail|tel|phone|mobile|fax|web)\b", re.IGNORECASE)
# A contact is a few short lines; prose after them (a disclaimer, "About us") is not one.
_LONGEST = 160


def contact_note(blocks: list[str]) -> tuple[str | None, int]:
    """The note the contact section starting at `blocks[0]` makes ("Media contacts:
    Acme Ltd, Jo Lee, press@acme.example, +1 555 0100; ..."), and how many blocks it
    used. A line of how to reach someone closes a contact; a line of words after it opens
    the next one."""
    label, _, rest = blocks[0].partition(":")
    groups: list[list[str]] = [[_separated(rest.strip())] if rest.strip() else []]
    used = 1
    for block in blocks[1:]:
        lines = _lines(block)
        if any(len(x) > _LONGEST for x in lines) or LABEL.match(block) or block.endswith(":"):
            break
        used += 1
        for line in lines:
            opens_with_words = not REACH.match(line) and not _REACH_LABEL.match(line)
            if opens_with_words and groups[-1] and REACH.search(groups[-1][-1]):
                groups.append([])
            groups[-1].append(_separated(line.strip().rstrip(".;,")))
    contacts = "; ".join(", ".join(g) for g in groups if g)
    return (f"{label.strip()}: {contacts}" if contacts else None), used


def _lines(block: str) -> list[str]:
    """A block's contacts, where its lines were joined: a new one opens with a capital
    after a way to reach the last ("... media@acme.example Jo Lee, Head of ...")."""
    cuts = [m.end() for m in REACH.finditer(block) if re.match(r"\s+[A-Z]", block[m.end() :])]
    return [block[i:j].strip() for i, j in zip([0, *cuts], [*cuts, len(block)], strict=True)]


def _separated(line: str) -> str:
    """ "Jo Lee press@acme.example" (two lines joined): a comma before the address."""
    for m in reversed(list(REACH.finditer(line))):
        before = line[: m.start()].rstrip()
        if before and before[-1] not in ",|:;":
            line = f"{before}, {line[m.start() :]}"
    return line
