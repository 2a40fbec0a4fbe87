"""A raw folder as a new user has it: articles in four formats, no YAML at all. The
first build is already a briefing: its people and countries have pages, marked as
detected and not reviewed, and the site builds with `mkdocs build --strict`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support import REPO, built_site

THIRD = REPO / "tests" / "corpora" / "third"


@pytest.fixture(scope="module")
def raw_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("raw-folder")
    corpus = tmp / "corpus"
    corpus.mkdir()
    for name in (
        "200_meridian_wire_ministerial.txt",
        "202_rwanda_minaffet_readout.html",
        "205_ampc_policy_brief.pdf",
        "206_wisniewski_interview.md",
        "210_joint_press_conference_transcript.txt",
    ):
        shutil.copy2(THIRD / name, corpus / name)
    return built_site(corpus, tmp)


def test_main_people_and_countries_have_pages(raw_site: tuple[Path, Path]) -> None:
    docs, site = raw_site
    for page in (
        "people/claudine-uwamahoro.md",
        "people/jean-pierre-habimana.md",
        "people/tomasz-wisniewski.md",
        "countries/rwanda.md",
        "countries/kenya.md",
        "organizations/european-investment-bank.md",
        "places/kigali.md",
    ):
        assert (docs / page).is_file(), page
    habimana = (docs / "people" / "jean-pierre-habimana.md").read_text(encoding="utf-8")
    assert "Detected, not reviewed" in habimana
    assert "President of Rwanda" in habimana
    html = (site / "people" / "jean-pierre-habimana" / "index.html").read_text(encoding="utf-8")
    assert 'class="admonition warning"' in html


def test_each_format_is_read_and_said(raw_site: tuple[Path, Path]) -> None:
    docs, _ = raw_site
    pages = {p.name: p.read_text(encoding="utf-8") for p in (docs / "sources").glob("*.md")}
    formats = " ".join(pages.values())
    for label in ("Plain text", "Saved web page", "PDF", "Markdown"):
        assert f" · {label}" in formats, label
    readout = pages["202_rwanda_minaffet_readout.md"]
    assert "# Rwanda and the EU co-chair AU-EU Ministerial Meeting" in readout
    assert "cookies" not in readout and "About the Ministry" not in readout


def test_the_index_pages_mark_what_is_not_reviewed(raw_site: tuple[Path, Path]) -> None:
    docs, _ = raw_site
    people = (docs / "people" / "index.md").read_text(encoding="utf-8")
    assert "found in the articles and not reviewed yet" in people
    assert "Claudine Uwamahoro](claudine-uwamahoro.md) †" in people
