"""Writing the drafts: only ever appending to them, and remembering every proposal."""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.load.names import fold


def append(path: Path, text: str, header: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    new = not path.exists() or not path.read_text(encoding="utf-8").strip()
    with path.open("a", encoding="utf-8") as f:
        if new:
            f.write(header)
        f.write(text)


def record_history(path: Path, names: list[str]) -> None:
    old: list[str] = []
    if path.exists():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        old = [str(x) for x in data] if isinstance(data, list) else []
    merged = sorted(set(old) | set(names), key=lambda n: (fold(n), n))
    path.write_text(
        "# Every name `generator suggest` has proposed, so that a deleted draft "
        "is not proposed again.\n# Remove a line to have it proposed again.\n"
        + yaml.safe_dump(merged, allow_unicode=True, width=100),
        encoding="utf-8",
    )
