"""Key facts of the China market."""

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
    m = globalcs.get_market("CN")
    assert m.curated
    assert not m.defaults
    for field in CURATED_FIELDS:
        assert m.sources[field], field


def test_currency_and_language() -> None:
    m = globalcs.get_market("CN")
    assert m.currency == "CNY"
    assert m.languages[0] == "zh"


def test_formal_nin_register() -> None:
    m = globalcs.get_market("China")
    assert m.formality == "formal"
    assert m.minimum_formality == "neutral"
    assert m.communication.directness == "indirect"


def test_privacy_is_pipl_without_fixed_periods() -> None:
    privacy = globalcs.get_market("CN").privacy
    assert privacy.code == "PIPL"
    assert "CAC" in privacy.authority
    assert privacy.dsar_deadline is not None
    assert privacy.dsar_deadline.amount is None
    assert privacy.breach_notification_hours is None
    assert privacy.marketing_email == "opt_in"


def test_statute_and_standard_disagreement_is_recorded() -> None:
    m = globalcs.get_market("CN")
    entries = [d for d in m.disagreements if d.field == "privacy"]
    assert entries
    assert "GB/T 35273" in entries[0].note


def test_returns_seven_day_unreasoned() -> None:
    returns = globalcs.get_market("CN").returns
    assert returns.withdrawal_days == 7
    assert returns.starts == "delivery"


def test_wechat_and_wallets_first() -> None:
    m = globalcs.get_market("CN")
    assert m.channels[0].id == "wechat"
    assert [p.id for p in m.payment_methods][:2] == ["alipay", "wechat_pay"]
    assert "unionpay" in {p.id for p in m.payment_methods}
    assert m.channels_basis == m.payment_methods_basis == "editorial"
    assert m.channels[0].share is None


class TestProfile(MarketTests):
    code = "CN"
