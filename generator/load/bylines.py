"""Header lines that name the author or the outlet: "By Rehema Salum, The Coastal
Times", and a segment of a line such as "Brussels Energy Review — Interview — 16 October
2025".
"""

from __future__ import annotations

import re

from generator.load.header_dates import DATE

_BYLINE = re.compile(
    r"^[*_]*(?:By|BY|Words by|Written by|Reporting by)\s+"
    r"(?P<rest>[^|\n]{2,120}?)[*_]*(?:\s*\|.*)?$"
)
OUTLET_WORDS = re.compile(
    r"\b(?:News|Times|Post|Press|Agency|Wire|Review|Chronicle|Observer|Herald|Journal|Gazette|"
    r"Tribune|Telegraph|Guardian|Express|Daily|Weekly|Monitor|Standard|Independent|Mail|"
    r"Sentinel|Courier|Reporter|Insider|Ledger|Today|Radio|Television|TV|Broadcasting|"
    r"Magazine|Bulletin|Digest|Dispatch|Star|Sun|Globe|Record|Mirror|Voice|Centre|Center|"
    r"Institute|Ministry|Office|Commission|Council)\b"
)


def byline(block: str) -> tuple[str, str | None] | None:
    """(author, outlet) from "By Rehema Salum, The Coastal Times" and the like."""
    m = _BYLINE.match(block.strip())
    if not m:
        return None
    rest = re.sub(r"[*_]+", "", m.group("rest")).strip()
    author, outlet = _split_byline(rest)
    # Up to six words a name, and up to three names: "By Omar Said Bileh and Nimco Abdi Hassan".
    names = re.split(r"\s+(?:and|&)\s+|,\s*", author)
    if not author or len(names) > 3 or any(len(n.split()) > 6 for n in names):
        return None
    return author, outlet or None


def _split_byline(rest: str) -> tuple[str, str]:
    parts = re.split(r"\s*(?:,|\||—|–|\s-\s)\s*", rest, maxsplit=1)
    author = parts[0].strip()
    if author.isupper():
        author = author.title()
    outlet = parts[1].strip() if len(parts) > 1 else ""
    if outlet and not OUTLET_WORDS.search(outlet) and not outlet.startswith("The "):
        outlet = ""  # "By Jo Smith, in Kigali": a place, not an outlet
    return author, outlet


def outlet_in(block: str) -> str | None:
    """The outlet named by one segment of a header line ("Brussels Energy Review —
    Interview — 16 October 2025")."""
    for part in re.split(r"\s+[|—–·•]\s+|\s+-\s+", block.strip(" *_")):
        part = part.strip(" *_")
        if (
            part
            and not DATE.search(part)
            and not _BYLINE.match(part)
            and OUTLET_WORDS.search(part)
            and len(part.split()) <= 6
        ):
            return part
    return None
