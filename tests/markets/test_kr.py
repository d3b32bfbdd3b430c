"""Key facts of the South Korea market."""

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
    m = globalcs.get_market("KR")
    assert m.curated
    assert not m.defaults
    for field in CURATED_FIELDS:
        assert m.sources[field], field


def test_currency_and_language() -> None:
    m = globalcs.get_market("KR")
    assert m.currency == "KRW"
    assert m.languages[0] == "ko"


def test_formal_with_polite_chat() -> None:
    m = globalcs.get_market("KR")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.minimum_formality == "neutral"


def test_privacy_is_pipa_ten_days_72_hours() -> None:
    privacy = globalcs.get_market("KR").privacy
    assert privacy.code == "PIPA"
    assert "PIPC" in privacy.authority
    assert privacy.dsar_deadline is not None
    assert (privacy.dsar_deadline.amount, privacy.dsar_deadline.unit) == (10, "days")
    assert privacy.breach_notification_hours == 72


def test_marketing_email_has_existing_customer_exception() -> None:
    m = globalcs.get_market("KR")
    assert m.privacy.marketing_email == "opt_in_soft"
    assert any(d.field == "privacy" for d in m.disagreements)


def test_returns_seven_days() -> None:
    returns = globalcs.get_market("KR").returns
    assert returns.withdrawal_days == 7
    assert returns.unit == "days"
    assert returns.seller_policy_overrides is False


def test_kakaotalk_and_cards_first() -> None:
    m = globalcs.get_market("KR")
    assert m.channels[0].id == "kakaotalk"
    assert m.channels[0].share.measure == "messenger_reach"
    assert m.channels_basis == "editorial"
    assert m.payment_methods_basis == "editorial"
    card = m.payment_methods[0].share
    assert (card.value, card.measure, card.year) == (0.532, "ecommerce_value", 2022)
    transfer = next(p for p in m.payment_methods if p.id == "bank_transfer").share
    assert transfer.measure == "ecommerce_value"
    assert transfer < card
    assert (m.payment_methods[0].id, m.payment_methods[0].funding) == ("card", "credit")
    assert {"kakao_pay", "naver_pay", "toss_pay"} <= {p.id for p in m.payment_methods}


class TestProfile(MarketTests):
    code = "KR"
