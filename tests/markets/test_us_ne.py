"""Key facts of the Nebraska (US-NE) market."""

import datetime as dt

import globalcs

from ._common import MarketTests


def test_subdivision_of_the_us() -> None:
    m = globalcs.get_market("US-NE")
    assert m.code == "US-NE"
    assert m.country == "US"
    assert m.currency == "USD"
    assert m.curated


def test_time_zones() -> None:
    assert globalcs.get_market("US-NE").timezones == ("America/Chicago", "America/Denver")


def test_privacy_is_the_state_law_with_the_attorney_general() -> None:
    privacy = globalcs.get_market("US-NE").privacy
    assert privacy.code == "US-NE-DPA"
    assert "Nebraska Attorney General" in privacy.authority
    assert privacy.marketing_email == "opt_out"


def test_requests_answered_in_45_days_plus_45() -> None:
    deadline = globalcs.get_market("US-NE").privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (45, "days")
    assert (deadline.extension_amount, deadline.extension_unit) == (45, "days")


def test_dsar_due_counts_calendar_days() -> None:
    # 2 March 2026 + 45 calendar days = 16 April 2026; + 45 more = 31 May 2026 (a Sunday: no roll)
    assert globalcs.dsar_due("US-NE", dt.date(2026, 3, 2)) == dt.date(2026, 4, 16)
    assert globalcs.dsar_due("US-NE", dt.date(2026, 3, 2), extended=True) == dt.date(2026, 5, 31)


def test_breach_notice_sets_no_hours() -> None:
    privacy = globalcs.get_market("US-NE").privacy
    assert privacy.breach_notification_hours is None
    assert "as soon as possible and without unreasonable delay" in privacy.breach_notification_note
    assert globalcs.breach_report_due("US-NE", dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC)) is None


def test_inherits_the_rest_from_the_us() -> None:
    state, us = globalcs.get_market("US-NE"), globalcs.get_market("US")
    assert state.formality == us.formality
    assert state.channels == us.channels
    assert state.payment_methods == us.payment_methods
    assert state.returns == us.returns


def test_curated_fields_have_sources() -> None:
    m = globalcs.get_market("US-NE")
    for field in ("privacy", "timezones"):
        assert m.sources[field], field


class TestProfile(MarketTests):
    code = "US-NE"
