"""Key facts of the German market."""

import datetime as dt

import globalcs

from ._common import MarketTests, assert_eu_withdrawal

CURATED_FIELDS = (
    "formality",
    "communication.directness",
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
    m = globalcs.get_market("de-DE")
    assert m.currency == "EUR"
    assert m.languages[0] == "de"


def test_sie_is_the_default() -> None:
    m = globalcs.get_market("DE")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.minimum_formality == "neutral"
    assert m.communication.directness == "direct"
    assert m.communication.first_names == "after_invitation"


def test_privacy_is_gdpr_with_bfdi_and_laender() -> None:
    privacy = globalcs.get_market("DE").privacy
    assert privacy.code == "GDPR"
    assert "BfDI" in privacy.authority
    assert "Länder" in privacy.authority
    assert privacy.marketing_email == "opt_in_soft"


def test_gdpr_deadlines() -> None:
    privacy = globalcs.get_market("DE").privacy
    deadline = privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (1, "months")
    assert (deadline.extension_amount, deadline.extension_unit) == (2, "months")
    assert privacy.breach_notification_hours == 72
    assert globalcs.dsar_due("DE", dt.date(2026, 1, 31)) == dt.date(2026, 3, 2)  # not Sat 28 Feb


def test_paypal_then_invoice_by_revenue_share() -> None:
    methods = globalcs.get_market("DE").payment_methods
    assert [p.id for p in methods[:3]] == ["paypal", "invoice", "sepa_debit"]
    assert methods[0].share is not None
    assert methods[1].share is not None
    assert methods[0].share > methods[1].share
    assert methods[0].share.measure == "ecommerce_value"
    assert methods[0].share.year == 2024
    assert methods[0].share.value == 0.285
    assert "EHI" in methods[0].figure


def test_ranking_bases() -> None:
    m = globalcs.get_market("DE")
    assert m.payment_methods_basis == "ecommerce_value"
    assert m.channels_basis == "support_use"
    assert m.channels[0].share is not None
    assert m.channels[0].share.measure == "support_use"


def test_email_is_the_first_channel() -> None:
    assert globalcs.get_market("DE").channels[0].id == "email"


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    assert_eu_withdrawal("DE")


def test_curated_and_sourced() -> None:
    m = globalcs.get_market("DE")
    assert m.curated
    assert m.defaults == ()
    for field in CURATED_FIELDS:
        assert m.sources[field], field
    assert any("gesetze-im-internet.de" in s.url for s in m.sources["returns"])
    assert any("uwg_2004" in s.url for s in m.sources["privacy"])


class TestProfile(MarketTests):
    code = "DE"
