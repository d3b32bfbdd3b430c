"""Key facts of the Delaware (US-DE) market."""

import datetime as dt

import globalcs

from ._common import MarketTests


def test_subdivision_of_the_us() -> None:
    m = globalcs.get_market("US-DE")
    assert m.country == "US"
    assert m.currency == "USD"


def test_eastern_time() -> None:
    assert globalcs.get_market("US-DE").timezones == ("America/New_York",)


def test_privacy_is_the_dpdpa_with_the_department_of_justice() -> None:
    privacy = globalcs.get_market("US-DE").privacy
    assert privacy.code == "US-DE-PDPA"
    assert privacy.authority.startswith("Delaware Department of Justice")
    assert privacy.marketing_email == "opt_out"


def test_requests_45_days_plus_45() -> None:
    deadline = globalcs.get_market("US-DE").privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (45, "days")
    assert (deadline.extension_amount, deadline.extension_unit) == (45, "days")
    assert "12D-104" in deadline.note


def test_dsar_due_in_calendar_days() -> None:
    # 15 June 2026 + 45 days = 30 July 2026; + 45 more = 13 September 2026
    assert globalcs.dsar_due("US-DE", dt.date(2026, 6, 15)) == dt.date(2026, 7, 30)
    assert globalcs.dsar_due("US-DE", dt.date(2026, 6, 15), extended=True) == dt.date(2026, 9, 13)


def test_breach_notice_within_60_days_not_hours() -> None:
    privacy = globalcs.get_market("US-DE").privacy
    assert privacy.breach_notification_hours is None
    assert "12B-102" in privacy.breach_notification_note
    assert "60 days" in privacy.breach_notification_note


class TestProfile(MarketTests):
    code = "US-DE"
