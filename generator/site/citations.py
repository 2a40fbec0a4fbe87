"""Citations as a reference work makes them: a short marker per source ("S3 ¶7", the
full title on hover, linking to the paragraph) and one numbered list of the page's
sources at its foot; and the same statement from several sources shown once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from generator.extract.records import Statement
from generator.extract.similar import stems
from generator.load.facts import Ref, Row, Value
from generator.load.sources import SourceInfo
from generator.site.index import SiteIndex

# Two statements whose word stems overlap this much say the same thing (wire copy
# reworded by another outlet).
SAME_STATEMENT = 0.6
# Past this many distinct statements of one person, only identical texts are merged: the
# comparison is pairwise.
COMPARED = 400
_SPACE = re.compile(r"\s+")


class PageSources:
    """The sources one page cites, for the list at its foot. Sources are numbered once
    for the whole site, oldest first (S1, S2, ...), so a marker means the same source on
    every page and in the sources section."""

    def __init__(self, index: SiteIndex, files: Iterable[str]) -> None:
        ordered = sorted(set(files), key=lambda f: index.rank[f])
        self.infos: list[tuple[int, SourceInfo]] = [
            (index.rank[f] + 1, index.kb.sources[f]) for f in ordered
        ]

    def __len__(self) -> int:
        return len(self.infos)


@dataclass
class KeyStatement:
    """One thing a person said, as its earliest source reports it, and who else did."""

    first: Statement
    also: list[Statement] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        return sorted({s.source for s in (self.first, *self.also)})


def group_statements(statements: list[Statement], rank: dict[str, int]) -> list[KeyStatement]:
    """Each distinct statement once, those reported by the most sources first, then in
    the order the sources reported them."""
    ordered = sorted(statements, key=lambda s: (rank[s.source], s.paragraph, s.sentence))
    groups: list[KeyStatement] = []
    words: list[frozenset[str]] = []
    by_text: dict[str, int] = {}
    for statement in ordered:
        text = _SPACE.sub(" ", statement.text.lower()).strip()
        found = by_text.get(text)
        mine = frozenset(stems(statement.text))
        if found is None and len(words) <= COMPARED:
            found = next((i for i, w in enumerate(words) if _same(mine, w)), None)
        if found is None:
            by_text[text] = len(groups)
            groups.append(KeyStatement(statement))
            words.append(mine)
        elif statement.source != groups[found].first.source:
            groups[found].also.append(statement)
    order = {id(g): i for i, g in enumerate(groups)}
    return sorted(groups, key=lambda g: (-len(g.sources), order[id(g)]))


def _same(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= SAME_STATEMENT


def marker(paragraph: int) -> str:
    """ "¶7" for a paragraph, "title" for the headline (paragraph 0)."""
    return f"¶{paragraph}" if paragraph else "title"


def anchored(path: str, paragraph: int) -> str:
    """A source page, at the paragraph (the page's top for its headline)."""
    return f"{path}#p{paragraph}" if paragraph else path


def unsaid(row: Row, index: SiteIndex) -> list[Value]:
    """The row's values but a link its title already names ("Foreign Minister of Rwanda,
    Rwanda")."""
    said = " ".join(v for v in row.values if isinstance(v, str))
    return [
        v
        for v in row.values
        if not (
            isinstance(v, Ref)
            and v.id in index.entities
            and index.entities[v.id].entity.name in said
        )
    ]
