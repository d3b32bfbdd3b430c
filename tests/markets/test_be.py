"""Key facts of the Belgian market."""

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


def test_currency_and_languages() -> None:
    m = globalcs.get_market("BE")
    assert m.currency == "EUR"
    assert {"nl", "fr"} <= set(m.languages)


def test_formal_register() -> None:
    m = globalcs.get_market("Belgium")
    assert m.formality == "formal"
    assert m.minimum_formality == "neutral"


def test_privacy_is_gdpr_with_the_belgian_authority() -> None:
    m = globalcs.get_market("BE")
    assert m.privacy.code == "GDPR"
    assert "APD/GBA" in m.privacy.authority


def test_bancontact_comes_first() -> None:
    m = globalcs.get_market("BE")
    assert m.payment_methods[0].id == "bancontact"
    share = m.payment_methods[0].share
    assert (share.value, share.measure, share.year) == (0.73, "online_buyers_preferring", 2024)
    assert m.payment_methods_basis == "online_buyers_preferring"
    # Payconiq by Bancontact has no share of its own, so it follows the measured methods
    assert m.payment_methods[-1].id == "payconiq"
    assert m.payment_methods[-1].share is None
    assert m.channels_basis == "editorial"
    assert m.channels[0].id == "phone"


def test_gdpr_deadlines() -> None:
    assert_gdpr("BE", marketing_email="opt_in_soft")


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    assert_eu_withdrawal("BE")


def test_curated_and_sourced() -> None:
    m = assert_curated_and_sourced("BE", CURATED_FIELDS)
    assert any("eur-lex.europa.eu" in s.url for s in m.sources["returns"])


class TestProfile(MarketTests):
    code = "BE"
