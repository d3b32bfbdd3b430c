"""Key facts of the Vietnamese market."""

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
    m = globalcs.get_market("VN")
    assert m.curated
    assert not m.defaults
    for field in CURATED_FIELDS:
        assert m.sources[field], field


def test_currency_and_language() -> None:
    m = globalcs.get_market("VN")
    assert m.currency == "VND"
    assert m.languages[0] == "vi"


def test_anh_chi_formal_register() -> None:
    m = globalcs.get_market("VN")
    assert m.formality == "formal"
    assert m.minimum_formality == "neutral"
    assert "anh" in m.notes["formality"]
    assert "chị" in m.notes["formality"]


def test_privacy_is_pdp_law_2025() -> None:
    privacy = globalcs.get_market("VN").privacy
    assert privacy.code == "VN-PDP"
    assert "91/2025/QH15" in privacy.name
    assert "Public Security" in privacy.authority
    assert privacy.dsar_deadline is not None
    assert (privacy.dsar_deadline.amount, privacy.dsar_deadline.unit) == (10, "days")
    assert "Decree 356" in privacy.dsar_deadline.note
    assert privacy.breach_notification_hours == 72
    assert privacy.marketing_email == "opt_in"


def test_no_general_withdrawal_right() -> None:
    returns = globalcs.get_market("VN").returns
    assert returns.withdrawal_days is None
    assert "19/2023" in returns.conditions


def test_zalo_first_and_cash_on_delivery_leads() -> None:
    m = globalcs.get_market("VN")
    assert m.channels[0].id == "zalo"
    zalo = m.channels[0].share
    assert (zalo.value, zalo.measure, zalo.year) == (0.85, "messenger_reach", 2024)
    assert m.channels_basis == "messenger_reach"
    assert m.payment_methods_basis == "ecommerce_transactions"
    cod = m.payment_methods[0].share
    assert (cod.value, cod.measure, cod.year) == (0.42, "ecommerce_transactions", 2021)
    assert next(p for p in m.payment_methods if p.id == "momo").share.measure == "subgroup"
    assert m.payment_methods[0].id == "cash_on_delivery"
    assert {"momo", "vnpay"} <= {p.id for p in m.payment_methods}


class TestProfile(MarketTests):
    code = "VN"
