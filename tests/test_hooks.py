from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest

from generator import serve
from generator.build import build_site
from tests.support import MINI


def test_serve_regenerates_docs_before_each_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # the serve cache goes under the working folder
    monkeypatch.setenv(serve.SERVE_ENV, str(MINI))
    docs = tmp_path / "docs"
    serve.on_pre_build({"docs_dir": str(docs)})
    assert (docs / "people" / "anna-berg.md").is_file()

    class Server:
        def __init__(self) -> None:
            self.watched: list[str] = []

        def watch(self, path: str) -> None:
            self.watched.append(path)

    server = Server()
    serve.on_serve(server, {}, None)
    assert server.watched == [str(MINI)]


def test_serve_keeps_the_previous_pages_on_bad_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    corpus, docs = tmp_path / "corpus", tmp_path / "docs"
    shutil.copytree(MINI, corpus)
    monkeypatch.setenv(serve.SERVE_ENV, str(corpus))
    serve.on_pre_build({"docs_dir": str(docs)})
    before = (docs / "index.md").read_bytes()
    (corpus / "briefing.yml").write_text("title: [unclosed\n", encoding="utf-8")
    serve.on_pre_build({"docs_dir": str(docs)})
    err = capsys.readouterr().err
    assert "briefing.yml" in err and "serving the previous pages" in err
    assert (docs / "index.md").read_bytes() == before


def test_without_serve_nothing_is_generated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(serve.SERVE_ENV, raising=False)
    serve.on_pre_build({"docs_dir": str(tmp_path / "docs")})
    assert not (tmp_path / "docs").exists()


def test_a_build_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    assert gc.isenabled()
    build_site(MINI, tmp_path / "docs")
    assert gc.isenabled()
    gc.disable()
    try:
        build_site(MINI, tmp_path / "docs")
        assert not gc.isenabled()
    finally:
        gc.enable()
