"""Key facts of the Virginia (US-VA) market."""

import datetime as dt

import globalcs

from ._common import MarketTests


def test_subdivision_of_the_us() -> None:
    m = globalcs.get_market("US-VA")
    assert m.country == "US"
    assert m.currency == "USD"


def test_eastern_time() -> None:
    assert globalcs.get_market("US-VA").timezones == ("America/New_York",)


def test_privacy_is_the_cdpa_with_the_attorney_general() -> None:
    privacy = globalcs.get_market("US-VA").privacy
    assert privacy.code == "US-VA-CDPA"
    assert privacy.authority == "Office of the Attorney General of Virginia"
    assert privacy.marketing_email == "opt_out"


def test_requests_45_days_plus_45() -> None:
    deadline = globalcs.get_market("US-VA").privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (45, "days")
    assert (deadline.extension_amount, deadline.extension_unit) == (45, "days")
    assert "59.1-577" in deadline.note


def test_dsar_due_in_calendar_days() -> None:
    # 15 January 2026 + 45 days = 1 March 2026; + 45 more = 15 April 2026
    assert globalcs.dsar_due("US-VA", dt.date(2026, 1, 15)) == dt.date(2026, 3, 1)
    assert globalcs.dsar_due("US-VA", dt.date(2026, 1, 15), extended=True) == dt.date(2026, 4, 15)


def test_breach_notice_has_no_hour_limit() -> None:
    privacy = globalcs.get_market("US-VA").privacy
    assert privacy.breach_notification_hours is None
    assert "18.2-186.6" in privacy.breach_notification_note
    assert "without unreasonable delay" in privacy.breach_notification_note


class TestProfile(MarketTests):
    code = "US-VA"
