"""Key facts of the Romanian market."""

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
    m = globalcs.get_market("ro_RO")
    assert m.code == "RO"
    assert m.currency == "RON"
    assert m.languages[0] == "ro"


def test_dumneavoastra_is_the_default() -> None:
    m = globalcs.get_market("RO")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.minimum_formality == "neutral"
    assert m.communication.first_names == "after_invitation"
    assert "dumneavoastră" in m.notes["formality"]


def test_privacy_is_gdpr_with_anspdcp_and_express_consent() -> None:
    assert_gdpr("RO", marketing_email="opt_in")
    privacy = globalcs.get_market("RO").privacy
    assert privacy.code == "GDPR"
    assert "ANSPDCP" in privacy.authority


def test_card_then_cash_on_delivery() -> None:
    m = globalcs.get_market("RO")
    assert m.payment_methods_basis == "online_buyers_using"
    assert [p.id for p in m.payment_methods[:2]] == ["card", "cash_on_delivery"]
    share = m.payment_methods[0].share
    assert share is not None
    assert (share.value, share.measure, share.year) == (0.70, "online_buyers_using", 2025)
    assert m.payment_methods[1].share is None


def test_channels_are_editorial() -> None:
    m = globalcs.get_market("RO")
    assert m.channels_basis == "editorial"
    assert m.channels[0].id == "email"


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    assert_eu_withdrawal("RO")
    assert "art. 9" in globalcs.get_market("RO").returns.conditions


def test_curated_and_sourced() -> None:
    m = assert_curated_and_sourced("RO", CURATED_FIELDS)
    assert m.defaults == ()
    assert any("anpc.ro" in s.url for s in m.sources["returns"])


class TestProfile(MarketTests):
    code = "RO"
