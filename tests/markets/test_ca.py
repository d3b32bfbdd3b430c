"""Key facts of the Canadian market."""

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
    m = globalcs.get_market("CA")
    assert m.curated
    assert m.currency == "CAD"
    assert m.languages[:2] == ("en", "fr")


def test_register() -> None:
    m = globalcs.get_market("CA")
    assert m.formality == "neutral"
    assert m.messaging_formality == "informal"


def test_privacy_is_pipeda() -> None:
    privacy = globalcs.get_market("CA").privacy
    assert privacy.code == "PIPEDA"
    assert "Privacy Commissioner" in privacy.authority
    deadline = privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit, deadline.extension_amount) == (30, "days", 30)
    assert privacy.breach_notification_hours is None


def test_casl_is_opt_in_with_existing_customer_exception() -> None:
    assert globalcs.get_market("CA").privacy.marketing_email == "opt_in_soft"


def test_no_general_withdrawal_right() -> None:
    assert globalcs.get_market("CA").returns.withdrawal_days is None


def test_interac_is_offered() -> None:
    m = globalcs.get_market("CA")
    assert (m.payment_methods[0].id, m.payment_methods[0].funding) == ("card", "credit")
    assert "interac" in [p.id for p in m.payment_methods]
    assert m.channels[0].id == "phone"
    assert "paypal" in [p.id for p in m.payment_methods]


def test_ranking_bases() -> None:
    m = globalcs.get_market("CA")
    assert m.channels_basis == "support_preference"
    phone = m.channels[0].share
    assert (phone.value, phone.measure, phone.year) == (0.35, "support_preference", 2022)
    assert m.payment_methods_basis == "editorial"
    credit = m.payment_methods[0].share
    assert (credit.value, credit.measure, credit.year) == (0.33, "all_payments", 2024)


def test_every_curated_field_has_a_source() -> None:
    m = globalcs.get_market("CA")
    for field in CURATED:
        assert m.sources[field], field


class TestProfile(MarketTests):
    code = "CA"
