"""Key facts of the Brazilian market."""

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
    m = globalcs.get_market("BR")
    assert m.curated
    assert m.currency == "BRL"
    assert m.languages[0] == "pt"


def test_register() -> None:
    m = globalcs.get_market("BR")
    assert m.formality == "neutral"
    assert m.messaging_formality == "informal"


def test_privacy_is_lgpd_15_days() -> None:
    privacy = globalcs.get_market("BR").privacy
    assert privacy.code == "LGPD"
    assert "ANPD" in privacy.authority
    deadline = privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (15, "days")
    assert privacy.breach_notification_hours is None
    assert "3 business days" in privacy.breach_notification_note


def test_cdc_7_day_withdrawal() -> None:
    returns = globalcs.get_market("BR").returns
    assert returns.withdrawal_days == 7
    assert returns.starts == "delivery"


def test_whatsapp_first() -> None:
    channel = globalcs.get_market("BR").channels[0]
    assert channel.id == "whatsapp"
    assert (channel.share.value, channel.share.measure, channel.share.year) == (
        0.74,
        "support_use",
        2025,
    )
    assert globalcs.get_market("BR").channels_basis == "support_use"


def test_payment_methods_ranked_by_online_buyers_using() -> None:
    m = globalcs.get_market("BR")
    assert m.payment_methods_basis == "online_buyers_using"
    pix = m.payment_methods[0].share
    assert (pix.value, pix.measure, pix.year) == (0.84, "online_buyers_using", 2024)
    assert pix > m.payment_methods[1].share
    assert ("card", "debit") in [(p.id, p.funding) for p in m.payment_methods]


def test_pix_boleto_cards_and_instalments() -> None:
    methods = globalcs.get_market("BR").payment_methods
    ids = [p.id for p in methods]
    assert ids[0] == "pix"
    assert {"boleto", "card"} <= set(ids)
    card = next(p for p in methods if p.id == "card")
    # Parcelado is a feature of the credit card, not a buy-now-pay-later method.
    assert (card.funding, card.instalments, card.kind) == ("credit", True, "card")
    assert "47%" in card.note
    assert not any(p.kind == "bnpl" for p in methods)


def test_every_curated_field_has_a_source() -> None:
    m = globalcs.get_market("BR")
    for field in CURATED:
        assert m.sources[field], field


class TestProfile(MarketTests):
    code = "BR"
