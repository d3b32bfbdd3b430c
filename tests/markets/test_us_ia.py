"""Key facts of the Iowa (US-IA) market."""

import datetime as dt

import globalcs

from ._common import MarketTests


def test_subdivision_of_the_us() -> None:
    m = globalcs.get_market("US-IA")
    assert m.country == "US"
    assert m.currency == "USD"


def test_central_time() -> None:
    assert globalcs.get_market("US-IA").timezones == ("America/Chicago",)


def test_privacy_is_the_icdpa_with_the_attorney_general() -> None:
    privacy = globalcs.get_market("US-IA").privacy
    assert privacy.code == "US-IA-CDPA"
    assert privacy.authority == "Office of the Attorney General of Iowa"
    assert privacy.marketing_email == "opt_out"


def test_requests_90_days_plus_45() -> None:
    deadline = globalcs.get_market("US-IA").privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (90, "days")
    assert (deadline.extension_amount, deadline.extension_unit) == (45, "days")
    assert "715D.3" in deadline.note


def test_dsar_due_in_calendar_days() -> None:
    # 1 February 2026 + 90 days = 2 May 2026; + 45 more = 16 June 2026
    assert globalcs.dsar_due("US-IA", dt.date(2026, 2, 1)) == dt.date(2026, 5, 2)
    assert globalcs.dsar_due("US-IA", dt.date(2026, 2, 1), extended=True) == dt.date(2026, 6, 16)


def test_breach_notice_has_no_hour_limit() -> None:
    privacy = globalcs.get_market("US-IA").privacy
    assert privacy.breach_notification_hours is None
    assert "715C.2" in privacy.breach_notification_note
    assert "5 business days" in privacy.breach_notification_note


class TestProfile(MarketTests):
    code = "US-IA"
