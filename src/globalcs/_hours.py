"""Weekly opening hours, parsed from the spellings people write, and date overrides.

An override replaces the weekly hours (and any holiday) on the days it covers:
a closure shuts the desk all day, special hours open it for those hours only
(longer or shorter than usual, on a weekend day too). Overrides are immutable and
a set of them is checked once: ranges must not end before they start or overlap.

>>> import datetime as dt
>>> party = DateOverride.closure(dt.date(2026, 12, 31), reason="year-end party")
>>> sale = DateOverride.special(dt.date(2026, 11, 27), "08:00-23:00", reason="Black Friday")
>>> print(party)
2026-12-31 closed (year-end party)
>>> print(sale)
2026-11-27 08:00-23:00 (Black Friday)
>>> [str(o.start) for o in check_overrides([party, sale])]
['2026-11-27', '2026-12-31']
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterable, Mapping

from ._errors import InvalidOptionError, NaiveDatetimeError, ScheduleError
from ._record import record

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_TIME = re.compile(r"^([01]\d|2[0-4]):([0-5]\d)$")
_ALWAYS = frozenset({"24/7", "24x7", "always"})
_CLOSED = frozenset({"closed", "-", ""})

Interval = tuple[int, int]
"""Minutes since midnight, half-open: ``(540, 1080)`` is 09:00 to 18:00. A shift that
crosses midnight ends past 1440: ``(1320, 1560)`` is 22:00 to 02:00 the next morning,
and belongs to the day it starts on."""


def _minutes(text: str, spec: object) -> int:
    match = _TIME.match(text.strip())
    if not match:
        raise InvalidOptionError("hours", spec, reason=f"{text.strip()!r} is not a time HH:MM")
    hours, minutes = int(match[1]), int(match[2])
    if hours == 24 and minutes:
        raise InvalidOptionError("hours", spec, reason="24:MM is past midnight")
    return hours * 60 + minutes


def _intervals(text: str, spec: object) -> tuple[Interval, ...]:
    text = text.strip().lower()
    if text in _CLOSED:
        return ()
    if text in _ALWAYS:
        return ((0, 1440),)
    result: list[Interval] = []
    for part in text.split(","):
        start_text, sep, end_text = part.partition("-")
        if not sep:
            raise InvalidOptionError("hours", spec, reason=f"{part.strip()!r} is not HH:MM-HH:MM")
        start, end = _minutes(start_text, spec), _minutes(end_text, spec)
        if start == 1440:
            raise InvalidOptionError("hours", spec, reason=f"{part.strip()!r} starts at 24:00")
        if end == start:
            raise InvalidOptionError("hours", spec, reason=f"{part.strip()!r} is empty")
        if end < start:  # a shift across midnight: it ends the next morning
            end += 1440
        if result and start < result[-1][1]:
            raise InvalidOptionError("hours", spec, reason="intervals overlap or are unsorted")
        result.append((start, end))
    return tuple(result)


def _days(text: str, spec: object) -> list[int]:
    days: list[int] = []
    for part in text.strip().lower().split(","):
        first, sep, last = part.strip().partition("-")
        try:
            start = DAY_NAMES.index(first[:3])
            end = DAY_NAMES.index(last[:3]) if sep else start
        except ValueError:
            raise InvalidOptionError(
                "hours", spec, reason=f"{part.strip()!r} is not a day or range like mon-fri"
            ) from None
        day = start
        while True:
            days.append(day)
            if day == end:
                break
            day = (day + 1) % 7
    return days


@record
class OpeningHours:
    """Opening intervals for each weekday, Monday first.

    >>> hours = OpeningHours.parse({"mon-fri": "09:00-12:00,13:00-18:00", "sat": "10:00-14:00"})
    >>> hours.week[0], hours.week[5], hours.week[6]
    (((540, 720), (780, 1080)), ((600, 840),), ())
    >>> str(hours)
    'mon-fri 09:00-12:00,13:00-18:00; sat 10:00-14:00'
    >>> OpeningHours.parse("09:00-17:00", weekend=(4, 5)).week[4]
    ()

    A shift that crosses midnight belongs to the day it starts on:

    >>> night = OpeningHours.parse("mon-fri 09:00-17:00; fri 22:00-02:00")
    Traceback (most recent call last):
    ...
    globalcs.InvalidOptionError: invalid hours 'mon-fri 09:00-17:00; fri 22:00-02:00': fri is given twice
    >>> night = OpeningHours.parse("mon-thu 09:00-17:00; fri 09:00-17:00,22:00-02:00")
    >>> night.week[4], str(night)
    (((540, 1020), (1320, 1560)), 'mon-thu 09:00-17:00; fri 09:00-17:00,22:00-02:00')
    """  # noqa: E501

    week: tuple[tuple[Interval, ...], ...]

    def __post_init__(self) -> None:
        try:
            _checked_week(self.week)
        except TypeError:  # unhashable (a list where a tuple belongs): say what is wrong
            _check_week(self.week)
            raise

    @property
    def overnight(self) -> bool:
        """True when some shift crosses midnight.

        >>> OpeningHours.parse("fri 22:00-02:00").overnight
        True
        """
        return any(end > 1440 for day in self.week for _, end in day)

    @classmethod
    def parse(
        cls, spec: str | Mapping[str, str] | OpeningHours, *, weekend: Iterable[int] = (5, 6)
    ) -> OpeningHours:
        """Parse ``"24/7"``, ``"09:00-18:00"`` (every business day), a ``"mon-fri 09:00-18:00;
        sat 10:00-14:00"`` string, or a mapping of day ranges to intervals."""
        if isinstance(spec, OpeningHours):
            return spec
        if isinstance(spec, str):
            text = spec.strip().lower()
            if text in _ALWAYS:
                return cls(week=(((0, 1440),),) * 7)
            if text and text[0].isdigit():
                intervals = _intervals(text, spec)
                off = set(weekend)
                return cls(week=tuple(() if d in off else intervals for d in range(7)))
            mapping: dict[str, str] = {}
            for clause in text.split(";"):
                days, _, times = clause.strip().partition(" ")
                if not times:
                    raise InvalidOptionError(
                        "hours", spec, reason=f"{clause.strip()!r} needs days and times"
                    )
                mapping[days] = times
            return cls._from_mapping(mapping, spec)
        if isinstance(spec, Mapping):
            return cls._from_mapping(spec, spec)
        raise InvalidOptionError("hours", spec, reason="expected a string or a mapping")

    @classmethod
    def _from_mapping(cls, mapping: Mapping[str, str], spec: object) -> OpeningHours:
        week: list[tuple[Interval, ...] | None] = [None] * 7
        for days, times in mapping.items():
            if not isinstance(days, str) or not isinstance(times, str):
                raise InvalidOptionError("hours", spec, reason="keys and values must be strings")
            intervals = _intervals(times, spec)
            for day in _days(days, spec):
                if week[day] is not None:
                    raise InvalidOptionError(
                        "hours", spec, reason=f"{DAY_NAMES[day]} is given twice"
                    )
                week[day] = intervals
        return cls(week=tuple(day or () for day in week))

    @property
    def always_open(self) -> bool:
        """True for 24/7 cover."""
        return all(day == ((0, 1440),) for day in self.week)

    @property
    def weekly_minutes(self) -> int:
        """Open minutes in one week."""
        return sum(end - start for day in self.week for start, end in day)

    def __str__(self) -> str:
        if self.always_open:
            return "24/7"
        clauses: list[str] = []
        day = 0
        while day < 7:
            last = day
            while last + 1 < 7 and self.week[last + 1] == self.week[day]:
                last += 1
            if self.week[day]:
                days = DAY_NAMES[day] if last == day else f"{DAY_NAMES[day]}-{DAY_NAMES[last]}"
                times = ",".join(f"{_hhmm(s)}-{_hhmm(e)}" for s, e in self.week[day])
                clauses.append(f"{days} {times}")
            day = last + 1
        return "; ".join(clauses) or "closed"


def _hhmm(minutes: int) -> str:
    if minutes > 1440:  # the morning after a shift across midnight
        minutes -= 1440
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@functools.lru_cache(maxsize=1024)
def _checked_week(week: object) -> None:
    """:func:`_check_week`, once per distinct week (parsing the same hours is frequent)."""
    _check_week(week)


def _check_week(week: object) -> None:
    """Seven days of sorted, disjoint intervals; a shift past midnight may not run into
    the next day's first one."""
    if not isinstance(week, tuple) or len(week) != 7:
        raise InvalidOptionError("hours", week, reason="expected seven days, Monday first")
    for index, day in enumerate(week):
        if not isinstance(day, tuple):
            raise InvalidOptionError("hours", day, reason="expected a tuple of intervals per day")
        previous = -1
        for interval in day:
            if (
                not isinstance(interval, tuple)
                or len(interval) != 2
                or not all(type(m) is int for m in interval)
            ):
                raise InvalidOptionError("hours", interval, reason="expected (start, end) minutes")
            start, end = interval
            if not 0 <= start < 1440 or not start < end <= start + 1440:
                raise InvalidOptionError(
                    "hours", interval, reason="a shift starts within its day and lasts 24h at most"
                )
            if start < previous:
                raise InvalidOptionError(
                    "hours", interval, reason=f"{DAY_NAMES[index]}'s intervals overlap"
                )
            previous = end
        spill = max((end for _, end in day), default=0) - 1440
        following = week[(index + 1) % 7]
        if spill > 0 and following and following[0][0] < spill:
            raise InvalidOptionError(
                "hours",
                day[-1],
                reason=f"{DAY_NAMES[index]}'s shift runs into {DAY_NAMES[(index + 1) % 7]}'s "
                f"hours (until {_hhmm(spill)})",
            )


# ------------------------------------------------------------------ date overrides


def _day(value: object, name: str) -> dt.date:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise NaiveDatetimeError(value, name)
        raise ScheduleError(value, f"{name} must be a date: an override covers whole days")
    if not isinstance(value, dt.date):
        raise InvalidOptionError(name, value, reason="expected a datetime.date")
    return value


@record
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
        what = (
            "closed"
            if self.is_closure
            else ",".join(f"{_hhmm(a)}-{_hhmm(b)}" for a, b in self.hours)
        )
        return f"{when} {what}" + (f" ({self.reason})" if self.reason else "")


def check_overrides(overrides: Iterable[DateOverride]) -> tuple[DateOverride, ...]:
    """Overrides sorted by start; :class:`~globalcs.ScheduleError` when two overlap."""
    if overrides == ():
        return ()
    if isinstance(overrides, DateOverride | str | bytes) or not isinstance(overrides, Iterable):
        raise InvalidOptionError("overrides", overrides, reason="expected a list of DateOverride")
    found = list(overrides)
    for item in found:
        if not isinstance(item, DateOverride):
            raise InvalidOptionError("overrides", item, reason="expected DateOverride records")
    found.sort(key=lambda o: (o.start, o.end))
    for before, after in itertools.pairwise(found):
        if after.start <= before.end:
            raise ScheduleError(
                after.start.isoformat(), f"two overrides cover this day: {before}; {after}"
            )
    return tuple(found)
