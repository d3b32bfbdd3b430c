"""Key facts of the Philippine market."""

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
    m = globalcs.get_market("PH")
    assert m.curated
    assert not m.defaults
    for field in CURATED_FIELDS:
        assert m.sources[field], field


def test_currency_and_languages() -> None:
    m = globalcs.get_market("PH")
    assert m.currency == "PHP"
    assert m.languages[0] == "en"
    assert "fil" in m.languages


def test_po_opo_register() -> None:
    m = globalcs.get_market("PH")
    assert m.formality == "formal"
    assert m.minimum_formality == "neutral"
    assert "po" in m.notes["formality"]
    assert "opo" in m.notes["formality"]


def test_privacy_is_dpa_with_npc() -> None:
    privacy = globalcs.get_market("PH").privacy
    assert privacy.code == "PH-DPA"
    assert "10173" in privacy.name
    assert "National Privacy Commission" in privacy.authority
    assert privacy.dsar_deadline is not None
    assert (privacy.dsar_deadline.amount, privacy.dsar_deadline.unit) == (30, "business_days")
    assert privacy.breach_notification_hours == 72
    assert privacy.marketing_email == "opt_in_soft"


def test_no_general_withdrawal_right() -> None:
    m = globalcs.get_market("PH")
    assert m.returns.withdrawal_days is None
    assert "11967" in m.returns.conditions
    assert "returns" in {d.field for d in m.disagreements}


def test_messenger_and_cash_on_delivery_first() -> None:
    m = globalcs.get_market("PH")
    assert m.channels[0].id == "facebook_messenger"
    assert "viber" in {c.id for c in m.channels}
    assert m.payment_methods[0].id == "cash_on_delivery"
    assert {"gcash", "maya"} <= {p.id for p in m.payment_methods}


def test_ranking_bases() -> None:
    m = globalcs.get_market("PH")
    assert m.channels_basis == "messenger_reach"
    assert m.channels[0].share.measure == "messenger_reach"
    assert m.payment_methods_basis == "online_buyers_using"
    top = m.payment_methods[0].share
    assert (top.value, top.measure, top.year) == (0.80, "online_buyers_using", 2019)
    assert next(p for p in m.payment_methods if p.id == "gcash").share is None


class TestProfile(MarketTests):
    code = "PH"
