"""Key facts of the Utah (US-UT) market."""

import datetime as dt

import globalcs

from ._common import MarketTests


def test_subdivision_of_the_us() -> None:
    m = globalcs.get_market("US-UT")
    assert m.country == "US"
    assert m.currency == "USD"


def test_mountain_time() -> None:
    assert globalcs.get_market("US-UT").timezones == ("America/Denver",)


def test_privacy_is_the_ucpa_with_the_attorney_general() -> None:
    privacy = globalcs.get_market("US-UT").privacy
    assert privacy.code == "US-UT-CPA"
    assert privacy.authority.startswith("Utah Office of the Attorney General")
    assert privacy.marketing_email == "opt_out"


def test_requests_45_days_plus_45() -> None:
    deadline = globalcs.get_market("US-UT").privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (45, "days")
    assert (deadline.extension_amount, deadline.extension_unit) == (45, "days")
    assert "13-61-203" in deadline.note


def test_dsar_due_in_calendar_days() -> None:
    # 10 March 2026 + 45 days = 24 April 2026; + 45 more = 8 June 2026
    assert globalcs.dsar_due("US-UT", dt.date(2026, 3, 10)) == dt.date(2026, 4, 24)
    assert globalcs.dsar_due("US-UT", dt.date(2026, 3, 10), extended=True) == dt.date(2026, 6, 8)


def test_breach_notice_has_no_hour_limit() -> None:
    privacy = globalcs.get_market("US-UT").privacy
    assert privacy.breach_notification_hours is None
    assert "13-44-202" in privacy.breach_notification_note
    assert "500" in privacy.breach_notification_note


class TestProfile(MarketTests):
    code = "US-UT"
