"""One emitter per output: each takes the Site and returns {docs/ path: content}.

The render step is a loop over EMITTERS, in this order. A new page kind, picture or
export is a new module here with an `emit(site)` function, added to the list.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.site.emitters import (
    assets,
    entities,
    export,
    home,
    kind_indexes,
    mentions,
    meta,
    pictures,
    sources,
    sources_index,
    timeline,
)
from generator.site.site import Pages, Site

Emitter = Callable[[Site], Pages]

EMITTERS: tuple[Emitter, ...] = (
    home.emit,
    kind_indexes.emit,
    sources_index.emit,
    entities.emit,
    mentions.emit,
    pictures.emit,
    sources.emit,
    timeline.emit,
    meta.emit,
    assets.emit,
    export.emit,
)
