"""Key facts of the Chilean market."""

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
    m = globalcs.get_market("CL")
    assert m.curated
    assert m.currency == "CLP"
    assert m.languages[0] == "es"


def test_register() -> None:
    m = globalcs.get_market("CL")
    assert m.formality == "neutral"
    assert m.messaging_formality == "informal"


def test_privacy_in_force_before_the_2026_reform() -> None:
    import datetime as dt

    privacy = globalcs.get_market("CL", on=dt.date(2026, 11, 30)).privacy
    assert privacy.code == "CL-PDPL"
    deadline = privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (2, "business_days")
    assert "1 December 2026" in privacy.note
    assert privacy.breach_notification_hours is None
    assert privacy.authority.startswith("No data-protection authority")
    assert privacy.since is None


def test_ley_21719_applies_from_1_december_2026() -> None:
    import datetime as dt

    before = globalcs.get_market("CL", on=dt.date(2026, 11, 30)).privacy
    (reform,) = before.amendments
    assert reform.in_force == dt.date(2026, 12, 1)
    assert "Boletín 18.623-07" in reform.note  # the bill to postpone it, recorded
    market = globalcs.get_market("CL", on=dt.date(2026, 12, 1))
    after = market.privacy
    assert before.in_force(dt.date(2026, 11, 30)) == before
    assert before.in_force(dt.date(2026, 12, 1)) == after
    assert str(after.dsar_deadline) == "30 days (+30 days)"
    assert after.amendments == ()
    assert after.since == dt.date(2026, 12, 1)
    assert after.earlier == before
    assert "Ley 21.719" in after.name
    # An amendment may change the authority too, and the profile says so.
    assert after.authority == "Agencia de Protección de Datos Personales"
    assert "Agencia de Protección de Datos Personales" in market.to_json()
    # The amended law still answers for an earlier day.
    assert after.in_force(dt.date(2026, 11, 30)) == before
    # A request is answered under the law in force the day it came in, whichever day
    # the market was read on.
    for read_on in (dt.date(2026, 11, 1), dt.date(2027, 6, 1)):
        chile = globalcs.get_market("CL", on=read_on)
        assert globalcs.dsar_due(chile, dt.date(2026, 11, 27)) == dt.date(2026, 12, 1)
        assert globalcs.dsar_due(chile, dt.date(2026, 12, 1)) == dt.date(2026, 12, 31)
    assert globalcs.dsar_due("CL", dt.date(2026, 11, 27)) == dt.date(2026, 12, 1)  # 2 business days
    assert globalcs.dsar_due("CL", dt.date(2026, 12, 1)) == dt.date(2026, 12, 31)
    assert globalcs.dsar_due("CL", dt.date(2026, 12, 1), extended=True) == dt.date(2027, 1, 30)
    message = globalcs.render(
        "privacy_request_received", "CL", request_id="R-1", received_on=dt.date(2026, 12, 1)
    )
    assert "31 de diciembre de 2026" in message.text


def test_promotional_email_is_opt_out() -> None:
    assert globalcs.get_market("CL").privacy.marketing_email == "opt_out"


def test_10_day_retracto_without_seller_override() -> None:
    returns = globalcs.get_market("CL").returns
    assert returns.withdrawal_days == 10
    assert returns.seller_policy_overrides is False


def test_whatsapp_and_cards_through_webpay() -> None:
    m = globalcs.get_market("CL")
    assert m.channels[0].id == "whatsapp"
    assert [p.id for p in m.payment_methods[:2]] == ["card", "webpay"]
    assert m.channels_basis == "support_use"
    assert m.payment_methods_basis == "ecommerce_transactions"
    card = m.payment_methods[0].share
    assert (card.value, card.measure, card.year) == (0.8, "ecommerce_transactions", 2025)


def test_every_curated_field_has_a_source() -> None:
    m = globalcs.get_market("CL")
    for field in CURATED:
        assert m.sources[field], field


class TestProfile(MarketTests):
    code = "CL"
