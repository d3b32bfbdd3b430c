"""Key facts of the Irish market."""

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
    m = globalcs.get_market("IE")
    assert m.currency == "EUR"
    assert m.languages[0] == "en"
    assert m.formality == "neutral"


def test_privacy_is_gdpr_with_dpc() -> None:
    m = globalcs.get_market("Ireland")
    assert m.privacy.code == "GDPR"
    assert "Data Protection Commission" in m.privacy.authority


def test_first_channel_and_payment_method() -> None:
    m = globalcs.get_market("IE")
    assert m.channels[0].id == "phone"
    assert (m.payment_methods[0].id, m.payment_methods[0].funding) == ("card", "debit")
    share = m.payment_methods[0].share
    assert share is not None
    assert (share.value, share.measure, share.year) == (0.844, "subgroup", 2023)
    assert m.payment_methods_basis == "editorial"
    assert m.channels_basis == "editorial"


def test_gdpr_deadlines() -> None:
    assert_gdpr("IE", marketing_email="opt_in_soft")


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    assert_eu_withdrawal("IE")


def test_curated_and_sourced() -> None:
    m = assert_curated_and_sourced("IE", CURATED_FIELDS)
    assert any("eur-lex.europa.eu" in s.url for s in m.sources["returns"])


class TestProfile(MarketTests):
    code = "IE"
