"""Key facts of the California (US-CA) market."""

import globalcs

from ._common import MarketTests


def test_subdivision_of_the_us() -> None:
    m = globalcs.get_market("US-CA")
    assert m.code == "US-CA"
    assert m.country == "US"
    assert m.currency == "USD"
    assert m.curated


def test_pacific_time() -> None:
    assert globalcs.get_market("US-CA").timezones == ("America/Los_Angeles",)


def test_privacy_is_ccpa_with_cppa() -> None:
    privacy = globalcs.get_market("US-CA").privacy
    assert privacy.code == "CCPA"
    assert "California Privacy Protection Agency" in privacy.authority


def test_access_requests_45_days_plus_45() -> None:
    deadline = globalcs.get_market("US-CA").privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (45, "days")
    assert (deadline.extension_amount, deadline.extension_unit) == (45, "days")


def test_breach_notice_has_no_hour_limit() -> None:
    privacy = globalcs.get_market("US-CA").privacy
    assert privacy.breach_notification_hours is None
    assert "30 calendar days" in privacy.breach_notification_note


def test_marketing_email_is_opt_out() -> None:
    assert globalcs.get_market("US-CA").privacy.marketing_email == "opt_out"


def test_inherits_the_rest_from_the_us() -> None:
    ca, us = globalcs.get_market("US-CA"), globalcs.get_market("US")
    assert ca.formality == us.formality
    assert ca.channels == us.channels
    assert ca.returns == us.returns


def test_curated_fields_have_sources() -> None:
    m = globalcs.get_market("US-CA")
    for field in ("privacy", "timezones", "formality", "returns"):
        assert m.sources[field], field


def test_lists_and_their_ranking_come_from_the_us() -> None:
    ca, us = globalcs.get_market("US-CA"), globalcs.get_market("US")
    assert ca.payment_methods == us.payment_methods
    assert ca.payment_methods_basis == us.payment_methods_basis == "ecommerce_value"
    assert ca.payment_methods[0].share.measure == "ecommerce_value"


class TestProfile(MarketTests):
    code = "US-CA"
