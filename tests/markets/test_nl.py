"""Key facts of the Dutch market."""

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
    m = globalcs.get_market("nl_NL")
    assert m.currency == "EUR"
    assert m.languages[0] == "nl"


def test_u_by_default_je_in_chat() -> None:
    m = globalcs.get_market("NL")
    assert m.formality == "neutral"
    assert m.messaging_formality == "informal"
    assert m.minimum_formality == "informal"
    assert m.communication.directness == "direct"


def test_privacy_is_gdpr_with_the_ap() -> None:
    m = globalcs.get_market("NL")
    assert m.privacy.code == "GDPR"
    assert "Autoriteit Persoonsgegevens" in m.privacy.authority


def test_ideal_first_and_wero_noted() -> None:
    m = globalcs.get_market("NL")
    assert m.payment_methods[0].id == "ideal"
    ideal = m.payment_methods[0].share
    assert (ideal.value, ideal.measure, ideal.year) == (0.62, "ecommerce_transactions", 2022)
    assert m.payment_methods_basis == "ecommerce_transactions"
    assert m.channels_basis == "support_contacts"
    assert m.channels[0].share.measure == "support_contacts"
    assert any("wero" in s.url.lower() for s in m.sources["payment_methods"])
    assert m.channels[0].id == "phone"


def test_gdpr_deadlines() -> None:
    assert_gdpr("NL", marketing_email="opt_in_soft")


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    assert_eu_withdrawal("NL")


def test_curated_and_sourced() -> None:
    m = assert_curated_and_sourced("NL", CURATED_FIELDS)
    assert any("eur-lex.europa.eu" in s.url for s in m.sources["returns"])


class TestProfile(MarketTests):
    code = "NL"
