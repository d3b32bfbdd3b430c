"""Statutory deadlines: access requests, breach reports and withdrawal periods."""

from __future__ import annotations

import datetime as dt
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
    de = market("DE")
    assert de.privacy.dsar_due(dt.date(2026, 1, 31)) == dt.date(2026, 2, 28)
    assert de.privacy.dsar_due(dt.date(2028, 1, 31)) == dt.date(2028, 2, 29)  # leap year
    assert de.privacy.dsar_due(dt.date(2026, 3, 15)) == dt.date(2026, 4, 15)  # 31 days
    assert de.privacy.dsar_due(dt.date(2026, 2, 15)) == dt.date(2026, 3, 15)  # 28 days


def test_gdpr_extension_is_two_more_months() -> None:
    de = market("DE")
    assert de.privacy.dsar_due(dt.date(2026, 3, 10), extended=True) == dt.date(2026, 6, 10)


def test_regulation_1182_71_moves_an_eea_deadline_to_a_working_day() -> None:
    de = market("DE")
    # 28 February 2026 is a Saturday: the period ends on Monday 2 March.
    assert de.privacy.dsar_due(dt.date(2026, 1, 31), market=de) == dt.date(2026, 3, 2)
    # 25 December is a public holiday, then a Saturday and Sunday.
    assert de.privacy.dsar_due(dt.date(2026, 11, 25), market=de) == dt.date(2026, 12, 28)
    # the holidays are the market's own: Epiphany in Bavaria, not in Berlin
    bavaria, berlin = market("DE-BY"), market("DE-BE")
    assert bavaria.privacy.dsar_due(dt.date(2026, 12, 6), market=bavaria) == dt.date(2027, 1, 7)
    assert berlin.privacy.dsar_due(dt.date(2026, 12, 6), market=berlin) == dt.date(2027, 1, 6)


def test_uk_gdpr_moves_to_the_next_working_day_as_the_ico_says() -> None:
    gb = market("GB")
    assert gb.privacy.code == "UK-GDPR"
    assert gb.privacy.dsar_due(dt.date(2026, 1, 31)) == dt.date(2026, 2, 28)  # a Saturday
    assert gb.privacy.dsar_due(dt.date(2026, 1, 31), market=gb) == dt.date(2026, 3, 2)
    # The UK's rule is the ICO's, for the UK: another market using the regime's dates
    # unchanged is not moved.
    us = market("US")
    assert gb.privacy.dsar_due(dt.date(2026, 1, 31), market=us) == dt.date(2026, 2, 28)


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
    m = market(code)
    assert m.privacy.dsar_due(received) == due
    assert m.privacy.dsar_due(received, market=m) == due


def test_ccpa_extension() -> None:
    ca = market("US-CA")
    assert ca.privacy.dsar_due(dt.date(2026, 6, 1), extended=True) == dt.date(2026, 8, 30)


def test_mexico_counts_business_days_on_its_calendar() -> None:
    mx = market("MX")
    deadline = mx.privacy.dsar_deadline
    assert deadline is not None
    assert deadline.unit == "business_days"
    # 20 business days from 1 September 2026; 16 September (Independence Day) is skipped
    due = mx.privacy.dsar_due(dt.date(2026, 9, 1), market=mx)
    plain = mx.privacy.dsar_due(dt.date(2026, 9, 1))
    assert plain == dt.date(2026, 9, 29)
    assert due == dt.date(2026, 9, 30)


def test_no_fixed_period_is_an_error() -> None:
    jp = market("JP")
    with pytest.raises(globalcs.InvalidOptionError):
        jp.privacy.dsar_due(dt.date(2026, 6, 1))
    with pytest.raises(globalcs.InvalidOptionError):
        market("KR").privacy.dsar_due(dt.date(2026, 6, 1), extended=True)


# ---------------------------------------------------------------- breach reports


def test_breach_72_hours_across_a_dst_change() -> None:
    gdpr = market("DE").privacy
    aware = dt.datetime(2026, 3, 27, 12, 0, tzinfo=BERLIN)
    due = gdpr.breach_report_due(aware)
    assert due is not None
    # (same-tzinfo subtraction in Python is wall-clock arithmetic: compare in UTC)
    assert due.astimezone(dt.UTC) - aware.astimezone(dt.UTC) == dt.timedelta(hours=72)
    assert due == dt.datetime(2026, 3, 30, 13, 0, tzinfo=BERLIN)  # wall clock moved an hour


def test_breach_with_pytz_after_2037() -> None:
    gdpr = market("DE").privacy
    aware = pytz.timezone("Europe/Berlin").localize(dt.datetime(2040, 7, 2, 12, 0))
    due = gdpr.breach_report_due(aware)
    assert due == dt.datetime(2040, 7, 5, 12, 0, tzinfo=BERLIN)
    assert due is not None
    assert due.utcoffset() == dt.timedelta(hours=2)


def test_breach_without_a_number_and_naive_input() -> None:
    assert market("CH").privacy.breach_report_due(dt.datetime(2026, 1, 1, tzinfo=dt.UTC)) is None
    with pytest.raises(globalcs.NaiveDatetimeError):
        market("DE").privacy.breach_report_due(dt.datetime(2026, 1, 1))


# ---------------------------------------------------------------- withdrawal


def test_eu_withdrawal_moves_off_christmas() -> None:
    de = market("DE")
    assert de.returns.withdrawal_deadline(dt.date(2026, 12, 11)) == dt.date(2026, 12, 25)
    assert de.returns.withdrawal_deadline(dt.date(2026, 12, 11), market=de) == dt.date(2026, 12, 28)


def test_eu_late_information_extension() -> None:
    de = market("DE")
    delivered = dt.date(2026, 3, 2)
    assert de.returns.withdrawal_deadline(delivered, market=de) == dt.date(2026, 3, 16)
    # never informed: 12 months after the end of the initial 14 days
    assert de.returns.withdrawal_deadline(delivered, market=de, informed=False) == dt.date(
        2027, 3, 16
    )
    # informed late, on 1 May: 14 days from then
    assert de.returns.withdrawal_deadline(
        delivered, market=de, informed=dt.date(2026, 5, 1)
    ) == dt.date(2026, 5, 15)
    with pytest.raises(globalcs.InvalidOptionError):
        market("BR").returns.withdrawal_deadline(delivered, market=market("BR"), informed=False)
    with pytest.raises(globalcs.InvalidOptionError):
        de.returns.withdrawal_deadline(delivered, informed=False)  # needs the market


def test_mexico_withdrawal_in_business_days() -> None:
    mx = market("MX")
    assert mx.returns.unit == "business_days"
    # delivered Friday 11 September 2026: 5 business days, skipping the 16th
    assert mx.returns.withdrawal_deadline(dt.date(2026, 9, 11), market=mx) == dt.date(2026, 9, 21)
    assert mx.returns.withdrawal_deadline(dt.date(2026, 9, 11)) == dt.date(2026, 9, 18)


def test_no_withdrawal_right_is_an_error() -> None:
    with pytest.raises(globalcs.InvalidOptionError):
        market("US").returns.withdrawal_deadline(dt.date(2026, 6, 1))


# ---------------------------------------------------------------- helpers


def test_business_days_use_the_market_weekend() -> None:
    sa = market("SA")
    assert add_business_days(dt.date(2026, 6, 4), 1, sa) == dt.date(2026, 6, 7)
    assert add_business_days(dt.date(2026, 6, 4), 1) == dt.date(2026, 6, 5)
    assert add_period(dt.date(2026, 6, 4), 1, "business_days", market=sa) == dt.date(2026, 6, 7)
    with pytest.raises(globalcs.InvalidOptionError):
        add_period(dt.date(2026, 6, 4), 1, "weeks")


def test_next_working_day() -> None:
    de = market("DE")
    assert next_working_day(dt.date(2026, 12, 24), de) == dt.date(2026, 12, 24)
    assert next_working_day(dt.date(2026, 12, 25), de) == dt.date(2026, 12, 28)
