"""The ends of the datetime range: every public calendar answer is a result or a
globalcs error, never OverflowError or ValueError from the standard library.

Instants are drawn across the whole range (years 1 to 9999) and gathered near its
ends, in zoneinfo zones far east and west of UTC, fixed offsets, and pytz zones
attached with ``tzinfo=`` (which carry local mean time, e.g. +00:53 in Berlin).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from zoneinfo import ZoneInfo

import pytest
import pytz
from hypothesis import given, settings
from hypothesis import strategies as st

import globalcs

UTC = dt.UTC
ZONES: tuple[dt.tzinfo, ...] = (
    UTC,
    ZoneInfo("Europe/Berlin"),
    ZoneInfo("Pacific/Kiritimati"),  # UTC+14
    ZoneInfo("Pacific/Pago_Pago"),  # UTC-11
    ZoneInfo("America/Santiago"),  # changes its clocks at midnight
    dt.timezone(dt.timedelta(hours=23, minutes=59)),
    dt.timezone(-dt.timedelta(hours=23, minutes=59)),
)
PYTZ = tuple(pytz.timezone(key) for key in ("Europe/Berlin", "Asia/Kolkata", "America/St_Johns"))


@functools.cache
def calendars() -> tuple[globalcs.SupportCalendar, ...]:
    return (
        globalcs.support_calendar("DE", hours="09:00-17:00"),
        globalcs.support_calendar("DE", hours="24/7", holidays=False),
        globalcs.support_calendar("SA"),
        globalcs.support_calendar("IN", hours="09:30-18:30"),
        globalcs.support_calendar("KI", hours="mon-fri 08:00-16:00", holidays=False),
        globalcs.support_calendar("US", hours="09:00-17:00", timezone="Pacific/Honolulu"),
        globalcs.support_calendar("CL", hours="mon-sun 20:00-24:00", holidays=False),
    )


naive = st.one_of(
    st.datetimes(),  # anywhere in years 1 to 9999
    st.integers(0, 3 * 86_400_000_000).map(
        lambda us: dt.datetime.min + dt.timedelta(microseconds=us)
    ),
    st.integers(0, 3 * 86_400_000_000).map(
        lambda us: dt.datetime.max - dt.timedelta(microseconds=us)
    ),
    st.datetimes(dt.datetime(9990, 1, 1), dt.datetime(9999, 12, 31)),
    st.datetimes(dt.datetime(1, 1, 1), dt.datetime(10, 12, 31)),
    st.datetimes(dt.datetime(2020, 1, 1), dt.datetime(2040, 12, 31)),  # inside the holiday data
)


@st.composite
def moments(draw: st.DrawFn) -> dt.datetime:
    """An aware datetime: a zone attached, or a pytz zone localized or attached (LMT)."""
    local: dt.datetime = draw(naive)
    how = draw(st.sampled_from(("attach", "pytz-attach", "pytz-localize")))
    if how == "attach":
        return local.replace(
            tzinfo=draw(st.sampled_from(ZONES)), fold=draw(st.sampled_from((0, 1)))
        )
    tz = draw(st.sampled_from(PYTZ))
    if how == "pytz-attach":
        return local.replace(tzinfo=tz)
    try:
        localized: dt.datetime = tz.localize(local)
    except OverflowError:  # pytz itself cannot localize the very ends
        return local.replace(tzinfo=tz)
    return localized


days = st.one_of(
    st.dates(),
    st.dates(dt.date(9990, 1, 1), dt.date.max),
    st.dates(dt.date.min, dt.date(10, 12, 31)),
    st.dates(dt.date(2020, 1, 1), dt.date(2040, 12, 31)),
)
amounts = st.one_of(
    st.integers(-20_000, 20_000),
    st.floats(-20_000, 20_000, allow_nan=False),
    st.integers(-(10**6), 10**6).map(lambda minutes: dt.timedelta(minutes=minutes)),
)
years = st.one_of(st.integers(-(10**6), 10**6), st.integers(0, 10_001), st.integers(1990, 2040))


def only_globalcs_errors(call: Callable[[], object]) -> object:
    """Run ``call``: it returns, or raises a GlobalcsError (anything else fails the test)."""
    try:
        return call()
    except globalcs.GlobalcsError:
        return None


def check_moment(result: object) -> None:
    if isinstance(result, dt.datetime):
        assert result.utcoffset() is not None


@settings(max_examples=150)
@given(index=st.integers(0, 6), at=moments(), other=moments(), amount=amounts)
def test_instant_methods_raise_only_globalcs_errors(
    index: int, at: dt.datetime, other: dt.datetime, amount: object
) -> None:
    cal = calendars()[index]
    check_moment(only_globalcs_errors(lambda: cal.is_open(at)))
    check_moment(only_globalcs_errors(lambda: cal.next_open(at)))
    check_moment(only_globalcs_errors(lambda: cal.next_close(at)))
    check_moment(only_globalcs_errors(lambda: cal.add_business_hours(at, amount)))
    only_globalcs_errors(lambda: cal.business_hours_between(at, other))
    only_globalcs_errors(lambda: cal.intervals(at, other))
    if at.replace(tzinfo=None) < dt.datetime.max - dt.timedelta(hours=30):
        only_globalcs_errors(lambda: cal.intervals(at, at + dt.timedelta(hours=30)))
    only_globalcs_errors(lambda: cal.is_business_day(at))
    only_globalcs_errors(lambda: globalcs.first_responder(calendars()[:3], at))


@settings(max_examples=150)
@given(index=st.integers(0, 6), day=days, n=st.integers(-2_000, 2_000), year=years)
def test_day_methods_raise_only_globalcs_errors(
    index: int, day: dt.date, n: int, year: int
) -> None:
    cal = calendars()[index]
    only_globalcs_errors(lambda: cal.is_business_day(day))
    only_globalcs_errors(lambda: cal.add_business_days(day, n))
    only_globalcs_errors(lambda: cal.holiday_dates(year))
    only_globalcs_errors(lambda: cal.working_weekend_days(year))
    only_globalcs_errors(
        lambda: globalcs.coverage(calendars()[:2], week_of=day, timezone="Pacific/Kiritimati")
    )


@settings(max_examples=60)
@given(at=moments())
def test_coverage_of_a_week_given_as_a_datetime(at: dt.datetime) -> None:
    only_globalcs_errors(lambda: globalcs.coverage(calendars()[1:2], week_of=at))


# ---------------------------------------------------------------- the reported cases


def test_next_open_at_the_last_minute_of_year_9999() -> None:
    last_minute = dt.datetime(9999, 12, 31, 23, 59, tzinfo=UTC)
    de = globalcs.support_calendar("DE")
    with pytest.raises(globalcs.GlobalcsError):
        de.next_open(last_minute)
    always = globalcs.support_calendar("DE", hours="24/7", holidays=False)
    for call in (
        lambda: always.next_open(last_minute),
        lambda: always.is_open(last_minute),
        lambda: always.add_business_hours(last_minute, 1),
        lambda: always.add_business_days(dt.date.max, 1),
        lambda: always.is_business_day(last_minute),
    ):
        with pytest.raises(globalcs.InvalidOptionError) as info:
            call()
        assert "the years 2 to 9998" in str(info.value)


def test_business_time_near_the_end_of_the_range() -> None:
    always = globalcs.support_calendar("DE", hours="24/7", holidays=False)
    berlin = ZoneInfo("Europe/Berlin")
    late = dt.datetime(9998, 12, 31, 20, 0, tzinfo=berlin)
    assert always.add_business_hours(late, 2) == dt.datetime(9998, 12, 31, 22, 0, tzinfo=berlin)
    with pytest.raises(globalcs.InvalidOptionError):
        always.add_business_hours(late, 5)  # into 9999
    assert always.add_business_days(dt.date(9998, 12, 30), 1) == dt.date(9998, 12, 31)
    with pytest.raises(globalcs.InvalidOptionError):
        always.add_business_days(dt.date(9998, 12, 30), 2)
    early = dt.datetime(2, 1, 1, 4, 0, tzinfo=berlin)
    assert always.add_business_hours(early, -1) == dt.datetime(2, 1, 1, 3, 0, tzinfo=berlin)
    with pytest.raises(globalcs.InvalidOptionError):
        always.add_business_hours(early, -5)  # into year 1


def test_a_holiday_calendar_far_ahead_is_a_holiday_range_error() -> None:
    de = globalcs.support_calendar("DE")
    with pytest.raises(globalcs.HolidayRangeError):
        de.is_open(dt.datetime(5000, 6, 1, 12, 0, tzinfo=UTC))
    with pytest.raises(globalcs.HolidayRangeError):
        de.holiday_dates(10**6)


def test_years_must_be_whole_numbers() -> None:
    de = globalcs.support_calendar("DE")
    for bad in ("2026", 2026.0, True, None):
        with pytest.raises(globalcs.InvalidOptionError):
            de.holiday_dates(bad)  # type: ignore[arg-type]
        with pytest.raises(globalcs.InvalidOptionError):
            de.working_weekend_days(bad)  # type: ignore[arg-type]


def test_a_time_zone_that_fails_is_an_invalid_option() -> None:
    class Broken(dt.tzinfo):
        def utcoffset(self, when: dt.datetime | None) -> dt.timedelta:
            return dt.timedelta(hours=30)  # datetime refuses this with ValueError

        def dst(self, when: dt.datetime | None) -> dt.timedelta:
            return dt.timedelta(0)

        def tzname(self, when: dt.datetime | None) -> str:
            return "Broken"

    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.support_calendar("DE").is_open(dt.datetime(2026, 6, 10, tzinfo=Broken()))


def test_plain_business_days_refuses_a_week_without_business_days() -> None:
    from globalcs.time._calendar import plain_business_days

    with pytest.raises(globalcs.InvalidOptionError):
        plain_business_days(dt.date(2026, 6, 10), 1, range(7))
    assert plain_business_days(dt.date(2026, 6, 10), 10, (5, 6)) == dt.date(2026, 6, 24)
    assert plain_business_days(dt.date(2026, 6, 10), -10, (5, 6)) == dt.date(2026, 5, 27)
    assert plain_business_days(dt.date(2026, 6, 13), 0, (5, 6)) == dt.date(2026, 6, 13)
    with pytest.raises(globalcs.InvalidOptionError):
        plain_business_days(dt.date(9999, 12, 30), 3, (5, 6))


@given(start=st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1)), n=st.integers(-400, 400))
def test_plain_business_days_steps_like_the_day_by_day_count(start: dt.date, n: int) -> None:
    from globalcs.time._calendar import plain_business_days

    day, remaining = start, abs(n)
    while remaining:
        day += dt.timedelta(days=1 if n >= 0 else -1)
        if day.weekday() not in (4, 5):
            remaining -= 1
    assert plain_business_days(start, n, (4, 5)) == day
