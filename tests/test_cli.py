"""The command line: documented commands, clean errors, no tracebacks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.arguments import parser
from tests.support import REPO


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], capture_output=True, text=True, cwd=cwd
    )


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    commands = parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert commands is not None
    for name in commands:
        assert f"python -m generator {name}" in readme, name
    for target in (
        "make site",
        "make test",
        "make serve",
        "make check",
        "make clean",
        "make golden",
    ):
        assert target in readme, target


def test_missing_corpus_is_one_clean_error(tmp_path: Path) -> None:
    result = run("check", "--seeds", str(tmp_path / "nope"))
    assert result.returncode == 1
    assert "Error:" in result.stderr and "Traceback" not in result.stderr


def test_build_with_broken_yaml_writes_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    (corpus / "entities").mkdir(parents=True)
    (corpus / "a.txt").write_text("Oslo is a city.\n", encoding="utf-8")
    (corpus / "entities" / "places.yml").write_text("- name: [oops\n", encoding="utf-8")
    result = run("build", "--seeds", str(corpus), "--docs", str(tmp_path / "docs"))
    assert result.returncode == 1
    assert (
        "places.yml:2: YAML syntax error" in result.stderr
        or "places.yml:1: YAML syntax error" in result.stderr
    )
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "docs").exists()
