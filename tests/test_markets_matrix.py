"""Every market resolves, serialises, pickles and is internally consistent."""

from __future__ import annotations

import json
import pickle
import re

import pytest

import globalcs
from globalcs.market._loader import regions, vocabulary

ALL = globalcs.markets()
CODES = [m.code for m in ALL]
CURATED = globalcs.curated_markets()
CULTURAL = ("formality", "communication", "channels", "payment_methods", "support_hours")


def test_every_iso_country_is_a_market() -> None:
    import pycountry

    assert sorted(c.alpha_2 for c in pycountry.countries) == CODES
    assert len(ALL) == 249


def test_every_country_is_in_exactly_one_region() -> None:
    region_map, _ = regions()
    for code in CODES:
        assert sum(code in r.members for r in region_map.values()) == 1, code


@pytest.mark.parametrize("code", CODES)
def test_market_is_well_formed(code: str) -> None:
    market = globalcs.get_market(code)
    assert market.code == market.country == code
    assert len(market.currency) == 3
    assert market.currency.isupper()
    assert market.languages
    assert all(
        re.fullmatch(r"[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?", x) for x in market.languages
    )
    assert market.locale
    assert set(market.weekend) <= set(range(7))
    assert 1 <= len(market.weekend) <= 2
    assert 0 <= market.first_weekday <= 6
    assert market.minimum_formality <= market.formality
    assert market.minimum_formality <= market.messaging_formality
    assert {c.id for c in market.channels} <= set(vocabulary("channels"))
    assert {p.id for p in market.payment_methods} <= set(vocabulary("payment_methods"))
    assert market.support_hours.weekly_minutes > 0
    data = json.loads(json.dumps(market.to_dict()))
    assert data["code"] == code
    assert pickle.loads(pickle.dumps(market)) == market
    assert hash(pickle.loads(pickle.dumps(market))) == hash(market)
    assert "<table" in market._repr_html_()


@pytest.mark.parametrize("code", CODES)
def test_defaults_are_never_presented_as_curated(code: str) -> None:
    market = globalcs.get_market(code)
    if market.curated:
        assert not set(CULTURAL) & set(market.defaults)
    else:
        assert set(CULTURAL) <= set(market.defaults)
    for field in market.defaults:
        assert all(
            s.confidence == "default" or s.confidence == "statute" for s in market.sources[field]
        ), field
    for field, sources in market.sources.items():
        if field not in market.defaults:
            assert all(s.confidence != "default" for s in sources), field


@pytest.mark.parametrize("market", CURATED, ids=lambda m: m.code)
def test_curated_market_cites_every_field(market: globalcs.Market) -> None:
    required = [*CULTURAL, "privacy", "returns"]
    for field in required:
        if field == "communication":
            assert any(k.startswith("communication.") for k in market.sources), market.code
            continue
        assert market.sources.get(field), f"{market.code}: {field} has no source"
    for field, sources in market.sources.items():
        for source in sources:
            assert source.url.startswith(("https://", "http://", "globalcs:")), field
            assert source.title


def test_markets_are_immutable() -> None:
    market = globalcs.get_market("DE")
    with pytest.raises(AttributeError):
        market.currency = "USD"  # type: ignore[misc]


def test_filter_by_curation() -> None:
    curated = globalcs.markets(curated=True)
    defaults = globalcs.markets(curated=False)
    assert len(curated) + len(defaults) == 249
    assert all(m.curated for m in curated)


def test_eea_statutes_apply_without_a_market_file() -> None:
    malta = globalcs.get_market("MT")
    assert not malta.curated
    assert malta.privacy.code == "GDPR"
    assert malta.returns.withdrawal_days == 14
    assert "privacy" not in malta.defaults
    assert malta.sources["privacy"][0].confidence == "statute"


def test_no_law_is_borrowed_for_uncurated_markets() -> None:
    market = globalcs.get_market("UZ")
    assert not market.curated
    assert market.privacy.code is None
    assert market.is_default("privacy")
    assert market.returns.withdrawal_days is None
    assert market.is_default("returns")


def test_weekends_from_cldr() -> None:
    assert globalcs.get_market("SA").weekend == (4, 5)
    assert globalcs.get_market("AE").weekend == (5, 6)
    assert globalcs.get_market("IN").weekend == (6,)
    assert globalcs.get_market("IR").weekend == (4,)
    assert globalcs.get_market("US").first_weekday == 6


def test_main_time_zone_first() -> None:
    assert globalcs.get_market("BR").timezone == "America/Sao_Paulo"
    assert globalcs.get_market("AU").timezone == "Australia/Sydney"
    assert globalcs.get_market("US").timezone == "America/New_York"


def test_shortcuts_agree_with_the_libraries() -> None:
    import pickle

    import pycountry
    from babel.localedata import resolve_locale_filename
    from babel.numbers import get_territory_currencies

    from globalcs.market import _derived

    with open(resolve_locale_filename("root"), "rb") as handle:
        assert pickle.load(handle)["week_data"] == _derived.WORLD_WEEK
    for code in CODES:
        assert _derived._current(_derived._read_territory(code)["currencies"]) == (
            get_territory_currencies(code, tender=True, non_tender=False)
        ), code
    assert {c.alpha_2: c.alpha_3 for c in _derived.iso_table()} == {
        c.alpha_2: c.alpha_3 for c in pycountry.countries
    }


def test_time_zones_are_pytz_country_timezones() -> None:
    import pytz

    from globalcs.market._derived import _country_zones

    assert {k: list(v) for k, v in _country_zones().items()} == dict(pytz.country_timezones)


def test_a_territory_table_from_other_library_versions_is_ignored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A wheel pre-computes the CLDR facts (hatch_build.py); after an upgrade of
    # Babel or pytz they may be stale, and the live answer must win.
    from globalcs.market import _derived

    table = _derived.territory_table()
    assert table["territories"]["DE"]["weekend"] == (5, 6)
    assert table["territories"]["AE"]["weekend"] == (5, 6)
    stale = dict(table, versions=("0.0", "0.0"))
    stale["territories"] = dict(table["territories"], DE=dict(table["territories"]["DE"]))
    stale["territories"]["DE"]["weekend"] = (4,)
    monkeypatch.setattr("globalcs._data.read_compiled", lambda key: stale)
    _derived._precomputed.cache_clear()
    try:
        assert _derived._territory("DE")["weekend"] == (5, 6)
        monkeypatch.setattr(
            "globalcs._data.read_compiled", lambda key: dict(stale, versions=table["versions"])
        )
        _derived._precomputed.cache_clear()
        assert _derived._territory("DE")["weekend"] == (4,)
    finally:
        monkeypatch.undo()
        _derived._precomputed.cache_clear()


def test_library_versions_are_read_without_importing_the_libraries() -> None:
    import babel
    import pytz

    from globalcs.market._derived import library_versions

    assert library_versions() == (babel.__version__, pytz.__version__)
