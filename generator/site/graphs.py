"""Relationship pictures: an entity's neighbourhood, and the briefing's network.

Both are laid out by rule, not by simulation, so that no label hides another and the
same briefing always gives the same picture: a neighbourhood puts the entity in the
middle and its neighbours in two columns, left and right, their names reading outward;
the network puts people on the left, events in the middle, countries and organizations
on the right, each column ordered to keep lines from crossing.
"""

from __future__ import annotations

import math
from collections import Counter

from generator.site.format import counted
from generator.site.index import EntityView, SiteIndex
from generator.site.svg import FONT, docs_link, label, num, picture, picture_file, text

NEIGHBOURS = 10
# A record's field, as the tie it makes ("participants: [x]" makes x a participant).
_TIES = {
    "participants": "participant",
    "country": "its country",
    "countries": "country",
    "roles.country": "country of a role",
    "roles.organization": "organization of a role",
    "part_of": "part of",
}
# The same ties seen from the entity named (an event whose participants name a person:
# for that person, the event is one they took part in).
_TIED_BY = {
    "participants": "took part",
    "host": "hosted it",
    "place": "held here",
    "part_of": "part of it",
    "country": "of this country",
    "countries": "involves this country",
    "capital": "its capital",
    "headquarters": "headquartered here",
    "location": "located here",
    "roles.country": "holds a role for it",
    "roles.organization": "holds a role in it",
}
CURATED_WEIGHT = 5  # a relation the YAML states counts as this many shared paragraphs


def neighbours(index: SiteIndex, view: EntityView) -> list[tuple[EntityView, int, str]]:
    """The entities most tied to this one: (view, paragraphs named together, the tie the
    YAML states, if any), strongest first; a stated tie (a role's country, an event's
    host) weighs as much as CURATED_WEIGHT shared paragraphs."""
    together: Counter[str] = Counter()
    how: dict[str, str] = {}
    for key in {(m.source, m.paragraph) for m in view.mentions}:
        together.update({m.entity for m in index.mentions_by_paragraph[key]} - {view.id})
    for field, ref in view.entity.references():
        if ref in index.entities and ref != view.id:
            how.setdefault(ref, _TIES.get(field, field.replace("_", " ")))
    for referrer in index.referrers.get(view.id, []):
        field = next(f for f, ref in referrer.entity.references() if ref == view.id)
        how.setdefault(referrer.id, _TIED_BY.get(field, "names it in its record"))
    weight = {e: together[e] + (CURATED_WEIGHT if e in how else 0) for e in {*together, *how}}
    ranked = sorted(weight, key=lambda e: (-weight[e], index.entities[e].entity.name))
    return [(index.entities[e], together[e], how.get(e, "")) for e in ranked[:NEIGHBOURS]]


def neighbourhood(index: SiteIndex, view: EntityView, linked: bool = True) -> str:
    """The entity and its neighbours; each neighbour links to its page (`linked`), or
    the same drawing as an SVG file of its own, for an image (entity pages: their
    pictures would otherwise be a third of the Markdown MkDocs converts)."""
    found = neighbours(index, view)
    if not found:
        return ""
    w, row = 800.0, 46.0
    left, right = found[1::2], found[0::2]
    h = max(len(right), len(left), 2) * row + 30
    cx, cy = w / 2, h / 2
    top = max(max(n for _, n, _ in found), 1)
    edges, nodes = [], []
    for side, items in ((-1, left), (1, right)):
        for i, (other, weight, how) in enumerate(items):
            y = cy + (i - (len(items) - 1) / 2) * row
            x = cx + side * (150 + 30 * math.cos((y - cy) / h * math.pi))
            stroke = 1 + 4 * weight / top
            tip = f"{other.entity.name}: {together(weight, how)}"
            edges.append(
                f'<line class="edge" x1="{num(cx)}" y1="{num(cy)}" x2="{num(x)}" '
                f'y2="{num(y)}" stroke-width="{num(stroke)}"/>'
            )
            nodes.append(node(other, x, y, "end" if side < 0 else "start", tip, linked))
    centre = (
        f'<circle class="node kind-{view.entity.kind}" cx="{num(cx)}" cy="{num(cy)}" r="11"/>'
        + label(view.entity.name, cx, cy + 28, "middle", "node-label centre")
    )
    desc = f"{view.entity.name} and the entities most tied to it: " + "; ".join(
        f"{o.entity.name}, {together(n, how)}" for o, n, how in found
    )
    title = f"Connections of {view.entity.name}"
    if not linked:
        return picture_file(edges + nodes + [centre], (w, h), title, desc)
    return picture(edges + nodes + [centre], (w, h), title, desc, "graph")


def together(paragraphs: int, how: str) -> str:
    """How two entities are tied, in words."""
    said = f"named together in {counted(paragraphs, 'paragraph')}"
    if not paragraphs:
        return how
    return f"{how}; {said}" if how else said


def node(view: EntityView, x: float, y: float, anchor: str, tip: str, linked: bool = True) -> str:
    dx = -14 if anchor == "end" else 14
    drawn = f'<circle class="node kind-{view.entity.kind}" cx="{num(x)}" cy="{num(y)}" r="7"/>'
    drawn += label(view.entity.name, x + dx, y + FONT / 3, anchor)
    if not linked:
        return drawn
    return f'<a href="{docs_link(view.path)}"><title>{text(tip)}</title>{drawn}</a>'


def picture_path(view: EntityView) -> str:
    """Where an entity's picture is written: assets/pictures/people/x.svg."""
    return f"assets/pictures/{view.path.removesuffix('.md')}.svg"
