"""Key facts of the South African market."""

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


def test_market_is_curated_in_rand_and_english() -> None:
    m = globalcs.get_market("ZA")
    assert m.curated
    assert m.currency == "ZAR"
    assert m.languages[0] == "en"
    assert m.weekend == (5, 6)


def test_neutral_register_informal_in_chat() -> None:
    m = globalcs.get_market("ZA")
    assert m.formality == "neutral"
    assert m.messaging_formality == "informal"


def test_privacy_is_popia_with_paia_deadline() -> None:
    privacy = globalcs.get_market("ZA").privacy
    assert privacy.code == "POPIA"
    assert "Information Regulator" in privacy.authority
    assert privacy.dsar_deadline is not None
    assert (privacy.dsar_deadline.amount, privacy.dsar_deadline.unit) == (30, "days")
    assert privacy.dsar_deadline.extension_amount == 30
    assert privacy.breach_notification_hours is None


def test_marketing_opt_in_with_customer_exception() -> None:
    assert globalcs.get_market("ZA").privacy.marketing_email == "opt_in_soft"


def test_ecta_seven_day_cooling_off() -> None:
    returns = globalcs.get_market("ZA").returns
    assert returns.withdrawal_days == 7
    assert returns.unit == "days"
    assert returns.starts == "delivery"


def test_cards_first_then_instant_eft() -> None:
    m = globalcs.get_market("ZA")
    assert m.payment_methods[0].id == "card"
    assert m.payment_methods[1].id == "eft"
    assert m.channels[0].id == "whatsapp"
    assert m.channels_basis == "messenger_reach"
    assert m.channels[0].share.measure == "messenger_reach"
    assert m.payment_methods_basis == "ecommerce_transactions"
    card = m.payment_methods[0].share
    assert (card.value, card.measure, card.year) == (0.43, "ecommerce_transactions", 2023)
    assert m.payment_methods[1].share.measure == "online_buyers_using"
    assert "apple_pay" in {p.id for p in m.payment_methods}


def test_payment_sources_disagreement_is_recorded() -> None:
    m = globalcs.get_market("ZA")
    assert any(d.field == "payment_methods" for d in m.disagreements)


def test_every_curated_field_has_a_source() -> None:
    m = globalcs.get_market("ZA")
    for name in SOURCED_FIELDS:
        assert m.sources[name], name


class TestProfile(MarketTests):
    code = "ZA"
