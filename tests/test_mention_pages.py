"""No entity page grows with the corpus: a person every article names lists the
mentions of its newest sources, and every mention is on pages of their own, a bounded
number of sources each, linked to one another."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.build import build_site
from generator.site.emitters import mentions
from generator.site.pages import MENTION_SOURCES
from tests.bench.synth import write_corpus

_SOURCE_LINE = re.compile(r"^- \*\*S(\d+)\*\* · ", re.MULTILINE)


@pytest.fixture(scope="module")
def one_event(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("one-event")
    write_corpus(tmp / "corpus", 45, shape="one-event")
    patch = pytest.MonkeyPatch()
    patch.setattr(mentions, "MENTIONS_PER_PAGE", 20)
    try:
        build_site(tmp / "corpus", tmp / "docs")
    finally:
        patch.undo()
    return tmp / "docs"


def _busiest(docs: Path) -> Path:
    """The person named in the most sources: the one with the most mention pages."""
    folders = [p for p in (docs / "people").iterdir() if p.is_dir()]
    return max(folders, key=lambda p: (len(list(p.glob("mentions*.md"))), p.name))


def test_the_entity_page_lists_its_newest_sources_and_links_to_every_mention(
    one_event: Path,
) -> None:
    folder = _busiest(one_event)
    page = (folder.parent / f"{folder.name}.md").read_text(encoding="utf-8")
    section = page.split("## Mentions", 1)[1].split("\n## ", 1)[0]
    assert len(re.findall(r"^\s*- S\d+: ", section, re.MULTILINE)) == MENTION_SOURCES
    assert f"/{folder.name}/mentions.md)" in section


def test_every_source_is_on_one_mention_page_each_page_bounded(one_event: Path) -> None:
    folder = _busiest(one_event)
    pages = sorted(folder.glob("mentions*.md"))
    assert len(pages) >= 2
    numbers: list[int] = []
    for page in pages:
        text = page.read_text(encoding="utf-8")
        found = [int(n) for n in _SOURCE_LINE.findall(text)]
        assert 0 < len(found) <= 20
        numbers += found
        assert "search:\n  exclude: true" in text
    assert len(numbers) == len(set(numbers)) > MENTION_SOURCES
    first = (folder / "mentions.md").read_text(encoding="utf-8")
    assert "[2](mentions-2.md)" in first
