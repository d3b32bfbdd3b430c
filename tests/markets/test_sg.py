"""Key facts of the Singapore market."""

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
    m = globalcs.get_market("SG")
    assert m.curated
    assert not m.defaults
    for field in CURATED_FIELDS:
        assert m.sources[field], field


def test_currency_and_language() -> None:
    m = globalcs.get_market("SG")
    assert m.currency == "SGD"
    assert m.languages[0] == "en"


def test_neutral_english_register() -> None:
    m = globalcs.get_market("SG")
    assert m.formality == "neutral"
    assert m.minimum_formality == "neutral"


def test_privacy_is_sg_pdpa_thirty_days() -> None:
    privacy = globalcs.get_market("SG").privacy
    assert privacy.code == "SG-PDPA"
    assert "PDPC" in privacy.authority
    assert privacy.dsar_deadline is not None
    assert (privacy.dsar_deadline.amount, privacy.dsar_deadline.unit) == (30, "days")
    assert privacy.breach_notification_hours is None
    assert "3 calendar days" in privacy.breach_notification_note
    assert privacy.marketing_email == "opt_out"


def test_no_statutory_withdrawal_right() -> None:
    returns = globalcs.get_market("SG").returns
    assert returns.withdrawal_days is None
    assert "Lemon Law" in returns.conditions


def test_whatsapp_and_cards_first() -> None:
    m = globalcs.get_market("SG")
    assert m.channels[0].id == "whatsapp"
    assert m.channels_basis == "messenger_reach"
    assert m.payment_methods_basis == "ecommerce_transactions"
    assert [p.id for p in m.payment_methods[:2]] == ["card", "paynow"]
    share = m.payment_methods[0].share
    assert (share.value, share.measure, share.year) == (0.53, "ecommerce_transactions", 2022)
    assert m.payment_methods[1].share is None
    assert "grabpay" in {p.id for p in m.payment_methods}


class TestProfile(MarketTests):
    code = "SG"
