"""Key facts of the Moroccan market."""

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


def test_market_is_curated_in_dirhams_arabic_and_french() -> None:
    m = globalcs.get_market("MA")
    assert m.currency == "MAD"
    assert m.languages[:2] == ("ar", "fr")
    assert m.weekend == (5, 6)


def test_formal_register_and_high_context_style() -> None:
    m = globalcs.get_market("MA")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.communication.context == "high"
    assert m.communication.rapport_first is True


def test_privacy_is_loi_09_08_with_cndp() -> None:
    privacy = globalcs.get_market("MA").privacy
    assert privacy.code == "MA-PDPL"
    assert "CNDP" in privacy.authority
    assert privacy.dsar_deadline is not None
    assert privacy.dsar_deadline.amount is None
    assert privacy.breach_notification_hours is None
    assert privacy.marketing_email == "opt_in_soft"


def test_seven_day_withdrawal_under_loi_31_08() -> None:
    returns = globalcs.get_market("MA").returns
    assert returns.withdrawal_days == 7
    assert returns.unit == "days"
    assert returns.starts == "delivery"
    assert "art. 36" in returns.conditions


def test_cash_on_delivery_leads_online_buyers() -> None:
    m = globalcs.get_market("MA")
    assert m.payment_methods_basis == "online_buyers_using"
    assert [p.id for p in m.payment_methods][:2] == ["cash_on_delivery", "card"]
    cod = m.payment_methods[0].share
    assert cod is not None
    assert (cod.value, cod.measure, cod.year) == (0.841, "online_buyers_using", 2024)


def test_whatsapp_reach_leads_channels() -> None:
    m = globalcs.get_market("MA")
    assert m.channels_basis == "messenger_reach"
    first = m.channels[0]
    assert first.id == "whatsapp"
    assert first.share is not None
    assert (first.share.value, first.share.year) == (0.84, 2021)


def test_every_curated_field_has_a_source() -> None:
    assert_curated_and_sourced("MA", CURATED)


class TestProfile(MarketTests):
    code = "MA"
