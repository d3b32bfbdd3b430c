"""Key facts of the Croatian market."""

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
    m = globalcs.get_market("hr_HR")
    assert m.code == "HR"
    assert m.currency == "EUR"
    assert m.languages[0] == "hr"


def test_respectful_vi_is_the_default() -> None:
    m = globalcs.get_market("HR")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.minimum_formality == "neutral"
    assert m.communication.first_names == "after_invitation"
    assert "Vi" in m.notes["formality"]


def test_card_with_instalments_then_cash_on_delivery() -> None:
    m = globalcs.get_market("HR")
    assert m.payment_methods_basis == "editorial"
    methods = m.payment_methods
    assert [p.id for p in methods] == ["card", "cash_on_delivery", "paypal", "bank_transfer"]
    assert methods[0].instalments
    assert methods[1].kind == "cash"
    assert all(p.share is None for p in methods)
    assert any(d.field == "payment_methods" for d in m.disagreements)


def test_channels_are_editorial() -> None:
    m = globalcs.get_market("HR")
    assert m.channels_basis == "editorial"
    assert [c.id for c in m.channels] == ["email", "phone", "live_chat"]


def test_privacy_is_gdpr_with_azop() -> None:
    privacy = globalcs.get_market("HR").privacy
    assert privacy.code == "GDPR"
    assert "AZOP" in privacy.authority
    assert privacy.authority_url == "https://azop.hr/"
    assert "art. 50" in privacy.note
    assert_gdpr("HR", marketing_email="opt_in_soft")


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    assert_eu_withdrawal("HR")
    returns = globalcs.get_market("HR").returns
    assert "art. 79(1)" in returns.conditions
    assert "NN 19/22" in returns.conditions


def test_curated_and_sourced() -> None:
    m = assert_curated_and_sourced("HR", CURATED_FIELDS)
    assert m.defaults == ()
    assert any("azop.hr" in s.url for s in m.sources["privacy"])


class TestProfile(MarketTests):
    code = "HR"
