"""Key facts of the New Zealand market."""

import globalcs

from ._common import MarketTests

CURATED_FIELDS = (
    "formality",
    "communication.directness",
    "communication.context",
    "communication.first_names",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_market_is_curated_and_sourced() -> None:
    m = globalcs.get_market("NZ")
    assert m.curated
    assert not m.defaults
    for field in CURATED_FIELDS:
        assert m.sources[field], field


def test_currency_and_language() -> None:
    m = globalcs.get_market("NZ")
    assert m.currency == "NZD"
    assert m.languages[0] == "en"


def test_informal_first_name_register() -> None:
    m = globalcs.get_market("NZ")
    assert m.formality == "informal"
    assert m.communication.first_names == "expected"


def test_privacy_act_twenty_working_days() -> None:
    privacy = globalcs.get_market("NZ").privacy
    assert privacy.code == "NZ-PRIVACY-ACT"
    assert "Privacy Commissioner" in privacy.authority
    assert privacy.dsar_deadline is not None
    assert (privacy.dsar_deadline.amount, privacy.dsar_deadline.unit) == (20, "business_days")
    assert privacy.breach_notification_hours is None
    assert "as soon as practicable" in privacy.breach_notification_note
    assert privacy.marketing_email == "opt_in_soft"


def test_no_change_of_mind_right() -> None:
    returns = globalcs.get_market("NZ").returns
    assert returns.withdrawal_days is None
    assert "Consumer Guarantees Act" in returns.conditions


def test_phone_and_card_first() -> None:
    m = globalcs.get_market("NZ")
    assert m.channels[0].id == "phone"
    assert m.payment_methods[0].id == "card"
    assert m.channels_basis == "support_contacts"
    assert m.payment_methods_basis == "ecommerce_transactions"
    card = m.payment_methods[0].share
    assert (card.value, card.measure, card.year) == (0.57, "ecommerce_transactions", 2023)
    assert {"poli", "afterpay"} <= {p.id for p in m.payment_methods}


class TestProfile(MarketTests):
    code = "NZ"
