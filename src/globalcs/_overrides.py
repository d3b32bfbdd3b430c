"""Date-specific overrides of a desk's weekly hours: closures and special hours.

An override replaces the weekly hours (and any holiday) on the days it covers:
a closure shuts the desk all day, special hours open it for those hours only
(longer or shorter than usual, on a weekend day too). Overrides are immutable and
a set of them is checked once: ranges must not end before they start or overlap.

>>> import datetime as dt
>>> party = DateOverride.closure(dt.date(2026, 12, 31), reason="year-end party")
>>> sale = DateOverride.special(dt.date(2026, 11, 27), "08:00-23:00", reason="Black Friday")
>>> print(party), print(sale)
2026-12-31 closed (year-end party)
2026-11-27 08:00-23:00 (Black Friday)
(None, None)
>>> [str(o.start) for o in check_overrides([party, sale])]
['2026-11-27', '2026-12-31']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from ._errors import InvalidOptionError, NaiveDatetimeError, ScheduleError
from ._hours import Interval, OpeningHours, _hhmm


def _day(value: object, name: str) -> dt.date:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise NaiveDatetimeError(value, name)
        raise ScheduleError(value, f"{name} must be a date: an override covers whole days")
    if not isinstance(value, dt.date):
        raise InvalidOptionError(name, value, reason="expected a datetime.date")
    return value


@dataclass(frozen=True, slots=True)
class DateOverride:
    """Hours that replace the weekly ones from ``start`` to ``end`` (both included).

    ``hours`` is empty for a closure. Build one with :meth:`closure` or :meth:`special`.
    """

    start: dt.date
    end: dt.date
    hours: tuple[Interval, ...] = ()
    reason: str = ""

    def __post_init__(self) -> None:
        _day(self.start, "start")
        _day(self.end, "end")
        if self.end < self.start:
            raise ScheduleError(
                f"{self.start}..{self.end}",
                f"the range ends ({self.end}) before it starts ({self.start})",
            )
        if not isinstance(self.reason, str):
            raise InvalidOptionError("reason", self.reason, reason="expected a string")
        week = (self.hours,) + ((),) * 6
        if not isinstance(self.hours, tuple):
            raise InvalidOptionError("hours", self.hours, reason="expected a tuple of intervals")
        OpeningHours(week=week)  # validates the intervals

    @classmethod
    def closure(
        cls, start: dt.date, end: dt.date | None = None, *, reason: str = ""
    ) -> DateOverride:
        """The desk is closed from ``start`` to ``end`` (default: ``start`` alone)."""
        first = _day(start, "start")
        return cls(first, first if end is None else _day(end, "end"), (), reason)

    @classmethod
    def special(
        cls, start: dt.date, hours: str, *, end: dt.date | None = None, reason: str = ""
    ) -> DateOverride:
        """The desk keeps ``hours`` (``"10:00-14:00"``, ``"22:00-02:00"``, ``"24/7"``)
        from ``start`` to ``end`` (default: ``start`` alone), whatever the weekly hours
        or holidays say."""
        first = _day(start, "start")
        if not isinstance(hours, str):
            raise InvalidOptionError("hours", hours, reason="expected a string like 10:00-14:00")
        intervals = OpeningHours.parse(hours, weekend=()).week[0]
        if not intervals:
            raise InvalidOptionError("hours", hours, reason="use DateOverride.closure to close")
        return cls(first, first if end is None else _day(end, "end"), intervals, reason)

    @property
    def is_closure(self) -> bool:
        """True when the desk is closed on these days."""
        return not self.hours

    @property
    def days(self) -> int:
        """How many days the override covers."""
        return (self.end - self.start).days + 1

    def covers(self, day: dt.date) -> bool:
        """True when ``day`` lies in the override's range."""
        return self.start <= day <= self.end

    def __str__(self) -> str:
        when = str(self.start) if self.end == self.start else f"{self.start} to {self.end}"
        what = "closed" if self.is_closure else ",".join(f"{_hhmm(a)}-{_hhmm(b)}" for a, b in self.hours)
        return f"{when} {what}" + (f" ({self.reason})" if self.reason else "")


def check_overrides(overrides: Iterable[DateOverride]) -> tuple[DateOverride, ...]:
    """Overrides sorted by start; :class:`~globalcs.ScheduleError` when two overlap."""
    if isinstance(overrides, DateOverride | str | bytes) or not isinstance(overrides, Iterable):
        raise InvalidOptionError("overrides", overrides, reason="expected a list of DateOverride")
    found = list(overrides)
    for item in found:
        if not isinstance(item, DateOverride):
            raise InvalidOptionError("overrides", item, reason="expected DateOverride records")
    found.sort(key=lambda o: (o.start, o.end))
    for before, after in zip(found, found[1:], strict=False):
        if after.start <= before.end:
            raise ScheduleError(
                (str(before), str(after)), f"overrides overlap on {after.start}"
            )
    return tuple(found)
