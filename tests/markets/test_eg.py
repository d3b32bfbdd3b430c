"""Key facts of the Egyptian market."""

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


def test_market_is_curated_in_pounds_and_arabic() -> None:
    m = globalcs.get_market("EG")
    assert m.curated
    assert m.currency == "EGP"
    assert m.languages[0] == "ar"


def test_weekend_is_friday_saturday() -> None:
    assert globalcs.get_market("EG").weekend == (4, 5)


def test_formal_arabic_neutral_in_chat() -> None:
    m = globalcs.get_market("EG")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.communication.context == "high"


def test_privacy_is_law_151_of_2020() -> None:
    privacy = globalcs.get_market("EG").privacy
    assert privacy.code == "EG-PDPL"
    assert privacy.dsar_deadline is not None
    assert (privacy.dsar_deadline.amount, privacy.dsar_deadline.unit) == (6, "business_days")
    assert privacy.breach_notification_hours == 72
    assert privacy.marketing_email == "opt_in"


def test_fourteen_days_to_withdraw_from_distance_contracts() -> None:
    m = globalcs.get_market("EG")
    assert m.returns.withdrawal_days == 14
    assert m.returns.starts == "delivery"
    assert any(d.field == "returns" for d in m.disagreements)


def test_cash_on_delivery_first_with_fawry_and_meeza() -> None:
    m = globalcs.get_market("EG")
    assert m.payment_methods[0].id == "cash_on_delivery"
    assert {"fawry", "meeza"} <= {p.id for p in m.payment_methods}
    assert m.channels[0].id == "phone"


def test_every_curated_field_has_a_source() -> None:
    m = globalcs.get_market("EG")
    for name in SOURCED_FIELDS:
        assert m.sources[name], name


def test_ranking_bases() -> None:
    m = globalcs.get_market("EG")
    assert m.payment_methods_basis == "editorial"
    assert m.channels_basis == "editorial"
    assert m.payment_methods[0].share is None
    assert m.channels[0].share is None


class TestProfile(MarketTests):
    code = "EG"
