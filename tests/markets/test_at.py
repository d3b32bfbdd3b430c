"""Key facts of the Austrian market."""

import globalcs

from ._common import MarketTests

CURATED_FIELDS = (
    "formality",
    "communication.context",
    "communication.rapport_first",
    "communication.first_names",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_currency_and_language() -> None:
    m = globalcs.get_market("de_AT")
    assert m.code == "AT"
    assert m.currency == "EUR"
    assert m.languages[0] == "de"


def test_sie_is_the_default() -> None:
    m = globalcs.get_market("AT")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.minimum_formality == "neutral"
    assert m.communication.first_names == "after_invitation"


def test_privacy_is_gdpr_with_the_dsb() -> None:
    privacy = globalcs.get_market("AT").privacy
    assert privacy.code == "GDPR"
    assert "Datenschutzbehörde" in privacy.authority
    assert privacy.marketing_email == "opt_in_soft"
    assert privacy.breach_notification_hours == 72
    deadline = privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (1, "months")


def test_tkg_2021_is_the_marketing_source() -> None:
    sources = globalcs.get_market("AT").sources["privacy"]
    assert any("Gesetzesnummer=20011678" in s.url for s in sources)


def test_bank_transfer_and_eps_come_first() -> None:
    m = globalcs.get_market("AT")
    assert [p.id for p in m.payment_methods[:2]] == ["bank_transfer", "eps"]
    assert m.payment_methods[1].kind == "bank_redirect"
    share = m.payment_methods[0].share
    assert (share.value, share.measure, share.year) == (0.31, "ecommerce_transactions", 2020)
    assert m.payment_methods_basis == "ecommerce_transactions"
    assert m.channels_basis == "editorial"
    assert m.channels[0].share.measure == "support_preference"


def test_phone_is_the_first_channel() -> None:
    assert globalcs.get_market("AT").channels[0].id == "phone"


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    returns = globalcs.get_market("AT").returns
    assert returns.withdrawal_days == 14
    assert returns.starts == "delivery"
    assert "FAGG" in returns.conditions


def test_curated_and_sourced() -> None:
    m = globalcs.get_market("AT")
    assert m.curated
    assert m.defaults == ()
    for field in CURATED_FIELDS:
        assert m.sources[field], field
    assert len(m.disagreements) == 1


class TestProfile(MarketTests):
    code = "AT"
