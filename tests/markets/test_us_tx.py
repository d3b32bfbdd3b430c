"""Key facts of the Texas (US-TX) market."""

import datetime as dt

import globalcs

from ._common import MarketTests


def test_subdivision_of_the_us() -> None:
    m = globalcs.get_market("US-TX")
    assert m.country == "US"
    assert m.currency == "USD"


def test_central_time_with_mountain_time_in_the_far_west() -> None:
    assert globalcs.get_market("US-TX").timezones == ("America/Chicago", "America/Denver")


def test_privacy_is_the_tdpsa_with_the_attorney_general() -> None:
    privacy = globalcs.get_market("US-TX").privacy
    assert privacy.code == "US-TX-DPSA"
    assert privacy.authority == "Office of the Attorney General of Texas"
    assert privacy.marketing_email == "opt_out"


def test_requests_45_days_plus_45() -> None:
    deadline = globalcs.get_market("US-TX").privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (45, "days")
    assert (deadline.extension_amount, deadline.extension_unit) == (45, "days")
    assert "541.052" in deadline.note


def test_dsar_due_in_calendar_days() -> None:
    # 1 December 2026 + 45 days = 15 January 2027; + 45 more = 1 March 2027
    assert globalcs.dsar_due("US-TX", dt.date(2026, 12, 1)) == dt.date(2027, 1, 15)
    assert globalcs.dsar_due("US-TX", dt.date(2026, 12, 1), extended=True) == dt.date(2027, 3, 1)


def test_breach_notice_in_days_not_hours() -> None:
    privacy = globalcs.get_market("US-TX").privacy
    assert privacy.breach_notification_hours is None
    assert "521.053" in privacy.breach_notification_note
    assert "60th day" in privacy.breach_notification_note
    assert "30th day" in privacy.breach_notification_note


class TestProfile(MarketTests):
    code = "US-TX"
