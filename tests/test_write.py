"""The writer owns only what it wrote: hand-written files are never lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.errors import WriteError
from generator.write.docs import MANIFEST, clean_docs, write_docs


def test_writes_then_skips_unchanged_files(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_docs(docs, {"index.md": "hello\n", "people/a.md": "A\n"})
    before = os.stat(docs / "index.md").st_mtime_ns
    report = write_docs(docs, {"index.md": "hello\n", "people/a.md": "A2\n"})
    assert report.written == ["people/a.md"] and report.unchanged == ["index.md"]
    assert os.stat(docs / "index.md").st_mtime_ns == before
    assert (docs / MANIFEST).exists()


def test_hand_written_file_survives_and_is_never_overwritten(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "about.md").write_text("mine\n")
    write_docs(docs, {"index.md": "x\n"})
    assert (docs / "about.md").read_text() == "mine\n"
    with pytest.raises(WriteError) as info:
        write_docs(docs, {"index.md": "x\n", "about.md": "generated\n"})
    assert "was not written by the generator" in info.value.problems[0].message
    assert (docs / "about.md").read_text() == "mine\n"
    clean_docs(docs)
    assert (docs / "about.md").read_text() == "mine\n"
    assert not (docs / "index.md").exists()


def test_hand_edited_generated_file_is_reported_not_overwritten(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_docs(docs, {"index.md": "x\n", "b.md": "b\n"})
    (docs / "index.md").write_text("edited by hand\n")
    with pytest.raises(WriteError) as info:
        write_docs(docs, {"index.md": "y\n", "b.md": "b2\n"})
    assert "edited by hand" in info.value.problems[0].message
    # Nothing at all was written: b.md keeps its old content too.
    assert (docs / "index.md").read_text() == "edited by hand\n"
    assert (docs / "b.md").read_text() == "b\n"
    write_docs(docs, {"index.md": "y\n", "b.md": "b2\n"}, force=True)
    assert (docs / "index.md").read_text() == "y\n"


def test_stale_generated_files_are_removed(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_docs(docs, {"index.md": "x\n", "people/old.md": "o\n"})
    report = write_docs(docs, {"index.md": "x\n"})
    assert report.removed == ["people/old.md"]
    assert not (docs / "people").exists()


@pytest.mark.parametrize("path", ["../x.md", "/abs.md", "a/../../b.md", MANIFEST])
def test_paths_outside_docs_are_refused(tmp_path: Path, path: str) -> None:
    with pytest.raises(WriteError):
        write_docs(tmp_path / "docs", {path: "x"})
    assert not (tmp_path / "x.md").exists()


def test_case_collisions_are_refused(tmp_path: Path) -> None:
    with pytest.raises(WriteError):
        write_docs(tmp_path / "docs", {"people/A.md": "1", "people/a.md": "2"})
