"""File-safe, stable, readable names for pages.

An id becomes a file name, so it must not climb out of its folder (`../x`), make a
sub-folder (`a/b`), hit a name Windows refuses (`CON`), or collide with an index page.
"""

from __future__ import annotations

import re

from slugify import slugify

_SAFE_ID = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$")
_RESERVED = {"con", "prn", "aux", "nul", "index", "readme"} | {
    f"{dev}{n}" for dev in ("com", "lpt") for n in range(10)
}


def slug_for(text: str) -> str:
    """A lowercase ASCII slug; non-Latin text is transliterated ("Токаев" -> "tokaev")."""
    slug = slugify(text, max_length=80, word_boundary=True)
    return slug or "untitled"


def unsafe_id_reason(value: str) -> str | None:
    """Why `value` cannot name a page file, or None if it can."""
    if not _SAFE_ID.match(value):
        suggestion = slug_for(value)
        return (
            f"is not a safe page name: use lowercase ASCII letters, digits and hyphens "
            f"(for example '{suggestion}')"
        )
    if value in _RESERVED:
        return f"is a reserved file name; choose another (for example '{value}-1')"
    return None
