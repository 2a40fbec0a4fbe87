"""The offline bundle's lunr index built ahead (generator/site/search_prebuilt.py): lunr
2.3's serialised form, scored as Material's worker scores (BM25, b = 0). The browser
tests load it in Chromium and compare its answers with Material's own."""

from __future__ import annotations

import json
import math
from typing import Any

from generator.site.search_prebuilt import prebuilt

CONFIG = {
    "lang": ["en"],
    "separator": r"[\s\-]+",
    "pipeline": ["stopWordFilter"],
    "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 1e6}},
}
DOCS = [
    {"location": "riola.html", "title": "Riola talks", "text": "<p>Talks in <b>Riola</b></p>"},
    {"location": "trade.html", "title": "Trade", "text": "<p>Trade &amp; cross-border ports</p>"},
    {"location": "trade.html#ports", "title": "Ports", "text": "<p>Ports of Riola</p>"},
]


def built(docs: list[dict[str, Any]] = DOCS) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(prebuilt({"config": CONFIG, "docs": docs}))
    return data


def test_the_index_is_lunr_s_serialised_form() -> None:
    index = built()
    assert index["version"] == "2.3.9" and index["pipeline"] == []
    # No document has tags: no tags field.
    assert index["fields"] == ["title", "text"]
    terms = [term for term, _ in index["invertedIndex"]]
    assert terms == sorted(terms)
    # Words outside tags, lower-cased, entities read, split where Material splits them.
    assert {"riola", "talks", "in", "&", "cross", "border", "ports", "of"} <= set(terms)
    assert not any("<" in t or "amp" in t for t in terms)
    posting = dict(index["invertedIndex"])["riola"]
    assert posting["title"] == {"0": {}} and posting["text"] == {"0": {}, "2": {}}
    # Documents are referred to by their position, each field of each has a vector.
    refs = [ref for ref, _ in index["fieldVectors"]]
    assert refs == ["title/0", "text/0", "title/1", "text/1", "title/2", "text/2"]


def test_scores_are_material_s_bm25() -> None:
    index = built()
    vectors = dict(index["fieldVectors"])
    term_index = {term: posting["_index"] for term, posting in index["invertedIndex"]}
    # "riola": in three fields of three documents; once in the title of the first.
    idf = math.log(1 + abs((3 - 3 + 0.5) / (3 + 0.5)))
    title = vectors["title/0"]
    pairs = dict(zip(title[::2], title[1::2], strict=True))
    assert pairs[term_index["riola"]] == round(idf * 2.2 / 2.2 * 1000, 3)
    # Terms listed in the order of the index, scores rounded to three places.
    assert title[::2] == sorted(title[::2])


def test_the_same_index_gives_the_same_bytes() -> None:
    assert prebuilt({"config": CONFIG, "docs": DOCS}) == prebuilt({"config": CONFIG, "docs": DOCS})
    # A word outside the Basic Multilingual Plane sorts as JavaScript sorts it.
    odd = built([{"location": "x.html", "title": "\U0001f30d globe", "text": "\uff21 wide"}])
    terms = [term for term, _ in odd["invertedIndex"]]
    assert terms == sorted(terms, key=lambda t: t.encode("utf-16-be"))
    assert terms.index("\U0001f30d") < terms.index("\uff41")


def test_stop_words_are_those_of_the_lunr_material_carries() -> None:
    from generator.site.search_prebuilt import stop_words
    from tests.support import material_worker_script

    stops = stop_words(material_worker_script())
    assert {"the", "and", "of"} <= stops and "summit" not in stops
    assert stop_words("no lunr here") == frozenset()
    # Left out when the config's pipeline keeps the filter, kept when it drops it.
    docs = [{"location": "a.html", "title": "The talks", "text": "<p>Of the people</p>"}]
    kept = json.loads(prebuilt({"config": CONFIG, "docs": docs}, stops))
    assert [t for t, _ in kept["invertedIndex"]] == ["people", "talks"]
    config = {**CONFIG, "pipeline": []}
    every = json.loads(prebuilt({"config": config, "docs": docs}, stops))
    assert [t for t, _ in every["invertedIndex"]] == ["of", "people", "talks", "the"]
