"""A time axis that gives room to what happened, for the timeline picture."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from generator.extract.records import DatedItem
from generator.site.svg import FONT, num, width

W, LEFT, RIGHT = 900.0, 60.0, 60.0
AXIS = 150.0  # y of the axis; event marks and labels sit above it, dated sentences below


class TimeScale:
    """A time axis that gives room to what happened: each day is as wide as a small
    base plus its events, so a week of many events can be read day by day while empty
    years shrink (half the width goes to the days with events)."""

    def __init__(
        self, lo: dt.date, hi: dt.date, events: list[dt.date], dated: list[DatedItem]
    ) -> None:
        busy: dict[dt.date, float] = defaultdict(float)
        for d in events:
            busy[d] += 4
        for item in dated:
            if len(item.date) == 10:
                busy[dt.date.fromisoformat(item.date)] += 0.5
        days = (hi - lo).days + 1
        base = max(sum(busy.values()), 1) / days
        self.lo, self.hi = lo, hi
        self.at: list[float] = []
        total = 0.0
        for i in range(days):
            self.at.append(total)
            total += base + busy.get(lo + dt.timedelta(days=i), 0)
        self.at.append(total)
        self.unit = (W - LEFT - RIGHT) / total

    def x(self, d: dt.date) -> float:
        i = min(max((d - self.lo).days, 0), len(self.at) - 2)
        return LEFT + self.unit * (self.at[i] + self.at[i + 1]) / 2

    def axis(self) -> list[str]:
        out = [
            f'<line class="edge" x1="{num(LEFT)}" y1="{num(AXIS)}" x2="{num(W - RIGHT)}" '
            f'y2="{num(AXIS)}" stroke-width="1.5"/>'
        ]
        free = 0.0  # where the next label may start
        y, m = self.lo.year, self.lo.month
        while dt.date(y, m, 1) <= self.hi:
            first = dt.date(y, m, 1)
            x = LEFT + self.unit * self.at[max((first - self.lo).days, 0)]
            label = str(y) if m == 1 else f"{first:%b}"
            if x >= free and (m == 1 or self._wide(first)):
                free = x + width(label) + 6
                out.append(
                    f'<line class="edge" x1="{num(x)}" y1="{num(AXIS - 4)}" x2="{num(x)}" '
                    f'y2="{num(AXIS + 4)}"/><text class="axis-label" x="{num(x + 2)}" '
                    f'y="{num(AXIS + 18)}" font-size="{FONT - 2}">{label}</text>'
                )
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out

    def _wide(self, first: dt.date) -> bool:
        """A month drawn wide enough to name it."""
        last = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return self.x(last) - self.x(first) >= 40
