"""Key facts of the French market."""

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
    m = globalcs.get_market("fr-FR")
    assert m.currency == "EUR"
    assert m.languages[0] == "fr"


def test_vouvoiement_is_the_default() -> None:
    m = globalcs.get_market("FR")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.minimum_formality == "neutral"
    assert m.communication.first_names == "after_invitation"


def test_privacy_is_gdpr_with_cnil() -> None:
    m = globalcs.get_market("FR")
    assert m.privacy.code == "GDPR"
    assert "CNIL" in m.privacy.authority


def test_cartes_bancaires_come_first() -> None:
    m = globalcs.get_market("FR")
    assert m.payment_methods[0].id == "cartes_bancaires"
    assert m.payment_methods[0].kind == "card"
    assert m.channels[0].id == "phone"


def test_ranking_bases_and_wallets() -> None:
    m = globalcs.get_market("FR")
    # Mollie's preference shares were dropped (no primary source found): editorial order.
    assert m.payment_methods_basis == "editorial"
    assert [p.id for p in m.payment_methods][:2] == ["cartes_bancaires", "paypal"]
    assert all(p.share is None for p in m.payment_methods)
    assert {"apple_pay", "google_pay"} <= {p.id for p in m.payment_methods}
    assert m.channels_basis == "editorial"


def test_gdpr_deadlines() -> None:
    assert_gdpr("FR", marketing_email="opt_in_soft")


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    assert_eu_withdrawal("FR")


def test_curated_and_sourced() -> None:
    m = assert_curated_and_sourced("FR", CURATED_FIELDS)
    assert any("eur-lex.europa.eu" in s.url for s in m.sources["returns"])


class TestProfile(MarketTests):
    code = "FR"
