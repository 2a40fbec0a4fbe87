"""Draft sources.yml entries: what each article says about itself."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from generator.load.metadata import DRAFT_DIR
from generator.load.readers import FORMAT_LABELS
from generator.load.sources import SourceInfo
from generator.suggest.files import append

SOURCES_HEADER = """\
# Draft sources.yml entries written by `python -m generator suggest`: what each article
# says about itself (its headline, dateline, byline, page metadata). The build uses them
# already; check each one against the article, correct it, and move it into sources.yml
# (entries there win). `suggest` only ever appends to this file.
"""


def suggest_sources(
    folder: Path, sources: Mapping[str, SourceInfo], listed: Mapping[str, object]
) -> int:
    """An entry per article that neither sources.yml nor the draft lists."""
    entries = []
    for file, info in sorted(sources.items()):
        if file in listed:
            continue
        article = info.article
        data: dict[str, Any] = {"file": file, "title": info.title}
        if info.date:
            data["date"] = info.date
        for key in ("publisher", "url"):
            if getattr(info, key):
                data[key] = getattr(info, key)
        data["language"] = info.language
        origin = {
            "header": "the article's header",
            "dateline": "the dateline",
            "metadata": "the page's metadata",
            "banner": "a date above the headline (check it: it may be the day the page was saved)",
        }.get(
            article.date_origin, "the dateline's day, in the year of the other articles (check it)"
        )
        note = f"# {FORMAT_LABELS.get(article.format, article.format)}"
        if info.date:
            note += f"; date from {origin}"
        entries.append(
            note
            + "\n"
            + yaml.safe_dump(
                [data], sort_keys=False, allow_unicode=True, width=100, default_flow_style=False
            )
        )
    if entries:
        append(folder / DRAFT_DIR / "sources.yml", "\n" + "\n".join(entries), SOURCES_HEADER)
    return len(entries)
