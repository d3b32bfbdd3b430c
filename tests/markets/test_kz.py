"""Key facts of the Kazakh market."""

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


def test_market_is_curated_in_tenge_with_russian_and_kazakh() -> None:
    m = assert_curated_and_sourced("KZ", SOURCED_FIELDS)
    assert m.currency == "KZT"
    assert set(m.languages[:2]) == {"ru", "kk"}
    assert m.weekend == (5, 6)


def test_formal_vy_siz_register_with_greeting_first() -> None:
    m = globalcs.get_market("KZ")
    assert m.formality == "formal"
    assert m.minimum_formality == "neutral"
    assert m.communication.rapport_first is True


def test_whatsapp_first_and_cards_for_payment() -> None:
    m = globalcs.get_market("KZ")
    assert (m.channels_basis, m.payment_methods_basis) == ("editorial", "editorial")
    assert m.channels[0].id == "whatsapp"
    assert [p.id for p in m.payment_methods] == ["card", "kaspi"]
    assert m.payment_methods[1].kind == "wallet"
    assert "Kaspi" in m.notes["ranking"]


def test_privacy_is_the_2013_law_with_consent_for_marketing() -> None:
    privacy = globalcs.get_market("KZ").privacy
    assert privacy.code == "KZ-PDP"
    assert "Artificial Intelligence and Digital Development" in privacy.authority
    assert privacy.marketing_email == "opt_in"
    assert privacy.breach_notification_hours is None
    deadline = privacy.dsar_deadline
    assert deadline is not None
    assert deadline.amount is None


def test_fourteen_day_return_of_goods_of_proper_quality() -> None:
    returns = globalcs.get_market("KZ").returns
    assert returns.withdrawal_days == 14
    assert returns.unit == "days"
    assert returns.starts == "purchase"
    assert "art. 30" in returns.conditions


class TestProfile(MarketTests):
    code = "KZ"
