"""The offline bundle keeps what a reader opening it from file:// uses, no more."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.site import offline

LUNR = ["min/lunr.de.min.js", "min/lunr.fr.min.js", "min/lunr.stemmer.support.min.js"]
LUNR += ["min/lunr.multi.min.js", "tinyseg.js", "wordcut.js"]  # the first three: de, fr


def _site(root: Path, index_bytes: int) -> Path:
    (root / "search").mkdir(parents=True)
    docs = [{"location": "", "title": "x", "text": "a" * index_bytes}]
    config = {"separator": r"[\s\-]+", "fields": {"title": {"boost": 1000}, "text": {}}}
    (root / "search" / "search_index.json").write_text(json.dumps({"config": config, "docs": docs}))
    scripts = root / "assets" / "javascripts"
    (scripts / "workers").mkdir(parents=True)
    (scripts / "workers" / "search.abc.min.js").write_text("onmessage = () => {};")
    (scripts / "bundle.abc.min.js.map").write_text("{}")
    for name in LUNR:
        (scripts / "lunr" / name).parent.mkdir(parents=True, exist_ok=True)
        (scripts / "lunr" / name).write_text("//")
    return root


def test_one_index_no_source_maps_no_unused_languages(tmp_path: Path) -> None:
    site = _site(tmp_path, 10)
    offline.trim(site, ["en"])
    # Parsed once, however often the script runs.
    script = (site / "search" / "search_index.js").read_text()
    assert script.startswith('if (typeof __index !== "object") { var __index = JSON.parse("{')
    assert not (site / "search" / "search_index.json").exists()
    assert not list(site.rglob("*.map"))
    assert not (site / "assets" / "javascripts" / "lunr").exists()
    source = site / "assets" / "javascripts" / "workers" / "search.abc.min.source.js"
    text = source.read_text()
    # The worker's source: the script that loads an index built ahead, then Material's.
    worker = json.loads(text.split("var __workerSource = ", 1)[1].split(";\nvar ", 1)[0])
    assert worker.startswith(offline.PREBUILT_SEARCH.read_text())
    assert worker.endswith("onmessage = () => {};")
    assert "var __searchEarly = true;" in text and "var __searchPrebuilt = true;" in text
    # The lunr index built ahead, as one string for the worker to parse.
    ahead = (site / "search" / "prebuilt_index.js").read_text()
    assert ahead.startswith('var __prebuilt = "{')
    index = json.loads(json.loads(ahead.removeprefix("var __prebuilt = ").rstrip().rstrip(";")))
    assert index["fields"] == ["title", "text"] and index["invertedIndex"][0][0] == "a" * 10


def test_a_large_index_waits_for_the_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(offline, "EARLY_INDEX_BYTES", 1000)
    site = _site(tmp_path, 5000)
    offline.trim(site, ["en"])
    source = site / "assets" / "javascripts" / "workers" / "search.abc.min.source.js"
    assert "var __searchEarly = false;" in source.read_text()


def test_other_languages_keep_their_files_and_the_frame_worker(tmp_path: Path) -> None:
    site = _site(tmp_path, 10)
    offline.trim(site, ["de", "fr"])
    kept = sorted(
        p.relative_to(site / "assets" / "javascripts" / "lunr").as_posix()
        for p in (site / "assets" / "javascripts" / "lunr").rglob("*.js")
    )
    assert kept == sorted([*LUNR[:3], "min/lunr.multi.min.js"])
    # The worker imports those files from its own address: no blob worker here.
    source = site / "assets" / "javascripts" / "workers" / "search.abc.min.source.js"
    assert source.read_text() == (
        "var __workerSource = null;\nvar __searchEarly = false;\nvar __searchPrebuilt = false;\n"
    )
    assert not (site / "search" / "prebuilt_index.js").exists()
