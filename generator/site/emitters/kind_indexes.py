"""A section page per kind of entity: a table of them, as a reader looks for them
(events by date, the others most widely reported first)."""

from __future__ import annotations

from generator.load.kinds import KINDS
from generator.site.index import event_order
from generator.site.site import Pages, Site


def emit(site: Site) -> Pages:
    pages: Pages = {}
    for kind in KINDS:
        path = f"{kind.folder}/index.md"
        rows = site.index.by_kind.get(kind.name, [])
        order = "most widely reported first"
        if kind.name == "event":
            rows, order = sorted(rows, key=event_order), "in date order"
        pages[path] = site.render("kind_index.md.j2", path, kind=kind, rows=rows, order=order)
    return pages
