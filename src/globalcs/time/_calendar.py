"""Support calendars: business days and business hours in a market's local time.

A :class:`SupportCalendar` knows a market's weekend, its public holidays (and
its subdivision's), the working days python-holidays records as swapped for a
holiday bridge (China, Vietnam, Russia, ...), and the support desk's hours. It
answers in exact integer arithmetic: open periods are kept, one year at a time
and only for the years asked about, as sorted arrays of UTC instants with a
running total of open time, so every question is a binary search.

>>> import datetime as dt, zoneinfo, globalcs
>>> berlin = zoneinfo.ZoneInfo("Europe/Berlin")
>>> de = globalcs.support_calendar("DE", hours="09:00-17:00")
>>> de.is_open(dt.datetime(2026, 12, 24, 16, 0, tzinfo=berlin))
True
>>> de.next_open(dt.datetime(2026, 12, 24, 17, 0, tzinfo=berlin))  # 25th and 26th are holidays
datetime.datetime(2026, 12, 28, 9, 0, tzinfo=zoneinfo.ZoneInfo(key='Europe/Berlin'))
>>> de.add_business_hours(dt.datetime(2026, 12, 24, 16, 0, tzinfo=berlin), 2)
datetime.datetime(2026, 12, 28, 10, 0, tzinfo=zoneinfo.ZoneInfo(key='Europe/Berlin'))
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import threading
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .._errors import GlobalcsError, InvalidOptionError
from .._hours import DateOverride, Interval, OpeningHours, check_overrides
from .._record import field, record
from ._zones import (
    EPOCH_ORDINAL,
    US_PER_DAY,
    US_PER_MINUTE,
    aware,
    duration_us,
    from_instant,
    instant,
    local_year,
    wall_instant,
    zone,
)

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from ..market._model import Market

HoursSpec = str | Mapping[str, str] | OpeningHours
"""What ``hours=`` accepts: ``"09:00-18:00"`` (every business day), ``"24/7"``,
``"09:00-12:00,13:00-18:00"`` (a break), ``"mon-fri 09:00-18:00; sat 10:00-14:00"``,
``{"mon-fri": "09:00-18:00", "sat": "10:00-14:00"}`` or an :class:`OpeningHours`."""

_MAX_SPAN_YEARS = 100
"""How far a single question may reach beyond the years already built."""
_JUMP_YEARS = 20
"""A year further than this from the built range starts a fresh range."""
_FIRST_YEAR, _LAST_YEAR = dt.MINYEAR + 1, dt.MAXYEAR - 1
"""The local years a calendar answers for: a year's open periods reach into the next
day and across UTC offsets, which datetime cannot hold for years 1 and 9999."""
_OUT_OF_RANGE = f"a support calendar answers for the years {_FIRST_YEAR} to {_LAST_YEAR}"


def plain_business_days(start: dt.date, days: int, weekend: Iterable[int]) -> dt.date:
    """``start`` plus ``days`` business days, skipping only the weekend.

    >>> plain_business_days(dt.date(2026, 12, 24), 2, (5, 6))
    datetime.date(2026, 12, 28)
    >>> plain_business_days(dt.date(2026, 12, 24), -1_000_000, (5, 6))
    Traceback (most recent call last):
    ...
    globalcs.InvalidOptionError: invalid days -1000000: the day falls outside the years 1 to 9999
    """
    off = {day % 7 for day in weekend}
    if len(off) == 7:
        raise InvalidOptionError("weekend", tuple(sorted(off)), reason="no day is a business day")
    step = 1 if days >= 0 else -1
    remaining = abs(days)
    per_week = 7 - len(off)
    weeks = max(remaining - 1, 0) // per_week  # whole weeks first, then day by day
    try:
        day = start + dt.timedelta(weeks=step * weeks)
        remaining -= weeks * per_week
        while remaining:
            day += dt.timedelta(days=step)
            if day.weekday() not in off:
                remaining -= 1
    except OverflowError:
        raise InvalidOptionError(
            "days", days, reason="the day falls outside the years 1 to 9999"
        ) from None
    return day


@record
class _Year:
    """One local calendar year: open intervals (instants) and business-day ordinals."""

    intervals: tuple[tuple[int, int], ...]
    business_days: tuple[int, ...]
    wall: dict[int, tuple[Interval, ...]]
    """Open minutes of each day whose length is 24 hours (no DST change), by ordinal."""


@record
class _Table:
    """An immutable snapshot covering the local years ``first..last`` without a gap."""

    first: int
    last: int
    lo: int
    hi: int
    first_ordinal: int
    last_ordinal: int
    starts: list[int]
    ends: list[int]
    cum: list[int]
    business_days: list[int]
    business_set: frozenset[int]

    def accrued(self, us: int) -> int:
        """Open microseconds from ``lo`` up to ``us``."""
        i = bisect.bisect_right(self.starts, us) - 1
        if i < 0:
            return 0
        end = self.ends[i]
        return self.cum[i] + (us if us < end else end) - self.starts[i]


class _State:
    """The mutable, lock-guarded cache behind a calendar: built years and the snapshot."""

    __slots__ = ("lock", "table", "tz", "wall", "years")

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.years: dict[int, _Year] = {}
        self.table: _Table | None = None
        self.wall: dict[int, tuple[Interval, ...]] = {}
        self.tz: dt.tzinfo | None = None


@record
class SupportCalendar:
    """Business days and support hours of one market in one time zone.

    Build one with :func:`support_calendar`. Instants must be timezone-aware
    (zoneinfo, ``datetime.timezone`` or pytz); results come back in the
    calendar's zone. Holidays come from python-holidays for the years asked
    about; a year outside its range raises :class:`~globalcs.HolidayRangeError`.

    >>> import datetime as dt, globalcs
    >>> sa = globalcs.support_calendar("SA", hours="09:00-17:00")
    >>> [sa.is_business_day(dt.date(2026, 6, d)) for d in (4, 5, 6, 7)]  # Thu Fri Sat Sun
    [True, False, False, True]
    """

    market: Market
    hours: OpeningHours
    timezone: str
    holidays: bool = True
    categories: tuple[str, ...] = ("public",)
    """python-holidays' categories whose days close the desk."""
    half_day_close: int | None = None
    """On python-holidays' half days, the desk closes at this minute (None: ignored)."""
    overrides: tuple[DateOverride, ...] = ()
    """Date-specific closures and special hours, sorted, never overlapping."""
    _state: _State = field(default_factory=_State, init=False, repr=False, compare=False)

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _calendar,
            (
                self.market,
                self.hours,
                self.timezone,
                self.holidays,
                self.categories,
                self.half_day_close,
                self.overrides,
            ),
        )

    def __repr__(self) -> str:
        flag = "" if self.holidays else ", without holidays"
        if self.holidays and self.categories != ("public",):
            flag += f", closed on {'+'.join(self.categories)} holidays"
        if self.half_day_close is not None:
            flag += (
                f", half days until {self.half_day_close // 60:02d}:{self.half_day_close % 60:02d}"
            )
        if self.overrides:
            flag += f", {len(self.overrides)} override{'s' if len(self.overrides) > 1 else ''}"
        return f"<SupportCalendar {self.label}: {self.hours}{flag}>"

    def __post_init__(self) -> None:
        if not self.hours.weekly_minutes:
            raise InvalidOptionError("hours", str(self.hours), reason="the desk never opens")
        self._state.tz = zone(self.timezone)

    # ------------------------------------------------------------------ public

    @property
    def tz(self) -> ZoneInfo:
        """The calendar's time zone."""
        return zone(self.timezone)

    @property
    def label(self) -> str:
        """``"DE (Europe/Berlin)"``: how reports name the calendar."""
        return f"{self.market.code} ({self.timezone})"

    def is_open(self, at: dt.datetime) -> bool:
        """True when the desk is open at ``at``."""
        state = self._state
        if type(at) is dt.datetime and at.tzinfo is state.tz:
            # Fast path: a day without a DST change, in the calendar's own zone.
            todays = state.wall.get(at.toordinal())
            if todays is not None:
                minute = at.hour * 60 + at.minute
                for start, end in todays:  # noqa: SIM110 (a loop beats any() here)
                    if start <= minute < end:
                        return True
                return False
        us = instant(at)
        table = self._state.table
        if table is None or not table.lo <= us < table.hi:
            table = self._cover(us)
        i = bisect.bisect_right(table.starts, us) - 1
        return i >= 0 and us < table.ends[i]

    def next_open(self, at: dt.datetime) -> dt.datetime:
        """``at`` itself if the desk is open, else the moment it next opens."""
        us = instant(at)
        table = self._cover(us)
        while True:
            i = bisect.bisect_right(table.starts, us) - 1
            if i >= 0 and us < table.ends[i]:
                return from_instant(us, self.tz)
            if i + 1 < len(table.starts):
                return from_instant(table.starts[i + 1], self.tz)
            table = self._extend(table, forward=True, origin=us)

    def next_close(self, at: dt.datetime) -> dt.datetime | None:
        """When the open period containing ``at`` ends (or, if closed, the next one).

        None for round-the-clock cover that does not close within two years.
        """
        us = instant(at)
        table = self._cover(us)
        while True:
            i = bisect.bisect_right(table.starts, us) - 1
            if i < 0 or us >= table.ends[i]:
                i += 1
            if i < len(table.starts) and table.ends[i] < table.hi:
                return from_instant(table.ends[i], self.tz)
            if i < len(table.starts) and table.last - self._year_of(us) >= 2:
                return None  # open without a break into the year after next
            table = self._extend(table, forward=True, origin=us)

    def add_business_hours(self, start: dt.datetime, hours: object) -> dt.datetime:
        """The moment ``hours`` of open time after ``start`` have passed: an SLA deadline.

        ``hours`` is a number of hours or a ``timedelta``; a negative amount counts
        back. A deadline that falls exactly on a closing time is that closing time.
        """
        us = instant(start, "start")
        amount = duration_us(hours)
        table = self._cover(us)
        if amount == 0:
            return from_instant(us, self.tz)
        target = table.accrued(us) + amount
        if amount > 0:
            while target > table.cum[-1]:
                table = self._extend(table, forward=True, origin=us)
                target = table.accrued(us) + amount
            j = bisect.bisect_left(table.cum, target) - 1
        else:
            while target < 0:
                table = self._extend(table, forward=False, origin=us)
                target = table.accrued(us) + amount
            j = bisect.bisect_right(table.cum, target) - 1
        return from_instant(table.starts[j] + target - table.cum[j], self.tz)

    def business_hours_between(self, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
        """Open time from ``start`` to ``end`` (negative when ``end`` is earlier).

        ``add_business_hours(start, business_hours_between(start, end))`` is ``end``
        whenever ``end`` is an open moment.
        """
        us_start, us_end = instant(start, "start"), instant(end, "end")
        table = self._cover(us_start, us_end)
        return dt.timedelta(microseconds=table.accrued(us_end) - table.accrued(us_start))

    def intervals(
        self, start: dt.datetime, end: dt.datetime
    ) -> tuple[tuple[dt.datetime, dt.datetime], ...]:
        """The open periods between ``start`` and ``end``, clipped, as (open, close) pairs."""
        tz = self.tz
        return tuple(
            (from_instant(a, tz), from_instant(b, tz))
            for a, b in self._open_between(instant(start, "start"), instant(end, "end"))
        )

    def is_business_day(self, day: dt.date) -> bool:
        """True on a working day: not a weekend day or public holiday, or a swapped-in one."""
        ordinal = self._ordinal(day)
        table = self._state.table
        if table is None or not table.first_ordinal <= ordinal <= table.last_ordinal:
            table = self._cover_ordinal(ordinal)
        return ordinal in table.business_set

    def add_business_days(self, day: dt.date, n: int) -> dt.date:
        """``day`` plus ``n`` business days (``day`` itself is not counted; n may be < 0).

        >>> import datetime as dt, globalcs
        >>> globalcs.support_calendar("DE").add_business_days(dt.date(2026, 12, 23), 2)
        datetime.date(2026, 12, 28)
        """
        if isinstance(n, bool) or not isinstance(n, int):
            raise InvalidOptionError("n", n, reason="expected a whole number of days")
        ordinal = self._ordinal(day)
        if n == 0:
            return dt.date.fromordinal(ordinal)
        table = self._state.table
        if table is None or not table.first_ordinal <= ordinal <= table.last_ordinal:
            table = self._cover_ordinal(ordinal)
        origin: int | None = None
        while True:
            days = table.business_days
            if n > 0:
                i = bisect.bisect_right(days, ordinal) + n - 1
                found = i < len(days)
            else:
                i = bisect.bisect_left(days, ordinal) + n
                found = i >= 0
            if found:
                return dt.date.fromordinal(days[i])
            if origin is None:
                origin = self._first_instant(dt.date.fromordinal(ordinal).year)
            table = self._extend(table, forward=n > 0, origin=origin)

    def holiday_dates(self, year: int) -> frozenset[dt.date]:
        """The holidays (of the calendar's categories: public by default) that close the
        calendar in ``year`` (none if ``holidays=False``). An override on one of them
        wins."""
        _check_year(year)
        if not self.holidays:
            return frozenset()
        from ..market._holidays import closed_days

        return closed_days(self.market.country, _subdivision(self.market), year, self.categories)[0]

    def half_day_dates(self, year: int) -> frozenset[dt.date]:
        """python-holidays' half days in ``year`` that shorten the desk's hours (none
        unless the calendar was built with ``half_days=``)."""
        _check_year(year)
        if not self.holidays or self.half_day_close is None:
            return frozenset()
        from ..market._holidays import category_days

        return category_days(self.market.country, _subdivision(self.market), year, "half_day")

    def override_on(self, day: dt.date) -> DateOverride | None:
        """The override covering ``day``, if any."""
        ordinal = self._ordinal(day)
        index = bisect.bisect_right([o.start.toordinal() for o in self.overrides], ordinal) - 1
        if index >= 0 and self.overrides[index].end.toordinal() >= ordinal:
            return self.overrides[index]
        return None

    def working_weekend_days(self, year: int) -> tuple[dt.date, ...]:
        """Weekend days made working days to bridge a holiday (python-holidays' data)."""
        _check_year(year)
        if not self.holidays:
            return ()
        return tuple(sorted(_swapped_days(self.market.country, _subdivision(self.market), year)))

    # ----------------------------------------------------------------- internals

    def _ordinal(self, day: object) -> int:
        if isinstance(day, dt.datetime):
            checked = aware(day, "day")
            try:
                return checked.astimezone(self.tz).toordinal()
            except OverflowError:
                raise InvalidOptionError("day", day, reason=_OUT_OF_RANGE) from None
        if not isinstance(day, dt.date):
            raise InvalidOptionError("day", day, reason="expected a datetime.date")
        return day.toordinal()

    def _year_of(self, us: int) -> int:
        """The local year of an instant (0 or 10000 past the ends: :meth:`_build` refuses)."""
        return local_year(us, self.tz)

    def _first_instant(self, year: int) -> int:
        return wall_instant(dt.date(year, 1, 1), 0, self.tz)

    def _cover(self, us: int, us_end: int | None = None) -> _Table:
        table = self._state.table
        if (
            table is not None
            and table.lo <= us < table.hi
            and (us_end is None or table.lo <= us_end < table.hi)
        ):
            return table
        first = self._year_of(us)
        last = first if us_end is None else self._year_of(us_end)
        return self._build(min(first, last), max(first, last))

    def _cover_ordinal(self, ordinal: int) -> _Table:
        year = dt.date.fromordinal(ordinal).year
        return self._build(year, year)

    def _extend(self, table: _Table, *, forward: bool, origin: int) -> _Table:
        """One more year after (or before) ``table``, from the year of ``origin`` on (or
        back to it); refuses to reach too far."""
        year = self._year_of(origin)
        if forward:
            if table.last + 1 - year > _MAX_SPAN_YEARS:
                raise InvalidOptionError(
                    "hours", None, reason=f"the answer lies more than {_MAX_SPAN_YEARS} years on"
                )
            return self._build(max(year, table.first), table.last + 1)
        if year - (table.first - 1) > _MAX_SPAN_YEARS:
            raise InvalidOptionError(
                "hours", None, reason=f"the answer lies more than {_MAX_SPAN_YEARS} years back"
            )
        return self._build(table.first - 1, min(year, table.last))

    def _build(self, first: int, last: int) -> _Table:
        """A snapshot covering at least ``first..last`` (joined to the current one if near).

        The answer depends only on the years asked about, never on what earlier questions
        built: those years are built first (so an error names one of them), and the
        current snapshot is joined only when the joined span stays within bounds and
        its other years build too.
        """
        state = self._state
        with state.lock:
            current = state.table
            if current is not None and current.first <= first and last <= current.last:
                return current
            if first < _FIRST_YEAR or last > _LAST_YEAR:
                year = first if first < _FIRST_YEAR else last
                reason = _OUT_OF_RANGE
                if not dt.MINYEAR <= year <= dt.MAXYEAR:
                    side = "after 9999" if year > dt.MAXYEAR else "before year 1"
                    reason = f"{reason} (the moment is {side} in {self.timezone})"
                raise InvalidOptionError("year", year, reason=reason)
            if last - first > _MAX_SPAN_YEARS:
                raise InvalidOptionError(
                    "at", f"{first}-{last}", reason=f"a question may span {_MAX_SPAN_YEARS} years"
                )
            years = [self._year(state, y) for y in range(first, last + 1)]
            if current is not None:
                low, high = min(first, current.first), max(last, current.last)
                if (
                    first >= current.first - _JUMP_YEARS
                    and last <= current.last + _JUMP_YEARS
                    and high - low <= _MAX_SPAN_YEARS
                ):
                    try:
                        joined = [self._year(state, y) for y in range(low, high + 1)]
                    except GlobalcsError:  # a year between them has no holiday data
                        pass
                    else:
                        first, last, years = low, high, joined
            table = self._assemble(first, last, years)
            state.table = table
            return table

    def _year(self, state: _State, year: int) -> _Year:
        built = state.years.get(year)
        if built is None:
            built = _build_year(self, year)
            state.years[year] = built
            state.wall.update(built.wall)
        return built

    def _assemble(self, first: int, last: int, years: list[_Year]) -> _Table:
        starts: list[int] = []
        ends: list[int] = []
        for year in years:
            for a, b in year.intervals:
                if ends and a <= ends[-1]:
                    ends[-1] = max(ends[-1], b)
                else:
                    starts.append(a)
                    ends.append(b)
        cum = [0]
        for a, b in zip(starts, ends, strict=True):
            cum.append(cum[-1] + b - a)
        days = [d for year in years for d in year.business_days]
        tz = self.tz
        return _Table(
            first=first,
            last=last,
            lo=wall_instant(dt.date(first, 1, 1), 0, tz),
            hi=wall_instant(dt.date(last, 12, 31), 1440, tz),
            first_ordinal=dt.date(first, 1, 1).toordinal(),
            last_ordinal=dt.date(last, 12, 31).toordinal(),
            starts=starts,
            ends=ends,
            cum=cum,
            business_days=days,
            business_set=frozenset(days),
        )

    def _open_between(self, us_start: int, us_end: int) -> list[tuple[int, int]]:
        if us_end <= us_start:
            return []
        table = self._cover(us_start, us_end - 1)
        i = max(bisect.bisect_right(table.starts, us_start) - 1, 0)
        result: list[tuple[int, int]] = []
        while i < len(table.starts) and table.starts[i] < us_end:
            a, b = max(table.starts[i], us_start), min(table.ends[i], us_end)
            if a < b:
                result.append((a, b))
            i += 1
        return result

    # ---------------------------------------------------------------- notebooks

    def to_frame(self, start: dt.date, end: dt.date) -> Any:
        """The days from ``start`` to ``end`` (both included) as a pandas DataFrame: a
        row per opening interval, or one row with ``NaT`` for a day the desk stays
        closed; ``date``, ``business_day``, ``holiday``, and ``opens``/``closes`` as
        timestamps in the calendar's zone. An interval past midnight is cut there.
        Needs pandas (``pip install 'globalcs[pandas]'``).

        >>> import datetime as dt, globalcs
        >>> cal = globalcs.support_calendar("DE", hours="09:00-12:00,13:00-17:00")
        >>> frame = cal.to_frame(dt.date(2026, 12, 24), dt.date(2026, 12, 28))
        >>> frame.groupby("date")["holiday"].first().tolist()  # Christmas, Boxing Day
        [False, True, True, False, False]
        >>> len(frame), str(frame["opens"].iloc[-1]), str(frame["closes"].iloc[1])
        (7, '2026-12-28 13:00:00+01:00', '2026-12-24 17:00:00+01:00')
        """
        from ._notebook import calendar_frame

        return calendar_frame(self, start, end)

    def _repr_html_(self) -> str:
        """The weekly hours as a small HTML table, for notebooks."""
        from ._notebook import calendar_html

        return calendar_html(self)


def _workday_hours(hours: OpeningHours, weekend: tuple[int, ...]) -> tuple[Interval, ...]:
    """The hours of an ordinary working day: the first open weekday after the weekend."""
    first = (max(weekend) + 1) % 7 if weekend else 0
    for step in range(7):
        day = (first + step) % 7
        if day not in weekend and hours.week[day]:
            return hours.week[day]
    return next((day for day in hours.week if day), ())


class _DayPlan:
    """What each day of a year looks like: its intervals and whether it is a business day
    (weekend, holidays of the chosen categories, swaps, half days, overrides)."""

    def __init__(self, calendar: SupportCalendar, year: int) -> None:
        market = calendar.market
        self.hours = calendar.hours
        self.weekend = set(market.weekend)
        self.closed = calendar.holiday_dates(year)
        self.swapped = set(calendar.working_weekend_days(year))
        self.half = calendar.half_day_dates(year)
        self.half_close = calendar.half_day_close
        self.always = calendar.hours.always_open
        self.workday = _workday_hours(calendar.hours, market.weekend)
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        self.overrides: dict[dt.date, tuple[Interval, ...]] = {}
        for override in calendar.overrides:
            day, stop = max(override.start, first), min(override.end, last)
            while day <= stop:
                self.overrides[day] = override.hours
                day += dt.timedelta(days=1)

    def day(self, day: dt.date) -> tuple[tuple[Interval, ...], bool]:
        special = self.overrides.get(day)
        if special is not None:
            return special, bool(special)
        if day in self.closed:
            return (((0, 1440),) if self.always else ()), False
        if day in self.swapped:
            todays, business = self.workday, True
        else:
            todays, business = self.hours.week[day.weekday()], day.weekday() not in self.weekend
        if day in self.half and self.half_close is not None:
            close = self.half_close
            todays = tuple((a, min(b, close)) for a, b in todays if a < close)
        return todays, business


def _spill(todays: tuple[Interval, ...]) -> tuple[Interval, ...]:
    """The part of a day's shifts that runs past midnight, in the next day's minutes."""
    return tuple((0, end - 1440) for _, end in todays if end > 1440)


def _build_year(calendar: SupportCalendar, year: int) -> _Year:
    tz = calendar.tz
    plan = _DayPlan(calendar, year)
    intervals: list[tuple[int, int]] = []
    business: list[int] = []
    wall: dict[int, tuple[Interval, ...]] = {}
    day = dt.date(year, 1, 1)
    one = dt.timedelta(days=1)
    carry: tuple[Interval, ...] = ()
    overnight = calendar.hours.overnight or any(
        o.hours and o.hours[-1][1] > 1440 for o in calendar.overrides
    )
    if overnight:
        # a shift that starts on 31 December the year before ends in this year
        carry = _spill(_DayPlan(calendar, year - 1).day(day - one)[0])
        for _, end in carry:
            intervals.append((wall_instant(day, 0, tz), wall_instant(day, end, tz)))
    offset = _midnight_offset(day, tz)
    while day.year == year:
        ordinal = day.toordinal()
        todays, is_business = plan.day(day)
        if is_business:
            business.append(ordinal)
        following = _midnight_offset(day + one, tz)
        if offset is not None and following == offset:  # no offset change: plain arithmetic
            base = (ordinal - EPOCH_ORDINAL) * US_PER_DAY - offset
            for start, end in todays:
                b = base + end * US_PER_MINUTE if end <= 1440 else wall_instant(day, end, tz)
                intervals.append((base + start * US_PER_MINUTE, b))
            wall[ordinal] = (
                carry + tuple((a, min(b, 1440)) for a, b in todays) if overnight else todays
            )
        else:  # a DST change: read each wall-clock time through zoneinfo
            for start, end in todays:
                a, b = wall_instant(day, start, tz), wall_instant(day, end, tz)
                if a < b:
                    intervals.append((a, b))
        if overnight:
            carry = _spill(todays)
        offset = following
        day += one
    return _Year(tuple(intervals), tuple(business), wall)


def _midnight_offset(day: dt.date, tz: dt.tzinfo) -> int | None:
    """The UTC offset (microseconds) at the start of ``day`` in ``tz``, or None when
    midnight itself is skipped or repeated (a zone that changes its clocks at 00:00)."""
    midnight = dt.datetime(day.year, day.month, day.day, tzinfo=tz)
    offset, other = midnight.utcoffset(), midnight.replace(fold=1).utcoffset()
    if offset is None or offset != other:
        return None
    return (offset.days * 86_400 + offset.seconds) * 1_000_000 + offset.microseconds


def _subdivision(market: Market) -> str | None:
    """The market's subdivision if python-holidays knows it (else national holidays)."""
    from ..market._holidays import known_subdivision

    return known_subdivision(market.country, market.subdivision)


def _year_holidays(
    country: str, subdiv: str | None, year: int
) -> tuple[frozenset[dt.date], frozenset[dt.date]]:
    """Public holidays and swapped-in working days of a year, from python-holidays.

    A year outside the data's range raises :class:`HolidayRangeError`, and so does
    a year for which some holiday has no date in python-holidays' tables (India's
    Hindu holidays are tabulated for 2001 to 2035 only): an incomplete holiday list
    would silently open the desk on a holiday. See :mod:`globalcs.market._holidays`.
    """
    from ..market._holidays import closed_days

    return closed_days(country, subdiv, year)


def _check_year(year: object) -> None:
    if isinstance(year, bool) or not isinstance(year, int):
        raise InvalidOptionError("year", year, reason="expected a whole year, e.g. 2026")


def _holiday_dates(country: str, subdiv: str | None, year: int) -> frozenset[dt.date]:
    return _year_holidays(country, subdiv, year)[0]


def _swapped_days(country: str, subdiv: str | None, year: int) -> frozenset[dt.date]:
    return _year_holidays(country, subdiv, year)[1]


@functools.lru_cache(maxsize=256)
def _calendar(
    market: Market,
    hours: OpeningHours,
    timezone: str,
    holidays: bool,
    categories: tuple[str, ...] = ("public",),
    half_day_close: int | None = None,
    overrides: tuple[DateOverride, ...] = (),
) -> SupportCalendar:
    return SupportCalendar(
        market=market,
        hours=hours,
        timezone=timezone,
        holidays=holidays,
        categories=categories,
        half_day_close=half_day_close,
        overrides=overrides,
    )


def support_calendar(
    market: object,
    *,
    hours: HoursSpec | None = None,
    timezone: str | None = None,
    holidays: bool = True,
    categories: Iterable[str] = ("public",),
    half_days: str | None = None,
    overrides: Iterable[DateOverride] = (),
) -> SupportCalendar:
    """The support calendar of a market (cached, so cheap to ask for again).

    ``market`` is a :class:`~globalcs.Market` or anything :func:`~globalcs.get_market`
    accepts. ``hours`` defaults to the market's ``support_hours``; a single interval
    such as ``"09:00-18:00"`` applies to every day outside the market's weekend.
    ``timezone`` defaults to the market's main zone; pass another of its zones for
    a country with several. ``holidays=False`` ignores public holidays.

    ``categories`` names python-holidays' categories whose days close the desk
    (``("public", "bank")``; :func:`~globalcs.holiday_categories` lists a market's).
    ``half_days="13:00"`` closes the desk at that time on python-holidays' half days
    (category ``half_day``, where the country has them). ``overrides`` are
    :class:`~globalcs.DateOverride` closures and special hours, which win over
    weekly hours and holidays.

    >>> import globalcs
    >>> cal = globalcs.support_calendar("US", hours={"mon-fri": "09:00-18:00"},
    ...                                 timezone="America/Los_Angeles")
    >>> cal.label, str(cal.hours)
    ('US (America/Los_Angeles)', 'mon-fri 09:00-18:00')
    """
    from ..market._registry import get_market

    resolved = get_market(market)
    if hours is None:
        parsed = resolved.support_hours
    else:
        parsed = OpeningHours.parse(hours, weekend=resolved.weekend)
    key = resolved.timezone if timezone is None else timezone
    zone(key)  # validates the name
    if not isinstance(holidays, bool):
        raise InvalidOptionError("holidays", holidays, ("True", "False"))
    chosen: tuple[str, ...] = ("public",)
    if categories != chosen:
        from ..market._holidays import check_categories

        chosen = check_categories(resolved.country, categories)
    close: int | None = None
    if half_days is not None:
        from .._hours import _minutes

        if not isinstance(half_days, str):
            raise InvalidOptionError("half_days", half_days, reason="expected a time HH:MM")
        try:
            close = _minutes(half_days, half_days)
        except InvalidOptionError:
            raise InvalidOptionError(
                "half_days", half_days, reason="expected the closing time, HH:MM"
            ) from None
    return _calendar(resolved, parsed, key, holidays, chosen, close, check_overrides(overrides))


def _clear_caches() -> None:
    """Forget every cached calendar and holiday year (tests use it to start cold)."""
    from ..market._holidays import _clear_caches as clear_holidays

    _calendar.cache_clear()
    clear_holidays()
