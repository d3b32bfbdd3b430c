"""Key facts of the Hungarian market."""

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
    m = globalcs.get_market("hu_HU")
    assert m.code == "HU"
    assert m.currency == "HUF"
    assert m.languages[0] == "hu"


def test_magazas_is_the_default() -> None:
    m = globalcs.get_market("HU")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.minimum_formality == "neutral"
    assert m.communication.first_names == "after_invitation"


def test_privacy_is_gdpr_with_naih_and_strict_opt_in() -> None:
    assert_gdpr("HU", marketing_email="opt_in")
    privacy = globalcs.get_market("HU").privacy
    assert privacy.code == "GDPR"
    assert "NAIH" in privacy.authority


def test_cash_on_delivery_is_preferred() -> None:
    m = globalcs.get_market("HU")
    assert m.payment_methods_basis == "online_buyers_preferring"
    assert [p.id for p in m.payment_methods[:2]] == ["cash_on_delivery", "card"]
    share = m.payment_methods[0].share
    assert share is not None
    assert (share.value, share.measure, share.year) == (0.56, "online_buyers_preferring", 2019)
    assert m.payment_methods[1].share is None


def test_channels_are_editorial() -> None:
    m = globalcs.get_market("HU")
    assert m.channels_basis == "editorial"
    assert m.channels[0].id == "email"


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    assert_eu_withdrawal("HU")
    assert "45/2014" in globalcs.get_market("HU").returns.conditions


def test_curated_and_sourced() -> None:
    m = assert_curated_and_sourced("HU", CURATED_FIELDS)
    assert m.defaults == ()
    assert any("nmhh.hu" in s.url for s in m.sources["privacy"])


class TestProfile(MarketTests):
    code = "HU"
