"""Pages listing every source that names an entity, for entities named in more sources
than their own page lists (pages.MENTION_SOURCES): MENTIONS_PER_PAGE sources a page,
so that no page grows with the corpus. Out of the nav and of the search index: the
source pages hold the paragraphs themselves."""

from __future__ import annotations

from generator.load.kinds import kind_of
from generator.site.markdown import relative
from generator.site.pages import MENTION_SOURCES, all_mentions, mentions_path
from generator.site.site import Pages, Site

MENTIONS_PER_PAGE = 200


def emit(site: Site) -> Pages:
    keys = []
    for eid, view in site.index.entities.items():
        count = len({m.source for m in view.mentions} | {lk.source for lk in view.links})
        if count > MENTION_SOURCES:
            pages = -(-count // MENTIONS_PER_PAGE)
            keys += [f"{eid}\t{n}" for n in range(1, pages + 1)]
    return site.render_many(keys, _page)


def _page(site: Site, key: str) -> tuple[str, str]:
    eid, _, number = key.partition("\t")
    n = int(number)
    view = site.index.entities[eid]
    mentions = all_mentions(site.index, view)
    pages = -(-len(mentions) // MENTIONS_PER_PAGE)
    path = mentions_path(view, n)
    return path, site.render(
        "mentions.md.j2",
        path,
        view=view,
        kind=kind_of(view.entity.kind),
        entity_link=relative(path, view.path),
        mentions=mentions[(n - 1) * MENTIONS_PER_PAGE : n * MENTIONS_PER_PAGE],
        number=n,
        pages=[(i, relative(path, mentions_path(view, i))) for i in range(1, pages + 1)],
        first=(n - 1) * MENTIONS_PER_PAGE + 1,
        total=len(mentions),
    )
