"""The mini fixture renders exactly the checked-in pages (refresh with `make golden`)."""

from __future__ import annotations

import difflib

from tests.golden import expected, rendered


def test_rendered_pages_match_golden_files() -> None:
    pages, golden = rendered(), expected()
    assert sorted(pages) == sorted(golden), "page set changed: run `make golden` and review"
    diffs: list[str] = []
    for path, text in pages.items():
        if text != golden[path]:
            diffs += difflib.unified_diff(
                golden[path].splitlines(keepends=True),
                text.splitlines(keepends=True),
                f"golden/{path}",
                f"built/{path}",
            )
    assert not diffs, (
        "pages differ from their golden files (review, then `make golden`):\n" + "".join(diffs)
    )
