"""Key facts of the Malaysian market."""

import datetime as dt

import globalcs

from ._common import MarketTests, assert_curated_and_sourced

SOURCED_FIELDS = (
    "formality",
    "communication.directness",
    "communication.first_names",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_market_is_curated_in_ringgit_and_malay() -> None:
    m = assert_curated_and_sourced("MY", SOURCED_FIELDS)
    assert m.currency == "MYR"
    assert m.languages[0] == "ms"
    assert m.weekend == (5, 6)


def test_formal_register_with_titles() -> None:
    m = globalcs.get_market("MY")
    assert m.formality == "formal"
    assert m.minimum_formality == "neutral"
    assert m.communication.first_names == "accepted"
    assert m.communication.rapport_first is True


def test_whatsapp_reach_and_fpx_first() -> None:
    m = globalcs.get_market("MY")
    assert (m.channels_basis, m.payment_methods_basis) == ("editorial", "editorial")
    whatsapp = m.channels[0]
    assert whatsapp.id == "whatsapp"
    assert whatsapp.share is not None
    assert (whatsapp.share.value, whatsapp.share.measure, whatsapp.share.year) == (
        0.865,
        "messenger_reach",
        2020,
    )
    # BNM's order of e-payment modes: online banking, e-money (wallets), cards
    assert [p.id for p in m.payment_methods] == ["online_banking", "touch_n_go", "card"]
    assert m.payment_methods[1].share is None  # BNM does not split e-money by wallet


def test_privacy_is_pdpa_with_21_day_access_and_72_hour_breach_from_june_2025() -> None:
    privacy = globalcs.get_market("MY").privacy
    assert privacy.code == "MY-PDPA"
    assert "Personal Data Protection Commissioner" in privacy.authority
    assert privacy.marketing_email == "opt_in"
    deadline = privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (21, "days")
    assert (deadline.extension_amount, deadline.extension_unit) == (14, "days")
    assert privacy.breach_notification_hours == 72
    before = globalcs.get_market("MY", on=dt.date(2025, 5, 31)).privacy
    assert before.breach_notification_hours is None


def test_no_statutory_withdrawal_for_online_sales() -> None:
    returns = globalcs.get_market("MY").returns
    assert returns.withdrawal_days is None
    assert "Electronic Trade Transactions" in returns.conditions


class TestProfile(MarketTests):
    code = "MY"
