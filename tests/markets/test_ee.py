"""Key facts of the Estonian market."""

import globalcs

from ._common import MarketTests, assert_curated_and_sourced, assert_eu_withdrawal, assert_gdpr

CURATED_FIELDS = (
    "formality",
    "communication.rapport_first",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_currency_and_language() -> None:
    m = globalcs.get_market("et_EE")
    assert m.code == "EE"
    assert m.currency == "EUR"
    assert m.languages[0] == "et"


def test_teie_by_default_sina_tolerated() -> None:
    m = globalcs.get_market("EE")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.minimum_formality == "informal"
    assert "Teie" in m.notes["formality"]
    assert m.communication.rapport_first is False
    assert any(d.field == "formality" for d in m.disagreements)


def test_bank_links_lead_by_value() -> None:
    m = globalcs.get_market("EE")
    assert m.payment_methods_basis == "ecommerce_value"
    methods = m.payment_methods
    assert [p.id for p in methods] == ["online_banking", "card", "apple_pay"]
    assert methods[0].kind == "bank_redirect"
    share = methods[0].share
    assert share is not None
    assert (share.value, share.measure, share.year) == (0.76, "ecommerce_value", 2021)
    assert methods[1].share is None


def test_channels_are_editorial() -> None:
    m = globalcs.get_market("EE")
    assert m.channels_basis == "editorial"
    assert [c.id for c in m.channels] == ["email", "phone", "live_chat"]


def test_privacy_is_gdpr_with_aki() -> None:
    privacy = globalcs.get_market("EE").privacy
    assert privacy.code == "GDPR"
    assert "Andmekaitse Inspektsioon" in privacy.authority
    assert privacy.authority_url == "https://www.aki.ee/"
    assert "§ 103¹" in privacy.note
    assert_gdpr("EE", marketing_email="opt_in_soft")


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    assert_eu_withdrawal("EE")
    assert "§ 56(1)" in globalcs.get_market("EE").returns.conditions


def test_curated_and_sourced() -> None:
    m = assert_curated_and_sourced("EE", CURATED_FIELDS)
    assert m.defaults == ()
    assert any("aki.ee" in s.url for s in m.sources["privacy"])


class TestProfile(MarketTests):
    code = "EE"
