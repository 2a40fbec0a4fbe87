"""The offline bundle's search index, built ahead: the lunr index Material's worker would
build in the browser from `search_index.json`, serialised in lunr 2.3's format, so that
the page only loads it (a fraction of a second) instead of building it (seconds at a
thousand articles; tests/bench/search.py).

Built as Material's worker builds it: fields and boosts from the index's config, its
word separator, BM25 with b = 0 (Material's choice: long pages are not penalised),
words lower-cased from the text outside HTML tags, and, when the config's pipeline keeps
lunr's stop word filter, without the stop words of the lunr that Material's worker
carries (`stop_words`, read from its script). Documents are referred to by their
position in `docs` (short references keep the index small).
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import Counter
from typing import Any

_TAG = re.compile(r"<[^>]*>")
_K1 = 1.2  # lunr's default term-frequency saturation
LUNR_VERSION = "2.3.9"  # the version Material 9 bundles


def words(value: Any, separator: re.Pattern[str]) -> list[str]:
    """The index terms of a field: lower-cased words of its text outside tags."""
    if value is None:
        return []
    parts = value if isinstance(value, list) else [value]
    out: list[str] = []
    for part in parts:
        text = html.unescape(_TAG.sub(" ", str(part))).lower()
        out.extend(w for w in separator.split(text) if w)
    return out


def _round(score: float) -> float:
    return math.floor(score * 1000 + 0.5) / 1000  # JavaScript's Math.round, to 3 places


_STOP_WORDS = re.compile(r"generateStopWordFilter\((\[[^\]]*\])\)")


def stop_words(worker_script: str) -> frozenset[str]:
    """The stop words of the lunr in Material's worker script (none if not found)."""
    found = _STOP_WORDS.search(worker_script)
    return frozenset(json.loads(found.group(1))) if found else frozenset()


def prebuilt(index: dict[str, Any], stops: frozenset[str] = frozenset()) -> str:
    """The serialised lunr index of a Material `search_index.json` (parsed), as JSON."""
    config = index["config"]
    separator = re.compile(config.get("separator") or r"[\s\-]+")
    if "stopWordFilter" not in config.get("pipeline", ["stopWordFilter"]):
        stops = frozenset()
    fields = {
        name: float(spec.get("boost", 1))
        for name, spec in config["fields"].items()
        if any(doc.get(name) for doc in index["docs"])
    }
    frequencies: list[tuple[str, str, float, Counter[str]]] = []  # field, ref, boost, tf
    postings: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}
    order: dict[str, int] = {}  # term -> index, in order of first appearance
    for number, doc in enumerate(index["docs"]):
        ref = str(number)
        for field in fields:
            counts = Counter(w for w in words(doc.get(field), separator) if w not in stops)
            frequencies.append((field, ref, float(doc.get("boost", 1)), counts))
            for term in counts:
                if term not in postings:
                    order[term] = len(order)
                    postings[term] = {name: {} for name in fields}
                postings[term][field][ref] = {}
    total = len(index["docs"])
    idf = {}
    for term, posting in postings.items():
        having = sum(len(refs) for refs in posting.values())
        idf[term] = math.log(1 + abs((total - having + 0.5) / (having + 0.5)))
    vectors = []
    for field, ref, boost, counts in frequencies:
        vector: list[float] = []
        for term in sorted(counts, key=order.__getitem__):
            tf = counts[term]
            score = idf[term] * (_K1 + 1) * tf / (_K1 + tf) * fields[field] * boost
            vector += [order[term], _round(score)]
        vectors.append([f"{field}/{ref}", vector])
    # lunr inserts the terms in JavaScript's string order: UTF-16 code units.
    terms = sorted(postings, key=lambda t: t.encode("utf-16-be"))
    inverted = [[term, {"_index": order[term], **postings[term]}] for term in terms]
    return json.dumps(
        {
            "version": LUNR_VERSION,
            "fields": list(fields),
            "fieldVectors": vectors,
            "invertedIndex": inverted,
            "pipeline": [],
        },
        separators=(",", ":"),
        ensure_ascii=False,
    )
