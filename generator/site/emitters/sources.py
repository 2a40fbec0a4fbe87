"""A page per source: its details and its text, paragraph by numbered paragraph, with
the first mention of each entity in a paragraph linked."""

from __future__ import annotations

from generator.site.index import source_path
from generator.site.site import Pages, Site
from generator.site.source_text import SourceText


def emit(site: Site) -> Pages:
    return site.render_many([info.file for info in site.index.sources_by_date], _page)


def _page(site: Site, file: str) -> tuple[str, str]:
    info = site.kb.sources[file]
    path = source_path(info)
    return path, site.render(
        "source.md.j2",
        path,
        info=info,
        source=SourceText(site.link),
        mentioned=site.index.source_entities(file),
    )
