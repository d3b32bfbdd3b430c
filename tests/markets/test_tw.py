"""Key facts of the Taiwan market."""

import globalcs

from ._common import MarketTests

CURATED_FIELDS = (
    "formality",
    "communication.directness",
    "communication.context",
    "communication.rapport_first",
    "communication.apology",
    "communication.humour",
    "communication.first_names",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_market_is_curated_and_sourced() -> None:
    m = globalcs.get_market("TW")
    assert m.curated
    assert not m.defaults
    for field in CURATED_FIELDS:
        assert m.sources[field], field


def test_currency_and_language() -> None:
    m = globalcs.get_market("TW")
    assert m.currency == "TWD"
    assert m.languages[0] == "zh-Hant"


def test_formal_register() -> None:
    m = globalcs.get_market("TW")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"


def test_privacy_is_tw_pdpa_fifteen_plus_fifteen() -> None:
    privacy = globalcs.get_market("TW").privacy
    assert privacy.code == "TW-PDPA"
    deadline = privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (15, "days")
    assert (deadline.extension_amount, deadline.extension_unit) == (15, "days")
    assert privacy.breach_notification_hours is None
    assert privacy.marketing_email == "opt_out"


def test_returns_seven_days() -> None:
    returns = globalcs.get_market("TW").returns
    assert returns.withdrawal_days == 7
    assert returns.starts == "delivery"


def test_line_and_local_wallets() -> None:
    m = globalcs.get_market("TW")
    assert m.channels[0].id == "line"
    assert m.channels_basis == "messenger_reach"
    assert m.channels[0].share.measure == "messenger_reach"
    assert m.payment_methods_basis == "ecommerce_value"
    assert [p.id for p in m.payment_methods[:2]] == ["card", "jko_pay"]
    card = m.payment_methods[0].share
    assert (card.value, card.measure, card.year) == (0.536, "ecommerce_value", 2023)
    assert "line_pay" in {p.id for p in m.payment_methods}


class TestProfile(MarketTests):
    code = "TW"
