from __future__ import annotations

from pathlib import Path

import pytest

from generator.site import hooks as mkdocs_hooks
from tests.conftest import MINI


def test_serve_regenerates_docs_before_each_build(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(mkdocs_hooks.SERVE_ENV, str(MINI))
    docs = tmp_path / "docs"
    mkdocs_hooks.on_pre_build({"docs_dir": str(docs)})
    assert (docs / "people" / "anna-berg.md").is_file()

    class Server:
        def __init__(self) -> None:
            self.watched: list[str] = []

        def watch(self, path: str) -> None:
            self.watched.append(path)

    server = Server()
    mkdocs_hooks.on_serve(server, {}, None)
    assert server.watched == [str(MINI)]


def test_without_serve_nothing_is_generated(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(mkdocs_hooks.SERVE_ENV, raising=False)
    mkdocs_hooks.on_pre_build({"docs_dir": str(tmp_path / "docs")})
    assert not (tmp_path / "docs").exists()
