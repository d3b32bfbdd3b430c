"""Properties of business-hour arithmetic for every curated market.

``add_business_hours`` and ``business_hours_between`` are inverse of each other
and monotone, for instants spread over the years (past 2037 too) and gathered
around each market's DST changes and public holidays.
"""

from __future__ import annotations

import datetime as dt
import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import globalcs
from globalcs.market._loader import curated_codes

# Markets with a legal contact rule or a hand test, so they are covered even before
# their data file lands.
EXTRA = ("CN", "DE", "IN", "JP", "SA", "US", "BR", "FR", "GB", "AU", "CA", "MX", "IR", "AE")
CODES = sorted(set(curated_codes()) | set(EXTRA))
US = dt.timedelta(microseconds=1)
UTC = dt.UTC
YEARS = (2026, 2027, 2035, 2041)


@functools.cache
def calendar(code: str) -> globalcs.SupportCalendar:
    return globalcs.support_calendar(code)


@functools.cache
def years(code: str) -> tuple[int, ...]:
    """The years 2025-2042 the market's holiday data covers in full (India: to 2035)."""
    cal = calendar(code)
    covered = []
    for year in range(2025, 2043):
        try:
            cal.holiday_dates(year)
        except globalcs.HolidayRangeError:
            continue
        covered.append(year)
    return tuple(covered)


@functools.cache
def landmarks(code: str) -> tuple[dt.datetime, ...]:
    """DST changes and holiday midnights of a market in a few years, as UTC instants."""
    cal = calendar(code)
    tz = cal.tz
    found: list[dt.datetime] = []
    for year in [y for y in YEARS if y in years(code)[:-1]]:
        previous = dt.datetime(year, 1, 1, tzinfo=tz).utcoffset()
        day = dt.datetime(year, 1, 1, 12, tzinfo=UTC)
        while day.year == year:  # daily scan for offset changes
            offset = day.astimezone(tz).utcoffset()
            if offset != previous:
                found.append(day)
                previous = offset
            day += dt.timedelta(days=1)
        for holiday in sorted(cal.holiday_dates(year)):
            found.append(dt.datetime.combine(holiday, dt.time(), tz).astimezone(UTC))
    return tuple(found) or (dt.datetime(2026, 1, 1, tzinfo=UTC),)


def instants(code: str) -> st.SearchStrategy[dt.datetime]:
    covered = years(code)
    uniform = st.integers(
        int(dt.datetime(covered[0], 1, 2, tzinfo=UTC).timestamp()),
        int(dt.datetime(covered[-1], 1, 1, tzinfo=UTC).timestamp()),  # a year of headroom
    ).map(lambda s: dt.datetime.fromtimestamp(s, UTC))
    near = st.tuples(
        st.sampled_from(landmarks(code)), st.integers(-4 * 86_400_000_000, 4 * 86_400_000_000)
    ).map(lambda pair: pair[0] + dt.timedelta(microseconds=pair[1]))
    return st.one_of(uniform, near)


amounts = st.one_of(
    st.integers(0, 400 * 3_600_000_000).map(lambda us: dt.timedelta(microseconds=us)),
    st.integers(0, 300),  # whole hours
)


def as_delta(amount: dt.timedelta | int) -> dt.timedelta:
    return amount if isinstance(amount, dt.timedelta) else dt.timedelta(hours=amount)


@pytest.mark.parametrize("code", CODES)
@settings(max_examples=40)
@given(data=st.data())
def test_add_then_measure_gives_the_amount_back(code: str, data: st.DataObject) -> None:
    cal = calendar(code)
    start = data.draw(instants(code))
    amount = data.draw(amounts)
    due = cal.add_business_hours(start, amount)
    assert due >= start
    assert cal.business_hours_between(start, due) == as_delta(amount)
    if as_delta(amount):
        # the last microsecond before the deadline is open time
        assert cal.is_open(due - US)
    back = cal.add_business_hours(due, -as_delta(amount))
    assert back <= start or cal.business_hours_between(back, start) == dt.timedelta(0)
    assert cal.business_hours_between(back, due) == as_delta(amount)


@pytest.mark.parametrize("code", CODES)
@settings(max_examples=40)
@given(data=st.data())
def test_measure_then_add_lands_on_the_end(code: str, data: st.DataObject) -> None:
    cal = calendar(code)
    start, end = sorted((data.draw(instants(code)), data.draw(instants(code))))
    if (end - start).days > 60:
        end = start + (end - start) / 200
    measured = cal.business_hours_between(start, end)
    assert measured >= dt.timedelta(0)
    assert measured <= end - start
    landed = cal.add_business_hours(start, measured)
    assert landed <= end
    if cal.is_open(end) and cal.is_open(end - US):
        assert landed == end
    else:  # the end lies in closed time (or is an opening): we land on the last close
        assert cal.business_hours_between(landed, end) == dt.timedelta(0)


@pytest.mark.parametrize("code", CODES)
@settings(max_examples=30)
@given(data=st.data())
def test_monotone(code: str, data: st.DataObject) -> None:
    cal = calendar(code)
    start = data.draw(instants(code))
    a, b = sorted((as_delta(data.draw(amounts)), as_delta(data.draw(amounts))))
    assert cal.add_business_hours(start, a) <= cal.add_business_hours(start, b)
    offset_a, offset_b = sorted(
        (data.draw(st.integers(0, 30 * 86_400)), data.draw(st.integers(0, 30 * 86_400)))
    )
    end_a = start + dt.timedelta(seconds=offset_a)
    end_b = start + dt.timedelta(seconds=offset_b)
    assert cal.business_hours_between(start, end_a) <= cal.business_hours_between(start, end_b)


@pytest.mark.parametrize("code", CODES)
@settings(max_examples=30)
@given(data=st.data())
def test_is_open_agrees_with_the_open_periods(code: str, data: st.DataObject) -> None:
    cal = calendar(code)
    moment = data.draw(instants(code))
    local = moment.astimezone(cal.tz)  # exercises the same-zone fast path
    opens = cal.next_open(moment)
    assert cal.is_open(moment) == cal.is_open(local) == (opens == moment)
    assert opens >= moment
    assert cal.is_open(opens)
    close = cal.next_close(moment)
    if close is not None:
        assert close > opens
        assert not cal.is_open(close) or close.astimezone(UTC) == cal.next_open(close)
        assert cal.business_hours_between(opens, close) == close - opens


@pytest.mark.parametrize("code", ["DE", "SA", "CN", "JP", "IN", "US"])
@settings(max_examples=40)
@given(start=st.dates(dt.date(2025, 2, 1), dt.date(2034, 11, 30)), n=st.integers(-60, 60))
def test_business_days_step_like_the_day_by_day_count(code: str, start: dt.date, n: int) -> None:
    cal = calendar(code)
    result = cal.add_business_days(start, n)
    step = dt.timedelta(days=1 if n >= 0 else -1)
    day, remaining = start, abs(n)
    while remaining:
        day += step
        if cal.is_business_day(day):
            remaining -= 1
    assert result == day
