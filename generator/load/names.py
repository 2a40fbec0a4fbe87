"""How names compare: lowercase, without accents, with one kind of apostrophe.

Used wherever two spellings of a name must meet: the curated YAML's aliases and
rejected drafts, and the names the detector reads in the text.
"""

from __future__ import annotations

import functools
import unicodedata


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lowercase without accents, for comparing names: "Nordström" ~ "Nordstrom"."""
    if text.isascii():  # nothing to decompose (most names): the same result, faster
        return text.lower().strip()
    for mark in ("’", "‘", "ʻ", "ʼ"):  # curly apostrophes and the ʻokina are one "'"
        text = text.replace(mark, "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()
