"""The parcel arithmetic: the boundary of each threshold, properties over many values,
and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import globalcs
from globalcs.market._customs import DeMinimis, TaxCollection
from globalcs.market._customs_file import read_customs
from globalcs.market._schema import open_file

D = decimal.Decimal
DAY = dt.date(2026, 12, 4)
VALUES = st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False)
REGIMES = {
    code: globalcs.get_market(code, on=DAY).customs for code in ("DE", "GB", "US", "AU", "NO", "HK")
}


@pytest.mark.parametrize(
    ("relief", "at", "over"),
    [("not_exceeding", True, False), ("below", False, False)],
)
def test_the_wording_of_the_statute_decides_the_boundary(relief: Any, at: bool, over: bool) -> None:
    rule = DeMinimis(D("150"), "EUR", relief=relief)
    assert rule.relieves(D("149.99"))
    assert rule.relieves(D("150")) is at
    assert rule.relieves(D("150.01")) is over


def test_no_de_minimis_relieves_nothing_and_an_untaxed_market_levies_nothing() -> None:
    assert not DeMinimis(None, "USD").relieves(D("0"))
    assert str(DeMinimis(None, "USD")) == "none"
    assert str(DeMinimis(None, "USD", levied=False)) == "not levied"


@settings(max_examples=200, deadline=None)
@given(value=VALUES, amount=st.decimals(min_value=1, max_value=10**5, places=2))
def test_relief_is_exactly_the_comparison_the_statute_states(
    value: decimal.Decimal, amount: decimal.Decimal
) -> None:
    assert DeMinimis(amount, "EUR").relieves(value) is (value <= amount)
    assert DeMinimis(amount, "EUR", relief="below").relieves(value) is (value < amount)
    assert TaxCollection("x", amount, "EUR").covers(value) is (value <= amount)


@settings(max_examples=200, deadline=None)
@given(code=st.sampled_from(sorted(REGIMES)), low=VALUES, high=VALUES)
def test_a_cheaper_parcel_never_owes_more_duty(
    code: str, low: decimal.Decimal, high: decimal.Decimal
) -> None:
    regime = REGIMES[code]
    low, high = sorted((low, high))
    cheap = regime.assess(low, regime.currency, seller_registered=False)
    dear = regime.assess(high, regime.currency, seller_registered=False)
    if cheap.duty == "due":
        assert dear.duty == "due"
    if dear.duty == "relieved":
        assert cheap.duty == "relieved"


@settings(max_examples=200, deadline=None)
@given(value=VALUES, rate=st.decimals(min_value="0.01", max_value=100, places=4))
def test_a_rate_converts_before_comparing(value: decimal.Decimal, rate: decimal.Decimal) -> None:
    regime = REGIMES["GB"]
    converted = regime.assess(value, "EUR", rate=rate)
    direct = regime.assess(value * rate, "GBP")
    assert converted.value == value * rate
    assert (converted.duty, converted.tax, converted.tax_collected_at) == (
        direct.duty,
        direct.tax,
        direct.tax_collected_at,
    )
    assert converted.currency == "GBP"


def test_an_uncurated_market_answers_unknown_in_any_currency() -> None:
    assessment = globalcs.get_market("BR").customs.assess(D("10"), "BRL")
    assert (assessment.duty, assessment.tax) == ("unknown", "unknown")
    assert "Not curated" in assessment.reasons[0]


@pytest.mark.parametrize(
    "value",
    [12.5, float("nan"), D("NaN"), D("sNaN"), D("Infinity"), D("-0.01"), -1, True, "12", None],
)
def test_bad_values_are_money_errors(value: object) -> None:
    with pytest.raises(globalcs.MoneyError) as caught:
        REGIMES["DE"].assess(value, "EUR")  # type: ignore[arg-type]
    assert caught.value.value is value or caught.value.value != caught.value.value


def test_a_float_is_refused_with_the_decimal_to_write_instead() -> None:
    with pytest.raises(globalcs.MoneyError, match=r"Decimal\('120.5'\)"):
        REGIMES["DE"].assess(120.5, "EUR")  # type: ignore[arg-type]


def test_another_currency_without_a_rate_is_refused_and_says_why() -> None:
    with pytest.raises(globalcs.CurrencyMismatchError) as caught:
        REGIMES["US"].assess(D("120"), "EUR")
    assert (caught.value.currency, caught.value.expected) == ("EUR", "USD")
    assert "rate" in str(caught.value)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("currency", ["eur", "EURO", "", 978, None, "E1R"])
def test_bad_currency_codes_are_invalid_options(currency: object) -> None:
    with pytest.raises(globalcs.InvalidOptionError) as caught:
        REGIMES["DE"].assess(D("1"), currency)  # type: ignore[arg-type]
    assert caught.value.option == "currency"


@pytest.mark.parametrize("rate", [D("0"), D("-1"), D("NaN"), D("Infinity"), 0.9, "0.9", True])
def test_bad_rates_are_invalid_options(rate: object) -> None:
    with pytest.raises(globalcs.InvalidOptionError) as caught:
        REGIMES["DE"].assess(D("1"), "USD", rate=rate)  # type: ignore[arg-type]
    assert caught.value.option == "rate"


def test_seller_registered_is_true_false_or_none() -> None:
    with pytest.raises(globalcs.InvalidOptionError):
        REGIMES["DE"].assess(D("1"), "EUR", seller_registered="yes")  # type: ignore[arg-type]


@pytest.mark.parametrize("day", ["2026-01-01", dt.datetime(2026, 1, 1), None, 20260101])
def test_in_force_takes_a_date(day: object) -> None:
    if isinstance(day, dt.datetime):  # a datetime is a date: its day is used
        assert REGIMES["US"].in_force(day).since == dt.date(2025, 8, 29)
        return
    with pytest.raises(globalcs.InvalidOptionError):
        REGIMES["US"].in_force(day)  # type: ignore[arg-type]


def _file(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema": 1,
        "code": "XX",
        "checked": dt.date(2026, 12, 4),
        "name": "Test",
        "from": dt.date(2020, 1, 1),
        "duty": {"amount": "100", "currency": "EUR", "note": "n", "sources": ["s"]},
        "tax": {"name": "VAT", "amount": "none", "currency": "EUR", "note": "n", "sources": ["s"]},
        "sources": {
            "s": {
                "title": "t",
                "url": "https://example.org/",
                "as_of": dt.date(2026, 1, 1),
                "confidence": "statute",
            }
        },
    }
    data.update(changes)
    return data


def _read(data: dict[str, Any]) -> globalcs.CustomsRegime:
    return read_customs("XX", open_file("customs/xx.toml", data)).regime


def test_a_well_formed_file_reads() -> None:
    regime = _read(_file())
    assert regime.duty_de_minimis is not None
    assert regime.duty_de_minimis.amount == D("100")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"duty": {"amount": 100, "currency": "EUR", "note": "n", "sources": ["s"]}}, "amount"),
        ({"duty": {"amount": "1.5e", "currency": "EUR", "note": "n", "sources": ["s"]}}, "amount"),
        ({"duty": {"amount": "-5", "currency": "EUR", "note": "n", "sources": ["s"]}}, "amount"),
        ({"duty": {"amount": "5", "currency": "eur", "note": "n", "sources": ["s"]}}, "currency"),
        ({"duty": {"amount": "5", "currency": "USD", "note": "n", "sources": ["s"]}}, "currency"),
        ({"duty": {"amount": "5", "currency": "EUR", "note": "n", "sources": []}}, "sources"),
        ({"duty": {"amount": "5", "currency": "EUR", "note": "n", "sources": ["x"]}}, "sources"),
        (
            {
                "duty": {
                    "amount": "5",
                    "currency": "EUR",
                    "relief": "under",
                    "note": "n",
                    "sources": ["s"],
                }
            },
            "relief",
        ),
        (
            {"duty": {"amount": "5", "currency": "EUR", "note": "n", "sources": ["s"], "typo": 1}},
            "typo",
        ),
        ({"code": "YY"}, "code"),
        ({"from": "2020-01-01"}, "from"),
        (
            {
                "amendments": [
                    {"in_force": dt.date(2025, 1, 1), "note": "n", "sources": ["s"]},
                    {"in_force": dt.date(2024, 1, 1), "note": "n", "sources": ["s"]},
                ]
            },
            "in_force",
        ),
    ],
)
def test_a_bad_file_names_the_field(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(globalcs.DataError) as caught:
        _read(_file(**changes))
    assert field in caught.value.field
