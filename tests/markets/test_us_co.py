"""Key facts of the Colorado (US-CO) market."""

import datetime as dt

import globalcs

from ._common import MarketTests


def test_subdivision_of_the_us() -> None:
    m = globalcs.get_market("US-CO")
    assert m.country == "US"
    assert m.currency == "USD"


def test_mountain_time() -> None:
    assert globalcs.get_market("US-CO").timezones == ("America/Denver",)


def test_privacy_is_the_cpa_with_the_attorney_general() -> None:
    privacy = globalcs.get_market("US-CO").privacy
    assert privacy.code == "US-CO-CPA"
    assert privacy.authority == "Colorado Attorney General (Colorado Department of Law)"
    assert privacy.marketing_email == "opt_out"


def test_requests_45_days_plus_45() -> None:
    deadline = globalcs.get_market("US-CO").privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (45, "days")
    assert (deadline.extension_amount, deadline.extension_unit) == (45, "days")
    assert "6-1-1306" in deadline.note


def test_dsar_due_in_calendar_days() -> None:
    # 1 July 2026 + 45 days = 15 August 2026; + 45 more = 29 September 2026
    assert globalcs.dsar_due("US-CO", dt.date(2026, 7, 1)) == dt.date(2026, 8, 15)
    assert globalcs.dsar_due("US-CO", dt.date(2026, 7, 1), extended=True) == dt.date(2026, 9, 29)


def test_breach_notice_within_30_days_not_hours() -> None:
    privacy = globalcs.get_market("US-CO").privacy
    assert privacy.breach_notification_hours is None
    assert "6-1-716" in privacy.breach_notification_note
    assert "30 days" in privacy.breach_notification_note


class TestProfile(MarketTests):
    code = "US-CO"
