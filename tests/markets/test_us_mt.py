"""Key facts of the Montana (US-MT) market."""

import datetime as dt

import globalcs

from ._common import MarketTests


def test_subdivision_of_the_us() -> None:
    m = globalcs.get_market("US-MT")
    assert m.country == "US"
    assert m.currency == "USD"


def test_mountain_time() -> None:
    assert globalcs.get_market("US-MT").timezones == ("America/Denver",)


def test_privacy_is_the_mcdpa_with_the_department_of_justice() -> None:
    privacy = globalcs.get_market("US-MT").privacy
    assert privacy.code == "US-MT-CDPA"
    assert privacy.authority.startswith("Montana Department of Justice")
    assert privacy.marketing_email == "opt_out"


def test_requests_45_days_plus_45() -> None:
    deadline = globalcs.get_market("US-MT").privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (45, "days")
    assert (deadline.extension_amount, deadline.extension_unit) == (45, "days")
    assert "30-14-2808" in deadline.note


def test_dsar_due_in_calendar_days() -> None:
    # 1 October 2026 + 45 days = 15 November 2026; + 45 more = 30 December 2026
    assert globalcs.dsar_due("US-MT", dt.date(2026, 10, 1)) == dt.date(2026, 11, 15)
    assert globalcs.dsar_due("US-MT", dt.date(2026, 10, 1), extended=True) == dt.date(2026, 12, 30)


def test_breach_notice_has_no_fixed_period() -> None:
    privacy = globalcs.get_market("US-MT").privacy
    assert privacy.breach_notification_hours is None
    assert "30-14-1704" in privacy.breach_notification_note
    assert "Office of Consumer Protection" in privacy.breach_notification_note


class TestProfile(MarketTests):
    code = "US-MT"
