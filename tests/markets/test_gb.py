"""Key facts of the United Kingdom market."""

import globalcs

from ._common import MarketTests, assert_curated_and_sourced, assert_eu_withdrawal

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


def test_currency_and_language() -> None:
    m = globalcs.get_market("GB")
    assert m.currency == "GBP"
    assert m.languages[0] == "en"


def test_register_is_neutral_english() -> None:
    m = globalcs.get_market("United Kingdom")
    assert m.formality == "neutral"
    assert m.minimum_formality == "neutral"
    assert m.communication.context == "low"


def test_privacy_is_uk_gdpr_with_ico() -> None:
    m = globalcs.get_market("GB")
    assert m.privacy.code == "UK-GDPR"
    assert "ICO" in m.privacy.authority
    assert m.privacy.marketing_email == "opt_in_soft"


def test_subject_access_deadline_and_breach_hours() -> None:
    deadline = globalcs.get_market("GB").privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (1, "months")
    assert (deadline.extension_amount, deadline.extension_unit) == (2, "months")
    assert globalcs.get_market("GB").privacy.breach_notification_hours == 72


def test_a_subject_access_deadline_on_a_weekend_or_bank_holiday_moves_on() -> None:
    import datetime as dt

    gb = globalcs.get_market("GB")
    # 28 November 2026 -> 28 December, the substitute Boxing Day bank holiday.
    assert globalcs.dsar_due(gb, dt.date(2026, 11, 28)) == dt.date(2026, 12, 29)
    # 31 January -> 28 February (no 31st), a Saturday -> Monday 2 March.
    assert globalcs.dsar_due(gb, dt.date(2026, 1, 31)) == dt.date(2026, 3, 2)
    # A weekday stays where it is.
    assert globalcs.dsar_due(gb, dt.date(2026, 6, 10)) == dt.date(2026, 7, 10)
    assert any("sar-checklist" in s.url for s in gb.sources["privacy"])


def test_cancellation_right_is_14_days_from_delivery() -> None:
    assert_eu_withdrawal("GB")


def test_first_channel_and_payment_method() -> None:
    m = globalcs.get_market("GB")
    assert m.channels[0].id == "phone"
    assert m.payment_methods[0].id == "card"
    assert [p.id for p in m.payment_methods][:2] == ["card", "paypal"]


def test_ranking_bases() -> None:
    m = globalcs.get_market("GB")
    # Mollie's preference shares were dropped (no primary source found): editorial order.
    assert m.payment_methods_basis == "editorial"
    assert m.payment_methods[0].share is None
    assert m.channels_basis == "editorial"


def test_curated_and_sourced() -> None:
    m = assert_curated_and_sourced("GB", CURATED_FIELDS)
    assert any("legislation.gov.uk" in s.url for s in m.sources["privacy"])


class TestProfile(MarketTests):
    code = "GB"
