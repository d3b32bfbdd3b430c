"""Key facts of the India market."""

import globalcs

from ._common import MarketTests

CURATED_FIELDS = (
    "formality",
    "communication.directness",
    "communication.context",
    "communication.rapport_first",
    "communication.apology",
    "communication.humour",
    "communication.first_names",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_market_is_curated_and_sourced() -> None:
    m = globalcs.get_market("IN")
    assert m.curated
    assert not m.defaults
    for field in CURATED_FIELDS:
        assert m.sources[field], field


def test_currency_and_languages() -> None:
    m = globalcs.get_market("IN")
    assert m.currency == "INR"
    assert m.languages[:2] == ("hi", "en")


def test_formal_aap_register() -> None:
    m = globalcs.get_market("IN")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.communication.context == "high"


def test_privacy_is_dpdpa_with_phase_in() -> None:
    privacy = globalcs.get_market("IN").privacy
    assert privacy.code == "DPDPA"
    # Rule 7's 72 hours commence on 13 May 2027: nothing is computed from it before then.
    assert privacy.breach_notification_hours is None
    assert "72 hours" in privacy.breach_notification_note
    assert privacy.dsar_deadline is not None
    assert privacy.dsar_deadline.amount is None
    assert "13 May 2027" in privacy.note
    assert privacy.marketing_email is None


def test_breach_intimation_hours_start_on_13_may_2027() -> None:
    import datetime as dt
    import zoneinfo

    privacy = globalcs.get_market("IN").privacy
    kolkata = zoneinfo.ZoneInfo("Asia/Kolkata")
    assert (
        globalcs.breach_report_due("IN", dt.datetime(2027, 5, 12, 23, 59, tzinfo=kolkata)) is None
    )
    noticed = dt.datetime(2027, 5, 13, 9, 0, tzinfo=kolkata)
    assert globalcs.breach_report_due("IN", noticed) == noticed + dt.timedelta(hours=72)
    assert privacy.in_force(noticed.date()).breach_notification_hours == 72


def test_no_statutory_cooling_off() -> None:
    returns = globalcs.get_market("IN").returns
    assert returns.withdrawal_days is None
    assert "E-Commerce" in returns.conditions


def test_weekend_keeps_cldr_and_records_bank_saturdays() -> None:
    m = globalcs.get_market("IN")
    assert m.weekend == (6,)
    assert any(d.field == "weekend" for d in m.disagreements)


def test_whatsapp_upi_and_cod() -> None:
    m = globalcs.get_market("IN")
    assert m.channels[0].id == "whatsapp"
    ids = [p.id for p in m.payment_methods]
    assert ids[0] == "upi"
    assert {"card", "paytm", "cash_on_delivery"} <= set(ids)
    assert m.payment_methods_basis == "ecommerce_value"
    upi = m.payment_methods[0].share
    assert (upi.value, upi.measure, upi.year) == (0.64, "ecommerce_value", 2024)


class TestProfile(MarketTests):
    code = "IN"
