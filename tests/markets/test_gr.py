"""Key facts of the Greek market."""

import globalcs

from ._common import MarketTests, assert_curated_and_sourced, assert_eu_withdrawal, assert_gdpr

CURATED_FIELDS = (
    "formality",
    "communication.rapport_first",
    "communication.first_names",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_currency_and_language() -> None:
    m = globalcs.get_market("el_GR")
    assert m.code == "GR"
    assert m.currency == "EUR"
    assert m.languages[0] == "el"


def test_polite_plural_is_the_default() -> None:
    m = globalcs.get_market("GR")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.minimum_formality == "neutral"
    assert m.communication.first_names == "after_invitation"
    assert m.communication.rapport_first is True


def test_privacy_is_gdpr_with_hdpa_and_soft_opt_in() -> None:
    assert_gdpr("GR", marketing_email="opt_in_soft")
    privacy = globalcs.get_market("GR").privacy
    assert privacy.code == "GDPR"
    assert "Αρχή Προστασίας Δεδομένων" in privacy.authority
    assert "3471/2006" in privacy.note


def test_debit_card_then_paypal() -> None:
    m = globalcs.get_market("GR")
    assert m.payment_methods_basis == "online_buyers_using"
    assert [p.id for p in m.payment_methods[:3]] == ["card", "paypal", "cash_on_delivery"]
    debit = m.payment_methods[0]
    assert debit.funding == "debit"
    assert debit.share is not None
    assert (debit.share.value, debit.share.measure, debit.share.year) == (
        0.57,
        "online_buyers_using",
        2024,
    )
    assert m.payment_methods[1].share.value == 0.49
    assert m.payment_methods[2].share.value == 0.21


def test_channels_are_editorial() -> None:
    m = globalcs.get_market("GR")
    assert m.channels_basis == "editorial"
    assert m.channels[0].id == "email"


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    assert_eu_withdrawal("GR")
    assert "3ε" in globalcs.get_market("GR").returns.conditions


def test_curated_and_sourced() -> None:
    m = assert_curated_and_sourced("GR", CURATED_FIELDS)
    assert m.defaults == ()
    assert any("dpa.gr" in s.url for s in m.sources["privacy"])


class TestProfile(MarketTests):
    code = "GR"
