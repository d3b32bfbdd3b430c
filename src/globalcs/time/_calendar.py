"""Support calendars: business days and hours in a market's local time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable


def plain_business_days(start: dt.date, days: int, weekend: Iterable[int]) -> dt.date:
    """``start`` plus ``days`` business days, skipping only the weekend."""
    off = set(weekend)
    day = start
    step = 1 if days >= 0 else -1
    remaining = abs(days)
    while remaining:
        day += dt.timedelta(days=step)
        if day.weekday() not in off:
            remaining -= 1
    return day
