"""Schedules a real desk has: shifts across midnight, date overrides, holiday categories
and half days, estimated holidays, long weekends."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import globalcs
from globalcs import DateOverride, OpeningHours

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
HOUR = dt.timedelta(hours=1)


def _at(zone: ZoneInfo, *parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=zone)  # type: ignore[misc]


# ------------------------------------------------------------------ shifts across midnight


def test_a_shift_across_midnight_belongs_to_the_day_it_starts_on() -> None:
    hours = OpeningHours.parse("mon-thu 09:00-17:00; fri 09:00-17:00,22:00-02:00")
    assert hours.week[4] == ((540, 1020), (1320, 1560))
    assert hours.week[5] == ()
    assert hours.overnight
    assert str(hours) == "mon-thu 09:00-17:00; fri 09:00-17:00,22:00-02:00"
    assert OpeningHours.parse(str(hours)) == hours
    assert hours.weekly_minutes == 5 * 480 + 240


def test_every_night_parses_and_prints() -> None:
    hours = OpeningHours.parse("22:00-06:00", weekend=())
    assert all(day == ((1320, 1800),) for day in hours.week)
    assert str(hours) == "mon-sun 22:00-06:00"


@pytest.mark.parametrize(
    ("spec", "reason"),
    [
        ("fri 22:00-22:00", "is empty"),
        ("fri 24:00-02:00", "starts at 24:00"),
        ("fri 22:00-03:00; sat 02:00-05:00", "runs into sat's hours"),
        ("sun 22:00-03:00; mon 02:00-05:00", "runs into mon's hours"),
        ("fri 22:00-02:00,23:00-23:30", "overlap"),
    ],
)
def test_bad_overnight_shifts_are_named(spec: str, reason: str) -> None:
    with pytest.raises(globalcs.InvalidOptionError, match=reason):
        OpeningHours.parse(spec)


@pytest.mark.parametrize(
    "week",
    [
        (((0, 1441),),) + ((),) * 6,
        (((1500, 1600),),) + ((),) * 6,
        (((600, 500),),) + ((),) * 6,
        ((),) * 6,
        (((600, 700.5),),) + ((),) * 6,
    ],
)
def test_opening_hours_built_by_hand_are_checked(week: object) -> None:
    with pytest.raises(globalcs.InvalidOptionError):
        OpeningHours(week=week)  # type: ignore[arg-type]


def test_a_desk_open_across_midnight() -> None:
    cal = globalcs.support_calendar("DE", hours="mon-thu 09:00-17:00; fri 09:00-17:00,22:00-02:00")
    assert cal.is_open(_at(BERLIN, 2026, 6, 13, 1, 30))  # Saturday night, Friday's shift
    assert not cal.is_open(_at(BERLIN, 2026, 6, 13, 2, 0))
    assert not cal.is_open(_at(BERLIN, 2026, 6, 14, 1, 0))  # no Saturday shift
    # the UTC path agrees with the wall-clock fast path
    assert cal.is_open(_at(BERLIN, 2026, 6, 13, 1, 30).astimezone(dt.UTC))
    # an SLA deadline runs through the night shift
    start = _at(BERLIN, 2026, 6, 12, 16, 0)
    due = cal.add_business_hours(start, 4)
    assert due == _at(BERLIN, 2026, 6, 13, 1, 0)
    assert cal.business_hours_between(start, due) == 4 * HOUR
    assert cal.next_close(_at(BERLIN, 2026, 6, 12, 23, 0)) == _at(BERLIN, 2026, 6, 13, 2, 0)


def test_a_holiday_cancels_the_shift_that_starts_on_it() -> None:
    cal = globalcs.support_calendar("DE", hours="mon-sun 22:00-02:00")
    assert not cal.is_open(_at(BERLIN, 2026, 12, 26, 1, 0))  # 25 Dec is a holiday
    assert cal.is_open(_at(BERLIN, 2026, 12, 24, 23, 0))
    assert cal.is_open(_at(BERLIN, 2026, 12, 25, 1, 0))  # Christmas Eve's shift


def test_new_years_eve_shift_reaches_into_a_year_built_alone() -> None:
    hours = "mon-sun 22:00-02:30"
    globalcs.support_calendar("DE", hours=hours)  # cached: start from a fresh one
    from globalcs.time._calendar import _calendar

    _calendar.cache_clear()
    cal = globalcs.support_calendar("DE", hours=hours)
    assert cal.is_open(_at(BERLIN, 2027, 1, 1, 1, 0))  # only 2027 built so far
    assert cal.intervals(_at(BERLIN, 2027, 1, 1), _at(BERLIN, 2027, 1, 1, 12))[0] == (
        _at(BERLIN, 2027, 1, 1),
        _at(BERLIN, 2027, 1, 1, 2, 30),
    )


@pytest.mark.parametrize(
    ("market", "zone", "night", "hours"),
    [
        ("DE", BERLIN, dt.date(2026, 3, 28), 7),  # spring forward: 02:00 -> 03:00
        ("DE", BERLIN, dt.date(2026, 10, 24), 9),  # fall back: 03:00 -> 02:00
        ("US", NEW_YORK, dt.date(2026, 3, 7), 7),
        ("US", NEW_YORK, dt.date(2026, 10, 31), 9),
    ],
)
def test_a_night_shift_across_a_clock_change(
    market: str, zone: ZoneInfo, night: dt.date, hours: int
) -> None:
    cal = globalcs.support_calendar(
        market, hours="mon-sun 22:00-06:00", timezone=zone.key, holidays=False
    )
    noon = dt.datetime.combine(night, dt.time(12), tzinfo=zone)
    assert cal.business_hours_between(noon, noon + dt.timedelta(days=1)) == hours * HOUR
    start = dt.datetime.combine(night, dt.time(22), tzinfo=zone)
    due = cal.add_business_hours(start, hours)
    assert due == dt.datetime.combine(night + dt.timedelta(days=1), dt.time(6), tzinfo=zone)
    assert cal.is_open(due - dt.timedelta(minutes=1))
    assert not cal.is_open(due)


def test_coverage_counts_night_shifts() -> None:
    day = globalcs.support_calendar("DE", hours="mon-sun 09:00-21:00", holidays=False)
    night = globalcs.support_calendar("DE", hours="mon-sun 21:00-09:00", holidays=False)
    week = globalcs.coverage([day, night], week_of=dt.date(2026, 6, 10), timezone="Europe/Berlin")
    assert week.complete
    alone = globalcs.coverage([night], week_of=dt.date(2026, 6, 10), timezone="Europe/Berlin")
    assert alone.covered == 7 * 12 * HOUR


def test_wall_instant_reads_the_morning_after() -> None:
    from globalcs.time._zones import instant, wall_instant

    assert wall_instant(dt.date(2026, 3, 28), 1440 + 360, BERLIN) == instant(
        _at(BERLIN, 2026, 3, 29, 6, 0)
    )


# ------------------------------------------------------------------ date overrides


def test_closures_and_special_hours_win_over_hours_and_holidays() -> None:
    overrides = [
        DateOverride.closure(dt.date(2026, 6, 10), reason="team offsite"),
        DateOverride.special(dt.date(2026, 6, 14), "10:00-14:00", reason="launch Sunday"),
        DateOverride.special(dt.date(2026, 12, 25), "10:00-12:00"),
        DateOverride.special(dt.date(2026, 11, 27), "08:00-01:00", reason="Black Friday"),
    ]
    cal = globalcs.support_calendar("DE", hours="09:00-17:00", overrides=overrides)
    assert not cal.is_open(_at(BERLIN, 2026, 6, 10, 12, 0))
    assert not cal.is_business_day(dt.date(2026, 6, 10))
    assert cal.is_open(_at(BERLIN, 2026, 6, 14, 11, 0))
    assert cal.is_business_day(dt.date(2026, 6, 14))
    assert cal.is_open(_at(BERLIN, 2026, 12, 25, 11, 0))  # Christmas, opened on purpose
    assert cal.is_open(_at(BERLIN, 2026, 11, 28, 0, 30))  # Black Friday runs past midnight
    assert cal.override_on(dt.date(2026, 6, 10)) == overrides[0]
    assert cal.override_on(dt.date(2026, 6, 11)) is None
    # the SLA deadline skips the closure: Tue 16:00 + 2h = Thu 10:00
    assert cal.add_business_hours(_at(BERLIN, 2026, 6, 9, 16, 0), 2) == _at(
        BERLIN, 2026, 6, 11, 10, 0
    )
    assert cal.add_business_days(dt.date(2026, 6, 9), 1) == dt.date(2026, 6, 11)
    assert "4 overrides" in repr(cal)
    copied = pickle.loads(pickle.dumps(cal))
    assert copied == cal
    assert copied.overrides == cal.overrides


def test_a_closed_range() -> None:
    closure = DateOverride.closure(dt.date(2026, 12, 21), dt.date(2027, 1, 3), reason="winter")
    assert closure.days == 14
    assert closure.is_closure
    cal = globalcs.support_calendar("DE", hours="09:00-17:00", overrides=[closure])
    assert cal.next_open(_at(BERLIN, 2026, 12, 18, 18, 0)) == _at(BERLIN, 2027, 1, 4, 9, 0)
    assert str(closure) == "2026-12-21 to 2027-01-03 closed (winter)"


def test_overrides_are_immutable() -> None:
    closure = DateOverride.closure(dt.date(2026, 12, 31))
    with pytest.raises(dataclasses.FrozenInstanceError):
        closure.reason = "changed"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(closure)) == closure


def test_bad_overrides_get_named_errors() -> None:
    with pytest.raises(globalcs.ScheduleError, match=r"ends .* before it starts"):
        DateOverride.closure(dt.date(2026, 12, 27), dt.date(2026, 12, 24))
    with pytest.raises(globalcs.NaiveDatetimeError):
        DateOverride.closure(dt.datetime(2026, 12, 24, 9, 0))
    with pytest.raises(globalcs.ScheduleError, match="must be a date"):
        DateOverride.closure(dt.datetime(2026, 12, 24, 9, 0, tzinfo=BERLIN))
    with pytest.raises(globalcs.InvalidOptionError):
        DateOverride.closure("2026-12-24")  # type: ignore[arg-type]
    with pytest.raises(globalcs.InvalidOptionError):
        DateOverride.special(dt.date(2026, 12, 24), "closed")
    with pytest.raises(globalcs.InvalidOptionError):
        DateOverride.special(dt.date(2026, 12, 24), "25:00-26:00")
    with pytest.raises(globalcs.InvalidOptionError):
        DateOverride(dt.date(2026, 12, 24), dt.date(2026, 12, 24), ((600, 500),))
    overlapping = [
        DateOverride.closure(dt.date(2026, 12, 24), dt.date(2026, 12, 27)),
        DateOverride.special(dt.date(2026, 12, 27), "10:00-12:00"),
    ]
    with pytest.raises(globalcs.ScheduleError, match="two overrides cover this day"):
        globalcs.support_calendar("DE", overrides=overlapping)
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.support_calendar("DE", overrides=[dt.date(2026, 12, 24)])  # type: ignore[list-item]
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.support_calendar("DE", overrides=overlapping[0])  # type: ignore[arg-type]


# ------------------------------------------------------------------ holiday categories


def test_categories_are_the_countrys_own() -> None:
    assert globalcs.holiday_categories("JP") == ("public", "bank")
    assert globalcs.holiday_categories("DE-BY")[0] == "public"
    with pytest.raises(globalcs.InvalidOptionError, match="not a holiday category of JP") as info:
        globalcs.support_calendar("JP", categories=("public", "half_day"))
    assert info.value.supported == ("public", "bank")
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.support_calendar("JP", categories="bank")


def test_bank_holidays_close_the_desk_when_asked() -> None:
    day = dt.date(2026, 1, 2)  # a Friday: Japan's bank holiday, no public holiday
    assert globalcs.support_calendar("JP", hours="09:00-17:00").is_business_day(day)
    banks = globalcs.support_calendar("JP", hours="09:00-17:00", categories=("public", "bank"))
    assert not banks.is_business_day(day)
    assert day in banks.holiday_dates(2026)
    assert "closed on public+bank holidays" in repr(banks)
    records = globalcs.get_market("JP").holidays(2026, categories=("public", "bank")).records
    assert {(h.date, h.category) for h in records} >= {
        (day, "bank"),
        (dt.date(2026, 1, 1), "public"),
    }


def test_half_days_close_the_desk_early() -> None:
    eve = dt.datetime(2026, 3, 19, 14, 0, tzinfo=ZoneInfo("Europe/Istanbul"))  # Thursday
    plain = globalcs.support_calendar("TR", hours="09:00-17:00")
    half = globalcs.support_calendar("TR", hours="09:00-17:00", half_days="13:00")
    assert plain.is_open(eve)
    assert not half.is_open(eve)
    assert half.is_open(eve.replace(hour=12))
    assert half.is_business_day(eve.date())
    assert eve.date() in half.half_day_dates(2026)
    assert plain.half_day_dates(2026) == frozenset()
    with pytest.raises(globalcs.InvalidOptionError, match="half_days"):
        globalcs.support_calendar("TR", half_days="1pm")


# ------------------------------------------------------------------ estimated holidays


def test_estimated_holidays_are_flagged() -> None:
    ae = globalcs.get_market("AE").holidays(2027, language="en")
    eid = next(h for h in ae.records if h.date == dt.date(2027, 3, 10))
    assert eid.estimated
    assert "estimated" in eid.name
    assert not any(h.estimated for h in globalcs.get_market("DE").holidays(2027).records)
    frame = ae.to_frame()
    assert frame["estimated"].dtype == bool
    assert bool(frame.loc["2027-03-10", "estimated"])


def test_estimated_in_the_markets_own_language() -> None:
    # the label is translated; the flag does not depend on the language of the names
    local = globalcs.get_market("AE").holidays(2027)
    english = globalcs.get_market("AE").holidays(2027, language="en")
    assert [h.estimated for h in local.records] == [h.estimated for h in english.records]
    assert any(h.estimated for h in local.records)


# ------------------------------------------------------------------ long weekends


def test_long_weekends_in_germany() -> None:
    found = globalcs.long_weekends("DE", 2026)
    assert [(w.start, w.days) for w in found] == [
        (dt.date(2026, 4, 3), 4),
        (dt.date(2026, 5, 1), 3),
        (dt.date(2026, 5, 23), 3),
        (dt.date(2026, 12, 25), 3),
    ]
    assert not any(w.estimated for w in found)


def test_long_weekends_use_the_markets_weekend() -> None:
    # Saudi Arabia rests on Friday and Saturday: Founding Day on Sunday 22 Feb joins them
    first = globalcs.long_weekends("SA", 2026)[0]
    assert (first.start, first.end) == (dt.date(2026, 2, 20), dt.date(2026, 2, 22))


def test_long_weekends_skip_swapped_working_days() -> None:
    # China works on Sunday 4 January 2026 to bridge New Year: the run ends on the 3rd
    first = globalcs.long_weekends("CN", 2026)[0]
    assert (first.start, first.end) == (dt.date(2026, 1, 1), dt.date(2026, 1, 3))


def test_estimated_long_weekends_say_so() -> None:
    assert any(w.estimated for w in globalcs.long_weekends("AE", 2027))


def test_a_closure_makes_a_long_weekend() -> None:
    bridge = DateOverride.closure(dt.date(2026, 5, 15), reason="bridge day")
    cal = globalcs.support_calendar("DE", hours="09:00-17:00", overrides=[bridge])
    found = globalcs.long_weekends("DE", 2026, calendar=cal)
    ascension = next(w for w in found if w.start == dt.date(2026, 5, 14))
    assert ascension.days == 4
    assert ascension.holidays == ("Christi Himmelfahrt", "bridge day")


def test_long_weekend_options_are_checked() -> None:
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.long_weekends("DE", 2026, min_days=1)
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.long_weekends("DE", "2026")  # type: ignore[arg-type]
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.long_weekends("DE", 2026, calendar="DE")  # type: ignore[arg-type]
    with pytest.raises(globalcs.HolidayRangeError):
        globalcs.long_weekends("IN", 2040)
    assert len(globalcs.long_weekends("DE", 2026, min_days=4)) == 1


def test_contact_windows_read_hours_across_midnight() -> None:
    """A contact rule whose hours cross midnight (none is curated yet) is read through the
    same wall-clock arithmetic: the window opens at 22:00 and closes at 02:00."""
    from globalcs.time._contact import ContactRule, _Holidays, _window
    from globalcs.time._zones import from_instant, instant

    rule = ContactRule(
        market="DE",
        kind="norm",
        channels=("phone",),
        purposes=("service",),
        rule="night line",
        sources=(),
        hours="mon-sun 22:00-02:00",
    )
    market = globalcs.get_market("DE")
    at = instant(_at(BERLIN, 2026, 6, 13, 1, 0))
    start, end = _window(rule, market, at, BERLIN, _Holidays(market))
    assert start is not None
    assert end is not None
    assert from_instant(start, BERLIN) == _at(BERLIN, 2026, 6, 12, 22, 0)
    assert from_instant(end, BERLIN) == _at(BERLIN, 2026, 6, 13, 2, 0)


def test_a_calendar_of_another_market_is_refused() -> None:
    with pytest.raises(globalcs.InvalidOptionError, match="is not a calendar of"):
        globalcs.long_weekends("FR", 2026, calendar=globalcs.support_calendar("DE"))


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["DE", "SA", "CN", "JP", "US", "BR", "AE", "GB", "IN"]),
    st.integers(2025, 2034),
    st.integers(2, 5),
)
def test_long_weekends_are_maximal_runs_of_closed_days(market: str, year: int, least: int) -> None:
    cal = globalcs.support_calendar(market, hours="24/7")
    one = dt.timedelta(days=1)
    for run in globalcs.long_weekends(market, year, min_days=least):
        assert run.start.year == year
        assert run.days >= least
        assert run.holidays
        days = [run.start + one * i for i in range(run.days)]
        assert not any(cal.is_business_day(d) for d in days)
        assert cal.is_business_day(run.end + one)
        assert run.start == dt.date(year, 1, 1) or cal.is_business_day(run.start - one)
