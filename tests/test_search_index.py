"""The search index of the seed site is complete and holds each text once: every
article paragraph on its source page, every entity by name and alias on its own page,
and no quoted sentence again on the entity pages (Material's `data-search-exclude`)."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from generator.model.knowledge import KnowledgeBase
from generator.site.index import entity_path, source_path

_TAG = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", text)).split())


def _entries(site: Path) -> dict[str, str]:
    """Each page's indexed text (title and text of all its sections), by page path."""
    data = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    pages: dict[str, list[str]] = {}
    for doc in data["docs"]:
        page = doc["location"].split("#", 1)[0]
        pages.setdefault(page, []).append(_plain(doc["title"] + " " + doc["text"]))
    return {page: " ".join(texts) for page, texts in pages.items()}


def _url(docs_path: str) -> str:
    return docs_path.removesuffix(".md") + "/"


def test_every_article_paragraph_is_found_on_its_source_page(
    seeds_kb: KnowledgeBase, seeds_site: tuple[Path, Path]
) -> None:
    entries = _entries(seeds_site[1])
    missing = []
    for info in seeds_kb.sources.values():
        page = entries[_url(source_path(info))]
        for p in info.article.text_paragraphs:
            shown = p.text.lstrip("*•- ") if p.kind == "bullet" else p.text  # as the page
            if " ".join(shown.split())[:80] not in page:
                missing.append((info.file, p.number))
    assert missing == []


def test_every_entity_is_found_by_name_and_alias_on_its_page(
    seeds_kb: KnowledgeBase, seeds_site: tuple[Path, Path]
) -> None:
    entries = _entries(seeds_site[1])
    missing = []
    for eid, entity in seeds_kb.entities.items():
        page = entries.get(_url(entity_path(eid, entity)), "")
        missing += [(eid, n) for n in (entity.name, *entity.aliases) if _plain(n) not in page]
    assert missing == []


def test_quoted_sentences_are_indexed_on_their_source_page_only(
    seeds_kb: KnowledgeBase, seeds_site: tuple[Path, Path]
) -> None:
    entries = _entries(seeds_site[1])
    entity_pages = {_url(entity_path(eid, e)) for eid, e in seeds_kb.entities.items()}
    assert seeds_kb.statements
    for statement in seeds_kb.statements:
        words = " ".join(statement.text.lstrip("*•- ").split())[:80]
        assert words in entries[_url(source_path(seeds_kb.sources[statement.source]))]
        again = [p for p in entity_pages if words in entries.get(p, "")]
        assert again == [], (statement.text, again)
