"""The digest's shorter section pages: an index lists only the pages the PDF holds (and
says how many more the site has), the timeline keeps its picture and the curated events.
Without this a 1,000-article digest spends hundreds of pages on index rows and dated
sentences of entities it leaves out."""

from __future__ import annotations

import posixpath
import re

_ROW_LINK = re.compile(r"^\| \[[^\]]*\]\(([^)#\s]+\.md)\)")
_HEADING = re.compile(r"^#{2,6} ")


def trim_index(page: str, text: str, included: set[str]) -> str:
    """Table rows whose first link is a page left out are dropped; a line after the
    table counts them."""
    folder = posixpath.dirname(page)
    out: list[str] = []
    dropped = 0
    for line in text.splitlines():
        found = _ROW_LINK.match(line)
        if found and posixpath.join(folder, found.group(1)) not in included:
            dropped += 1
            continue
        if dropped and not line.startswith("|") and out and out[-1].startswith("|"):
            out += ["", f"*And {dropped:,} more in the site.*"]
            dropped = 0
        out.append(line)
    if dropped:
        out += ["", f"*And {dropped:,} more in the site.*"]
    return "\n".join(out) + "\n"


def trim_timeline(text: str) -> str:
    """The curated events only, under their date headings; dated sentences are left to
    the site (the picture above still counts them)."""
    head, sep, rest = text.partition("\n## ")
    if not sep:
        return text
    sections = ("## " + rest).split("\n## ")
    kept: list[str] = []
    for section in sections:
        title, _, body = section.partition("\n")
        events = [line for line in body.splitlines() if line.startswith("- **Event:**")]
        if events:
            heading = title if _HEADING.match(title) else "## " + title
            kept.append(heading + "\n\n" + "\n".join(events) + "\n")
    note = (
        "*This digest lists the curated events; the site's timeline also lists every "
        "dated sentence.*"
    )
    return head.rstrip() + "\n\n" + note + "\n\n" + "\n".join(kept)
