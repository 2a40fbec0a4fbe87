"""The first and last day of a date as the project writes them: a day "2025-10-15", a
month "2025-10", a year "2025", or a range "first/last" of those."""

from __future__ import annotations

import datetime as dt


def first_day(value: str) -> dt.date:
    parts = [int(p) for p in value.split("/")[0].split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def last_day(value: str) -> dt.date:
    parts = value.split("/")[-1].split("-")
    if len(parts) == 3:
        return dt.date.fromisoformat("-".join(parts))
    if len(parts) == 2:
        y, m = int(parts[0]), int(parts[1])
        return dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date(int(parts[0]), 12, 31)
