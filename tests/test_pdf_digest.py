"""The digest PDF of a large briefing: section indexes list only the pages it holds and
count the rest; the timeline keeps the curated events; the cover says it is a digest."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from generator.build import build_site
from generator.pdf import build_pdf
from generator.pdf.digest import trim_index, trim_timeline
from tests.support import MINI

INDEX = """# People

3 people in this briefing.

| Name | Role | Sources |
|---|---|---:|
| [Anna Berg](anna-berg.md) | Minister, [Norway](../countries/norway.md) | 3 |
| [Eva Holm](eva-holm.md) | Mayor | 2 |
| [Tomas Lind](tomas-lind.md) | Envoy | 1 |

Text after the table.
"""

TIMELINE = """# Timeline

Intro.

## 2019 {: #d2019 }

- A dated sentence. ([S1 ¶2](sources/a.md#p2))

## March 5, 2024 {: #d2024-03-05 }

- **Event:** [Oslo talks](events/oslo.md) (March 5, 2024)
- Another dated sentence. ([S2 ¶3](sources/b.md#p3))
"""


def test_an_index_keeps_the_rows_of_pages_the_pdf_holds_and_counts_the_rest() -> None:
    out = trim_index("people/index.md", INDEX, {"people/eva-holm.md"})
    assert "[Eva Holm]" in out
    assert "Anna Berg" not in out and "Tomas Lind" not in out
    assert "*And 2 more in the site.*" in out
    assert out.index("And 2 more") < out.index("Text after the table.")


def test_an_index_at_the_end_of_the_page_still_counts_what_it_left_out() -> None:
    text = INDEX.split("\nText after")[0]
    out = trim_index("people/index.md", text, {"people/anna-berg.md", "people/eva-holm.md"})
    assert out.rstrip().endswith("*And 1 more in the site.*")


def test_the_timeline_keeps_the_events_under_their_dates() -> None:
    out = trim_timeline(TIMELINE)
    assert "## March 5, 2024 {: #d2024-03-05 }" in out
    assert "**Event:** [Oslo talks]" in out
    assert "A dated sentence" not in out and "Another dated sentence" not in out
    assert "## 2019" not in out  # a date with no event is left out
    assert out.startswith("# Timeline\n\nIntro.")


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils (pdftotext)")
def test_a_digest_pdf_says_so_and_leaves_pages_out(tmp_path: Path) -> None:
    build_site(MINI, tmp_path / "docs")
    whole = build_pdf(tmp_path / "docs", tmp_path / "whole.pdf", digest=False)
    digest = build_pdf(tmp_path / "docs", tmp_path / "digest.pdf", digest=True)
    assert digest.digest and not whole.digest
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "digest.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "This PDF holds the briefing and its key entities" in " ".join(text.split())
    assert digest.pages < whole.pages
