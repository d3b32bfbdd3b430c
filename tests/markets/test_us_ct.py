"""Key facts of the Connecticut (US-CT) market."""

import datetime as dt

import globalcs

from ._common import MarketTests


def test_subdivision_of_the_us() -> None:
    m = globalcs.get_market("US-CT")
    assert m.country == "US"
    assert m.currency == "USD"


def test_eastern_time() -> None:
    assert globalcs.get_market("US-CT").timezones == ("America/New_York",)


def test_privacy_is_the_ctdpa_with_the_attorney_general() -> None:
    privacy = globalcs.get_market("US-CT").privacy
    assert privacy.code == "US-CT-DPA"
    assert privacy.authority == "Connecticut Office of the Attorney General"
    assert privacy.marketing_email == "opt_out"


def test_requests_45_days_plus_45() -> None:
    deadline = globalcs.get_market("US-CT").privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (45, "days")
    assert (deadline.extension_amount, deadline.extension_unit) == (45, "days")
    assert "42-518" in deadline.note


def test_dsar_due_in_calendar_days() -> None:
    # 20 November 2026 + 45 days = 4 January 2027; + 45 more = 18 February 2027
    assert globalcs.dsar_due("US-CT", dt.date(2026, 11, 20)) == dt.date(2027, 1, 4)
    assert globalcs.dsar_due("US-CT", dt.date(2026, 11, 20), extended=True) == dt.date(2027, 2, 18)


def test_breach_notice_within_60_days_not_hours() -> None:
    privacy = globalcs.get_market("US-CT").privacy
    assert privacy.breach_notification_hours is None
    assert "36a-701b" in privacy.breach_notification_note
    assert "60 days" in privacy.breach_notification_note


class TestProfile(MarketTests):
    code = "US-CT"
