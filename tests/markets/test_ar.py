"""Key facts of the Argentine market."""

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
    m = globalcs.get_market("AR")
    assert m.curated
    assert m.currency == "ARS"
    assert m.languages[0] == "es"


def test_usted_by_default_vos_in_chat() -> None:
    m = globalcs.get_market("AR")
    assert m.formality == "neutral"
    assert m.messaging_formality == "informal"
    assert "vos" in m.notes["formality"]


def test_privacy_is_ley_25326() -> None:
    privacy = globalcs.get_market("AR").privacy
    assert privacy.code == "AR-PDPL"
    assert "AAIP" in privacy.authority
    deadline = privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit, deadline.extension_amount) == (10, "days", None)
    assert privacy.marketing_email == "opt_out"


def test_10_day_withdrawal() -> None:
    assert globalcs.get_market("AR").returns.withdrawal_days == 10


def test_whatsapp_and_mercado_pago() -> None:
    m = globalcs.get_market("AR")
    assert m.channels[0].id == "whatsapp"
    assert (m.payment_methods[0].id, m.payment_methods[0].funding) == ("card", "credit")
    assert "mercado_pago" in [p.id for p in m.payment_methods]


def test_ranking_bases_and_measured_shares() -> None:
    m = globalcs.get_market("AR")
    assert m.channels_basis == "support_use"
    assert m.channels[0].share.measure == "support_use"
    assert (m.channels[0].share.value, m.channels[0].share.year) == (0.58, 2025)
    assert m.payment_methods_basis == "editorial"
    card = m.payment_methods[0].share
    assert (card.value, card.measure, card.year) == (0.56, "subgroup", 2024)
    assert "Tiendanube" in card.population


def test_every_curated_field_has_a_source() -> None:
    m = globalcs.get_market("AR")
    for field in CURATED:
        assert m.sources[field], field


class TestProfile(MarketTests):
    code = "AR"
