from __future__ import annotations

from pathlib import Path

from generator.cli import main
from tests.conftest import SEEDS


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_runs_give_byte_identical_docs(tmp_path: Path) -> None:
    assert main(["build", "--seeds", str(SEEDS), "--docs", str(tmp_path / "a")]) == 0
    assert main(["build", "--seeds", str(SEEDS), "--docs", str(tmp_path / "b")]) == 0
    a, b = tree(tmp_path / "a"), tree(tmp_path / "b")
    assert a == b and len(a) > 100
