"""Key facts of the Czech market."""

import globalcs

from ._common import MarketTests

CURATED_FIELDS = (
    "formality",
    "communication.first_names",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_currency_and_language() -> None:
    m = globalcs.get_market("cs_CZ")
    assert m.code == "CZ"
    assert m.currency == "CZK"
    assert m.languages[0] == "cs"


def test_vykani_is_the_default() -> None:
    m = globalcs.get_market("CZ")
    assert m.formality == "formal"
    assert m.minimum_formality == "neutral"
    assert m.communication.first_names == "after_invitation"


def test_privacy_is_gdpr_with_uoou() -> None:
    privacy = globalcs.get_market("CZ").privacy
    assert privacy.code == "GDPR"
    assert "ÚOOÚ" in privacy.authority
    assert privacy.marketing_email == "opt_in_soft"
    deadline = privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (1, "months")


def test_card_then_cash_on_delivery() -> None:
    methods = globalcs.get_market("CZ").payment_methods
    assert [p.id for p in methods[:2]] == ["card", "cash_on_delivery"]
    assert methods[1].kind == "cash"


def test_ranking_bases() -> None:
    m = globalcs.get_market("CZ")
    assert m.payment_methods_basis == "ecommerce_transactions"
    card = m.payment_methods[0].share
    assert card is not None
    assert (card.value, card.measure, card.year) == (0.425, "ecommerce_transactions", 2023)
    assert m.channels_basis == "editorial"
    assert m.channels[0].share is None


def test_email_is_the_first_channel() -> None:
    assert globalcs.get_market("CZ").channels[0].id == "email"


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    returns = globalcs.get_market("CZ").returns
    assert returns.withdrawal_days == 14
    assert returns.starts == "delivery"
    assert "1829" in returns.conditions


def test_curated_and_sourced() -> None:
    m = globalcs.get_market("CZ")
    assert m.curated
    assert m.defaults == ()
    for field in CURATED_FIELDS:
        assert m.sources[field], field
    assert any("e-sbirka.cz" in s.url for s in m.sources["returns"])


class TestProfile(MarketTests):
    code = "CZ"
