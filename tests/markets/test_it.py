"""Key facts of the Italian market."""

import globalcs

from ._common import MarketTests, assert_curated_and_sourced, assert_eu_withdrawal, assert_gdpr

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


def test_currency_and_language() -> None:
    m = globalcs.get_market("IT")
    assert m.currency == "EUR"
    assert m.languages[0] == "it"


def test_lei_is_the_default() -> None:
    m = globalcs.get_market("Italy")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.minimum_formality == "neutral"
    assert any(d.field == "formality" for d in m.disagreements)


def test_privacy_is_gdpr_with_the_garante() -> None:
    m = globalcs.get_market("IT")
    assert m.privacy.code == "GDPR"
    assert "Garante" in m.privacy.authority


def test_wallets_and_prepaid_cards() -> None:
    m = globalcs.get_market("IT")
    assert m.payment_methods[0].id == "paypal"
    prepaid = next(p for p in m.payment_methods if (p.id, p.funding) == ("card", "prepaid"))
    assert prepaid.kind == "card"
    assert (prepaid.share.value, prepaid.share.measure, prepaid.share.year) == (
        0.266,
        "ecommerce_transactions",
        2024,
    )
    assert m.payment_methods_basis == "editorial"
    assert m.payment_methods[0].share is None
    assert m.channels[0].id == "phone"


def test_gdpr_deadlines() -> None:
    assert_gdpr("IT", marketing_email="opt_in_soft")


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    assert_eu_withdrawal("IT")


def test_curated_and_sourced() -> None:
    m = assert_curated_and_sourced("IT", CURATED_FIELDS)
    assert any("eur-lex.europa.eu" in s.url for s in m.sources["returns"])


class TestProfile(MarketTests):
    code = "IT"
