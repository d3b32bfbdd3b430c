"""Key facts of the British Columbia (CA-BC) market."""

import datetime as dt

import globalcs

from ._common import MarketTests


def test_subdivision_of_canada() -> None:
    m = globalcs.get_market("CA-BC")
    assert m.country == "CA"
    assert m.currency == "CAD"
    assert m.curated


def test_privacy_is_bc_pipa_with_the_oipc() -> None:
    privacy = globalcs.get_market("CA-BC").privacy
    assert privacy.code == "CA-BC-PIPA"
    assert (
        privacy.authority
        == "Office of the Information and Privacy Commissioner for British Columbia"
    )
    assert privacy.authority_url == "https://www.oipc.bc.ca/"
    assert privacy.marketing_email == "opt_in_soft"


def test_30_working_days_extendable_by_30() -> None:
    # s. 1: a "day" does not include a Saturday or a holiday (Sundays are holidays).
    deadline = globalcs.get_market("CA-BC").privacy.dsar_deadline
    assert deadline is not None
    assert (deadline.amount, deadline.unit) == (30, "business_days")
    assert (deadline.extension_amount, deadline.extension_unit) == (30, "business_days")
    assert "s. 29" in deadline.note
    assert "s. 31" in deadline.note


def test_dsar_due_skips_weekends_and_bc_holidays() -> None:
    # From Monday 4 January 2027, 30 working days skip Family Day (Monday 15 February):
    # Tuesday 16 February 2027.
    assert globalcs.dsar_due("CA-BC", dt.date(2027, 1, 4)) == dt.date(2027, 2, 16)
    # From Tuesday 25 May 2027: Canada Day (1 July) skipped, due Wednesday 7 July; the
    # extension then skips BC Day (2 August): Thursday 19 August 2027.
    assert globalcs.dsar_due("CA-BC", dt.date(2027, 5, 25)) == dt.date(2027, 7, 7)
    assert globalcs.dsar_due("CA-BC", dt.date(2027, 5, 25), extended=True) == dt.date(2027, 8, 19)


def test_no_breach_notification_duty() -> None:
    privacy = globalcs.get_market("CA-BC").privacy
    assert privacy.breach_notification_hours is None
    assert "no breach-notification duty" in privacy.breach_notification_note
    aware = dt.datetime(2027, 1, 4, 9, tzinfo=dt.UTC)
    assert globalcs.breach_report_due("CA-BC", aware) is None


def test_pacific_first_then_the_mountain_zones() -> None:
    m = globalcs.get_market("CA-BC")
    assert m.timezone == "America/Vancouver"
    assert set(m.timezones) == {
        "America/Vancouver",
        "America/Edmonton",
        "America/Dawson_Creek",
        "America/Fort_Nelson",
        "America/Creston",
    }


def test_channels_and_payments_inherit_canada() -> None:
    bc, ca = globalcs.get_market("CA-BC"), globalcs.get_market("CA")
    assert bc.payment_methods == ca.payment_methods
    assert bc.languages == ca.languages


class TestProfile(MarketTests):
    code = "CA-BC"
