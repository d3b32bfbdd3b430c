"""Key facts of the United Arab Emirates market."""

import globalcs

from ._common import MarketTests

SOURCED_FIELDS = (
    "languages",
    "formality",
    "communication.context",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_market_is_curated_in_dirhams_arabic_then_english() -> None:
    m = globalcs.get_market("AE")
    assert m.curated
    assert m.currency == "AED"
    assert m.languages == ("ar", "en")


def test_weekend_is_saturday_sunday_since_2022() -> None:
    assert globalcs.get_market("AE").weekend == (5, 6)


def test_formal_register() -> None:
    m = globalcs.get_market("AE")
    assert m.formality == "formal"
    assert m.minimum_formality == "neutral"


def test_privacy_is_pdpl_without_fixed_periods() -> None:
    privacy = globalcs.get_market("AE").privacy
    assert privacy.code == "PDPL-AE"
    assert "Data Office" in privacy.authority
    assert privacy.breach_notification_hours is None
    assert privacy.dsar_deadline is not None
    assert privacy.dsar_deadline.amount is None
    assert privacy.marketing_email == "opt_in"


def test_no_general_statutory_withdrawal_right() -> None:
    returns = globalcs.get_market("AE").returns
    assert returns.withdrawal_days is None
    assert "15/2020" in returns.conditions


def test_cards_first_then_wallets_and_bnpl() -> None:
    m = globalcs.get_market("AE")
    ids = [p.id for p in m.payment_methods]
    assert ids[0] == "card"
    assert {"apple_pay", "tabby", "tamara", "cash_on_delivery"} <= set(ids)
    assert m.channels[0].id == "whatsapp"
    assert any(d.field == "payment_methods" for d in m.disagreements)


def test_lists_are_ordered_editorially_without_dated_shares() -> None:
    m = globalcs.get_market("AE")
    assert m.payment_methods_basis == "editorial"
    assert m.channels_basis == "editorial"
    assert m.payment_methods[0].share is None
    assert "ranking" in m.notes


def test_every_curated_field_has_a_source() -> None:
    m = globalcs.get_market("AE")
    for name in SOURCED_FIELDS:
        assert m.sources[name], name


class TestProfile(MarketTests):
    code = "AE"
