"""A page per entity: facts box, statements, reported facts, its sentences by source."""

from __future__ import annotations

from generator.load.kinds import kind_of
from generator.site.graphs import picture_path
from generator.site.markdown import image, relative
from generator.site.pages import ENTITY_FACT_CITES, entity_page, mentions_path
from generator.site.site import Pages, Site


def emit(site: Site) -> Pages:
    return site.render_many(list(site.index.entities), _page)


def _page(site: Site, eid: str) -> tuple[str, str]:
    view = site.index.entities[eid]
    page = entity_page(site.index, view)
    return view.path, site.render(
        "entity.md.j2",
        view.path,
        page=page,
        kind=kind_of(view.entity.kind),
        fact_cites=ENTITY_FACT_CITES,
        graph=image(
            f"Connections of {view.entity.name}",
            relative(view.path, picture_path(view)),
            "briefing-graph",
        ),
        mentions_link=relative(view.path, mentions_path(view)),
    )
