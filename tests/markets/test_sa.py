"""Key facts of the Saudi Arabian market."""

import globalcs

from ._common import MarketTests

SOURCED_FIELDS = (
    "formality",
    "communication.context",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_market_is_curated_in_riyals_and_arabic() -> None:
    m = globalcs.get_market("SA")
    assert m.curated
    assert m.currency == "SAR"
    assert m.languages[0] == "ar"


def test_weekend_is_friday_saturday() -> None:
    assert globalcs.get_market("SA").weekend == (4, 5)


def test_formal_modern_standard_arabic() -> None:
    m = globalcs.get_market("SA")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.communication.directness == "indirect"


def test_privacy_is_pdpl_with_sdaia() -> None:
    privacy = globalcs.get_market("SA").privacy
    assert privacy.code == "PDPL-SA"
    assert "SDAIA" in privacy.authority
    assert privacy.dsar_deadline is not None
    assert (privacy.dsar_deadline.amount, privacy.dsar_deadline.unit) == (30, "days")
    assert privacy.dsar_deadline.extension_amount == 30
    assert privacy.breach_notification_hours == 72
    assert privacy.marketing_email == "opt_in"


def test_seven_day_e_commerce_cancellation() -> None:
    returns = globalcs.get_market("SA").returns
    assert returns.withdrawal_days == 7
    assert returns.unit == "days"
    assert returns.starts == "delivery"


def test_mada_first_with_local_wallets_and_bnpl() -> None:
    m = globalcs.get_market("SA")
    ids = [p.id for p in m.payment_methods]
    assert ids[:2] == ["mada", "card"]
    assert m.payment_methods_basis == "editorial"
    card = m.payment_methods[1].share
    assert (card.value, card.measure, card.year) == (0.42, "ecommerce_transactions", 2023)
    assert m.payment_methods[0].share.measure == "subgroup"
    assert {"stc_pay", "tabby", "tamara", "apple_pay", "cash_on_delivery"} <= set(ids)


def test_whatsapp_first_for_messaging_in_general() -> None:
    first = globalcs.get_market("SA").channels[0]
    assert first.id == "whatsapp"
    assert (first.share.value, first.share.measure, first.share.year) == (
        0.92,
        "messenger_reach",
        2022,
    )
    assert globalcs.get_market("SA").channels_basis == "messenger_reach"


def test_every_curated_field_has_a_source() -> None:
    m = globalcs.get_market("SA")
    for name in SOURCED_FIELDS:
        assert m.sources[name], name


class TestProfile(MarketTests):
    code = "SA"
