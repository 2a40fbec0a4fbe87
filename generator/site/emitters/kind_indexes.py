"""A section page per kind of entity: a table of them, most widely reported first."""

from __future__ import annotations

from generator.load.kinds import KINDS
from generator.site.site import Pages, Site


def emit(site: Site) -> Pages:
    pages: Pages = {}
    for kind in KINDS:
        path = f"{kind.folder}/index.md"
        pages[path] = site.render(
            "kind_index.md.j2", path, kind=kind, rows=site.index.by_kind.get(kind.name, [])
        )
    return pages
