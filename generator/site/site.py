"""What every emitter gets: the knowledge base, its index, the link maker, the templates."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from generator import parallel
from generator.load.kinds import KINDS
from generator.model.knowledge import KnowledgeBase
from generator.site.index import SiteIndex
from generator.site.links import Links
from generator.site.pages import countries, role
from generator.site.templates import Templates

Pages = dict[str, str]
# Below this many pages, starting worker processes costs more than it saves.
PARALLEL_MIN = 400


@dataclass
class Site:
    kb: KnowledgeBase
    index: SiteIndex
    link: Links
    templates: Templates

    @classmethod
    def of(cls, kb: KnowledgeBase) -> Site:
        index = SiteIndex(kb)
        link = Links(index)
        templates = Templates(
            kb=kb,
            index=index,
            link=link,
            kinds=KINDS,
            role=role,
            countries=lambda view: countries(index, view),
        )
        return cls(kb, index, link, templates)

    def render(self, template: str, path: str, **context: object) -> str:
        return self.templates.render(template, path, **context)

    def render_many(self, keys: list[str], page: Callable[[Site, str], tuple[str, str]]) -> Pages:
        """One page per key, on every core when there are many (forked workers share
        this Site, already indexed, and each renders a slice of the keys)."""
        workers = parallel.cores()
        if len(keys) < PARALLEL_MIN or workers < 2:
            return dict(page(self, key) for key in keys)
        chunks = [keys[i :: workers * 4] for i in range(workers * 4)]
        done = parallel.fork_map(_render_chunk, chunks, (self, page), min_items=2)
        return {path: text for chunk in done for path, text in chunk}


def _render_chunk(keys: list[str]) -> list[tuple[str, str]]:
    site, page = parallel.state()
    return [page(site, key) for key in keys]
