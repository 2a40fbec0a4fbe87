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

from generator.load.names import fold
from generator.site.index import EntityView, SiteIndex, event_order
from generator.site.svg import FONT, docs_link, label, num, picture, text

NEIGHBOURS = 10
# A record's field, as the tie it makes ("participants: [x]" makes x a participant).
_TIES = {
    "participants": "participant",
    "countries": "country",
    "roles.country": "country of a role",
    "roles.organization": "organization of a role",
    "part_of": "part of",
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
        how.setdefault(referrer.id, f"names it ({referrer.entity.kind})")
    weight = {e: together[e] + (CURATED_WEIGHT if e in how else 0) for e in {*together, *how}}
    ranked = sorted(weight, key=lambda e: (-weight[e], index.entities[e].entity.name))
    return [(index.entities[e], together[e], how.get(e, "")) for e in ranked[:NEIGHBOURS]]


def neighbourhood(index: SiteIndex, view: EntityView) -> str:
    """The entity and its neighbours; each neighbour links to its page."""
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
            nodes.append(_node(other, x, y, "end" if side < 0 else "start", tip))
    centre = (
        f'<circle class="node kind-{view.entity.kind}" cx="{num(cx)}" cy="{num(cy)}" r="11"/>'
        + label(view.entity.name, cx, cy + 28, "middle", "node-label centre")
    )
    desc = f"{view.entity.name} and the entities most often named with it: " + "; ".join(
        f"{o.entity.name} ({n})" for o, n, _ in found
    )
    return picture(
        edges + nodes + [centre], (w, h), f"Connections of {view.entity.name}", desc, "graph"
    )


def together(paragraphs: int, how: str) -> str:
    """How two entities are tied, in words."""
    said = f"named together in {paragraphs} paragraph{'s' if paragraphs != 1 else ''}"
    if not paragraphs:
        return how
    return f"{how}; {said}" if how else said


def _node(view: EntityView, x: float, y: float, anchor: str, tip: str) -> str:
    dx = -14 if anchor == "end" else 14
    return (
        f'<a href="{docs_link(view.path)}"><title>{text(tip)}</title>'
        f'<circle class="node kind-{view.entity.kind}" cx="{num(x)}" cy="{num(y)}" r="7"/>'
        + label(view.entity.name, x + dx, y + FONT / 3, anchor)
        + "</a>"
    )


def network(index: SiteIndex) -> str:
    """The principal people (left), events (middle), and the countries and organizations
    tied to them (right); lines for ties the YAML states or that paragraphs repeat."""
    columns = _principals(index)
    if sum(len(c) for c in columns) < 3:
        return ""
    ties = _ties(index, columns)
    columns = _order(columns, ties)
    w, row = 920.0, 56.0
    h = max(len(c) for c in columns) * row + 40
    xs, anchors = (200.0, 460.0, 720.0), ("end", "middle", "start")
    at: dict[str, tuple[float, float]] = {}
    for x, column in zip(xs, columns, strict=True):
        for i, v in enumerate(column):
            at[v.id] = (x, h / 2 + (i - (len(column) - 1) / 2) * row)
    top = max(ties.values(), default=1)
    edges = [
        f'<line class="edge" x1="{num(at[a][0])}" y1="{num(at[a][1])}" x2="{num(at[b][0])}" '
        f'y2="{num(at[b][1])}" stroke-width="{num(0.8 + 3 * n / top)}"/>'
        for (a, b), n in sorted(ties.items())
    ]
    nodes = []
    for anchor, column in zip(anchors, columns, strict=True):
        for v in column:
            x, y = at[v.id]
            if anchor == "middle":
                nodes.append(_node_above(v, x, y))
            else:
                nodes.append(_node(v, x, y, anchor, v.entity.name))
    names = "; ".join(", ".join(v.entity.name for v in c) for c in columns if c)
    desc = f"The principal people, events, countries and organizations of the briefing: {names}"
    return picture(edges + nodes, (w, h), "Who is connected to whom", desc, "network")


def _principals(index: SiteIndex) -> list[list[EntityView]]:
    focus = index.kb.briefing.focus
    by_kind = index.by_kind
    people = [index.entities[p] for p in focus.people if p in index.entities]
    events = [index.entities[e] for e in focus.events if e in index.entities]
    people = people[:7] or by_kind.get("person", [])[:6]
    events = events[:5] or by_kind.get("event", [])[:4]
    chosen = {v.id for v in (*people, *events)}
    publishers = {fold(s.publisher) for s in index.kb.sources.values() if s.publisher}
    linked: Counter[str] = Counter()
    for v in (*people, *events):
        for other, n, how in neighbours(index, v):
            if (
                other.entity.kind in ("country", "organization")
                and other.id not in chosen
                and not {fold(x) for x in (other.entity.name, *other.entity.aliases)} & publishers
            ):
                linked[other.id] += n + (CURATED_WEIGHT if how else 0)
    ranked = sorted(linked, key=lambda e: (-linked[e], index.entities[e].entity.name))
    return [people, events, [index.entities[e] for e in ranked[:7]]]


def _ties(index: SiteIndex, columns: list[list[EntityView]]) -> dict[tuple[str, str], int]:
    """(a, b) -> strength, between columns only: people and events tied by the YAML or
    two shared paragraphs, events and the rest likewise, people and the rest only by
    the YAML (their lines cross the middle, so only the ties stated are drawn)."""
    column = {v.id: i for i, c in enumerate(columns) for v in c}
    out: dict[tuple[str, str], int] = {}
    for v in (v for c in columns for v in c):
        for other, n, how in neighbours(index, v):
            if other.id not in column or column[other.id] == column[v.id]:
                continue
            far = abs(column[other.id] - column[v.id]) == 2
            if how or (n >= 2 and not far):
                key = (min(v.id, other.id), max(v.id, other.id))
                out[key] = max(out.get(key, 0), n + (CURATED_WEIGHT if how else 0))
    return out


def _order(
    columns: list[list[EntityView]], ties: dict[tuple[str, str], int]
) -> list[list[EntityView]]:
    """Events in date order; people and the rest by the mean row of what they are tied
    to, so that lines cross as little as they can."""
    events = sorted(columns[1], key=event_order)
    row = {v.id: i for i, v in enumerate(events)}

    def mean(v: EntityView) -> float:
        rows = [row[o] for (a, b) in ties for o in (a, b) if v.id in (a, b) and o in row]
        return sum(rows) / len(rows) if rows else len(row)

    return [sorted(c, key=lambda v: (mean(v), v.entity.name)) for c in (columns[0],)] + [
        events,
        sorted(columns[2], key=lambda v: (mean(v), v.entity.name)),
    ]


def _node_above(view: EntityView, x: float, y: float) -> str:
    return (
        f'<a href="{docs_link(view.path)}"><title>{text(view.entity.name)}</title>'
        f'<circle class="node kind-{view.entity.kind}" cx="{num(x)}" cy="{num(y)}" r="8"/>'
        + label(view.entity.name, x, y - 16, "middle")
        + "</a>"
    )
