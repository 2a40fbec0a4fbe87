"""The curated metadata of a corpus as one record, and where each curated record came from.

Where the curated YAML lives in a corpus folder is named here too, so the loaders,
the cross-checks and `suggest` agree on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.load.schema import Briefing, Entity, Source
from generator.load.slugs import slug_for

ENTITY_DIR = "entities"
# Drafts `suggest` writes for review, in the same schema; never written by hand-edits
# of the generator (it only appends new candidates to them).
DRAFT_DIR = "suggested"
HISTORY = "history.yml"


@dataclass(frozen=True)
class Located:
    """Where a record came from, for messages about it later."""

    file: Path
    line: int | None


@dataclass
class Metadata:
    briefing: Briefing
    sources: dict[str, Source]
    entities: dict[str, Entity]  # curated (entities/ and reviewed drafts)
    where: dict[str, Located] = field(default_factory=dict)
    drafts: dict[str, Entity] = field(default_factory=dict)  # suggested, not reviewed
    # Folded names never to propose or detect again: rejected drafts, and drafts the
    # user deleted (they are in the history of proposals but nowhere else).
    suppressed: set[str] = field(default_factory=set)
    history: set[str] = field(default_factory=set)


def entity_id(entity: Entity) -> str:
    return entity.id if entity.id is not None else slug_for(entity.name)
