"""Key facts of the Omani market."""

import globalcs

from ._common import MarketTests, assert_curated_and_sourced

CURATED = (
    "formality",
    "communication.context",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_market_is_curated_in_rials_and_arabic() -> None:
    m = globalcs.get_market("OM")
    assert m.currency == "OMR"
    assert m.languages[0] == "ar"
    assert m.weekend == (4, 5)


def test_formal_modern_standard_arabic() -> None:
    m = globalcs.get_market("OM")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.communication.directness == "indirect"


def test_privacy_is_pdpl_with_mtcit_and_72_hour_breach_report() -> None:
    privacy = globalcs.get_market("OM").privacy
    assert privacy.code == "OM-PDPL"
    assert "MTCIT" in privacy.authority
    assert privacy.breach_notification_hours == 72
    assert privacy.dsar_deadline is not None
    assert privacy.dsar_deadline.amount is None
    assert privacy.marketing_email == "opt_in"


def test_no_general_withdrawal_right() -> None:
    returns = globalcs.get_market("OM").returns
    assert returns.withdrawal_days is None
    assert "66/2014" in returns.conditions


def test_debit_cards_through_omannet() -> None:
    m = globalcs.get_market("OM")
    assert m.payment_methods_basis == "editorial"
    assert [p.id for p in m.payment_methods] == ["omannet", "card"]
    assert m.payment_methods[0].kind == "card"
    assert m.payment_methods[1].funding == "credit"


def test_whatsapp_first_by_editorial_order() -> None:
    m = globalcs.get_market("OM")
    assert m.channels_basis == "editorial"
    assert [c.id for c in m.channels] == ["whatsapp", "phone", "email"]


def test_every_curated_field_has_a_source() -> None:
    assert_curated_and_sourced("OM", CURATED)


class TestProfile(MarketTests):
    code = "OM"
