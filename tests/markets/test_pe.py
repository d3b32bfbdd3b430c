"""Key facts of the Peruvian market."""

import globalcs

from ._common import MarketTests, assert_curated_and_sourced

CURATED = (
    "formality",
    "communication.directness",
    "communication.rapport_first",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_market_is_curated_in_soles_and_spanish() -> None:
    m = globalcs.get_market("PE")
    assert m.currency == "PEN"
    assert m.languages[0] == "es"


def test_usted_register() -> None:
    m = globalcs.get_market("PE")
    assert m.formality == "neutral"
    assert m.minimum_formality == "neutral"
    assert m.communication.directness == "indirect"
    assert m.communication.rapport_first is True


def test_privacy_is_ley_29733_with_48_hour_breach_notice() -> None:
    privacy = globalcs.get_market("PE").privacy
    assert privacy.code == "PE-PDPL"
    assert "Autoridad Nacional de Protección de Datos Personales" in privacy.authority
    assert privacy.breach_notification_hours == 48
    assert privacy.dsar_deadline is not None
    assert privacy.dsar_deadline.amount is None
    assert privacy.marketing_email == "opt_in"


def test_no_statutory_withdrawal_right() -> None:
    returns = globalcs.get_market("PE").returns
    assert returns.withdrawal_days is None
    assert "arrepentimiento" in returns.conditions


def test_cards_ranked_by_capece_transactions() -> None:
    m = globalcs.get_market("PE")
    assert m.payment_methods_basis == "ecommerce_transactions"
    assert [p.id for p in m.payment_methods] == ["card", "cash", "yape", "plin", "pagoefectivo"]
    # CAPECE's 59.2% covers the wallets together: neither gets a share of its own
    assert [p.share for p in m.payment_methods[2:]] == [None, None, None]
    assert m.payment_methods[4].kind == "voucher"
    card = m.payment_methods[0].share
    assert card is not None
    assert (card.value, card.measure, card.year) == (0.383, "ecommerce_transactions", 2025)


def test_editorial_channels_with_statutory_email_and_complaint_book() -> None:
    m = globalcs.get_market("PE")
    assert m.channels_basis == "editorial"
    assert [c.id for c in m.channels] == ["whatsapp", "phone", "email", "web_form"]


def test_every_curated_field_has_a_source() -> None:
    assert_curated_and_sourced("PE", CURATED)


class TestProfile(MarketTests):
    code = "PE"
