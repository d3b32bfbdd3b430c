"""Key facts of the Colombian market."""

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
    m = globalcs.get_market("CO")
    assert m.curated
    assert m.currency == "COP"
    assert m.languages[0] == "es"


def test_usted_everywhere() -> None:
    m = globalcs.get_market("CO")
    assert m.formality == "neutral"
    assert m.messaging_formality == "neutral"


def test_privacy_is_ley_1581_with_sic() -> None:
    privacy = globalcs.get_market("CO").privacy
    assert privacy.code == "CO-PDPL"
    assert "SIC" in privacy.authority
    deadline = privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (10, "business_days")
    assert (deadline.extension_amount, deadline.extension_unit) == (5, "business_days")
    assert privacy.marketing_email == "opt_in"


def test_retracto_5_business_days() -> None:
    returns = globalcs.get_market("CO").returns
    assert (returns.withdrawal_days, returns.unit) == (5, "business_days")


def test_whatsapp_pse_and_nequi() -> None:
    m = globalcs.get_market("CO")
    assert m.channels[0].id == "whatsapp"
    assert m.payment_methods[0].id == "pse"
    assert "nequi" in [p.id for p in m.payment_methods]


def test_ranking_bases() -> None:
    m = globalcs.get_market("CO")
    assert m.payment_methods_basis == "ecommerce_transactions"
    pse = m.payment_methods[0].share
    assert pse is not None
    assert (pse.value, pse.measure, pse.year) == (0.639, "ecommerce_transactions", 2025)
    assert m.channels_basis == "support_preference"
    assert m.channels[0].share is not None
    assert m.channels[0].share.measure == "support_preference"


def test_every_curated_field_has_a_source() -> None:
    m = globalcs.get_market("CO")
    for field in CURATED:
        assert m.sources[field], field


class TestProfile(MarketTests):
    code = "CO"
