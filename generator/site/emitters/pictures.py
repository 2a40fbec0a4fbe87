"""Each entity's picture of its connections, as an SVG file its page shows as an image
(the linked list under it names the same neighbours). Files, not inline markup: MkDocs
copies them as they are instead of parsing them on every build, and they stay out of
the search index."""

from __future__ import annotations

from generator.site.graphs import neighbourhood, picture_path
from generator.site.site import Pages, Site


def emit(site: Site) -> Pages:
    drawn = site.render_many(list(site.index.entities), _picture)
    return {path: svg for path, svg in drawn.items() if svg}


def _picture(site: Site, eid: str) -> tuple[str, str]:
    view = site.index.entities[eid]
    return picture_path(view), neighbourhood(site.index, view, linked=False)
