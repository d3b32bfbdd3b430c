"""Key facts of the Bulgarian market."""

import globalcs

from ._common import MarketTests, assert_curated_and_sourced, assert_eu_withdrawal, assert_gdpr

CURATED_FIELDS = (
    "formality",
    "communication.first_names",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_currency_and_language() -> None:
    m = globalcs.get_market("bg_BG")
    assert m.code == "BG"
    # Bulgaria adopted the euro on 1 January 2026 (CLDR).
    assert m.currency == "EUR"
    assert m.languages[0] == "bg"


def test_polite_vie_is_the_default() -> None:
    m = globalcs.get_market("BG")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.minimum_formality == "neutral"
    assert m.communication.first_names == "after_invitation"
    assert "Вие" in m.notes["formality"]


def test_privacy_is_gdpr_with_cpdp_and_prior_consent() -> None:
    assert_gdpr("BG", marketing_email="opt_in")
    privacy = globalcs.get_market("BG").privacy
    assert privacy.code == "GDPR"
    assert "КЗЛД" in privacy.authority
    assert privacy.authority_url == "https://www.cpdp.bg/"


def test_cash_on_delivery_leads_online_payments() -> None:
    m = globalcs.get_market("BG")
    assert m.payment_methods_basis == "ecommerce_transactions"
    assert [p.id for p in m.payment_methods[:2]] == ["cash_on_delivery", "card"]
    cod = m.payment_methods[0].share
    card = m.payment_methods[1].share
    assert cod is not None
    assert card is not None
    assert (cod.value, cod.measure, cod.year) == (0.60, "ecommerce_transactions", 2023)
    assert (card.value, card.measure, card.year) == (0.3132, "ecommerce_transactions", 2023)


def test_channels_are_editorial() -> None:
    m = globalcs.get_market("BG")
    assert m.channels_basis == "editorial"
    assert m.channels[0].id == "email"


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    assert_eu_withdrawal("BG")
    assert "art. 50" in globalcs.get_market("BG").returns.conditions


def test_curated_and_sourced() -> None:
    m = assert_curated_and_sourced("BG", CURATED_FIELDS)
    assert m.defaults == ()
    assert any("ibl.bas.bg" in s.url for s in m.sources["formality"])


class TestProfile(MarketTests):
    code = "BG"
