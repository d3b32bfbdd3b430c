"""The US: the USD 800 Section 321 de minimis, suspended for all countries from
29 August 2025 by Executive Order 14324."""

import datetime as dt

import globalcs

from ._common import CustomsTests, D, customs


class TestUS(CustomsTests):
    code = "US"
    markets = ("US", "US-CA", "US-TX")


def test_800_dollars_until_the_suspension() -> None:
    regime = customs("US", dt.date(2025, 8, 1))
    assert str(regime.duty_de_minimis) == "USD 800 (not exceeding)"
    assert regime.assess(D("800"), "USD").duty == "relieved"
    assert regime.assess(D("800.01"), "USD").duty == "due"
    assert [a.in_force for a in regime.amendments] == [dt.date(2025, 8, 29)]


def test_suspended_from_29_august_2025() -> None:
    assert customs("US", dt.date(2025, 8, 28)).assess(D("12"), "USD").duty == "relieved"
    after = customs("US", dt.date(2025, 8, 29))
    assert after.duty_de_minimis is not None
    assert after.duty_de_minimis.amount is None
    assert after.since == dt.date(2025, 8, 29)
    assert after.assess(D("0.01"), "USD").duty == "due"
    assert "14324" in after.note


def test_no_federal_vat() -> None:
    assessment = customs("US").assess(D("50"), "USD")
    assert assessment.tax == "not_levied"
    assert assessment.tax_collected_at is None


def test_a_dated_market_moves_both_ways() -> None:
    before = globalcs.get_market("US", on=dt.date(2025, 8, 1))
    after = globalcs.get_market(before, on=dt.date(2025, 9, 1))
    assert after.customs.duty_de_minimis is not None
    assert after.customs.duty_de_minimis.amount is None
    again = globalcs.get_market(after, on=dt.date(2025, 8, 1))
    assert again.customs == before.customs
    assert globalcs.get_market(after, on=dt.date(2016, 3, 9)).customs.code is None
    assert globalcs.get_market("US", on=dt.date(2016, 3, 10)).customs.code == "US"
