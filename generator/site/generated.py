"""Which pages are the generator's: each begins (after its front matter) with a mark,
so the MkDocs hook renders them with the fast CommonMark converter (`commonmark`) and
leaves a hand-written page to Python-Markdown, with whatever syntax its author used."""

from __future__ import annotations

MARK = "<!-- Written by the briefing generator: edits here are replaced on the next build. -->"


def marked(page: str) -> str:
    """The page's Markdown with the mark after its front matter."""
    if page.startswith("---\n"):
        end = page.index("\n---\n", 4) + 5
        return f"{page[:end]}{MARK}\n{page[end:]}"
    return f"{MARK}\n{page}"


def is_generated(markdown: str) -> bool:
    """Is this page's Markdown (front matter removed) the generator's?"""
    return markdown.startswith(MARK)


def unmarked(markdown: str) -> str:
    """The generator's page without its mark, for the converter."""
    return markdown.removeprefix(MARK)
