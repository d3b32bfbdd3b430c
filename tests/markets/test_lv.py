"""Key facts of the Latvian market."""

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
    m = globalcs.get_market("lv_LV")
    assert m.code == "LV"
    assert m.currency == "EUR"
    assert m.languages[0] == "lv"


def test_capitalised_jus_is_the_default() -> None:
    m = globalcs.get_market("LV")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.minimum_formality == "neutral"
    assert m.communication.first_names == "after_invitation"
    assert "Jūs" in m.notes["formality"]


def test_bank_links_then_debit_cards() -> None:
    m = globalcs.get_market("LV")
    assert m.payment_methods_basis == "editorial"
    methods = m.payment_methods
    assert [p.id for p in methods] == ["online_banking", "card"]
    assert methods[0].kind == "bank_redirect"
    assert methods[1].funding == "debit"
    assert all(p.share is None for p in methods)
    assert any(d.field == "payment_methods" for d in m.disagreements)


def test_channels_are_editorial() -> None:
    m = globalcs.get_market("LV")
    assert m.channels_basis == "editorial"
    assert [c.id for c in m.channels] == ["email", "phone", "live_chat"]


def test_privacy_is_gdpr_with_dvi() -> None:
    privacy = globalcs.get_market("LV").privacy
    assert privacy.code == "GDPR"
    assert "Datu valsts inspekcija" in privacy.authority
    assert privacy.authority_url == "https://www.dvi.gov.lv/"
    assert "art. 9(2)" in privacy.note
    assert_gdpr("LV", marketing_email="opt_in_soft")


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    assert_eu_withdrawal("LV")
    conditions = globalcs.get_market("LV").returns.conditions
    assert "No. 255" in conditions
    assert "art. 12" in conditions


def test_curated_and_sourced() -> None:
    m = assert_curated_and_sourced("LV", CURATED_FIELDS)
    assert m.defaults == ()
    assert any("likumi.lv" in s.url for s in m.sources["returns"])


class TestProfile(MarketTests):
    code = "LV"
