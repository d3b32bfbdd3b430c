"""Follow-the-sun coverage and the first responder."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

import globalcs

HOUR = dt.timedelta(hours=1)


def teams(*codes: str) -> list[globalcs.SupportCalendar]:
    return [globalcs.support_calendar(code, hours="09:00-17:00") for code in codes]


def test_three_teams_leave_evening_gaps_and_the_weekend() -> None:
    week = globalcs.coverage(teams("DE", "US", "JP"), week_of=dt.date(2026, 6, 10))
    assert week.start == dt.datetime(2026, 6, 8, tzinfo=ZoneInfo("UTC"))
    assert week.end - week.start == 7 * 24 * HOUR
    assert [g.duration for g in week.gaps] == [3 * HOUR] * 4 + [51 * HOUR]
    assert week.gaps[0].start == dt.datetime(2026, 6, 8, 21, 0, tzinfo=dt.UTC)
    assert week.covered + week.uncovered == 168 * HOUR
    assert week.uncovered == 63 * HOUR
    assert not week.complete
    assert week.teams == ("DE (Europe/Berlin)", "US (America/New_York)", "JP (Asia/Tokyo)")


def test_gaps_in_a_chosen_zone() -> None:
    week = globalcs.coverage(
        teams("DE", "US", "JP"), week_of=dt.date(2026, 6, 10), timezone="Asia/Tokyo"
    )
    tokyo = ZoneInfo("Asia/Tokyo")
    assert week.start == dt.datetime(2026, 6, 8, tzinfo=tokyo)
    first = week.gaps[0]
    assert first.local_start.tzinfo == tokyo
    assert first.local_start == first.start  # same instant, two zones
    assert first.start.tzinfo == ZoneInfo("UTC")
    data = week.to_dict()
    assert data["uncovered_hours"] == week.uncovered / HOUR
    assert data["gaps"][0]["hours"] == first.duration / HOUR


def test_a_holiday_opens_a_gap() -> None:
    normal = globalcs.coverage(teams("DE"), week_of=dt.date(2026, 12, 14))
    christmas = globalcs.coverage(teams("DE"), week_of=dt.date(2026, 12, 21))
    assert christmas.uncovered - normal.uncovered == 8 * HOUR  # 25 Dec is a Friday; 26th a Sat


def test_round_the_clock_covers_everything() -> None:
    week = globalcs.coverage(
        [globalcs.support_calendar("DE", hours="24/7")], week_of=dt.date(2026, 3, 25)
    )
    assert week.complete
    assert week.covered == 168 * HOUR
    # in Berlin's own zone that week is an hour shorter (spring forward on the 29th)
    local = globalcs.coverage(
        [globalcs.support_calendar("DE", hours="24/7")],
        week_of=dt.date(2026, 3, 25),
        timezone="Europe/Berlin",
    )
    assert local.covered == 167 * HOUR


def test_coverage_input_is_checked() -> None:
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.coverage([], week_of=dt.date(2026, 6, 10))
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.coverage(["DE"], week_of=dt.date(2026, 6, 10))  # type: ignore[list-item]
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.coverage(teams("DE"), week_of="2026-06-10")  # type: ignore[arg-type]
    with pytest.raises(globalcs.NaiveDatetimeError):
        globalcs.coverage(teams("DE"), week_of=dt.datetime(2026, 6, 10, 12))


def test_first_responder_open_now_and_longest_open() -> None:
    late_europe = globalcs.support_calendar("DE", hours="09:00-22:00")
    who = globalcs.first_responder(
        [*teams("DE", "US"), late_europe], dt.datetime(2026, 6, 10, 14, 0, tzinfo=dt.UTC)
    )
    # all three are open at 14:00 UTC; New York stays open longest (to 21:00 UTC)
    assert who.open_now
    assert who.calendar.label == "US (America/New_York)"
    assert who.wait == dt.timedelta(0)


def test_first_responder_when_everyone_is_closed() -> None:
    who = globalcs.first_responder(
        teams("DE", "US", "JP"), dt.datetime(2026, 6, 12, 22, 0, tzinfo=dt.UTC)
    )  # Friday night UTC: Tokyo opens first, on Monday 09:00 JST = Monday 00:00 UTC
    assert not who.open_now
    assert who.calendar.market.code == "JP"
    assert who.at == dt.datetime(2026, 6, 15, 9, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert who.wait == 50 * HOUR
