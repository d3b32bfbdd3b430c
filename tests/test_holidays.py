"""Holidays come from python-holidays, named locally and in English."""

from __future__ import annotations

import datetime as dt
import inspect
import pickle
import warnings
from collections.abc import Mapping

import pytest

import globalcs


def test_german_holidays_in_two_languages() -> None:
    days = {h.date: h for h in globalcs.get_market("DE").holidays(2026).records}
    christmas = days[dt.date(2026, 12, 25)]
    assert christmas.local_name == "Erster Weihnachtstag"
    assert christmas.name == "Christmas Day"
    assert dt.date(2026, 12, 26) in days


def test_subdivision_holidays_differ() -> None:
    bavaria = globalcs.get_market("DE-BY").holidays(2026)
    berlin = globalcs.get_market("DE-BE").holidays(2026)
    assert dt.date(2026, 1, 6) in bavaria  # Heilige Drei Könige
    assert dt.date(2026, 1, 6) not in berlin


def test_out_of_range_year_is_an_error() -> None:
    with pytest.raises(globalcs.HolidayRangeError) as info:
        globalcs.get_market("DE").holidays(1800)
    assert info.value.year == 1800
    assert isinstance(info.value, ValueError)


def test_holidays_are_sorted() -> None:
    found = globalcs.get_market("JP").holidays(2026)
    days = list(found)
    assert days == sorted(days)
    assert [h.date for h in found.records] == days
    assert dt.date(2026, 5, 5) in days  # Children's Day, Golden Week


# ---------------------------------------------------------------- the Holidays mapping


def test_holidays_are_a_mapping_of_date_to_name() -> None:
    de = globalcs.get_market("DE").holidays(2026)
    christmas = dt.date(2026, 12, 25)
    assert isinstance(de, Mapping)
    assert christmas in de
    assert dt.date(2026, 12, 24) not in de
    assert "2026-12-25" not in de  # keys are dates, nothing else
    assert de[christmas] == de.get(christmas) == "Erster Weihnachtstag"
    assert de.get(dt.date(2026, 12, 24)) is None
    assert len(de) == len(de.records) == len(dict(de))
    assert list(de) == [h.date for h in de.records]
    assert list(de.values()) == [h.local_name for h in de.records]
    assert (de.market, de.year, de.language) == ("DE", 2026, "de")
    with pytest.raises(KeyError):
        de[dt.date(2026, 12, 24)]


def test_holidays_are_immutable_hashable_and_pickle() -> None:
    de = globalcs.get_market("DE").holidays(2026)
    again = globalcs.get_market("DE").holidays(2026)
    assert de == again
    assert hash(de) == hash(again)
    assert {de: 1}[again] == 1
    assert de == dict(de)  # compares like any mapping
    assert de != globalcs.get_market("AT").holidays(2026)
    assert de != globalcs.get_market("DE").holidays(2026, language="en")
    copy = pickle.loads(pickle.dumps(de))
    assert copy == de
    assert copy.records == de.records
    with pytest.raises(AttributeError):
        de.year = 2027
    with pytest.raises(AttributeError):
        del de.records


def test_holidays_repr_names_market_year_and_language() -> None:
    text = repr(globalcs.get_market("DE").holidays(2026))
    assert text.startswith("<Holidays DE 2026 (de): ")
    assert "2026-01-01 Neujahr" in text


def test_a_country_python_holidays_does_not_know_has_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from globalcs.market import _holidays

    _holidays._clear_caches()
    monkeypatch.setattr(_holidays, "holiday_class", lambda country: None)
    try:
        found = globalcs.get_market("DE").holidays(2026)
        assert (len(found), found.records, found.language) == (0, (), None)
        assert repr(found) == "<Holidays DE 2026 (None): none>"
        assert _holidays.covered_years("DE", None) == (1, 9999)
        assert globalcs.support_calendar("DE", hours="24/7").holiday_dates(2026) == frozenset()
    finally:
        monkeypatch.undo()
        _holidays._clear_caches()


def test_year_must_be_a_whole_number() -> None:
    de = globalcs.get_market("DE")
    for bad in ("2026", 2026.0, True, None):
        with pytest.raises(globalcs.InvalidOptionError):
            de.holidays(bad)  # type: ignore[arg-type]


# ---------------------------------------------------------------- languages


def test_names_in_a_chosen_language() -> None:
    de = globalcs.get_market("DE")
    english = de.holidays(2026, language="en")
    assert english.language == "en_US"
    assert english[dt.date(2026, 12, 25)] == "Christmas Day"
    assert de.holidays(2026, language="de-AT")[dt.date(2026, 12, 25)] == "Erster Weihnachtstag"
    assert globalcs.get_market("BR").holidays(2026, language="pt").language == "pt_BR"
    swiss = globalcs.get_market("CH").holidays(2026, language="fr-CH")
    assert swiss.language == "fr"


def test_an_unsupported_holiday_language_is_an_error() -> None:
    de = globalcs.get_market("DE")
    for bad in ("xx", "", "zz-ZZ", 5, None.__class__):
        with pytest.raises(globalcs.UnknownLanguageError) as info:
            de.holidays(2026, language=bad)  # type: ignore[arg-type]
        assert info.value.language == bad
        assert "de" in info.value.supported
        assert "en_US" in info.value.supported
        assert isinstance(info.value, LookupError)
    assert "supported: de, en_US" in str(info.value)


def test_a_country_without_translations_is_named_in_english() -> None:
    nz = globalcs.get_market("NZ")
    assert (
        nz.holidays(2026)[dt.date(2026, 12, 25)]
        == nz.holidays(2026, language="en-NZ")[dt.date(2026, 12, 25)]
    )
    with pytest.raises(globalcs.UnknownLanguageError) as info:
        nz.holidays(2026, language="mi")
    assert info.value.supported == ("en",)


def test_names_do_not_depend_on_the_environment_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """python-holidays reads LANGUAGE/LC_ALL/LANG when given no language; globalcs
    always names one."""
    from globalcs.market import _holidays

    expected = globalcs.get_market("DE").holidays(2026)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(name, "uk_UA.UTF-8")
    _holidays._clear_caches()
    try:
        assert globalcs.get_market("DE").holidays(2026) == expected
        assert globalcs.get_market("NZ").holidays(2026).language == "en"
    finally:
        _holidays._clear_caches()


# ---------------------------------------------------------------- covered years


def test_india_is_covered_as_far_as_its_hindu_tables() -> None:
    """python-holidays tabulates Hindu festivals for a range of years (2001 to 2035 in
    0.109); globalcs reads that range from the tables, not from a warning."""
    from holidays.calendars.hindu import _HinduLunisolar

    from globalcs.market._holidays import covered_years

    table = _HinduLunisolar.DIWALI_INDIA_DATES
    first, last = covered_years("IN", None)
    assert (first, last) == (min(table), max(table))
    india = globalcs.get_market("IN")
    assert dt.date(last, 1, 26) in india.holidays(last)  # Republic Day
    for year in (first - 1, last + 1):
        with pytest.raises(globalcs.HolidayRangeError) as info:
            india.holidays(year)
        assert (info.value.year, info.value.first, info.value.last) == (year, first, last)
        assert "IN" in str(info.value)


def test_coverage_follows_the_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Shorten Diwali's table: India's covered years shrink with it, and a year past
    it is refused instead of coming back without Diwali."""
    from holidays.calendars.hindu import _HinduLunisolar

    from globalcs.market import _holidays

    short = {y: d for y, d in _HinduLunisolar.DIWALI_INDIA_DATES.items() if y <= 2030}
    monkeypatch.setattr(_HinduLunisolar, "DIWALI_INDIA_DATES", short)
    _holidays._clear_caches()
    try:
        assert _holidays.covered_years("IN", None)[1] == 2030
        cal = globalcs.support_calendar("IN")
        assert cal.holiday_dates(2030)
        with pytest.raises(globalcs.HolidayRangeError) as info:
            cal.holiday_dates(2031)
        assert info.value.last == 2030
    finally:
        monkeypatch.undo()
        _holidays._clear_caches()


def test_a_holiday_added_in_later_years_limits_only_the_years_after_its_table() -> None:
    """California's Diwali, a state holiday from 2026, is looked up in a table that ends
    (2035 in python-holidays 0.109): later years are refused, earlier ones are not."""
    import holidays

    from globalcs.market._holidays import covered_years

    california = globalcs.get_market("US-CA")
    if not holidays.country_holidays("US", subdiv="CA", years=2026).get_named("Diwali"):
        pytest.skip("this python-holidays has no Diwali in California")
    first, last = covered_years("US", "CA")
    assert first < 1990 < 2026 <= last < 2100
    assert california.holidays(1990)
    assert globalcs.get_market("US").holidays(last + 1)  # no Diwali nationally
    with pytest.raises(globalcs.HolidayRangeError) as info:
        california.holidays(last + 1)
    assert (info.value.first, info.value.last) == (first, last)
    with pytest.raises(globalcs.HolidayRangeError):
        globalcs.support_calendar("US-CA").is_business_day(dt.date(last + 1, 6, 1))


def test_every_covered_year_of_every_curated_market_builds_without_warnings() -> None:
    """The suite turns warnings into errors: python-holidays warns for none of the
    years globalcs says it covers (India's warning lies outside 2001-2035)."""
    from globalcs.market._holidays import closed_days, covered_years, known_subdivision

    for market in globalcs.curated_markets():
        subdiv = known_subdivision(market.country, market.subdivision)
        first, last = covered_years(market.country, subdiv)
        for year in range(max(first, 2000), min(last, 2060) + 1):
            closed_days(market.country, subdiv, year)


def test_python_holidays_warnings_are_not_silenced(monkeypatch: pytest.MonkeyPatch) -> None:
    """globalcs catches no warnings: one python-holidays gives reaches the caller."""
    import holidays

    from globalcs.market import _holidays

    cls = type(holidays.country_holidays("DE"))
    original = cls._populate_public_holidays  # type: ignore[attr-defined]

    def warn_then_populate(self: object) -> None:
        warnings.warn("a python-holidays warning", UserWarning, stacklevel=2)
        original(self)

    monkeypatch.setattr(cls, "_populate_public_holidays", warn_then_populate)
    _holidays._clear_caches()
    try:
        with pytest.warns(UserWarning, match="a python-holidays warning"):
            _holidays.closed_days("DE", None, 2026)
    finally:
        monkeypatch.undo()
        _holidays._clear_caches()
    assert not any("catch_warnings" in line for line in inspect.getsource(_holidays).splitlines())
