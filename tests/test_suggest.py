"""`suggest` drafts the YAML for review; curation is review, and converges: nothing
curated is rewritten, nothing rejected or deleted comes back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.errors import Problems
from generator.pipeline import build_knowledge_base
from generator.suggest import suggest
from tests.support import REPO, tree

THIRD = REPO / "tests" / "corpora" / "third"


@pytest.fixture()
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    for name in (
        "200_meridian_wire_ministerial.txt",
        "202_rwanda_minaffet_readout.html",
        "205_ampc_policy_brief.pdf",
        "206_wisniewski_interview.md",
    ):
        shutil.copy2(THIRD / name, folder / name)
    return folder


def drafts(folder: Path, kind_file: str) -> list[dict[str, object]]:
    data = yaml.safe_load((folder / "suggested" / kind_file).read_text(encoding="utf-8"))
    return list(data or [])


def names(folder: Path, kind_file: str) -> set[str]:
    return {str(d["name"]) for d in drafts(folder, kind_file)}


def test_drafts_in_the_corpus_schema_with_evidence(
    raw: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["suggest", "--seeds", str(raw), "--no-cache"]) == 0
    out = capsys.readouterr().out
    assert "new draft entries" in out
    people = {d["name"]: d for d in drafts(raw, "people.yml")}
    uwamahoro = people["Claudine Uwamahoro"]
    assert uwamahoro["reviewed"] is False
    assert "Uwamahoro" in uwamahoro["aliases"]  # type: ignore[operator]
    assert uwamahoro["roles"] == [{"title": "Foreign Minister of Rwanda", "country": "rwanda"}]
    assert {"Rwanda", "Kenya"} <= names(raw, "countries.yml")
    rwanda = next(d for d in drafts(raw, "countries.yml") if d["name"] == "Rwanda")
    assert "Rwandan" in rwanda["aliases"]  # type: ignore[operator]
    orgs = {d["name"]: d for d in drafts(raw, "organizations.yml")}
    assert "EIB" in orgs["European Investment Bank"]["aliases"]  # type: ignore[operator]
    text = (raw / "suggested" / "people.yml").read_text(encoding="utf-8")
    assert "# In " in text and "# First: " in text  # the evidence, for the reviewer
    sources = {d["file"]: d for d in drafts(raw, "sources.yml")}
    assert str(sources["202_rwanda_minaffet_readout.html"]["url"]).startswith("https://")
    assert str(sources["200_meridian_wire_ministerial.txt"]["date"]) == "2025-10-14"
    # The drafts are valid corpus YAML: the corpus checks clean with them.
    assert main(["check", "--seeds", str(raw)]) == 0


def test_rerunning_proposes_only_what_is_new(raw: Path) -> None:
    suggest(raw, Problems())
    before = tree(raw / "suggested")
    report = suggest(raw, Problems())
    assert report.written == {} and report.sources == 0
    assert tree(raw / "suggested") == before
    shutil.copy2(THIRD / "209_coastal_times_corridor_brief.txt", raw)
    report = suggest(raw, Problems())
    assert "Saidi Mwinyimkuu" in names(raw, "people.yml")
    assert report.sources == 1


def test_curated_files_are_never_rewritten_and_win(raw: Path) -> None:
    (raw / "entities").mkdir()
    curated = (
        "- id: uwamahoro\n  name: Claudine Uwamahoro\n  aliases: [Uwamahoro]\n"
        "  summary: Curated by hand.\n"
    )
    (raw / "entities" / "people.yml").write_text(curated, encoding="utf-8")
    (raw / "sources.yml").write_text(
        "- file: 206_wisniewski_interview.md\n  title: Mine\n", encoding="utf-8"
    )
    suggest(raw, Problems())
    assert (raw / "entities" / "people.yml").read_text(encoding="utf-8") == curated
    assert "Claudine Uwamahoro" not in names(raw, "people.yml")
    assert "206_wisniewski_interview.md" not in {d["file"] for d in drafts(raw, "sources.yml")}


def test_review_flags_and_deletions(raw: Path) -> None:
    suggest(raw, Problems())
    people = raw / "suggested" / "people.yml"
    text = people.read_text(encoding="utf-8")
    # Review one entry, reject one, delete one (by editing the file as a user would).
    entries = drafts(raw, "people.yml")
    reviewed, rejected, deleted = (str(e["name"]) for e in entries[:3])
    data = [dict(e) for e in entries]
    for entry in data:
        if entry["name"] == reviewed:
            entry["reviewed"] = True
        if entry["name"] == rejected:
            entry["rejected"] = True
    data = [e for e in data if e["name"] != deleted]
    people.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    assert text != people.read_text(encoding="utf-8")
    kb = build_knowledge_base(raw, Problems())
    shown = {e.name: eid for eid, e in kb.entities.items()}
    assert reviewed in shown and shown[reviewed] not in kb.detected
    assert rejected not in shown and deleted not in shown
    report = suggest(raw, Problems())
    assert report.written.get("suggested/people.yml", 0) == 0
    assert deleted not in names(raw, "people.yml")


def test_moving_a_draft_into_entities_makes_it_curated(raw: Path) -> None:
    suggest(raw, Problems())
    entry = next(e for e in drafts(raw, "people.yml") if e["name"] == "Jean-Pierre Habimana")
    rest = [e for e in drafts(raw, "people.yml") if e["name"] != "Jean-Pierre Habimana"]
    (raw / "suggested" / "people.yml").write_text(
        yaml.safe_dump(rest, allow_unicode=True), encoding="utf-8"
    )
    entry.pop("reviewed")
    entry.pop("confidence")
    (raw / "entities").mkdir()
    (raw / "entities" / "people.yml").write_text(
        yaml.safe_dump([entry], allow_unicode=True), encoding="utf-8"
    )
    kb = build_knowledge_base(raw, Problems())
    assert "jean-pierre-habimana" in kb.entities
    assert "jean-pierre-habimana" not in kb.detected
