"""Key facts of the Ukrainian market."""

import globalcs

from ._common import MarketTests, assert_curated_and_sourced

SOURCED_FIELDS = (
    "formality",
    "communication.first_names",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_market_is_curated_in_hryvnia_and_ukrainian() -> None:
    m = assert_curated_and_sourced("UA", SOURCED_FIELDS)
    assert m.currency == "UAH"
    assert m.languages[0] == "uk"
    assert m.weekend == (5, 6)


def test_formal_vy_register() -> None:
    m = globalcs.get_market("UA")
    assert m.formality == "formal"
    assert m.minimum_formality == "neutral"
    assert m.communication.first_names == "accepted"


def test_viber_leads_messenger_reach() -> None:
    m = globalcs.get_market("UA")
    assert m.channels_basis == "messenger_reach"
    assert [c.id for c in m.channels[:4]] == ["viber", "facebook_messenger", "telegram", "whatsapp"]
    viber = m.channels[0].share
    assert viber is not None
    assert (viber.value, viber.measure, viber.year) == (0.736, "messenger_reach", 2021)


def test_cards_then_cash_on_delivery() -> None:
    m = globalcs.get_market("UA")
    assert m.payment_methods_basis == "editorial"
    assert [p.id for p in m.payment_methods[:2]] == ["card", "cash_on_delivery"]


def test_privacy_is_the_2010_law_with_30_day_access_and_no_breach_period() -> None:
    privacy = globalcs.get_market("UA").privacy
    assert privacy.code == "UA-PDP"
    assert "Commissioner for Human Rights" in privacy.authority
    assert privacy.marketing_email == "opt_in"
    deadline = privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (30, "days")
    assert privacy.breach_notification_hours is None


def test_fourteen_day_distance_withdrawal_under_the_1991_law() -> None:
    returns = globalcs.get_market("UA").returns
    assert returns.withdrawal_days == 14
    assert returns.unit == "days"
    assert returns.seller_policy_overrides is False
    assert "art. 13" in returns.conditions
    assert "3153-IX" in returns.conditions


def test_no_public_holidays_under_martial_law() -> None:
    import datetime as dt

    ukraine = globalcs.get_market("UA")
    assert len(ukraine.holidays(2021)) > 10
    assert len(ukraine.holidays(2026)) == 0  # Law 2136-IX: no days off during martial law
    assert "martial law" in ukraine.notes["support_hours"]
    calendar = globalcs.support_calendar("UA")
    assert calendar.is_open(dt.datetime(2026, 1, 1, 10, tzinfo=dt.UTC))  # New Year's Day


class TestProfile(MarketTests):
    code = "UA"
