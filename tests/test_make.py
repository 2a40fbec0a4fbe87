"""`make site` as a user runs it, in a temporary copy of the project (never in the
repository itself): it rebuilds exactly when something changed, whatever the file names."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.cli import main
from tests.support import MINI, REPO

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """The project's tracked files, mtimes kept, using the repository's virtualenv."""
    copy = tmp_path / "project"
    files = (
        subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=REPO,
            capture_output=True,
            check=True,
        )
        .stdout.decode()
        .split("\0")
    )
    for name in filter(None, files):
        source = REPO / name
        if source.is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / name)
    (copy / ".venv").symlink_to(REPO / ".venv")
    # The shared virtualenv must not be reinstalled from the copy (that would point the
    # repository's editable install at a temporary folder): its inputs look older.
    for name in ("pyproject.toml", "constraints.txt"):
        os.utime(copy / name, (0, 0))
    return copy


def make(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MAKE", "MFLAGS"))}
    return subprocess.run(
        ["make", *args], cwd=project, env=env, capture_output=True, text=True, timeout=300
    )


def test_names_with_spaces_and_accents_and_rebuilds_when_needed(project: Path) -> None:
    corpus = project / "my corpus"
    shutil.copytree(MINI, corpus)
    (corpus / "Über die Brücke.txt").write_text(
        "2024.03.06 09:00 GMT+1\n\nA third report\n\nAnna Berg said the bridge is funded.\n"
    )
    first = make(project, "site", "SEEDS=my corpus")
    assert first.returncode == 0, first.stdout + first.stderr
    assert (project / "site" / "index.html").is_file()
    stamp = project / ".build" / "site"
    built = stamp.stat().st_mtime_ns

    second = make(project, "site", "SEEDS=my corpus")
    assert second.returncode == 0 and "is up to date" in second.stdout
    assert stamp.stat().st_mtime_ns == built

    (corpus / "Über die Brücke.txt").write_text("Anna Berg said it again, on Friday.\n")
    third = make(project, "site", "SEEDS=my corpus")
    assert "generator build" in third.stdout, third.stdout

    # `generator clean` empties docs/: make notices, and the next make builds it again.
    assert main(["clean", "--docs", str(project / "docs")]) == 0
    fourth = make(project, "site", "SEEDS=my corpus")
    assert fourth.returncode == 0 and "generator build" in fourth.stdout
    assert (project / "docs" / "index.md").is_file()

    # A lost manifest: make notices, and the pages on disk are adopted as they are.
    (project / "docs" / ".generator-manifest.json").unlink()
    fifth = make(project, "site", "SEEDS=my corpus")
    assert fifth.returncode == 0, fifth.stderr
    assert (project / "docs" / ".generator-manifest.json").is_file()
