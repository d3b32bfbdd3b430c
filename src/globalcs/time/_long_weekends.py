"""Long weekends: runs of three or more closed days that join a weekend and holidays.

A day is closed when the support calendar says it is no business day: the
market's own weekend (Friday and Saturday in Saudi Arabia, Sunday alone in
India), its holidays of the chosen categories, minus the weekend days a
government swaps in as working days, plus the calendar's closures.

>>> import globalcs
>>> for run in globalcs.long_weekends("DE", 2026)[:2]:
...     print(run)
2026-04-03 to 2026-04-06 (4 days): Karfreitag, Ostermontag
2026-05-01 to 2026-05-03 (3 days): Erster Mai
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .._errors import InvalidOptionError
from .._record import record
from ._calendar import SupportCalendar, support_calendar

_ONE = dt.timedelta(days=1)


@record
class LongWeekend:
    """A run of consecutive closed days with at least one holiday in it."""

    start: dt.date
    end: dt.date
    holidays: tuple[str, ...]
    """The names of the holidays in the run (in the market's language), in date order."""
    estimated: bool = False
    """True when one of its holidays has a date python-holidays estimates."""

    @property
    def days(self) -> int:
        """How many days the run lasts."""
        return (self.end - self.start).days + 1

    def __str__(self) -> str:
        names = ", ".join(self.holidays)
        flag = " (estimated dates)" if self.estimated else ""
        return f"{self.start} to {self.end} ({self.days} days): {names}{flag}"


def long_weekends(
    market: object,
    year: int,
    *,
    min_days: int = 3,
    categories: Iterable[str] = ("public",),
    calendar: SupportCalendar | None = None,
) -> tuple[LongWeekend, ...]:
    """The long weekends that start in ``year``: runs of at least ``min_days`` closed days
    that contain a holiday.

    ``calendar`` is a :func:`~globalcs.support_calendar` to read closed days from (its
    overrides count too); by default the market's, closed on ``categories``. A run that
    starts on 31 December reads the next year's holidays, so the last covered year
    may raise :class:`~globalcs.HolidayRangeError` there.

    >>> import globalcs
    >>> [str(r.start) for r in globalcs.long_weekends("SA", 2026)][:1]  # Fri-Sat weekend
    ['2026-02-20']
    """
    if isinstance(year, bool) or not isinstance(year, int):
        raise InvalidOptionError("year", year, reason="expected a whole year, e.g. 2026")
    if not dt.MINYEAR < year < dt.MAXYEAR:
        raise InvalidOptionError(
            "year", year, reason="long weekends are listed for years 2 to 9998"
        )
    if isinstance(min_days, bool) or not isinstance(min_days, int) or min_days < 2:
        raise InvalidOptionError("min_days", min_days, reason="expected a whole number, 2 or more")
    if calendar is None:
        cal = support_calendar(market, hours="24/7", categories=tuple(categories))
    elif isinstance(calendar, SupportCalendar):
        from ..market._registry import get_market

        if get_market(market).code != calendar.market.code:
            raise InvalidOptionError(
                "calendar", calendar.label, reason=f"is not a calendar of {market!r}"
            )
        cal = calendar
    else:
        raise InvalidOptionError("calendar", calendar, reason="expected a support_calendar()")
    names: dict[dt.date, str] = {}
    estimated: set[dt.date] = set()
    read: set[int] = set()

    def holiday(day: dt.date) -> str | None:
        if day.year not in read:
            read.add(day.year)
            for record in cal.market.holidays(day.year, categories=cal.categories).records:
                names[record.date] = record.local_name
                if record.estimated:
                    estimated.add(record.date)
        return names.get(day) if day in cal.holiday_dates(day.year) else None

    found: list[LongWeekend] = []
    day = dt.date(year, 1, 1)
    if not cal.is_business_day(day) and _closed_before(cal, day):
        while not cal.is_business_day(day):  # the run began last year: not this year's
            day += _ONE
    while day.year == year:
        if cal.is_business_day(day):
            day += _ONE
            continue
        start = day
        while not cal.is_business_day(day):
            day += _ONE
        end = day - _ONE
        run = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
        labels = [name for d in run if (name := holiday(d)) is not None]
        labels += [
            o.reason or "closed"
            for o in cal.overrides
            if o.is_closure and o.start <= end and o.end >= start
        ]
        if len(run) >= min_days and labels:
            found.append(
                LongWeekend(
                    start=start,
                    end=end,
                    holidays=tuple(dict.fromkeys(labels)),
                    estimated=any(d in estimated for d in run),
                )
            )
    return tuple(found)


def _closed_before(cal: SupportCalendar, day: dt.date) -> bool:
    """True when the day before ``day`` is closed (False where it has no holiday data)."""
    from .._errors import HolidayRangeError

    try:
        return not cal.is_business_day(day - _ONE)
    except (HolidayRangeError, InvalidOptionError):
        return False
