"""Key facts of the Israeli market."""

import globalcs

from ._common import MarketTests

SOURCED_FIELDS = (
    "formality",
    "communication.directness",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_market_is_curated_in_shekels_and_hebrew() -> None:
    m = globalcs.get_market("IL")
    assert m.curated
    assert m.currency == "ILS"
    assert m.languages[0] == "he"


def test_weekend_is_friday_saturday() -> None:
    assert globalcs.get_market("IL").weekend == (4, 5)


def test_informal_register_with_direct_style() -> None:
    m = globalcs.get_market("IL")
    assert m.formality == "informal"
    assert m.minimum_formality == "informal"
    assert m.communication.directness == "direct"
    assert m.communication.first_names == "expected"


def test_privacy_is_protection_of_privacy_law() -> None:
    privacy = globalcs.get_market("IL").privacy
    assert privacy.code == "IL-PPL"
    assert "Privacy Protection Authority" in privacy.authority
    assert privacy.dsar_deadline is not None
    assert (privacy.dsar_deadline.amount, privacy.dsar_deadline.unit) == (30, "days")
    assert privacy.breach_notification_hours is None
    assert privacy.marketing_email == "opt_in_soft"


def test_fourteen_day_cancellation_of_distance_sales() -> None:
    returns = globalcs.get_market("IL").returns
    assert returns.withdrawal_days == 14
    assert returns.unit == "days"
    assert "14C" in returns.conditions


def test_whatsapp_first_and_cards_then_bit() -> None:
    m = globalcs.get_market("IL")
    assert m.channels[0].id == "whatsapp"
    assert m.channels[0].share.measure == "messenger_reach"
    assert m.channels_basis == "editorial"
    assert m.payment_methods_basis == "all_payments"
    assert m.payment_methods[0].share.measure == "all_payments"
    assert (m.payment_methods[0].id, m.payment_methods[0].funding) == ("card", "credit")
    assert "bit" in {p.id for p in m.payment_methods}


def test_every_curated_field_has_a_source() -> None:
    m = globalcs.get_market("IL")
    for name in SOURCED_FIELDS:
        assert m.sources[name], name


class TestProfile(MarketTests):
    code = "IL"
