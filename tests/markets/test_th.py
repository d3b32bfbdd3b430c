"""Key facts of the Thai market."""

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
    m = globalcs.get_market("TH")
    assert m.curated
    assert not m.defaults
    for field in CURATED_FIELDS:
        assert m.sources[field], field


def test_currency_and_language() -> None:
    m = globalcs.get_market("TH")
    assert m.currency == "THB"
    assert m.languages[0] == "th"


def test_khun_and_polite_particles() -> None:
    m = globalcs.get_market("TH")
    assert m.formality == "formal"
    assert m.minimum_formality == "neutral"
    assert "ครับ" in m.notes["formality"]
    assert "คุณ" in m.notes["formality"]
    assert m.communication.first_names == "expected"


def test_privacy_is_pdpa_thirty_days_and_72_hours() -> None:
    privacy = globalcs.get_market("TH").privacy
    assert privacy.code == "TH-PDPA"
    assert "PDPC" in privacy.authority
    assert privacy.dsar_deadline is not None
    assert (privacy.dsar_deadline.amount, privacy.dsar_deadline.unit) == (30, "days")
    assert privacy.breach_notification_hours == 72
    assert privacy.marketing_email == "opt_out"


def test_seven_day_direct_marketing_cancellation() -> None:
    returns = globalcs.get_market("TH").returns
    assert returns.withdrawal_days == 7
    assert returns.unit == "days"
    assert returns.starts == "delivery"
    assert not returns.seller_policy_overrides


def test_line_and_promptpay_first() -> None:
    m = globalcs.get_market("TH")
    assert m.channels[0].id == "line"
    assert m.channels_basis == "messenger_reach"
    line = m.channels[0].share
    assert (line.value, line.measure, line.year) == (0.92, "messenger_reach", 2017)
    assert line > m.channels[1].share
    assert m.payment_methods_basis == "editorial"
    assert m.payment_methods[0].id == "promptpay"
    assert "truemoney" in {p.id for p in m.payment_methods}


def test_disagreements_recorded() -> None:
    fields = {d.field for d in globalcs.get_market("TH").disagreements}
    assert {"privacy.marketing_email", "returns"} <= fields


class TestProfile(MarketTests):
    code = "TH"
