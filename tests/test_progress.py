"""Progress is shown on a terminal and nowhere else (CI logs, pipes, tests)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator import progress
from tests.support import MINI, REPO

GENERATOR = [sys.executable, "-m", "generator"]


def test_a_stage_shows_its_name_and_count_when_shown(capsys: pytest.CaptureFixture[str]) -> None:
    with progress.shown(True), progress.stage("Reading articles", 3, "article") as tick:
        for _ in range(3):
            tick(1)
    err = capsys.readouterr().err
    assert "Reading articles" in err and "/3" in err  # erased when done (leave=False)


def test_nothing_is_shown_when_stderr_is_not_a_terminal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with progress.shown(), progress.stage("Reading articles", 3) as tick:
        tick(1)
    bar = progress.Bar("Building the site", 3)
    bar.tick()
    bar.close()
    assert capsys.readouterr().err == ""


def test_a_build_into_a_pipe_prints_its_summary_only(tmp_path: Path) -> None:
    result = subprocess.run(
        [*GENERATOR, "build", "--seeds", str(MINI), "--docs", str(tmp_path / "docs"), "--no-cache"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    assert "Reading articles" not in result.stderr and "\r" not in result.stderr
    assert result.stdout.startswith("Articles: ")
