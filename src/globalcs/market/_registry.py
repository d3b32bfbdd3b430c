"""Resolving identifiers to markets, and building and caching market profiles."""

from __future__ import annotations

import datetime as dt
import functools
import re
import threading
import time
import unicodedata
from typing import TYPE_CHECKING, Any

from .._errors import InvalidOptionError, UnknownMarketError
from .._formality import Formality
from .._hours import OpeningHours
from .._record import replace
from ._derived import (
    country_facts,
    iso_countries,
    iso_index,
    known_language,
    standard_sources,
    subdivision_name,
    territory_locale,
)
from ._loader import CuratedMarket, Region, curated_codes, load_market_file, regions, vocabulary
from ._model import (
    Channel,
    Communication,
    FrozenMap,
    Market,
    PaymentMethod,
    PrivacyRegime,
    ReturnsPolicy,
    Source,
)

_MAX_IDENTIFIER = 100
_LOCALE_TAG = re.compile(
    r"^(?P<lang>[A-Za-z]{2,3})(?:[-_](?P<script>[A-Za-z]{4}))?[-_](?P<region>[A-Za-z]{2}|\d{3})"
    r"(?:\.[A-Za-z0-9-]{1,20})?(?:@[A-Za-z0-9]{1,20})?$"
)
_SUBDIVISION = re.compile(r"^(?P<country>[A-Za-z]{2})-(?P<sub>[A-Za-z0-9]{1,3})$")
_ALIASES = {
    "UK": "GB",
    "GREAT BRITAIN": "GB",
    "BRITAIN": "GB",
    "ENGLAND": "GB",
    "USA": "US",
    "AMERICA": "US",
    "UNITED STATES OF AMERICA": "US",
    "SOUTH KOREA": "KR",
    "KOREA": "KR",
    "NORTH KOREA": "KP",
    "RUSSIA": "RU",
    "VIETNAM": "VN",
    "TURKEY": "TR",
    "CZECH REPUBLIC": "CZ",
    "HOLLAND": "NL",
    "UAE": "AE",
    "IRAN": "IR",
    "SYRIA": "SY",
    "LAOS": "LA",
    "BOLIVIA": "BO",
    "VENEZUELA": "VE",
    "TANZANIA": "TZ",
    "MOLDOVA": "MD",
    "IVORY COAST": "CI",
    "CAPE VERDE": "CV",
    "SWAZILAND": "SZ",
    "MACEDONIA": "MK",
    "BURMA": "MM",
    "VATICAN": "VA",
}

_lock = threading.RLock()
_cache: dict[str, Market] = {}
_all: tuple[Market, ...] | None = None

if TYPE_CHECKING:
    from ._customs import CustomsRegime


def get_market(identifier: object, *, on: dt.date | None = None) -> Market:
    """The market for a code, name, locale tag or subdivision, as it stands ``on`` a
    day (today, in UTC, by default): a law amended since reads as amended.

    A bare two-letter code is a country code here, even where it is also a
    language: ``sv`` is El Salvador, ``ca`` Canada. To go from what a customer's
    browser says to a market and a language, use :func:`globalcs.negotiate`, which
    never reads a bare language as a country.

    >>> import datetime, globalcs
    >>> [globalcs.get_market(x).code for x in ("de", "DEU", "276", "Germany", "de-DE", "de_AT")]
    ['DE', 'DE', 'DE', 'DE', 'DE', 'AT']
    >>> globalcs.get_market("US-CA").privacy.code
    'CCPA'
    >>> str(globalcs.get_market("CL", on=datetime.date(2026, 11, 1)).privacy.dsar_deadline)
    '2 business days'
    """
    day = _day(on)
    if isinstance(identifier, Market):
        if day is None:
            return identifier
        return replace(
            identifier,
            privacy=identifier.privacy.in_force(day),
            customs=identifier.customs.in_force(day),
        )
    code = _cache_key(identifier)
    market = _cache.get(code)
    if market is None:
        with _lock:
            market = _cache.get(code)
            if market is None:
                market = _build(code)
                _cache[code] = market
    return _as_of(market, day)


_dated: dict[tuple[str, int, int], Market] = {}


def _day(on: object) -> dt.date | None:
    if on is None or (type(on) is dt.date):
        return on
    raise InvalidOptionError("on", on, reason="expected a datetime.date (not a datetime)")


# Today's (UTC) version of each registry market: [day's start, its end (epoch seconds),
# and code -> (registry market, dated market)], so the default ``get_market(code)``
# costs a clock read and a dict look-up, not the amendment arithmetic.
_today: list[Any] = [0.0, 0.0, {}]


def _as_of(market: Market, day: dt.date | None) -> Market:
    """A registry market with its privacy law and customs regime as they stand on
    ``day`` (today, UTC)."""
    pending = market.privacy.amendments
    customs = market.customs
    if not pending and customs.start is None:
        return market
    if day is None:
        now = time.time()
        start, end, current = _today
        if not start <= now < end:
            start = now - now % 86400  # POSIX days are 86,400 s: UTC midnight
            current = {}
            _today[:] = [start, start + 86400, current]
        hit = current.get(market.code)
        if hit is not None and hit[0] is market:
            dated_today: Market = hit[1]
            return dated_today
        day = dt.datetime.fromtimestamp(start, dt.UTC).date()
        found = _as_of(market, day)
        current[market.code] = (market, found)
        return found
    applied = sum(1 for amendment in pending if amendment.in_force <= day)
    customs_state = _customs_state(customs, day)
    if not applied and customs_state == 0:
        return market
    key = (market.code, applied, customs_state)
    dated = _dated.get(key)
    if dated is None:
        dated = _dated.setdefault(
            key,
            replace(market, privacy=market.privacy.in_force(day), customs=customs.in_force(day)),
        )
    return dated


def _customs_state(customs: CustomsRegime, day: dt.date) -> int:
    """Which version of a registry market's customs regime holds on ``day``: -1 before
    its curated start, else the number of amendments in force."""
    if customs.start is not None and day < customs.start:
        return -1
    return sum(1 for amendment in customs.amendments if amendment.in_force <= day)


def markets(*, curated: bool | None = None, on: dt.date | None = None) -> tuple[Market, ...]:
    """Every ISO 3166-1 country as a market, sorted by code, as it stands ``on`` a day
    (today by default, as :func:`get_market`).

    ``curated=True`` keeps the hand-curated ones, ``False`` the others.

    >>> import globalcs
    >>> len(globalcs.markets())
    249
    """
    global _all
    day = _day(on)
    if _all is None:
        with _lock:
            if _all is None:
                _all = tuple(get_market(code) for code in sorted(iso_countries()))
    found = _all if curated is None else (m for m in _all if m.curated is curated)
    return tuple(_as_of(_cache[m.code], day) for m in found)


def curated_markets(*, on: dt.date | None = None) -> tuple[Market, ...]:
    """The markets with a data file of their own (countries and subdivisions), by code,
    as they stand ``on`` a day (today by default)."""
    return tuple(get_market(code, on=on) for code in curated_codes())


def resolve(identifier: object) -> str:
    """The market code for an identifier, or :class:`UnknownMarketError`.

    >>> resolve("de_CH"), resolve("CA-QC"), resolve(840)
    ('CH', 'CA-QC', 'US')
    """
    if isinstance(identifier, bool) or not isinstance(identifier, str | int):
        raise UnknownMarketError(
            identifier,
            tried=f"expected a string or ISO numeric code, got {type(identifier).__name__}",
        )
    if isinstance(identifier, int):
        if not 0 < identifier < 1000:
            raise UnknownMarketError(identifier, tried="not an ISO 3166-1 numeric code")
        return _numeric(f"{identifier:03d}", identifier)
    if len(identifier) > _MAX_IDENTIFIER:
        raise UnknownMarketError(identifier, tried=f"longer than {_MAX_IDENTIFIER} characters")
    text = identifier.strip()
    if not text or any(unicodedata.category(ch).startswith("C") for ch in text):
        raise UnknownMarketError(identifier, tried="empty or contains control characters")
    countries = iso_countries()
    upper = text.upper()
    if len(text) == 2 and text.isascii() and text.isalpha():
        if upper in countries:
            return upper
        if upper in _ALIASES:  # "UK" is exceptionally reserved for GB by ISO 3166
            return _ALIASES[upper]
        raise UnknownMarketError(
            identifier, tried="not an ISO 3166-1 alpha-2 code", suggestions=_suggest(text)
        )
    if len(text) == 3 and text.isascii() and text.isalpha() and upper in iso_index():
        return iso_index()[upper]
    if text.isascii() and text.isdigit() and len(text) <= 3:
        return _numeric(text.zfill(3), identifier)
    sub = _SUBDIVISION.match(text)
    tag = _LOCALE_TAG.match(text)
    sub_code = _subdivision(sub, identifier) if sub else None
    tag_code = _locale_region(tag) if tag else None
    if sub_code and tag_code and sub and tag:
        # "DE-BE" is Berlin, "de-BE" is German as written in Belgium: case decides.
        if sub["country"].isupper() and sub["sub"].isupper():
            return sub_code
        if tag["lang"].islower() and tag["region"].isupper():
            return tag_code
        raise UnknownMarketError(
            identifier,
            tried="ambiguous between a subdivision and a locale tag; write the subdivision in "
            "upper case or the tag as language-REGION",
            suggestions=(sub_code, tag_code),
        )
    if sub_code:
        return sub_code
    if tag_code:
        return tag_code
    alias = _ALIASES.get(" ".join(upper.split()))
    if alias:
        return alias
    if len(text) >= 4 and " ".join(upper.split()) in iso_index():
        return iso_index()[" ".join(upper.split())]
    raise UnknownMarketError(
        identifier,
        tried="tried ISO 3166-1 alpha-2, alpha-3 and numeric codes, ISO 3166-2 subdivisions, "
        "locale tags (de-DE, de_DE) and English country names",
        suggestions=_suggest(text),
    )


_resolved: dict[str, str] = {}
_RESOLVED_LIMIT = 4096


def _cache_key(identifier: object) -> str:
    if type(identifier) is str:
        if identifier in _cache:
            return identifier
        code = _resolved.get(identifier)
        if code is None:
            code = resolve(identifier)
            if len(_resolved) < _RESOLVED_LIMIT:
                _resolved[identifier] = code
        return code
    return resolve(identifier)


def _numeric(text: str, identifier: object) -> str:
    found = iso_index().get(text) if text.isdigit() else None
    if found is None:
        raise UnknownMarketError(identifier, tried="not an ISO 3166-1 numeric code")
    return found


def _locale_region(match: re.Match[str]) -> str | None:
    if not known_language(match["lang"].lower()):
        return None
    region = match["region"].upper()
    if region.isdigit():
        return iso_index().get(region)
    return region if region in iso_countries() else None


def _subdivision(match: re.Match[str], identifier: object) -> str | None:
    code = f"{match['country'].upper()}-{match['sub'].upper()}"
    if subdivision_name(code) is None:
        return None
    if code in curated_codes() or match["sub"].upper() in _holiday_subdivisions(code[:2]):
        return code
    return None


def _holiday_subdivisions(country: str) -> tuple[str, ...]:
    from ._holidays import holiday_class

    cls = holiday_class(country)
    return tuple(getattr(cls, "subdivisions", ())) if cls is not None else ()


def _suggest(text: str) -> tuple[str, ...]:
    import difflib

    countries = iso_countries()
    names = {name.upper(): code for code, name in countries.items()}
    names.update(_ALIASES)
    upper = text.upper()[:_MAX_IDENTIFIER]
    close = difflib.get_close_matches(upper, list(names), n=3, cutoff=0.75)
    codes = [names[name] for name in close]
    if len(upper) in (2, 3):
        codes += difflib.get_close_matches(upper, list(countries), n=2, cutoff=0.5)
    return tuple(dict.fromkeys(codes))[:3]


def _region_of(country: str) -> Region:
    region_map, _ = regions()
    for region in region_map.values():
        if country in region.members:
            return region
    raise AssertionError(f"{country} is in no region")  # guarded by a test over all 249


def _build(code: str) -> Market:
    country = code.split("-")[0]
    facts = country_facts(country)
    region = _region_of(country)
    own = load_market_file(code)
    parent = get_market(country) if "-" in code else None
    if "-" in code and own is None:
        own = CuratedMarket(code=code, parent=country)
    sources: dict[str, tuple[Source, ...]] = dict(standard_sources())
    notes: dict[str, str] = {}
    review_by: dict[str, dt.date] = {}
    defaults: list[str] = []
    base = parent if parent is not None else _default_market(code, facts, region, defaults)
    if parent is None:
        sources.update(_default_sources(region, defaults))
    else:
        sources.update(parent.sources)
        notes.update(parent.notes)
        review_by.update(parent.review_by)
        defaults.extend(parent.defaults)
    changes: dict[str, object] = {}
    if own is not None:
        changes = _apply(base, own, defaults)
        sources.update(own.sources)
        notes.update(own.notes)
        review_by.update(own.review_by)
        changes["checked"] = own.checked or base.checked
        if own.communication is not None:
            sources.pop("communication", None)
    returns = changes.get("returns", base.returns)
    assert isinstance(returns, ReturnsPolicy)
    changes.update(_group_duties(returns, country, sources))
    changes.update(_with_customs(country, sources, review_by))
    if "-" in code:
        changes["code"] = code
        changes["subdivision"] = code.split("-")[1]
        changes["name"] = f"{subdivision_name(code)} ({facts.name})"
    # One copy of the record for all of the file's changes: ``replace`` runs the whole
    # constructor, and building every market is what a fresh ``markets()`` costs.
    return replace(
        base,
        **changes,
        defaults=tuple(dict.fromkeys(defaults)),
        sources=FrozenMap(sources),
        notes=FrozenMap(notes),
        review_by=FrozenMap(review_by),
    )


_DEFAULTED = (
    "formality",
    "communication",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
    "support_hours",
)


def _default_market(code: str, facts: object, region: Region, defaults: list[str]) -> Market:
    from ._derived import CountryFacts
    from ._loader import regions as load_regions

    assert isinstance(facts, CountryFacts)
    _, groups = load_regions()
    member_of = [g for g in groups.values() if code in g.members]
    privacy_group = next((g for g in member_of if g.privacy is not None), None)
    returns_group = next((g for g in member_of if g.returns is not None), None)
    privacy = PrivacyRegime(code=None, name="Not curated for this market")
    returns = ReturnsPolicy(withdrawal_days=None, conditions="Not curated for this market.")
    defaults.extend(["formality", "communication", "channels", "payment_methods", "support_hours"])
    if privacy_group is not None and privacy_group.privacy is not None:
        privacy = privacy_group.privacy
    else:
        defaults.append("privacy")
    if returns_group is not None and returns_group.returns is not None:
        returns = returns_group.returns
    else:
        defaults.append("returns")
    return Market(
        code=code,
        country=code,
        subdivision=None,
        name=facts.name,
        currency=facts.currency,
        languages=facts.languages,
        locale=facts.locale,
        timezones=facts.timezones,
        weekend=facts.weekend,
        first_weekday=facts.first_weekday,
        formality=region.formality,
        messaging_formality=region.formality,
        minimum_formality=min(region.formality, Formality.NEUTRAL),
        communication=Communication(),
        channels=_region_channels(region.id),
        payment_methods=_region_payment_methods(region.id),
        privacy=privacy,
        returns=returns,
        support_hours=_region_hours(region.id, facts.weekend),
        curated=False,
        region=region.id,
    )


# A region's defaults are the same records for each of its members: built once.


@functools.cache
def _region_channels(region: str) -> tuple[Channel, ...]:
    vocab = vocabulary("channels")
    ids = regions()[0][region].channels
    return tuple(Channel(i, vocab[i].name, vocab[i].kind) for i in ids)


@functools.cache
def _region_payment_methods(region: str) -> tuple[PaymentMethod, ...]:
    vocab = vocabulary("payment_methods")
    ids = regions()[0][region].payment_methods
    return tuple(PaymentMethod(i, vocab[i].name, vocab[i].kind) for i in ids)


@functools.cache
def _region_hours(region: str, weekend: tuple[int, ...]) -> OpeningHours:
    return OpeningHours.parse(regions()[0][region].support_hours, weekend=weekend)


def _group_duties(
    returns: ReturnsPolicy, country: str, sources: dict[str, tuple[Source, ...]]
) -> dict[str, object]:
    """Duties a legal group fixes for every member, whatever the market's own file says
    (the EU's online withdrawal function): the changes to make to the market."""
    _, groups = regions()
    changes: dict[str, object] = {}
    for group in groups.values():
        if country in group.members and group.withdrawal_function_from is not None:
            returns = replace(returns, withdrawal_function_from=group.withdrawal_function_from)
            cited = sources.get("returns", ()) + group.withdrawal_function_sources
            sources["returns"] = tuple(dict.fromkeys(cited))
            changes["returns"] = returns
    return changes


def _with_customs(
    country: str,
    sources: dict[str, tuple[Source, ...]],
    review_by: dict[str, dt.date],
) -> dict[str, object]:
    """The customs regime of the country's own file (``data/customs/gb.toml``), else of a
    group it belongs to (the EU's), else none curated: the change to make to the market."""
    from ._customs_file import customs_codes, customs_regime

    code = country if country in customs_codes() else None
    if code is None:
        _, groups = regions()
        code = next(
            (g.customs for g in groups.values() if g.customs and country in g.members), None
        )
    if code is None:
        return {}
    found = customs_regime(code)
    sources["customs"] = found.sources
    review_by["customs"] = found.review_by
    return {"customs": found.regime}


@functools.cache
def _as_default(sources: tuple[Source, ...]) -> tuple[Source, ...]:
    """A region's sources as cited for a default: editorial judgement becomes a default."""
    return tuple(
        replace(s, confidence="default") if s.confidence == "editorial" else s for s in sources
    )


def _default_sources(region: Region, defaults: list[str]) -> dict[str, tuple[Source, ...]]:
    from ._loader import regions as load_regions

    _, groups = load_regions()
    result: dict[str, tuple[Source, ...]] = {}
    as_default = _as_default(region.sources)
    for name in defaults:
        result[name] = as_default
    for group in groups.values():
        if region.members & group.members:
            if "privacy" not in defaults and group.privacy_sources:
                result["privacy"] = group.privacy_sources
            if "returns" not in defaults and group.returns_sources:
                result["returns"] = group.returns_sources
    return result


def _apply(market: Market, own: CuratedMarket, defaults: list[str]) -> dict[str, object]:
    """What a market file changes in the market it starts from."""
    changes: dict[str, object] = {}
    cultural = ("formality", "communication", "channels", "payment_methods", "support_hours")
    if own.languages is not None:
        changes["languages"] = own.languages
        changes["locale"] = territory_locale(own.languages[0], market.country)
    if own.timezones is not None:
        changes["timezones"] = own.timezones
    if own.weekend is not None:
        changes["weekend"] = own.weekend
    if own.formality is not None:
        changes["formality"], changes["messaging_formality"], changes["minimum_formality"] = (
            own.formality
        )
    for name in ("communication", "channels", "payment_methods", "privacy", "returns"):
        value = getattr(own, name)
        if value is not None:
            changes[name] = value
            if name in ("channels", "payment_methods"):
                changes[f"{name}_basis"] = getattr(own, f"{name}_basis")
    if own.support_hours is not None:
        changes["support_hours"] = own.support_hours
    if own.sms_sender is not None:
        changes["sms_sender"], changes["sms_sender_required"] = own.sms_sender
    for name in changes:
        if name in defaults:
            defaults.remove(name)
    if own.parent is None:
        changes["curated"] = all(getattr(own, name) is not None for name in cultural)
    changes["disagreements"] = market.disagreements + own.disagreements
    return changes
