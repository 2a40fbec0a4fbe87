"""Which pages of docs/ go into the PDF, in reading order: the briefing, each section
(its index, then its pages in the index's order), the timeline, the sources.

The order is read from the section pages the generator wrote, so the PDF follows the
site. A large briefing becomes a digest: its key pages only (the PDF says so).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from generator.load.kinds import KINDS
from generator.site.emitters.meta import SITE_META

# Past these, the PDF holds the briefing and key entities only.
DIGEST_SOURCES = 150
DIGEST_ENTITIES = 400
KEY_PER_KIND = 12
_LINK = re.compile(r"\]\(([^)#\s]+\.md)\)")


@dataclass
class Part:
    title: str
    index: str  # the section page (docs/-relative)
    pages: list[str] = field(default_factory=list)


@dataclass
class Plan:
    meta: dict[str, object]
    home: str
    parts: list[Part]
    digest: bool

    @property
    def included(self) -> set[str]:
        return {
            self.home,
            *(p.index for p in self.parts),
            *(x for p in self.parts for x in p.pages),
        }


def _listed(docs: Path, index: str) -> list[str]:
    """The pages a section page links to in its table, in its order, once each."""
    folder = index.rpartition("/")[0]
    found: list[str] = []
    for line in (docs / index).read_text(encoding="utf-8").splitlines():
        if line.startswith("| ") and (m := _LINK.search(line)):
            target = f"{folder}/{m.group(1)}"
            if "/" not in m.group(1) and target not in found and (docs / target).is_file():
                found.append(target)
    return found


def plan(docs: Path, digest: bool | None = None) -> Plan:
    meta = json.loads((docs / SITE_META).read_text(encoding="utf-8"))
    parts = [
        Part(k.title, f"{k.folder}/index.md", _listed(docs, f"{k.folder}/index.md")) for k in KINDS
    ]
    sources = Part("Sources", "sources/index.md", _listed(docs, "sources/index.md"))
    entities = sum(len(p.pages) for p in parts)
    if digest is None:
        digest = len(sources.pages) > DIGEST_SOURCES or entities > DIGEST_ENTITIES
    if digest:
        for part in parts:
            part.pages = part.pages[:KEY_PER_KIND]
        sources.pages = []
    timeline = Part("Timeline", "timeline.md")
    return Plan(meta, "index.md", [*parts, timeline, sources], digest)
