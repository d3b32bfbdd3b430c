"""Key facts of the Kenyan market."""

import globalcs

from ._common import MarketTests, assert_curated_and_sourced

SOURCED_FIELDS = (
    "formality",
    "communication.rapport_first",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_market_is_curated_in_shillings_with_swahili_and_english() -> None:
    m = assert_curated_and_sourced("KE", SOURCED_FIELDS)
    assert m.currency == "KES"
    assert set(m.languages[:2]) == {"sw", "en"}
    assert m.weekend == (5, 6)


def test_neutral_register_with_greeting_first() -> None:
    m = globalcs.get_market("KE")
    assert m.formality == "neutral"
    assert m.minimum_formality == "neutral"
    assert m.communication.rapport_first is True


def test_whatsapp_and_mobile_money_first() -> None:
    m = globalcs.get_market("KE")
    assert (m.channels_basis, m.payment_methods_basis) == ("editorial", "editorial")
    whatsapp = m.channels[0]
    assert whatsapp.id == "whatsapp"
    assert whatsapp.share is not None
    assert (whatsapp.share.value, whatsapp.share.measure, whatsapp.share.year) == (
        0.89,
        "messenger_reach",
        2020,
    )
    assert [p.id for p in m.payment_methods] == ["mobile_money", "cash_on_delivery", "card"]
    assert any(d.field == "payment_methods" for d in m.disagreements)


def test_privacy_is_the_data_protection_act_with_seven_day_access() -> None:
    privacy = globalcs.get_market("KE").privacy
    assert privacy.code == "KE-DPA"
    assert "ODPC" in privacy.authority
    assert privacy.marketing_email == "opt_in"
    assert privacy.breach_notification_hours == 72
    deadline = privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (7, "days")


def test_no_general_withdrawal_right() -> None:
    returns = globalcs.get_market("KE").returns
    assert returns.withdrawal_days is None
    assert "Consumer Protection Act, 2012" in returns.conditions


class TestProfile(MarketTests):
    code = "KE"
