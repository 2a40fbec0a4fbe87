"""The briefing's network, for the home page: the principal people (left), events
(middle), and the countries and organizations tied to them (right), each column ordered
to keep lines from crossing; lines only for ties the YAML states or paragraphs repeat."""

from __future__ import annotations

from collections import Counter

from generator.load.names import fold
from generator.site.graphs import CURATED_WEIGHT, neighbours, node
from generator.site.index import EntityView, SiteIndex, event_order
from generator.site.svg import docs_link, label, num, picture, text


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
                nodes.append(node(v, x, y, anchor, v.entity.name))
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
