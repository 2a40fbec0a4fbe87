"""Render the knowledge base: every emitter's pages, {docs/ path: text}.

Writing them is the writer's job (generator/write/).
"""

from __future__ import annotations

from generator import progress
from generator.model.knowledge import KnowledgeBase
from generator.site.emitters import EMITTERS
from generator.site.generated import marked
from generator.site.site import Pages, Site


def render(kb: KnowledgeBase) -> Pages:
    with progress.stage("Indexing the knowledge base"):
        site = Site.of(kb)
    pages: Pages = {}
    with progress.stage("Rendering pages", len(EMITTERS), "emitter") as tick:
        for emit in EMITTERS:
            pages.update(emit(site))
            tick(1)
    # Marked as the generator's, for the hook that renders them (see `generated`).
    return {path: marked(text) if path.endswith(".md") else text for path, text in pages.items()}
