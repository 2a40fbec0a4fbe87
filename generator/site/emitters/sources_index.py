"""The sources section page: every article, oldest first."""

from __future__ import annotations

from generator.site.site import Pages, Site


def emit(site: Site) -> Pages:
    return {"sources/index.md": site.render("sources_index.md.j2", "sources/index.md")}
