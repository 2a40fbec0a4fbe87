"""Golden pages: the mini fixture corpus built, checked in under tests/golden/mini.

`make golden` (python -m tests.golden refresh) rewrites them; review the diff like code.
The site's static assets (assets/) are copies of generator/site/static and left out.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from generator.build import build_site

ROOT = Path(__file__).parent
FIXTURE = ROOT / "fixtures" / "mini"
EXPECTED = ROOT / "golden" / "mini"
LEFT_OUT = ("assets/", ".generator-manifest.json", ".generator-lock")


def _files(folder: Path) -> dict[str, str]:
    found = {p.relative_to(folder).as_posix(): p for p in folder.rglob("*") if p.is_file()}
    return {
        name: path.read_text(encoding="utf-8")
        for name, path in sorted(found.items())
        if not name.startswith(LEFT_OUT)
    }


def rendered() -> dict[str, str]:
    """The pages a build of the fixture writes, by docs/-relative path."""
    with tempfile.TemporaryDirectory() as tmp:
        build_site(FIXTURE, Path(tmp) / "docs")
        return _files(Path(tmp) / "docs")


def expected() -> dict[str, str]:
    return _files(EXPECTED)


def refresh() -> None:
    pages = rendered()
    staging = Path(tempfile.mkdtemp(dir=ROOT))
    for path, text in pages.items():
        target = staging / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    shutil.rmtree(EXPECTED, ignore_errors=True)
    EXPECTED.parent.mkdir(parents=True, exist_ok=True)
    staging.rename(EXPECTED)
    print(f"Wrote {len(pages)} golden files to {EXPECTED.relative_to(ROOT.parent)}")


if __name__ == "__main__":
    if sys.argv[1:] != ["refresh"]:
        sys.exit("usage: python -m tests.golden refresh")
    refresh()
