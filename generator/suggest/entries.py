"""One draft entry as YAML: the record in a reader's order, with its evidence as comments."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import yaml

from generator.extract.detect.entities import Candidate
from generator.load.schema import Entity

HEADER = """\
# Draft {what} written by `python -m generator suggest` for review. Nothing here is
# curated until you say so: for each entry, either set `reviewed: true` (or move the entry
# into {target}), fix what is wrong (names, aliases, roles), or set `rejected: true` (or
# delete the entry): it will not be proposed again. Until reviewed, confident entries are
# shown in the site marked "not reviewed"; entries under confidence 0.7 are not shown.
# `suggest` only ever appends to this file.
"""


def entry_yaml(entity: Entity, cand: Candidate, total: int, known: Mapping[str, Entity]) -> str:
    data = plain_record(entity)
    data["reviewed"] = False
    data["confidence"] = round(cand.confidence, 2)
    evidence = ", ".join(sorted(e for e in cand.evidence if e not in ("demonym", "located")))
    lines = [
        f"# In {len(cand.sources)} of {total} sources"
        + (f"; evidence: {evidence}" if evidence else "")
        + "."
    ]
    if cand.first:
        source, paragraph, sentence = cand.first
        quote = " ".join(sentence.split())
        quote = quote if len(quote) <= 160 else quote[:157].rsplit(" ", 1)[0] + "..."
        lines.append(f'# First: "{quote}" ({source} ¶{paragraph})')
    body = yaml.safe_dump([data], sort_keys=False, allow_unicode=True, width=100)
    return "\n" + "\n".join(lines) + "\n" + body


ORDER = (
    "id",
    "name",
    "aliases",
    "type",
    "summary",
    "country",
    "roles",
    "official_name",
    "capital",
    "headquarters",
    "countries",
    "location",
    "status",
    "start",
    "end",
    "place",
    "host",
    "participants",
    "part_of",
)


def plain_record(entity: Entity) -> dict[str, Any]:
    """The record as YAML would hold it: only what is set, in a reader's order."""
    dumped = entity.model_dump(mode="json", exclude={"reviewed", "rejected", "confidence"})
    out: dict[str, Any] = {}
    for key in ORDER:
        value = dumped.get(key)
        if value in (None, "", []):
            continue
        if key == "roles":
            value = [{k: v for k, v in role.items() if v is not None} for role in value]
        out[key] = value
    return out
