"""Facts derived from standards: ISO 3166 (pycountry), CLDR (Babel), IANA tz (pytz).

Nothing here is curated; every value is read from the installed libraries
on first use and cached.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from .._record import record
from ._model import Source

DERIVED_AS_OF = dt.date(2026, 11, 23)
"""When the mapping from these libraries to market fields was last reviewed."""


@record
class CountryFacts:
    code: str
    name: str
    currency: str
    languages: tuple[str, ...]
    locale: str
    timezones: tuple[str, ...]
    weekend: tuple[int, ...]
    first_weekday: int


@record
class IsoCountry:
    alpha_2: str
    alpha_3: str
    numeric: str
    name: str
    official_name: str
    common_name: str


@functools.cache
def iso_table() -> tuple[IsoCountry, ...]:
    """ISO 3166-1 as pycountry ships it (Debian iso-codes), read from its JSON file.

    Importing pycountry itself costs tens of milliseconds (it reads package
    metadata at import); the data file alone is a few.
    """
    import importlib.util
    import json
    import os

    spec = importlib.util.find_spec("pycountry")
    assert spec is not None
    assert spec.submodule_search_locations is not None
    folder = next(iter(spec.submodule_search_locations))
    with open(os.path.join(folder, "databases", "iso3166-1.json"), encoding="utf-8") as handle:
        entries = json.load(handle)["3166-1"]
    return tuple(
        IsoCountry(
            alpha_2=e["alpha_2"],
            alpha_3=e["alpha_3"],
            numeric=e["numeric"],
            name=e["name"],
            official_name=e.get("official_name", ""),
            common_name=e.get("common_name", ""),
        )
        for e in entries
    )


@functools.cache
def iso_countries() -> dict[str, str]:
    """Alpha-2 code -> English short name, for every ISO 3166-1 country."""
    return {c.alpha_2: c.common_name or c.name for c in iso_table()}


@functools.cache
def iso_index() -> dict[str, str]:
    """Alpha-3 code, numeric code and every English name (upper case) -> alpha-2."""
    index: dict[str, str] = {}
    for c in iso_table():
        index[c.alpha_3] = c.alpha_2
        index[c.numeric] = c.alpha_2
        for name in (c.name, c.official_name, c.common_name):
            if name:
                index[name.upper()] = c.alpha_2
    return index


@functools.cache
def subdivision_name(code: str) -> str | None:
    """The ISO 3166-2 name of a subdivision code, or None if there is no such code."""
    import pycountry

    found = pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call]
    return None if found is None else str(found.name)


@functools.cache
def _babel_locales() -> frozenset[str]:
    from babel import localedata

    return frozenset(localedata.locale_identifiers())


@functools.cache
def _languages() -> frozenset[str]:
    from babel.core import get_global

    codes = {ident.split("_")[0] for ident in _babel_locales()}
    codes |= {key for key in get_global("likely_subtags") if "_" not in key and key != "und"}
    return frozenset(codes)


def known_language(code: str) -> bool:
    """True for an ISO 639 language code CLDR knows (``de``, ``gsw``, ``fil``)."""
    return code in _languages()


@functools.cache
def _locales_by_territory() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for ident in sorted(_babel_locales()):
        parts = ident.split("_")
        if len(parts) > 1 and parts[-1].isupper() and len(parts[-1]) == 2:
            table.setdefault(parts[-1], []).append(ident)
    return {k: tuple(v) for k, v in table.items()}


@functools.lru_cache(maxsize=2048)
def babel_locale(language: str, territory: str) -> str:
    """The Babel locale identifier for a language in a territory (``zh``, ``CN`` -> ``zh_Hans_CN``).

    Falls back to the bare language, then to ``en``, when CLDR has no such locale.
    """
    from babel import Locale, UnknownLocaleError

    language = language.replace("-", "_")
    for candidate in (f"{language}_{territory}", language):
        try:
            locale = Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
        ident = str(locale)
        if ident in _babel_locales():
            return ident
    return "en"


WORLD_WEEK = {"min_days": 1, "first_day": 0, "weekend_start": 5, "weekend_end": 6}
"""CLDR's week data for the world (territory 001), as Babel's root locale holds it.

Spelled out because reading root.dat costs tens of milliseconds; a test checks
it against the installed Babel.
"""


def _week_data(code: str) -> dict[str, int]:
    # CLDR keys week data by territory. Babel stores a territory's overrides in
    # each of its locale files and the world default in root; its own merge is
    # shallow (Locale("en", "US").weekend_start raises KeyError), so merge here.
    # The files are read directly: babel.localedata.load(merge_inherited=False)
    # would leave the unmerged data in Babel's shared cache.
    data = dict(WORLD_WEEK)
    locales = _locales_by_territory().get(code, ())
    if locales:
        data.update(_locale_file(locales[0]).get("week_data", {}))
    return data


def _locale_file(name: str) -> dict[str, Any]:
    import pickle

    from babel.localedata import resolve_locale_filename

    with open(resolve_locale_filename(name), "rb") as handle:
        data: dict[str, Any] = pickle.load(handle)
    return data


@functools.cache
def country_facts(code: str) -> CountryFacts:
    """Derived facts for one ISO 3166-1 alpha-2 code."""
    cldr = _territory(code)
    currencies = _current(cldr["currencies"])
    return CountryFacts(
        code=code,
        name=iso_countries()[code],
        currency=currencies[0] if currencies else "XXX",
        languages=cldr["languages"],
        locale=cldr["locale"],
        timezones=_main_zone_first(code, cldr["zones"]),
        weekend=cldr["weekend"],
        first_weekday=cldr["first_weekday"],
    )


def library_versions() -> tuple[str, str]:
    """The Babel and pytz versions whose CLDR and tz data the derived facts come from."""
    return _declared_version("babel"), _declared_version("pytz")


@functools.cache
def _declared_version(package: str) -> str:
    # Read from the package's own __init__ without importing it: a fresh process
    # that finds the pre-computed facts current needs neither Babel nor pytz.
    import importlib
    import importlib.util
    import re

    spec = importlib.util.find_spec(package)
    if spec is not None and spec.origin is not None:
        with open(spec.origin, encoding="utf-8") as handle:
            found = re.search(
                r"""^(?:__version__|VERSION) = ['"]([^'"]+)['"]""", handle.read(), re.M
            )
        if found is not None:
            return found.group(1)
    return str(getattr(importlib.import_module(package), "__version__", ""))


def territory_table() -> dict[str, Any]:
    """Every territory's CLDR and tz facts that do not depend on the day, read live,
    keyed by the library versions they were read from: what a wheel pre-computes
    (``hatch_build.py``) so that a fresh process reads one small entry instead of
    Babel's global data and a locale file per territory."""
    from babel.core import get_cldr_version

    return {
        "versions": library_versions(),
        "cldr_version": get_cldr_version(),
        "territories": {code: _read_territory(code) for code in iso_countries()},
    }


@functools.cache
def _precomputed() -> dict[str, Any] | None:
    from .._data import read_compiled

    table: dict[str, Any] | None = read_compiled("derived/territories")
    if table is None or table["versions"] != library_versions():
        return None  # a checkout, or Babel or pytz upgraded since the wheel was built
    return table


def _territory(code: str) -> dict[str, Any]:
    table = _precomputed()
    if table is not None and code in table["territories"]:
        found: dict[str, Any] = table["territories"][code]
        return found
    return _read_territory(code)


def _read_territory(code: str) -> dict[str, Any]:
    from babel.core import get_global
    from babel.languages import get_official_languages, get_territory_language_info

    languages = [
        lang for lang in get_official_languages(code, de_facto=True) if lang in _babel_locales()
    ]
    if not languages:
        info = get_territory_language_info(code)
        ranked = sorted(info, key=lambda lang: -float(info[lang]["population_percent"] or 0))
        languages = [lang for lang in ranked if lang in _babel_locales()][:2]
    week = _week_data(code)
    start, end = week["weekend_start"], week["weekend_end"]
    if start <= end:
        weekend = tuple(range(start, end + 1))
    else:  # a weekend that wraps around Sunday, e.g. Saturday to Sunday written 5..6
        weekend = tuple(sorted(set(range(start, 7)) | set(range(end + 1))))
    tags = tuple(lang.replace("_", "-") for lang in languages) or ("en",)
    spoken = [lang for lang in get_territory_language_info(code) if lang in _babel_locales()]
    return {
        "languages": tags,
        "locale": babel_locale(tags[0], code),
        "locales": {
            tag: babel_locale(tag, code)
            for tag in dict.fromkeys((*tags, *(lang.replace("_", "-") for lang in spoken)))
        },
        "currencies": tuple(get_global("territory_currencies").get(code, ())),
        "zones": _country_zones().get(code, ()),
        "weekend": weekend,
        "first_weekday": week["first_day"],
    }


@functools.cache
def _main_zones() -> dict[str, str]:
    from ._schema import cite, open_file, read_sources

    root = open_file("timezones.toml")
    sources = read_sources(root)
    main = root.table("main")
    cite(main, sources)
    zones = {key: main.text(key) for key in main.data if key != "sources"}
    root.done()
    return zones


def _main_zone_first(code: str, zones: tuple[str, ...]) -> tuple[str, ...]:
    main = _main_zones().get(code)
    if main is None or main not in zones:
        return zones
    return (main, *(z for z in zones if z != main))


@functools.cache
def _country_zones() -> dict[str, tuple[str, ...]]:
    # pytz.country_timezones, read from pytz's own zone.tab. pytz checks every
    # one of its ~600 zone files for existence on first use, which costs ~20 ms;
    # every zone in zone.tab ships with pytz, so the check is skipped here.
    import pytz

    zones: dict[str, list[str]] = {}
    with pytz.open_resource("zone.tab") as handle:  # type: ignore[attr-defined]
        for raw in handle:
            line = raw.decode("utf-8").strip()
            if line and not line.startswith("#"):
                code, _coordinates, zone = line.split("\t")[:3]
                zones.setdefault(code, []).append(zone)
    return {code: tuple(found) for code, found in zones.items()}


def _current(currencies: tuple[tuple[Any, ...], ...]) -> list[str]:
    # What babel.numbers.get_territory_currencies(code) returns for today, from
    # the same CLDR table, without importing babel.numbers (and babel.dates).
    today = dt.date.today()
    current = []
    for currency, start, end, tender in currencies:
        if not tender:
            continue
        if start is not None and dt.date(*start) > today:
            continue
        if end is not None and dt.date(*end) < today:
            continue
        current.append(currency)
    return current


@functools.cache
def standard_sources() -> dict[str, tuple[Source, ...]]:
    """The sources of derived fields, naming the versions installed."""
    babel_version, pytz_version = library_versions()
    read = DERIVED_AS_OF
    cldr = Source(
        title=f"Unicode CLDR {_cldr_version()} (via Babel {babel_version})",
        url="https://cldr.unicode.org/",
        as_of=read,
        confidence="standard",
    )
    iso = Source(
        title="ISO 3166-1 and ISO 3166-2 (via pycountry / Debian iso-codes)",
        url="https://www.iso.org/iso-3166-country-codes.html",
        as_of=read,
        confidence="standard",
    )
    tz = Source(
        title=f"IANA time zone database (via pytz {pytz_version})",
        url="https://www.iana.org/time-zones",
        as_of=read,
        confidence="standard",
    )
    return {
        "name": (iso,),
        "currency": (cldr,),
        "languages": (cldr,),
        "locale": (cldr,),
        "weekend": (cldr,),
        "first_weekday": (cldr,),
        "timezones": (tz,),
    }


def _cldr_version() -> str:
    table = _precomputed()
    if table is not None:
        return str(table["cldr_version"])
    from babel.core import get_cldr_version

    return get_cldr_version()


def territory_locale(language: str, territory: str) -> str:
    """:func:`babel_locale` for a language spoken in a territory, from the wheel's
    pre-computed table where it has the pair (no Babel import), else from Babel.

    >>> territory_locale("fr", "CA")
    'fr_CA'
    """
    table = _precomputed()
    if table is not None:
        found = table["territories"].get(territory, {}).get("locales", {}).get(language)
        if found is not None:
            return str(found)
    return babel_locale(language, territory)
