"""Golden pages: the mini fixture corpus rendered, checked in under tests/golden/mini.

`make golden` (python -m tests.golden refresh) rewrites them; review the diff like code.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from generator.errors import Problems
from generator.pipeline import build_knowledge_base
from generator.site.render import render

ROOT = Path(__file__).parent
FIXTURE = ROOT / "fixtures" / "mini"
EXPECTED = ROOT / "golden" / "mini"


def rendered() -> dict[str, str]:
    return render(build_knowledge_base(FIXTURE, Problems()))


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
