"""Render the knowledge base: every emitter's pages, {docs/ path: text}.

Writing them is the writer's job (generator/write/).
"""

from __future__ import annotations

from generator.model.knowledge import KnowledgeBase
from generator.site.emitters import EMITTERS
from generator.site.site import Pages, Site


def render(kb: KnowledgeBase) -> Pages:
    site = Site.of(kb)
    pages: Pages = {}
    for emit in EMITTERS:
        pages.update(emit(site))
    return pages
