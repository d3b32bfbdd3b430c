"""Key facts of the Pakistani market."""

import globalcs

from ._common import MarketTests, assert_curated_and_sourced

SOURCED_FIELDS = (
    "formality",
    "communication.rapport_first",
    "communication.first_names",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_market_is_curated_in_rupees_with_urdu_first() -> None:
    m = assert_curated_and_sourced("PK", SOURCED_FIELDS)
    assert m.currency == "PKR"
    assert m.languages[0] == "ur"
    assert "en" in m.languages


def test_formal_register_with_aap_and_sahib() -> None:
    m = globalcs.get_market("PK")
    assert m.formality == "formal"
    assert m.minimum_formality == "neutral"
    assert m.communication.rapport_first is True
    assert m.communication.first_names == "accepted"


def test_cash_on_delivery_first_and_cards_a_small_share_of_digital_payments() -> None:
    m = globalcs.get_market("PK")
    assert (m.channels_basis, m.payment_methods_basis) == ("editorial", "editorial")
    assert [p.id for p in m.payment_methods] == [
        "cash_on_delivery",
        "mobile_money",
        "bank_transfer",
        "raast",
        "card",
    ]
    card = m.payment_methods[-1]
    assert card.share is not None
    assert (card.share.value, card.share.measure, card.share.year) == (0.07, "subgroup", 2025)
    whatsapp = m.channels[0]
    assert whatsapp.id == "whatsapp"
    assert whatsapp.share is not None
    assert (whatsapp.share.value, whatsapp.share.measure, whatsapp.share.year) == (
        0.39,
        "messenger_reach",
        2019,
    )


def test_no_comprehensive_privacy_law_and_marketing_needs_permission() -> None:
    privacy = globalcs.get_market("PK").privacy
    assert privacy.code == "NONE"
    assert "Personal Data Protection Bill" in privacy.note
    assert "PTA" in privacy.authority
    assert privacy.marketing_email == "opt_in"


def test_no_statutory_withdrawal_right() -> None:
    returns = globalcs.get_market("PK").returns
    assert returns.withdrawal_days is None
    assert "Punjab Consumer Protection Act 2005" in returns.conditions


class TestProfile(MarketTests):
    code = "PK"
