"""Key facts of the Slovak market."""

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
    m = globalcs.get_market("sk_SK")
    assert m.code == "SK"
    assert m.currency == "EUR"
    assert m.languages[0] == "sk"


def test_vykanie_is_the_default() -> None:
    m = globalcs.get_market("SK")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.minimum_formality == "neutral"
    assert m.communication.first_names == "after_invitation"
    assert "Vykanie" in m.notes["formality"]


def test_cash_on_delivery_comes_first() -> None:
    m = globalcs.get_market("SK")
    assert m.payment_methods_basis == "editorial"
    methods = m.payment_methods
    assert [p.id for p in methods] == ["cash_on_delivery", "card", "bank_transfer"]
    assert methods[0].kind == "cash"
    assert all(p.share is None for p in methods)


def test_phone_is_the_first_channel() -> None:
    m = globalcs.get_market("SK")
    assert m.channels_basis == "editorial"
    assert [c.id for c in m.channels] == ["phone", "email", "live_chat"]


def test_privacy_is_gdpr_with_the_slovak_office() -> None:
    privacy = globalcs.get_market("SK").privacy
    assert privacy.code == "GDPR"
    assert "Úrad na ochranu osobných údajov" in privacy.authority
    assert privacy.authority_url == "https://dataprotection.gov.sk/"
    assert "§ 116" in privacy.note
    assert_gdpr("SK", marketing_email="opt_in_soft")


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    assert_eu_withdrawal("SK")
    returns = globalcs.get_market("SK").returns
    assert "108/2024" in returns.conditions


def test_curated_and_sourced() -> None:
    m = assert_curated_and_sourced("SK", CURATED_FIELDS)
    assert m.defaults == ()
    assert any("dataprotection.gov.sk" in s.url for s in m.sources["privacy"])


class TestProfile(MarketTests):
    code = "SK"
