"""Key facts of the Australian market."""

import globalcs

from ._common import MarketTests

CURATED_FIELDS = (
    "formality",
    "communication.directness",
    "communication.context",
    "communication.humour",
    "communication.first_names",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_market_is_curated_and_sourced() -> None:
    m = globalcs.get_market("AU")
    assert m.curated
    assert not m.defaults
    for field in CURATED_FIELDS:
        assert m.sources[field], field


def test_currency_and_language() -> None:
    m = globalcs.get_market("AU")
    assert m.currency == "AUD"
    assert m.languages[0] == "en"


def test_informal_first_name_register() -> None:
    m = globalcs.get_market("AU")
    assert m.formality == "informal"
    assert m.communication.first_names == "expected"
    assert m.communication.context == "low"


def test_privacy_act_has_no_fixed_period_for_organisations() -> None:
    privacy = globalcs.get_market("AU").privacy
    assert privacy.code == "AU-PRIVACY-ACT"
    assert "OAIC" in privacy.authority
    assert privacy.dsar_deadline is not None
    assert privacy.dsar_deadline.amount is None
    assert "reasonable period" in privacy.dsar_deadline.note
    assert "30 days" in privacy.dsar_deadline.note
    assert privacy.breach_notification_hours is None
    assert "as soon as practicable" in privacy.breach_notification_note
    assert privacy.marketing_email == "opt_in_soft"


def test_no_change_of_mind_right() -> None:
    returns = globalcs.get_market("AU").returns
    assert returns.withdrawal_days is None
    assert "change-of-mind" in returns.conditions
    assert "consumer guarantees" in returns.conditions


def test_phone_and_credit_card_first() -> None:
    m = globalcs.get_market("AU")
    assert m.channels[0].id == "phone"
    assert (m.payment_methods[0].id, m.payment_methods[0].funding) == ("card", "credit")
    assert {"paypal", "afterpay", "payid", "bpay"} <= {p.id for p in m.payment_methods}


def test_ranking_by_ecommerce_value() -> None:
    m = globalcs.get_market("AU")
    assert m.payment_methods_basis == "ecommerce_value"
    credit, debit = m.payment_methods[0].share, m.payment_methods[1].share
    assert (credit.value, credit.measure, credit.year) == (0.33, "ecommerce_value", 2021)
    assert credit > debit
    bpay = next(p for p in m.payment_methods if p.id == "bpay").share
    assert bpay.measure == "all_payments"
    assert m.channels_basis == "editorial"
    assert all(c.share is None for c in m.channels)


class TestProfile(MarketTests):
    code = "AU"
