"""The mini fixture renders exactly the checked-in pages (refresh with `make golden`)."""

from __future__ import annotations

from tests.golden import EXPECTED, rendered


def test_rendered_pages_match_golden_files() -> None:
    pages = rendered()
    expected = {p.relative_to(EXPECTED).as_posix(): p.read_text(encoding="utf-8")
                for p in EXPECTED.rglob("*") if p.is_file()}
    assert sorted(pages) == sorted(expected), "page set changed: run `make golden` and review"
    for path, text in pages.items():
        assert text == expected[path], f"{path} differs from its golden file: run `make golden`"
