"""Holidays come from python-holidays, named locally and in English."""

from __future__ import annotations

import datetime as dt

import pytest

import globalcs


def test_german_holidays_in_two_languages() -> None:
    days = {h.date: h for h in globalcs.get_market("DE").holidays(2026)}
    christmas = days[dt.date(2026, 12, 25)]
    assert christmas.local_name == "Erster Weihnachtstag"
    assert christmas.name == "Christmas Day"
    assert dt.date(2026, 12, 26) in days


def test_subdivision_holidays_differ() -> None:
    bavaria = {h.date for h in globalcs.get_market("DE-BY").holidays(2026)}
    berlin = {h.date for h in globalcs.get_market("DE-BE").holidays(2026)}
    assert dt.date(2026, 1, 6) in bavaria  # Heilige Drei Könige
    assert dt.date(2026, 1, 6) not in berlin


def test_out_of_range_year_is_an_error() -> None:
    with pytest.raises(globalcs.HolidayRangeError) as info:
        globalcs.get_market("DE").holidays(1800)
    assert info.value.year == 1800
    assert isinstance(info.value, ValueError)


def test_holidays_are_sorted() -> None:
    days = [h.date for h in globalcs.get_market("JP").holidays(2026)]
    assert days == sorted(days)
    assert dt.date(2026, 5, 5) in days  # Children's Day, Golden Week
