"""Key facts of the Swiss market."""

import datetime as dt
import zoneinfo

import globalcs

from ._common import MarketTests

CURATED_FIELDS = (
    "languages",
    "formality",
    "communication.context",
    "communication.rapport_first",
    "communication.first_names",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_currency_and_written_service_languages() -> None:
    m = globalcs.get_market("CH")
    assert m.currency == "CHF"
    assert m.languages == ("de", "fr", "it")
    assert "gsw" not in m.languages


def test_polite_form_is_the_default() -> None:
    m = globalcs.get_market("CH")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.communication.context == "low"


def test_privacy_is_the_revised_fadp_with_the_fdpic() -> None:
    privacy = globalcs.get_market("CH").privacy
    assert privacy.code == "CH-FADP"
    assert "FDPIC" in privacy.authority
    assert privacy.marketing_email == "opt_in_soft"
    assert any("fedlex.admin.ch" in s.url for s in globalcs.get_market("CH").sources["privacy"])


def test_fadp_deadlines() -> None:
    privacy = globalcs.get_market("CH").privacy
    deadline = privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (30, "days")
    assert deadline.extension_amount is None
    assert privacy.breach_notification_hours is None
    assert "as soon as possible" in privacy.breach_notification_note
    aware = dt.datetime(2026, 3, 2, 9, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Zurich"))
    assert globalcs.breach_report_due("CH", aware) is None


def test_no_general_withdrawal_right() -> None:
    returns = globalcs.get_market("CH").returns
    assert returns.withdrawal_days is None
    assert "40a" in returns.conditions
    assert returns.seller_policy_overrides is False


def test_twint_comes_first() -> None:
    m = globalcs.get_market("CH")
    assert m.payment_methods[0].id == "twint"
    assert m.payment_methods[0].kind == "wallet"
    assert m.payment_methods_basis == "editorial"
    invoice = next(p for p in m.payment_methods if p.id == "invoice").share
    assert (invoice.value, invoice.measure, invoice.year) == (0.29, "ecommerce_transactions", 2020)


def test_phone_leads_measured_contacts() -> None:
    m = globalcs.get_market("CH")
    assert m.channels_basis == "support_contacts"
    assert [c.id for c in m.channels[:2]] == ["phone", "email"]
    assert m.channels[0].share.measure == "support_contacts"


def test_curated_and_sourced() -> None:
    m = globalcs.get_market("CH")
    assert m.curated
    assert m.defaults == ()
    for field in CURATED_FIELDS:
        assert m.sources[field], field
    assert any("bfs.admin.ch" in s.url for s in m.sources["languages"])


class TestProfile(MarketTests):
    code = "CH"
