"""Key facts of the Indonesian market."""

import globalcs

from ._common import MarketTests

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


def test_market_is_curated_and_sourced() -> None:
    m = globalcs.get_market("ID")
    assert m.curated
    assert not m.defaults
    for field in CURATED_FIELDS:
        assert m.sources[field], field
        assert all(s.confidence != "default" for s in m.sources[field]), field


def test_currency_and_language() -> None:
    m = globalcs.get_market("ID")
    assert m.currency == "IDR"
    assert m.languages[0] == "id"


def test_bapak_ibu_formal_register() -> None:
    m = globalcs.get_market("ID")
    assert m.formality == "formal"
    assert m.minimum_formality == "neutral"
    assert "Bapak" in m.notes["formality"]
    assert "Anda" in m.notes["formality"]


def test_high_context_indirect_style() -> None:
    communication = globalcs.get_market("ID").communication
    assert communication.directness == "indirect"
    assert communication.context == "high"
    assert communication.rapport_first is True


def test_privacy_is_uu_pdp_with_72_hour_windows() -> None:
    privacy = globalcs.get_market("ID").privacy
    assert privacy.code == "ID-PDP"
    assert "27 of 2022" in privacy.name
    assert privacy.dsar_deadline is not None
    assert (privacy.dsar_deadline.amount, privacy.dsar_deadline.unit) == (3, "days")
    assert "3 x 24 hours" in privacy.dsar_deadline.note
    assert privacy.breach_notification_hours == 72
    assert privacy.marketing_email == "opt_in"
    assert "Komdigi" in privacy.authority


def test_no_general_withdrawal_right() -> None:
    returns = globalcs.get_market("ID").returns
    assert returns.withdrawal_days is None
    assert "GR 80/2019" in returns.conditions


def test_whatsapp_and_gopay_first() -> None:
    m = globalcs.get_market("ID")
    assert m.channels[0].id == "whatsapp"
    assert m.channels[0].share is None
    assert m.payment_methods[0].id == "gopay"
    assert {"qris", "ovo", "dana", "shopeepay", "bank_transfer", "cash_on_delivery"} <= {
        p.id for p in m.payment_methods
    }


def test_payment_shares_carry_their_measure() -> None:
    for method in globalcs.get_market("ID").payment_methods:
        if method.share is not None:
            assert method.figure, method.id
            assert method.share.measure in ("subgroup", "online_buyers_using"), method.id


def test_ranking_bases() -> None:
    m = globalcs.get_market("ID")
    assert m.payment_methods_basis == "editorial"
    assert m.channels_basis == "editorial"
    gopay = m.payment_methods[0].share
    assert gopay is not None
    assert (gopay.value, gopay.measure, gopay.year) == (0.88, "subgroup", 2022)
    by_id = {p.id: p.share for p in m.payment_methods}
    cod, transfer = by_id["cash_on_delivery"], by_id["bank_transfer"]
    assert cod is not None
    assert transfer is not None
    assert cod.measure == transfer.measure == "online_buyers_using"
    assert cod > transfer


class TestProfile(MarketTests):
    code = "ID"
