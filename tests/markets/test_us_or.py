"""Key facts of the Oregon (US-OR) market."""

import datetime as dt

import globalcs

from ._common import MarketTests


def test_subdivision_of_the_us() -> None:
    m = globalcs.get_market("US-OR")
    assert m.country == "US"
    assert m.currency == "USD"


def test_pacific_time_with_mountain_time_in_the_east() -> None:
    assert globalcs.get_market("US-OR").timezones == ("America/Los_Angeles", "America/Boise")


def test_privacy_is_the_ocpa_with_the_department_of_justice() -> None:
    privacy = globalcs.get_market("US-OR").privacy
    assert privacy.code == "US-OR-CPA"
    assert privacy.authority == "Oregon Department of Justice (Attorney General)"
    assert privacy.marketing_email == "opt_out"


def test_requests_45_days_plus_45() -> None:
    deadline = globalcs.get_market("US-OR").privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (45, "days")
    assert (deadline.extension_amount, deadline.extension_unit) == (45, "days")
    assert "646A.576" in deadline.note


def test_dsar_due_in_calendar_days() -> None:
    # 1 April 2026 + 45 days = 16 May 2026; + 45 more = 30 June 2026
    assert globalcs.dsar_due("US-OR", dt.date(2026, 4, 1)) == dt.date(2026, 5, 16)
    assert globalcs.dsar_due("US-OR", dt.date(2026, 4, 1), extended=True) == dt.date(2026, 6, 30)


def test_breach_notice_within_45_days_not_hours() -> None:
    privacy = globalcs.get_market("US-OR").privacy
    assert privacy.breach_notification_hours is None
    assert "646A.604" in privacy.breach_notification_note
    assert "45 days" in privacy.breach_notification_note


class TestProfile(MarketTests):
    code = "US-OR"
