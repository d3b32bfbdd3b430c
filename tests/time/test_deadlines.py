"""Statutory deadlines: access requests, breach reports and withdrawal periods."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import pytz

import globalcs
from globalcs.time._deadlines import add_business_days, add_period, next_working_day

BERLIN = ZoneInfo("Europe/Berlin")


def market(code: str) -> globalcs.Market:
    return globalcs.get_market(code)


# ---------------------------------------------------------------- access requests


def test_gdpr_month_is_a_calendar_month() -> None:
    assert globalcs.dsar_due("DE", dt.date(2028, 1, 31)) == dt.date(2028, 2, 29)  # leap year
    assert globalcs.dsar_due("DE", dt.date(2026, 3, 15)) == dt.date(2026, 4, 15)  # 31 days
    assert globalcs.dsar_due("DE", dt.date(2026, 2, 16)) == dt.date(2026, 3, 16)  # 28 days


def test_gdpr_extension_is_two_more_months() -> None:
    assert globalcs.dsar_due("DE", dt.date(2026, 3, 10), extended=True) == dt.date(2026, 6, 10)


def test_regulation_1182_71_moves_an_eea_deadline_to_a_working_day() -> None:
    # 28 February 2026 is a Saturday: the period ends on Monday 2 March.
    assert globalcs.dsar_due("DE", dt.date(2026, 1, 31)) == dt.date(2026, 3, 2)
    assert globalcs.dsar_due(market("DE"), dt.date(2026, 1, 31)) == dt.date(2026, 3, 2)
    # 25 December is a public holiday, then a Saturday and Sunday.
    assert globalcs.dsar_due("DE", dt.date(2026, 11, 25)) == dt.date(2026, 12, 28)
    # the holidays are the market's own: Epiphany in Bavaria, not in Berlin
    assert globalcs.dsar_due("DE-BY", dt.date(2026, 12, 6)) == dt.date(2027, 1, 7)
    assert globalcs.dsar_due("DE-BE", dt.date(2026, 12, 6)) == dt.date(2027, 1, 6)


def test_uk_gdpr_moves_to_the_next_working_day_as_the_ico_says() -> None:
    gb = market("GB")
    assert gb.privacy.code == "UK-GDPR"
    assert globalcs.dsar_due(gb, dt.date(2026, 1, 31)) == dt.date(2026, 3, 2)  # not Sat 28 Feb


def test_the_records_carry_no_deadline_methods() -> None:
    """A deadline needs the market's calendar: a law or a returns record alone cannot give it."""
    de = market("DE")
    assert not hasattr(de.privacy, "dsar_due")
    assert not hasattr(de.privacy, "breach_report_due")
    assert not hasattr(de.returns, "withdrawal_deadline")


@pytest.mark.parametrize(
    ("code", "received", "due"),
    [
        ("US-CA", dt.date(2026, 6, 1), dt.date(2026, 7, 16)),  # CCPA: 45 days
        ("BR", dt.date(2026, 6, 1), dt.date(2026, 6, 16)),  # LGPD: 15 days
        ("KR", dt.date(2026, 6, 1), dt.date(2026, 6, 11)),  # PIPA: 10 days
        ("CA", dt.date(2026, 6, 1), dt.date(2026, 7, 1)),  # PIPEDA: 30 days
    ],
)
def test_access_request_periods_in_days(code: str, received: dt.date, due: dt.date) -> None:
    assert globalcs.dsar_due(code, received) == due


def test_ccpa_extension() -> None:
    assert globalcs.dsar_due("US-CA", dt.date(2026, 6, 1), extended=True) == dt.date(2026, 8, 30)


def test_mexico_counts_business_days_on_its_calendar() -> None:
    mx = market("MX")
    deadline = mx.privacy.dsar_deadline
    assert deadline is not None
    assert deadline.unit == "business_days"
    # 20 business days from 1 September 2026; 16 September (Independence Day) is skipped
    assert globalcs.dsar_due(mx, dt.date(2026, 9, 1)) == dt.date(2026, 9, 30)


def test_no_fixed_period_is_an_error() -> None:
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.dsar_due("JP", dt.date(2026, 6, 1))
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.dsar_due("KR", dt.date(2026, 6, 1), extended=True)


# ---------------------------------------------------------------- breach reports


def test_breach_72_hours_across_a_dst_change() -> None:
    aware = dt.datetime(2026, 3, 27, 12, 0, tzinfo=BERLIN)
    due = globalcs.breach_report_due("DE", aware)
    assert due is not None
    # (same-tzinfo subtraction in Python is wall-clock arithmetic: compare in UTC)
    assert due.astimezone(dt.UTC) - aware.astimezone(dt.UTC) == dt.timedelta(hours=72)
    assert due == dt.datetime(2026, 3, 30, 13, 0, tzinfo=BERLIN)  # wall clock moved an hour


def test_breach_with_pytz_after_2037() -> None:
    aware = pytz.timezone("Europe/Berlin").localize(dt.datetime(2040, 7, 2, 12, 0))
    due = globalcs.breach_report_due("DE", aware)
    assert due == dt.datetime(2040, 7, 5, 12, 0, tzinfo=BERLIN)
    assert due is not None
    assert due.utcoffset() == dt.timedelta(hours=2)


def test_breach_without_a_number_and_naive_input() -> None:
    assert globalcs.breach_report_due("CH", dt.datetime(2026, 1, 1, tzinfo=dt.UTC)) is None
    with pytest.raises(globalcs.NaiveDatetimeError):
        globalcs.breach_report_due("DE", dt.datetime(2026, 1, 1))


# ---------------------------------------------------------------- withdrawal


def test_eu_withdrawal_moves_off_christmas() -> None:
    assert globalcs.withdrawal_deadline("DE", dt.date(2026, 12, 11)) == dt.date(2026, 12, 28)


def test_eu_late_information_extension() -> None:
    delivered = dt.date(2026, 3, 2)
    assert globalcs.withdrawal_deadline("DE", delivered) == dt.date(2026, 3, 16)
    # never informed: 12 months after the end of the initial 14 days
    assert globalcs.withdrawal_deadline("DE", delivered, informed=False) == dt.date(2027, 3, 16)
    # informed late, on 1 May: 14 days from then
    late = dt.date(2026, 5, 1)
    assert globalcs.withdrawal_deadline("DE", delivered, informed=late) == dt.date(2026, 5, 15)
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.withdrawal_deadline("BR", delivered, informed=False)


def test_mexico_withdrawal_in_business_days() -> None:
    assert market("MX").returns.unit == "business_days"
    # delivered Friday 11 September 2026: 5 business days, skipping the 16th
    assert globalcs.withdrawal_deadline("MX", dt.date(2026, 9, 11)) == dt.date(2026, 9, 21)


def test_no_withdrawal_right_is_an_error() -> None:
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.withdrawal_deadline("US", dt.date(2026, 6, 1))


def test_an_aware_datetime_counts_from_its_date_in_the_market() -> None:
    # 23:30 on 31 January in New York is already 1 February in Berlin.
    new_york = ZoneInfo("America/New_York")
    received = dt.datetime(2026, 1, 31, 23, 30, tzinfo=new_york)
    assert globalcs.dsar_due("DE", received) == globalcs.dsar_due("DE", dt.date(2026, 2, 1))
    with pytest.raises(globalcs.NaiveDatetimeError):
        globalcs.dsar_due("DE", dt.datetime(2026, 1, 31))


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: globalcs.dsar_due("DE", dt.date(9999, 12, 15)), "date"),
        (lambda: globalcs.dsar_due("US-CA", dt.date(9999, 12, 30)), "date"),
        (lambda: globalcs.dsar_due("DE", dt.date(9999, 10, 1), extended=True), "date"),
        (lambda: globalcs.withdrawal_deadline("DE", dt.date(9999, 12, 30)), "date"),
        (lambda: globalcs.withdrawal_deadline("DE", dt.date(9999, 1, 2), informed=False), "date"),
        (
            lambda: globalcs.breach_report_due("DE", dt.datetime(9999, 12, 31, 12, tzinfo=dt.UTC)),
            "aware_at",
        ),
    ],
)
def test_deadlines_past_year_9999_are_a_named_error(call: Any, name: str) -> None:
    with pytest.raises(globalcs.InvalidOptionError, match="years 1 to 9999") as caught:
        call()
    assert caught.value.option == name


@pytest.mark.parametrize("bad", ["2026-01-31", 20260131, None, 1.5])
def test_a_received_day_must_be_a_date(bad: object) -> None:
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.dsar_due("DE", bad)  # type: ignore[arg-type]
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.withdrawal_deadline("DE", bad)  # type: ignore[arg-type]


def test_an_unknown_market_is_named() -> None:
    with pytest.raises(globalcs.UnknownMarketError):
        globalcs.dsar_due("Atlantis", dt.date(2026, 1, 1))


# ---------------------------------------------------------------- helpers


def test_business_days_use_the_market_weekend() -> None:
    sa = market("SA")
    assert add_business_days(dt.date(2026, 6, 4), 1, sa) == dt.date(2026, 6, 7)
    assert add_period(dt.date(2026, 6, 4), 1, "business_days", market=sa) == dt.date(2026, 6, 7)
    with pytest.raises(globalcs.InvalidOptionError):
        add_period(dt.date(2026, 6, 4), 1, "weeks", market=sa)


def test_next_working_day() -> None:
    de = market("DE")
    assert next_working_day(dt.date(2026, 12, 24), de) == dt.date(2026, 12, 24)
    assert next_working_day(dt.date(2026, 12, 25), de) == dt.date(2026, 12, 28)
