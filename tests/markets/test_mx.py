"""Key facts of the Mexican market."""

import globalcs

from ._common import MarketTests

CURATED = (
    "formality",
    "communication.context",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
    "support_hours",
)


def test_basics() -> None:
    m = globalcs.get_market("MX")
    assert m.curated
    assert m.currency == "MXN"
    assert m.languages[0] == "es"


def test_usted_by_default_tu_in_chat() -> None:
    m = globalcs.get_market("MX")
    assert m.formality == "neutral"
    assert m.messaging_formality == "informal"
    assert m.communication.rapport_first is True


def test_privacy_is_the_2025_lfpdppp() -> None:
    privacy = globalcs.get_market("MX").privacy
    assert privacy.code == "LFPDPPP"
    assert "Anticorrupción y Buen Gobierno" in privacy.authority
    assert "2025" in privacy.name


def test_arco_requests_20_business_days() -> None:
    deadline = globalcs.get_market("MX").privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (20, "business_days")
    assert globalcs.get_market("MX").privacy.breach_notification_hours is None


def test_withdrawal_5_business_days() -> None:
    returns = globalcs.get_market("MX").returns
    assert returns.withdrawal_days == 5
    assert returns.unit == "business_days"


def test_whatsapp_and_local_payments() -> None:
    m = globalcs.get_market("MX")
    assert m.channels[0].id == "whatsapp"
    ids = [p.id for p in m.payment_methods]
    assert ids[0] == "card"
    assert m.channels_basis == "editorial"
    assert m.channels[0].share.measure == "support_use"
    assert m.payment_methods_basis == "online_buyers_preferring"
    debit = m.payment_methods[0].share
    assert (debit.value, debit.measure, debit.year) == (0.75, "online_buyers_preferring", 2024)
    assert {"oxxo", "spei"} <= set(ids)


def test_every_curated_field_has_a_source() -> None:
    m = globalcs.get_market("MX")
    for field in CURATED:
        assert m.sources[field], field


class TestProfile(MarketTests):
    code = "MX"
