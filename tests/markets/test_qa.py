"""Key facts of the Qatari market."""

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


def test_market_is_curated_in_riyals_and_arabic() -> None:
    m = globalcs.get_market("QA")
    assert m.currency == "QAR"
    assert m.languages[0] == "ar"
    assert m.weekend == (4, 5)


def test_formal_modern_standard_arabic() -> None:
    m = globalcs.get_market("QA")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.communication.directness == "indirect"


def test_privacy_is_pdppl_with_ncsa() -> None:
    privacy = globalcs.get_market("QA").privacy
    assert privacy.code == "QA-PDPPL"
    assert "NCSA" in privacy.authority
    assert privacy.dsar_deadline is not None
    assert privacy.dsar_deadline.amount is None
    assert privacy.breach_notification_hours is None
    assert privacy.marketing_email == "opt_in"


def test_three_day_e_commerce_withdrawal_unless_agreed() -> None:
    returns = globalcs.get_market("QA").returns
    assert returns.withdrawal_days == 3
    assert returns.unit == "days"
    assert returns.starts == "contract"
    assert returns.seller_policy_overrides is True
    assert "art. 57" in returns.conditions


def test_naps_debit_cards_first_then_cash_on_delivery() -> None:
    m = globalcs.get_market("QA")
    assert m.payment_methods_basis == "editorial"
    assert [p.id for p in m.payment_methods] == ["naps", "card", "cash_on_delivery"]
    assert m.payment_methods[0].kind == "card"
    assert m.payment_methods[1].funding == "credit"
    assert any("qcb.gov.qa" in s.url for s in m.sources["payment_methods"])


def test_whatsapp_first_by_editorial_order() -> None:
    m = globalcs.get_market("QA")
    assert m.channels_basis == "editorial"
    assert m.channels[0].id == "whatsapp"


def test_every_curated_field_has_a_source() -> None:
    assert_curated_and_sourced("QA", CURATED)


class TestProfile(MarketTests):
    code = "QA"
