"""How common a word is in English (wordfreq's Zipf scale: 7 for "the", under 3 for a
rare word), to tell "Campaigners" from "Uwamahoro". Cached: the same words come back
in every sentence.
"""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=500_000)
def english_zipf(word: str) -> float:
    """`word` comes lower-cased (the cache is keyed by it)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))
