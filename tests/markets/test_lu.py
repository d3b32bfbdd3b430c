"""Key facts of the Luxembourg market."""

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


def test_currency_and_languages() -> None:
    m = globalcs.get_market("fr_LU")
    assert m.code == "LU"
    assert m.currency == "EUR"
    assert set(m.languages) >= {"fr", "de", "lb"}


def test_polite_form_is_the_default() -> None:
    m = globalcs.get_market("LU")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.minimum_formality == "neutral"
    assert m.communication.first_names == "after_invitation"
    assert "Dir" in m.notes["formality"]


def test_privacy_is_gdpr_with_cnpd_and_soft_opt_in() -> None:
    assert_gdpr("LU", marketing_email="opt_in_soft")
    privacy = globalcs.get_market("LU").privacy
    assert privacy.code == "GDPR"
    assert "CNPD" in privacy.authority
    assert privacy.authority_url == "https://cnpd.public.lu/"


def test_card_then_paypal() -> None:
    m = globalcs.get_market("LU")
    assert m.payment_methods_basis == "online_buyers_using"
    assert [p.id for p in m.payment_methods] == ["card", "paypal"]
    card = m.payment_methods[0].share
    assert card is not None
    assert (card.value, card.measure, card.year) == (0.56, "online_buyers_using", 2020)
    assert m.payment_methods[1].share.value == 0.50


def test_channels_are_editorial() -> None:
    m = globalcs.get_market("LU")
    assert m.channels_basis == "editorial"
    assert m.channels[0].id == "email"


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    assert_eu_withdrawal("LU")


def test_curated_and_sourced() -> None:
    m = assert_curated_and_sourced("LU", CURATED_FIELDS)
    assert m.defaults == ()
    assert any("legilux.public.lu" in s.url for s in m.sources["returns"])
    assert any("cnpd.public.lu" in s.url for s in m.sources["privacy"])


class TestProfile(MarketTests):
    code = "LU"
