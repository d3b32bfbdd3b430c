"""Support calendars by hand: weekends, holidays, swaps, DST and the years past 2037."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import pytz

import globalcs

BERLIN = ZoneInfo("Europe/Berlin")
RIYADH = ZoneInfo("Asia/Riyadh")
TOKYO = ZoneInfo("Asia/Tokyo")
KOLKATA = ZoneInfo("Asia/Kolkata")
SHANGHAI = ZoneInfo("Asia/Shanghai")
HOUR = dt.timedelta(hours=1)


def berlin(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=BERLIN)  # type: ignore[misc]


# ---------------------------------------------------------------- weekends


def test_saudi_weekend_is_friday_and_saturday() -> None:
    sa = globalcs.support_calendar("SA", hours="09:00-17:00")
    thursday, friday, saturday, sunday = (dt.date(2026, 6, d) for d in (4, 5, 6, 7))
    assert [sa.is_business_day(d) for d in (thursday, friday, saturday, sunday)] == [
        True,
        False,
        False,
        True,
    ]
    assert sa.add_business_days(thursday, 1) == sunday
    # Thursday 16:00 + 2 business hours: one hour on Thursday, one on Sunday.
    due = sa.add_business_hours(dt.datetime(2026, 6, 4, 16, 0, tzinfo=RIYADH), 2)
    assert due == dt.datetime(2026, 6, 7, 10, 0, tzinfo=RIYADH)
    assert sa.is_open(dt.datetime(2026, 6, 7, 9, 0, tzinfo=RIYADH))
    assert not sa.is_open(dt.datetime(2026, 6, 5, 12, 0, tzinfo=RIYADH))


def test_saudi_eid_al_fitr_closes_the_desk() -> None:
    sa = globalcs.support_calendar("SA", hours="09:00-17:00")
    # python-holidays 0.109: Eid al-Fitr holiday 19-22 March 2026, observed 23-24 March.
    assert not sa.is_business_day(dt.date(2026, 3, 22))  # a Sunday, normally a working day
    assert sa.next_open(dt.datetime(2026, 3, 18, 18, 0, tzinfo=RIYADH)) == dt.datetime(
        2026, 3, 25, 9, 0, tzinfo=RIYADH
    )


def test_india_works_on_saturday_by_cldr() -> None:
    """CLDR (globalcs's source for the weekend) has Sunday only; python-holidays' India
    class assumes Saturday and Sunday. Saturday is a business day here."""
    india = globalcs.get_market("IN")
    assert india.weekend == (6,)
    cal = globalcs.support_calendar(india, hours="09:30-18:30")
    saturday, sunday = dt.date(2026, 6, 6), dt.date(2026, 6, 7)
    assert cal.is_business_day(saturday)
    assert not cal.is_business_day(sunday)
    assert cal.is_open(dt.datetime(2026, 6, 6, 10, 0, tzinfo=KOLKATA))
    assert not cal.is_business_day(dt.date(2026, 1, 26))  # Republic Day, a Monday
    assert cal.add_business_days(dt.date(2026, 6, 5), 2) == dt.date(2026, 6, 8)


# ---------------------------------------------------------------- holidays


def test_christmas_in_germany() -> None:
    de = globalcs.support_calendar("DE", hours="09:00-17:00")
    assert de.is_open(berlin(2026, 12, 24, 16, 0))  # Heiligabend is no public holiday
    assert not de.is_business_day(dt.date(2026, 12, 25))
    assert not de.is_business_day(dt.date(2026, 12, 26))
    assert not de.is_open(berlin(2026, 12, 25, 12, 0))
    assert de.next_open(berlin(2026, 12, 24, 17, 0)) == berlin(2026, 12, 28, 9, 0)
    assert de.next_close(berlin(2026, 12, 24, 17, 0)) == berlin(2026, 12, 28, 17, 0)
    assert de.add_business_hours(berlin(2026, 12, 24, 16, 0), 2) == berlin(2026, 12, 28, 10, 0)
    assert de.business_hours_between(berlin(2026, 12, 24, 12, 0), berlin(2026, 12, 29, 12, 0)) == (
        5 * HOUR + 8 * HOUR + 3 * HOUR
    )
    assert de.add_business_days(dt.date(2026, 12, 23), 2) == dt.date(2026, 12, 28)
    assert de.holiday_dates(2026) >= {dt.date(2026, 12, 25), dt.date(2026, 12, 26)}


def test_golden_week_in_japan() -> None:
    jp = globalcs.support_calendar("JP", hours="mon-fri 10:00-18:00")
    # 29 April (Showa Day), 3-5 May, and 6 May substituting for Constitution Day on a Sunday.
    for day in (29,):
        assert not jp.is_business_day(dt.date(2026, 4, day))
    for day in (4, 5, 6):
        assert not jp.is_business_day(dt.date(2026, 5, day))
    assert jp.add_business_days(dt.date(2026, 5, 1), 1) == dt.date(2026, 5, 7)
    friday = dt.datetime(2026, 5, 1, 17, 0, tzinfo=TOKYO)
    assert jp.add_business_hours(friday, 2) == dt.datetime(2026, 5, 7, 11, 0, tzinfo=TOKYO)
    assert jp.business_hours_between(friday, dt.datetime(2026, 5, 8, 0, 0, tzinfo=TOKYO)) == (
        9 * HOUR
    )


def test_subdivision_holidays() -> None:
    bavaria = globalcs.support_calendar("DE-BY", hours="09:00-17:00")
    berlin_cal = globalcs.support_calendar("DE-BE", hours="09:00-17:00")
    epiphany = dt.date(2026, 1, 6)
    assert not bavaria.is_business_day(epiphany)
    assert berlin_cal.is_business_day(epiphany)


def test_china_swaps_working_days() -> None:
    cn = globalcs.support_calendar("CN", hours="09:00-18:00")
    assert dt.date(2025, 1, 26) in cn.working_weekend_days(2025)
    sunday_worked = dt.date(2025, 1, 26)
    assert cn.is_business_day(sunday_worked)
    assert cn.is_open(dt.datetime(2025, 1, 26, 10, 0, tzinfo=SHANGHAI))
    assert not cn.is_business_day(dt.date(2025, 2, 3))  # the Monday given in exchange
    assert not cn.is_open(dt.datetime(2025, 1, 25, 10, 0, tzinfo=SHANGHAI))  # a plain Saturday
    # Friday 24 Jan 17:00 + 2 hours: 17-18 on Friday, then 9-10 on the working Sunday.
    due = cn.add_business_hours(dt.datetime(2025, 1, 24, 17, 0, tzinfo=SHANGHAI), 2)
    assert due == dt.datetime(2025, 1, 26, 10, 0, tzinfo=SHANGHAI)


def test_holidays_can_be_ignored() -> None:
    de = globalcs.support_calendar("DE", hours="09:00-17:00", holidays=False)
    assert de.is_business_day(dt.date(2026, 12, 25))
    assert de.is_open(berlin(2026, 12, 25, 12, 0))
    assert de.holiday_dates(2026) == frozenset()
    assert "without holidays" in repr(de)


def test_year_outside_the_holiday_data_is_an_error() -> None:
    de = globalcs.support_calendar("DE", hours="09:00-17:00")
    with pytest.raises(globalcs.HolidayRangeError) as info:
        de.is_open(berlin(2101, 1, 3, 10, 0))
    assert info.value.year == 2101
    with pytest.raises(globalcs.HolidayRangeError):
        de.is_business_day(dt.date(1980, 1, 2))
    with pytest.raises(globalcs.HolidayRangeError):
        de.add_business_hours(berlin(2100, 12, 31, 16, 0), 8)  # reaches into 2101


# ---------------------------------------------------------------- DST and time zones


def test_spring_forward_day_has_23_hours() -> None:
    always = globalcs.support_calendar("DE", hours="24/7")
    assert always.business_hours_between(berlin(2026, 3, 29), berlin(2026, 3, 30)) == 23 * HOUR
    assert always.add_business_hours(berlin(2026, 3, 29, 1, 30), 1) == berlin(2026, 3, 29, 3, 30)
    night = globalcs.support_calendar("DE", hours="mon-sun 00:00-06:00", holidays=False)
    assert night.business_hours_between(berlin(2026, 3, 29), berlin(2026, 3, 30)) == 5 * HOUR
    assert night.add_business_hours(berlin(2026, 3, 29, 1, 0), 2) == berlin(2026, 3, 29, 4, 0)


def test_fall_back_day_has_25_hours() -> None:
    always = globalcs.support_calendar("DE", hours="24/7")
    assert always.business_hours_between(berlin(2026, 10, 25), berlin(2026, 10, 26)) == 25 * HOUR
    night = globalcs.support_calendar("DE", hours="mon-sun 00:00-06:00", holidays=False)
    assert night.business_hours_between(berlin(2026, 10, 25), berlin(2026, 10, 26)) == 7 * HOUR
    start = berlin(2026, 10, 25, 1, 0)
    due = night.add_business_hours(start, 2)  # 01:00 CEST + 2 h = the second 02:00 (CET)
    assert due.astimezone(dt.UTC) == dt.datetime(2026, 10, 25, 1, 0, tzinfo=dt.UTC)
    assert due.fold == 1


def test_beyond_2037_with_pytz_input() -> None:
    """pytz repeats its last known offset after 2037 (CET in July 2040); the wall
    clock of a pytz datetime is read through zoneinfo, which knows CEST."""
    de = globalcs.support_calendar("DE", hours="09:00-17:00")
    pytz_berlin = pytz.timezone("Europe/Berlin")
    start = pytz_berlin.localize(dt.datetime(2040, 7, 2, 9, 30))
    assert start.utcoffset() == HOUR  # pytz's wrong offset
    due = de.add_business_hours(start, 1)
    assert due == berlin(2040, 7, 2, 10, 30)
    assert due.utcoffset() == 2 * HOUR
    assert de.is_open(start)
    assert de.business_hours_between(berlin(2040, 7, 2, 9, 0), berlin(2040, 7, 3, 9, 0)) == 8 * HOUR


def test_pytz_local_mean_time_trap_is_read_as_wall_clock() -> None:
    de = globalcs.support_calendar("DE", hours="09:00-17:00")
    lmt = dt.datetime(2026, 6, 10, 9, 0, tzinfo=pytz.timezone("Europe/Berlin"))  # +00:53 LMT
    assert de.next_open(lmt) == berlin(2026, 6, 10, 9, 0)


def test_any_input_zone_results_in_the_calendar_zone() -> None:
    de = globalcs.support_calendar("DE", hours="09:00-17:00")
    utc = dt.datetime(2026, 6, 10, 6, 30, tzinfo=dt.UTC)  # 08:30 in Berlin
    opens = de.next_open(utc)
    assert opens == berlin(2026, 6, 10, 9, 0)
    assert opens.tzinfo == BERLIN
    assert de.is_open(dt.datetime(2026, 6, 10, 7, 30, tzinfo=dt.timezone(dt.timedelta(hours=0))))


def test_naive_datetimes_are_refused() -> None:
    de = globalcs.support_calendar("DE")
    naive = dt.datetime(2026, 6, 10, 10, 0)
    for call in (
        lambda: de.is_open(naive),
        lambda: de.next_open(naive),
        lambda: de.next_close(naive),
        lambda: de.add_business_hours(naive, 1),
        lambda: de.business_hours_between(naive, naive),
        lambda: de.add_business_days(naive, 1),
    ):
        with pytest.raises(globalcs.NaiveDatetimeError):
            call()


def test_a_chosen_zone_for_a_country_with_several() -> None:
    west = globalcs.support_calendar("US", hours="09:00-17:00", timezone="America/Los_Angeles")
    east = globalcs.support_calendar("US", hours="09:00-17:00")
    noon_utc = dt.datetime(2026, 6, 10, 15, 0, tzinfo=dt.UTC)  # 11:00 New York, 08:00 LA
    assert east.is_open(noon_utc)
    assert not west.is_open(noon_utc)
    assert west.timezone == "America/Los_Angeles"
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.support_calendar("US", timezone="America/Gotham")


# ---------------------------------------------------------------- hours and API


def test_hours_spellings() -> None:
    sa = globalcs.get_market("SA")
    single = globalcs.support_calendar(sa, hours="09:00-18:00")
    assert single.hours.week[4] == ()
    assert single.hours.week[6] == ((540, 1080),)
    breaks = globalcs.support_calendar("DE", hours="09:00-12:00,13:00-18:00")
    assert not breaks.is_open(berlin(2026, 6, 10, 12, 30))
    assert breaks.next_open(berlin(2026, 6, 10, 12, 30)) == berlin(2026, 6, 10, 13, 0)
    weekly = globalcs.support_calendar("DE", hours={"mon-fri": "09:00-18:00", "sat": "10:00-14:00"})
    assert weekly.is_open(berlin(2026, 6, 13, 11, 0))
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.support_calendar("DE", hours="closed")
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.support_calendar("DE", hours="9-5")
    default = globalcs.support_calendar("DE")
    assert default.hours == globalcs.get_market("DE").support_hours


def test_round_the_clock_never_closes() -> None:
    always = globalcs.support_calendar("DE", hours="24/7")
    moment = berlin(2026, 12, 25, 3, 0)
    assert always.is_open(moment)  # 24/7 means holidays too
    assert always.next_close(moment) is None
    assert always.add_business_hours(moment, 48) == moment + 48 * HOUR


def test_calendars_are_cached_and_hashable() -> None:
    one = globalcs.support_calendar("DE", hours="09:00-17:00")
    assert globalcs.support_calendar("de", hours={"mon-fri": "09:00-17:00"}) is one
    assert globalcs.support_calendar("DE", hours="09:00-17:00", holidays=False) is not one
    assert {one: 1}[one] == 1
    assert one.label == "DE (Europe/Berlin)"


def test_negative_amounts_count_back() -> None:
    de = globalcs.support_calendar("DE", hours="09:00-17:00")
    assert de.add_business_hours(berlin(2026, 12, 28, 10, 0), -2) == berlin(2026, 12, 24, 16, 0)
    assert de.add_business_days(dt.date(2026, 12, 28), -2) == dt.date(2026, 12, 23)
    assert de.business_hours_between(berlin(2026, 12, 28, 10, 0), berlin(2026, 12, 24, 16, 0)) == (
        -2 * HOUR
    )
    assert de.add_business_hours(berlin(2026, 6, 10, 10, 0), 0) == berlin(2026, 6, 10, 10, 0)
    assert de.add_business_hours(berlin(2026, 6, 10, 10, 0), dt.timedelta(minutes=30)) == berlin(
        2026, 6, 10, 10, 30
    )


def test_a_deadline_on_a_closing_time_is_that_closing_time() -> None:
    de = globalcs.support_calendar("DE", hours="09:00-17:00")
    assert de.add_business_hours(berlin(2026, 6, 10, 9, 0), 8) == berlin(2026, 6, 10, 17, 0)
    assert de.add_business_hours(berlin(2026, 6, 10, 9, 0), 8.5) == berlin(2026, 6, 11, 9, 30)


def test_bad_amounts_are_refused() -> None:
    de = globalcs.support_calendar("DE", hours="09:00-17:00")
    start = berlin(2026, 6, 10, 9, 0)
    for bad in (True, "8", float("nan"), float("inf"), None):
        with pytest.raises(globalcs.InvalidOptionError):
            de.add_business_hours(start, bad)
    with pytest.raises(globalcs.InvalidOptionError):
        de.add_business_days(dt.date(2026, 6, 10), 1.5)  # type: ignore[arg-type]


def test_intervals_lists_open_periods() -> None:
    de = globalcs.support_calendar("DE", hours="09:00-17:00")
    periods = de.intervals(berlin(2026, 12, 24, 12, 0), berlin(2026, 12, 29, 10, 0))
    assert periods == (
        (berlin(2026, 12, 24, 12, 0), berlin(2026, 12, 24, 17, 0)),
        (berlin(2026, 12, 28, 9, 0), berlin(2026, 12, 28, 17, 0)),
        (berlin(2026, 12, 29, 9, 0), berlin(2026, 12, 29, 10, 0)),
    )


def test_far_years_start_a_fresh_range() -> None:
    de = globalcs.support_calendar("DE", hours="mon-fri 09:00-16:00", holidays=True)
    assert de.is_open(berlin(2026, 6, 10, 10, 0))
    assert de.is_open(berlin(2090, 6, 7, 10, 0))  # a Wednesday
    assert de.is_open(berlin(2026, 6, 10, 10, 0))


def test_a_zone_that_changes_its_clocks_at_midnight() -> None:
    """Chile moves its clocks at 24:00: 4 April 2026 has 25 hours, 5 September 23."""
    santiago = ZoneInfo("America/Santiago")
    always = globalcs.support_calendar("CL", hours="24/7", holidays=False)
    april = always.business_hours_between(
        dt.datetime(2026, 4, 4, tzinfo=santiago), dt.datetime(2026, 4, 5, tzinfo=santiago)
    )
    assert april == 25 * HOUR
    september = always.business_hours_between(
        dt.datetime(2026, 9, 5, tzinfo=santiago), dt.datetime(2026, 9, 6, 1, 0, tzinfo=santiago)
    )
    assert september == 24 * HOUR
    evening = globalcs.support_calendar("CL", hours="mon-sun 20:00-24:00", holidays=False)
    # the repeated hour 23:00-24:00 on 4 April is open twice
    second_2330 = dt.datetime(2026, 4, 4, 23, 30, fold=1, tzinfo=santiago)
    assert evening.is_open(second_2330)
    assert evening.business_hours_between(
        dt.datetime(2026, 4, 4, 20, 0, tzinfo=santiago), dt.datetime(2026, 4, 5, tzinfo=santiago)
    ) == (5 * HOUR)


def test_calendars_pickle_to_the_cached_instance() -> None:
    import pickle

    one = globalcs.support_calendar("DE", hours="09:00-17:00")
    assert pickle.loads(pickle.dumps(one)) is one


def test_a_pickled_calendar_answers_the_same_after_the_caches_are_gone() -> None:
    import pickle

    from globalcs.time import _calendar

    def answers(cal: globalcs.SupportCalendar) -> tuple[object, ...]:
        start = dt.datetime(2026, 12, 24, 16, 0, tzinfo=KOLKATA)
        return (
            cal.is_open(start),
            cal.next_open(start),
            cal.next_close(start),
            cal.add_business_hours(start, 30),
            cal.add_business_days(dt.date(2026, 12, 24), 5),
            cal.holiday_dates(2027),
            cal.intervals(start, start + 48 * HOUR),
            globalcs.get_market("IN").holidays(2027),
        )

    india = globalcs.support_calendar("IN", hours="09:30-18:30")
    expected = answers(india)
    data = pickle.dumps(india)
    _calendar._clear_caches()
    copy = pickle.loads(data)
    assert copy is not india
    assert copy == india
    assert hash(copy) == hash(india)
    assert answers(copy) == expected
    assert pickle.loads(pickle.dumps(copy)) is copy  # the cache holds the new one now
