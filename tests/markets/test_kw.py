"""Key facts of the Kuwaiti market."""

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


def test_market_is_curated_in_dinars_and_arabic() -> None:
    m = globalcs.get_market("KW")
    assert m.currency == "KWD"
    assert m.languages[0] == "ar"
    assert m.weekend == (4, 5)


def test_formal_modern_standard_arabic() -> None:
    m = globalcs.get_market("KW")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.communication.context == "high"


def test_no_comprehensive_privacy_law() -> None:
    m = globalcs.get_market("KW")
    privacy = m.privacy
    assert privacy.code == "NONE"
    assert "CITRA" in privacy.authority
    assert "26 of 2024" in privacy.note
    assert privacy.marketing_email is None
    assert [d.field for d in m.disagreements] == ["privacy"]


def test_fourteen_day_return_from_purchase() -> None:
    returns = globalcs.get_market("KW").returns
    assert returns.withdrawal_days == 14
    assert returns.unit == "days"
    assert returns.starts == "contract"
    assert "No. 39 of 2014" in returns.conditions


def test_knet_debit_first_with_tabby_and_cash_on_delivery() -> None:
    m = globalcs.get_market("KW")
    assert m.payment_methods_basis == "editorial"
    assert [p.id for p in m.payment_methods] == ["knet", "card", "tabby", "cash_on_delivery"]
    knet, card = m.payment_methods[:2]
    assert (knet.kind, knet.funding) == ("card", None)
    assert card.funding == "credit"


def test_whatsapp_first_by_editorial_order() -> None:
    m = globalcs.get_market("KW")
    assert m.channels_basis == "editorial"
    assert [c.id for c in m.channels] == ["whatsapp", "phone", "email"]


def test_every_curated_field_has_a_source() -> None:
    assert_curated_and_sourced("KW", CURATED)


class TestProfile(MarketTests):
    code = "KW"
