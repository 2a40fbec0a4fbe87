"""The site's navigation, from the kinds registry: a tab per section, and every entity
and source page out of the nav (reached from the section tables, links and search), so
the nav stays small at any corpus size."""

from __future__ import annotations

from generator.load.kinds import KINDS


def nav() -> list[dict[str, str]]:
    return [
        {"Briefing": "index.md"},
        *({k.tab: f"{k.folder}/index.md"} for k in KINDS),
        {"Sources": "sources/index.md"},
        {"Timeline": "timeline.md"},
    ]


def not_in_nav() -> list[str]:
    """Entity and source pages, and the pages of an entity's mentions (people/x/...)."""
    folders = (*(k.folder for k in KINDS), "sources")
    return [f"/{folder}/*.md" for folder in folders] + [
        f"/{k.folder}/*/mentions*.md" for k in KINDS
    ]
