"""Page chrome in article text: what a reader skips, so the briefing skips it too.

Text saved from the web carries lines that are not the article: breadcrumbs
("Home > Africa > Business"), cookie and consent banners, share and subscribe lines,
"Read more:" lists, a photo caption repeated under every photo, press-release markers
and what follows the end mark. Media contacts stay, as one note (`contacts`). Each rule
names the general pattern; none knows any outlet.
"""

from __future__ import annotations

import re

from generator.load.contacts import LABEL, contact_note

_SEPARATOR = re.compile(r"\s+[>›»]\s+|\s*[>›»]\s*(?=[A-Z])")
_HOME_FIRST = re.compile(r"^(?:Home|Homepage|Home page|Front page)\s+[/|>›»]\s+", re.IGNORECASE)
_HOME_TRAIL = re.compile(r"\s+[/|>›»]\s+")
_COOKIE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_COOKIE_CONTEXT = re.compile(
    r"\b(?:accept|consent|browsing|browser|privacy|our use of|"
    r"this (?:web)?site|preferences|necessary)\b",
    re.IGNORECASE,
)
_SHARE_NETWORKS = re.compile(
    r"\b(?:Facebook|Twitter|X|LinkedIn|WhatsApp|Email|E-mail|"
    r"Telegram|Reddit|Print|Copy link)\b"
)
_CHROME_LINE = re.compile(
    r"^(?:share(?: this)?(?: article| story| page| on)?\b|read more\b|read also\b|"
    r"related(?: stories| articles| coverage)?\s*:|more from\b|most read\b|trending\b|"
    r"advertisement$|sponsored\b|subscribe\b|sign up\b|follow us\b|listen to this\b|"
    r"download the app\b|click here\b|skip to\b|back to top\b|print this\b|"
    r"for immediate release$|\d+\s*min(?:ute)?s? read$|image:|photo credit\b|"
    r"all rights reserved\b|terms of (?:use|service)\b|privacy policy\b|"
    # A newsletter's own chrome.
    r"view (?:this|it) (?:email |e-mail |message )?in (?:your|a|the) browser\b|"
    r"unsubscribe\b|forward (?:this|to a friend)\b|update your preferences\b)",
    re.IGNORECASE,
)
_END_MARK = re.compile(r"^(?:#{3}|-\s*ends?\s*-|ends|-30-|\*\*\*)$", re.IGNORECASE)


def is_breadcrumb(block: str) -> bool:
    """ "Home > World > Pacific": two or more short parts joined by arrows; or slashes
    and bars after "Home" ("Home / Live / Day three"), which elsewhere join words."""
    if len(block) > 120 or block.endswith((".", "!", "?")):
        return False
    separator = _HOME_TRAIL if _HOME_FIRST.match(block) else _SEPARATOR
    parts = [p.strip() for p in separator.split(block)]
    return len(parts) >= 2 and all(0 < len(p) <= 40 and len(p.split()) <= 5 for p in parts)


def is_chrome(block: str) -> bool:
    """A line that belongs to the page around the article, not to the article."""
    if _COOKIE.search(block) and _COOKIE_CONTEXT.search(block) and len(block) < 600:
        return True
    if len(block) < 200 and _CHROME_LINE.match(block.lstrip("*_#> ")):
        return True
    # A line that is mostly the names of networks: "Facebook | X | Email".
    networks = _SHARE_NETWORKS.findall(block)
    return (
        len(block) < 120
        and len(set(networks)) >= 2
        and len(re.sub(r"[\W_]", "", block)) <= len("".join(networks)) + 20
    )


def strip_chrome(blocks: list[str]) -> tuple[list[str], list[str]]:
    """The article's blocks, and the blocks removed (kept for the record)."""
    kept: list[str] = []
    removed: list[str] = []
    seen: set[str] = set()
    for i, block in enumerate(blocks):
        if LABEL.match(block):
            end = next((j for j in range(i, len(blocks)) if _END_MARK.match(blocks[j])), None)
            note, used = contact_note(blocks[i:end])
            kept.extend([note] if note else [])
            removed.extend(blocks[i + used :])  # notes to editors and the like follow
            break
        if _END_MARK.match(block.strip()):
            removed.extend(blocks[i:])  # media contacts and notes to editors follow
            break
        # The same block twice (a caption under every photo, a pull quote) is shown once.
        key = " ".join(block.split())
        if is_breadcrumb(block) or is_chrome(block) or (key in seen and len(key) > 20):
            removed.append(block)
            continue
        seen.add(key)
        kept.append(block)
    return kept, removed
