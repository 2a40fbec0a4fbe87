"""briefing.json: the whole knowledge base for other tools (documented in the README)."""

from __future__ import annotations

import orjson

from generator.model.export import to_json
from generator.site.site import Pages, Site

JSON_EXPORT = "briefing.json"


def emit(site: Site) -> Pages:
    # Compact, sorted keys; orjson because a big corpus exports ~100 MB.
    return {
        JSON_EXPORT: orjson.dumps(to_json(site.kb), option=orjson.OPT_SORT_KEYS).decode() + "\n"
    }
