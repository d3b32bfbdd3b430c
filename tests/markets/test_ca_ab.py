"""Key facts of the Alberta (CA-AB) market."""

import datetime as dt

import globalcs

from ._common import MarketTests


def test_subdivision_of_canada() -> None:
    m = globalcs.get_market("CA-AB")
    assert m.country == "CA"
    assert m.currency == "CAD"
    assert m.curated


def test_privacy_is_alberta_pipa_with_the_oipc() -> None:
    privacy = globalcs.get_market("CA-AB").privacy
    assert privacy.code == "CA-AB-PIPA"
    assert privacy.authority == "Office of the Information and Privacy Commissioner of Alberta"
    assert privacy.authority_url == "https://oipc.ab.ca/"
    assert privacy.marketing_email == "opt_in_soft"


def test_45_calendar_days_extendable_by_30() -> None:
    deadline = globalcs.get_market("CA-AB").privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (45, "days")
    assert (deadline.extension_amount, deadline.extension_unit) == (30, "days")
    assert "s. 28" in deadline.note
    assert "s. 31" in deadline.note


def test_dsar_due_counts_calendar_days() -> None:
    # 4 January 2027 + 45 days = 18 February 2027; + 30 more = 20 March 2027 (a Saturday:
    # the Act does not move it).
    assert globalcs.dsar_due("CA-AB", dt.date(2027, 1, 4)) == dt.date(2027, 2, 18)
    assert globalcs.dsar_due("CA-AB", dt.date(2027, 1, 4), extended=True) == dt.date(2027, 3, 20)


def test_breach_goes_to_the_commissioner_without_unreasonable_delay() -> None:
    privacy = globalcs.get_market("CA-AB").privacy
    assert privacy.breach_notification_hours is None
    assert "s. 34.1" in privacy.breach_notification_note
    assert "real risk of significant harm" in privacy.breach_notification_note
    assert "without unreasonable delay" in privacy.breach_notification_note
    aware = dt.datetime(2027, 1, 4, 9, tzinfo=dt.UTC)
    assert globalcs.breach_report_due("CA-AB", aware) is None


def test_one_time_zone() -> None:
    # America/Edmonton: UTC-6 all year from tzdata 2026c on (older tzdata still shows MST/MDT).
    m = globalcs.get_market("CA-AB")
    assert m.timezones == ("America/Edmonton",)
    assert m.timezone == "America/Edmonton"


def test_channels_and_payments_inherit_canada() -> None:
    ab, ca = globalcs.get_market("CA-AB"), globalcs.get_market("CA")
    assert ab.payment_methods == ca.payment_methods
    assert ab.languages == ca.languages


class TestProfile(MarketTests):
    code = "CA-AB"
