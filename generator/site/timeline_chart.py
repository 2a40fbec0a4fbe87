"""The timeline as a picture: curated events above a time axis (labelled where there is
room, in up to four rows), the dated sentences below it, counted by month; every mark
links to its event page, its paragraph, or that month on the timeline page.

The axis covers the curated events and the sources' own dates; what the sources date
outside that span is counted at the ends ("12 earlier"), so one date from 1992 does not
squeeze the rest into a corner.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable

from generator.extract.records import DatedItem
from generator.load.kinds import Event
from generator.site.format import counted, date_anchor, format_date
from generator.site.index import EntityView, SiteIndex, event_order, source_path
from generator.site.svg import FONT, docs_link, num, picture, short, text, width
from generator.site.time_scale import AXIS, LEFT, RIGHT, TimeScale, W

ROWS = 4
Scale = Callable[[dt.date], float]


def day(value: str) -> dt.date:
    """A point for a day, a month (its middle) or a year (its middle)."""
    parts = value.split("/")[0].split("-")
    if len(parts) == 3:
        return dt.date.fromisoformat(value.split("/")[0])
    if len(parts) == 2:
        return dt.date(int(parts[0]), int(parts[1]), 15)
    return dt.date(int(parts[0]), 7, 1)


def chart(index: SiteIndex, labelled: int = 12) -> str:
    events = sorted(
        (v for v in index.entities.values() if isinstance(v.entity, Event)), key=event_order
    )
    source_days = sorted(s.date for s in index.kb.sources.values() if s.date)
    if len(events) + len(index.kb.dated) < 2 or not source_days:
        return ""
    # The years around the sources' own dates; what lies further out is counted.
    lo = dt.date(source_days[0].year - 1, source_days[0].month, 1)
    hi = dt.date(source_days[-1].year + 1, source_days[-1].month, 28)
    inside = [v for v in events if lo <= day(event_order(v)[0]) <= hi]
    scale = TimeScale(lo, hi, [day(event_order(v)[0]) for v in inside], index.kb.dated)
    marks, above = _events(inside, scale.x, labelled, index.kb.briefing.focus.events)
    body = scale.axis() + marks + _dated(index, lo, hi, scale.x)
    desc = (
        f"{counted(len(events), 'event')} and "
        f"{counted(len(index.kb.dated), 'dated sentence')}; from "
        f"{format_date(lo.isoformat()[:7])} to {format_date(hi.isoformat()[:7])}, months "
        "with more events drawn wider; the lists below give each of them."
    )
    top = AXIS - above - 6
    return picture(body, (W, above + 76), "Timeline", desc, "timeline", top)


def _events(
    events: list[EntityView], x: Scale, labelled: int, focus: list[str]
) -> tuple[list[str], float]:
    """A mark per event (a bar for a span of days) in lanes above the axis, so that
    overlapping events stack; labels above them where a row has room: the focal events
    first, then those not part of another, then the most widely reported. Returns the
    marks and the height they take above the axis."""
    spans = {}
    lanes: list[list[tuple[float, float]]] = []
    for v in events:
        e = v.entity
        assert isinstance(e, Event)
        x1, x2 = x(day(e.start)), x(day(e.end or e.start))
        lane = next(
            (i for i, taken in enumerate(lanes) if all(x2 + 6 < a or x1 - 6 > b for a, b in taken)),
            len(lanes),
        )
        if lane == len(lanes):
            lanes.append([])
        lanes[lane].append((x1, x2))
        spans[v.id] = (x1, x2, AXIS - 12 - lane * 11)
    base = AXIS - 12 - len(lanes) * 11
    order = sorted(
        events,
        key=lambda v: (
            v.id not in focus,
            bool(getattr(v.entity, "part_of", None)),
            -len(v.sources),
            v.entity.name,
        ),
    )
    rows: list[list[tuple[float, float]]] = [[] for _ in range(ROWS)]
    labels: dict[str, str] = {}
    for v in order[:labelled]:
        x1, _, y0 = spans[v.id]
        name = short(v.entity.name, 34)
        left, right = x1 - 2, x1 + width(name) + 2
        for r, taken in enumerate(rows):
            if right <= W and all(right < a or left > b for a, b in taken):
                taken.append((left, right))
                y = base - 8 - r * (FONT + 9)
                labels[v.id] = (
                    f'<line class="edge" x1="{num(x1)}" y1="{num(y + 3)}" x2="{num(x1)}" '
                    f'y2="{num(y0)}"/><text class="node-label" x="{num(x1)}" '
                    f'y="{num(y)}">{text(name)}</text>'
                )
                break
    out = []
    for v in events:
        x1, x2, y0 = spans[v.id]
        tip = f"{v.entity.name}, {format_date(v.entity.span)}"  # type: ignore[attr-defined]
        out.append(
            f'<a href="{docs_link(v.path)}"><title>{text(tip)}</title>'
            f'<rect class="node kind-event" x="{num(x1 - 4)}" y="{num(y0)}" '
            f'width="{num(max(x2 - x1, 0) + 8)}" height="8" rx="3"/>{labels.get(v.id, "")}</a>'
        )
    return out, AXIS - (base - 8 - ROWS * (FONT + 9))


def _dated(index: SiteIndex, lo: dt.date, hi: dt.date, x: Scale) -> list[str]:
    """The dated sentences by month: a dot sized by their number; one sentence links to
    its paragraph, more to that month on the timeline page. Outside the axis: counts."""
    months: dict[tuple[int, int], list[DatedItem]] = defaultdict(list)
    before: list[DatedItem] = []
    after: list[DatedItem] = []
    for item in index.kb.dated:
        d = day(item.date)
        # A sentence dated by its year alone is counted with its year, not a month.
        key = (d.year, d.month if len(item.date) > 4 else 0)
        (before if d < lo else after if d > hi else months[key]).append(item)
    out: list[str] = []
    for (year, month), items in sorted(months.items()):
        cx = x(dt.date(year, month, 15) if month else dt.date(year, 7, 1))
        r = min(3 + len(items) ** 0.5 * 1.5, 11)
        first = min(items, key=lambda i: (i.date, i.source, i.paragraph))
        if len(items) == 1:
            href = docs_link(source_path(index.kb.sources[first.source]), f"p{first.paragraph}")
        else:
            href = docs_link("timeline.md", date_anchor(first.date))
        month_name = format_date(dt.date(year, month or 1, 1).isoformat()[: 7 if month else 4])
        tip = f"{month_name}: {counted(len(items), 'dated sentence')}"
        out.append(
            f'<a href="{href}"><title>{text(tip)}</title><circle class="node kind-place" '
            f'cx="{num(cx)}" cy="{num(AXIS + 36)}" r="{num(r)}"/></a>'
        )
    for items, at, anchor_side in ((before, LEFT, "start"), (after, W - RIGHT, "end")):
        if items:
            first = min(items, key=lambda i: i.date)
            word = "earlier" if items is before else "later"
            out.append(
                f'<a href="{docs_link("timeline.md", date_anchor(first.date))}">'
                f'<text class="node-label" x="{num(at)}" y="{num(AXIS + 62)}" '
                f'text-anchor="{anchor_side}" font-size="{FONT - 2}">'
                f"{len(items)} dated {word}</text></a>"
            )
    return out
