"""Key facts of the Japan market."""

import globalcs

from ._common import MarketTests

CURATED_FIELDS = (
    "formality",
    "communication.directness",
    "communication.context",
    "communication.rapport_first",
    "communication.apology",
    "communication.humour",
    "communication.first_names",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_market_is_curated_and_sourced() -> None:
    m = globalcs.get_market("JP")
    assert m.curated
    assert not m.defaults
    for field in CURATED_FIELDS:
        assert m.sources[field], field


def test_currency_and_language() -> None:
    m = globalcs.get_market("JP")
    assert m.currency == "JPY"
    assert m.languages[0] == "ja"


def test_keigo_register() -> None:
    m = globalcs.get_market("Japan")
    assert m.formality == "very_formal"
    assert m.messaging_formality == "formal"
    assert m.minimum_formality == "formal"
    assert m.communication.context == "high"
    assert m.communication.first_names == "avoid"


def test_privacy_is_appi_with_ppc() -> None:
    m = globalcs.get_market("JP")
    assert m.privacy.code == "APPI"
    assert "PPC" in m.privacy.authority
    assert m.privacy.marketing_email == "opt_in"


def test_appi_sets_no_fixed_periods() -> None:
    privacy = globalcs.get_market("JP").privacy
    assert privacy.dsar_deadline is not None
    assert privacy.dsar_deadline.amount is None
    assert "without delay" in privacy.dsar_deadline.note
    assert privacy.breach_notification_hours is None
    assert "30 days" in privacy.breach_notification_note


def test_returns_eight_days_unless_seller_policy() -> None:
    returns = globalcs.get_market("JP").returns
    assert returns.withdrawal_days == 8
    assert returns.unit == "days"
    assert returns.starts == "delivery"
    assert returns.seller_policy_overrides is True


def test_line_and_cards_first() -> None:
    m = globalcs.get_market("JP")
    assert m.channels[0].id == "line"
    assert m.channels[0].share.measure == "messenger_reach"
    assert m.channels_basis == "editorial"
    assert m.payment_methods_basis == "online_buyers_using"
    card = m.payment_methods[0].share
    assert (card.value, card.measure, card.year) == (0.759, "online_buyers_using", 2022)
    assert (m.payment_methods[0].id, m.payment_methods[0].funding) == ("card", "credit")
    assert {"konbini", "paypay"} <= {p.id for p in m.payment_methods}


class TestProfile(MarketTests):
    code = "JP"
