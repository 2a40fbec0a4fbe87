"""Bad metadata stops the run cleanly; an interrupted write leaves docs/ as it was."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.load.slugs import slug_for
from generator.write import journal
from tests.support import MINI, REPO, tree


@pytest.fixture()
def built(tmp_path: Path) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus"
    shutil.copytree(MINI, corpus)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "about.md").write_text("# About\n\nHand-written.\n")
    assert main(["build", "--seeds", str(corpus), "--docs", str(docs)]) == 0
    return corpus, docs


BAD_YAML = {
    "syntax": ("places.yml", "- id: oslo\n  name: Oslo\n   type: city\n", ":3: YAML syntax error"),
    "boolean": ("places.yml", "- id: oslo\n  name: Off\n", ":2: 'name' is the boolean false"),
    "type": ("places.yml", "- id: oslo\n  name: Oslo\n  type: [city]\n", ":3: 'type' must be text"),
    "unknown": ("places.yml", "- id: oslo\n  name: Oslo\n  mayor: X\n", ":3: unknown key 'mayor'"),
    "comma": (
        "people.yml",
        "- id: ana\n  name: Ana Ruiz\n  roles:\n    - {title: Envoy to Oslo, the Union and Sol}\n",
        ":4: unknown key 'the Union and Sol': a comma inside an unquoted value in {...} cuts it",
    ),
    "duplicate": (
        "places.yml",
        "- id: oslo\n  name: Oslo\n- id: oslo\n  name: Oslo 2\n",
        ":3: duplicate id 'oslo'",
    ),
    "tag": (
        "places.yml",
        "- !!python/object/apply:os.system ['touch /tmp/pwned']\n",
        ":1: could not determine a constructor",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_YAML))
def test_bad_metadata_is_one_clear_error_and_nothing_changes(
    built: tuple[Path, Path], case: str
) -> None:
    corpus, docs = built
    name, text, expected = BAD_YAML[case]
    (corpus / "entities" / name).write_text(text, encoding="utf-8")
    before = tree(docs)
    result = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--seeds", str(corpus), "--docs", str(docs)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    line = next(x for x in result.stderr.splitlines() if expected in x)
    assert line.startswith(f"Error: {corpus / 'entities' / name}:")
    assert tree(docs) == before


def test_hand_written_page_survives_every_run(built: tuple[Path, Path]) -> None:
    corpus, docs = built
    assert main(["build", "--seeds", str(corpus), "--docs", str(docs)]) == 0
    assert main(["clean", "--docs", str(docs)]) == 0
    assert (docs / "about.md").read_text() == "# About\n\nHand-written.\n"


def test_edited_generated_page_is_reported_not_overwritten(
    built: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    corpus, docs = built
    (docs / "people" / "anna-berg.md").write_text("my notes\n")
    (corpus / "entities" / "people.yml").write_text(
        (corpus / "entities" / "people.yml")
        .read_text()
        .replace("Foreign Minister of Norway", "Norway's foreign minister")
    )
    assert main(["build", "--seeds", str(corpus), "--docs", str(docs)]) == 1
    assert "anna-berg.md: was edited by hand" in capsys.readouterr().err
    assert (docs / "people" / "anna-berg.md").read_text() == "my notes\n"


def test_interrupt_while_moving_files_in_restores_the_previous_docs(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, docs = built
    before = tree(docs)
    (corpus / "briefing.yml").write_text(
        (corpus / "briefing.yml").read_text().replace("Fjord Bridge talks", "Bridge talks")
    )
    calls = {"n": 0}
    real_replace = os.replace

    def flaky(src: object, dst: object) -> None:
        calls["n"] += 1
        if calls["n"] == 5:
            raise KeyboardInterrupt
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(journal.os, "replace", flaky)
    assert main(["build", "--seeds", str(corpus), "--docs", str(docs)]) == 130
    monkeypatch.setattr(journal.os, "replace", real_replace)
    assert calls["n"] > 5
    assert tree(docs) == before
    assert not (docs / ".generator-staging").exists()


def test_non_latin_names_get_stable_readable_slugs() -> None:
    assert slug_for("Токаев") == "tokaev"
    assert slug_for("Xi Jinping (习近平)") == "xi-jinping-xi-jin-ping"
    assert slug_for("São Paulo") == "sao-paulo"


def test_two_names_with_the_same_slug_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "c"
    shutil.copytree(MINI, corpus)
    (corpus / "entities" / "places.yml").write_text(
        "- name: São Paulo\n  type: city\n- name: Sao Paulo\n  type: city\n"
        "- id: oslo\n  name: Oslo\n- id: stockholm\n  name: Stockholm\n"
    )
    assert main(["check", "--seeds", str(corpus)]) == 1
    assert "duplicate id 'sao-paulo'" in capsys.readouterr().err
