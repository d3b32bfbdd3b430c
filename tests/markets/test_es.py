"""Key facts of the Spanish market."""

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
    m = globalcs.get_market("ES")
    assert m.currency == "EUR"
    assert m.languages[0] == "es"


def test_usted_by_default_tu_in_chat() -> None:
    m = globalcs.get_market("Spain")
    assert m.formality == "neutral"
    assert m.messaging_formality == "informal"
    assert m.communication.rapport_first is True


def test_privacy_is_gdpr_with_aepd() -> None:
    m = globalcs.get_market("ES")
    assert m.privacy.code == "GDPR"
    assert "AEPD" in m.privacy.authority


def test_cards_first_and_bizum_listed() -> None:
    m = globalcs.get_market("ES")
    assert m.payment_methods[0].id == "card"
    assert "bizum" in [p.id for p in m.payment_methods]
    assert "whatsapp" in [c.id for c in m.channels]
    assert m.channels[0].id == "phone"


def test_ranking_bases() -> None:
    m = globalcs.get_market("ES")
    assert m.payment_methods_basis == "editorial"
    assert m.channels_basis == "editorial"
    assert m.payment_methods[0].share is None
    bizum = next(p for p in m.payment_methods if p.id == "bizum").share
    assert bizum is not None
    assert (bizum.value, bizum.measure, bizum.year) == (0.103, "online_buyers_using", 2024)


def test_gdpr_deadlines() -> None:
    assert_gdpr("ES", marketing_email="opt_in_soft")


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    assert_eu_withdrawal("ES")


def test_curated_and_sourced() -> None:
    m = assert_curated_and_sourced("ES", CURATED_FIELDS)
    assert any("eur-lex.europa.eu" in s.url for s in m.sources["returns"])


class TestProfile(MarketTests):
    code = "ES"
