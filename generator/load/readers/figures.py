"""A saved web page's photo captions, which the article extractor leaves out: who is
pictured, where, and whose photo it is ("... at the Kigali Convention Centre. Photo:
Observer/Jean Bosco Nshuti"). Each goes after the paragraph it follows on the page."""

from __future__ import annotations

import re

# Figures in these are the page's, not the article's: menus, side columns, footers.
_OUTSIDE = {"nav", "aside", "footer", "form"}
_KEY = 60  # characters of a paragraph that find it among the extracted lines


def with_captions(data: bytes, lines: list[str]) -> tuple[list[str], frozenset[str]]:
    """`lines` (the article's text, a paragraph a line) with the page's figure captions
    after the paragraph before each figure (a lead photo's after the first line); a
    caption the extractor kept elsewhere moves there. Also the captions placed."""
    keys = [_key(line) for line in lines]
    after: dict[int, list[str]] = {}
    placed: set[str] = set()
    where = {k: i for i, k in reversed(list(enumerate(keys)))}
    for caption, before, following in _captions(data):
        # After the paragraph before it, or else before the one after it (a lead photo:
        # after the first line, which may hold the dateline). Between paragraphs the
        # article does not have (a newsletter box, a gallery) it is the page's.
        at = where.get(_key(before), -1) if before else -1
        if at < 0 and following and _key(following) in where:
            at = max(where[_key(following)] - 1, 0)
        if at >= 0 and _key(caption) not in placed:
            placed.add(_key(caption))
            after.setdefault(at, []).append(caption)
    out = []
    for i, line in enumerate(lines):
        if keys[i] not in placed:
            out.append(line)
        out.extend(after.get(i, []))
    return out, frozenset(c for cs in after.values() for c in cs)


def _captions(data: bytes) -> list[tuple[str, str | None, str | None]]:
    """Each <figcaption>'s text, with the texts of the paragraphs before and after it."""
    import lxml.html

    try:
        root = lxml.html.fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        return []
    found: list[tuple[str, str]] = []
    for el in root.iter("p", "figcaption"):
        text = " ".join(el.text_content().split())
        if text and not any(a.tag in _OUTSIDE for a in el.iterancestors()):
            found.append((el.tag, text))
    out: list[tuple[str, str | None, str | None]] = []
    for i, (tag, text) in enumerate(found):
        if tag == "figcaption":
            before = next((t for g, t in reversed(found[:i]) if g == "p"), None)
            following = next((t for g, t in found[i + 1 :] if g == "p"), None)
            out.append((text, before, following))
    return out


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())[:_KEY]
