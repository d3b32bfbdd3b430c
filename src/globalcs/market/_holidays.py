"""Public holidays from python-holidays, named in two languages.

What globalcs takes from python-holidays, and what it leaves out:

* **Categories.** By default each country's ``public`` holidays (and its
  subdivision's). python-holidays' other categories (bank holidays, half days,
  optional, government, school, unofficial days ...) are read only when asked for,
  by name: ``market.holidays(year, categories=("public", "bank"))`` or a support
  calendar's ``categories=``; :func:`supported_categories` lists a country's.
* **Observed days.** A holiday's substitute day (a Monday for a Sunday holiday) is a
  holiday: python-holidays' ``observed=True``.
* **Estimated dates.** Lunar-calendar dates python-holidays has not confirmed are its
  estimates; their names carry its "(estimated)" label (translated), which globalcs
  reads into :attr:`Holiday.estimated <globalcs.Holiday.estimated>`. They close a
  calendar like any other holiday, but reports say they are estimates.
* **Covered years** are read from python-holidays' data, never from its warnings: the
  country class's ``start_year``/``end_year``; the ``START_YEAR``/``END_YEAR`` of the
  computed calendars it uses (Persian, Thai, Burmese, ...); and the years of the tables
  its lunar-calendar holidays are looked up in (India's Hindu festivals are tabulated
  for 2001 to 2035 only). A year outside them raises :class:`~globalcs.HolidayRangeError`
  instead of returning a list with holidays missing.

>>> covered_years("IN", None)
(2001, 2035)
>>> covered_years("DE", "BY")
(1991, 2100)
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, final

from .._errors import HolidayRangeError, InvalidOptionError, UnknownLanguageError

if TYPE_CHECKING:
    from ._model import Holiday, Market

_REFERENCE_YEAR = 2025
"""The year populated (moved into the class's own range) to learn which lunar-calendar
tables a country's holidays are looked up in."""


@functools.cache
def holiday_class(country: str) -> Any:
    """python-holidays' class for a country, or None where it has none."""
    import holidays

    try:
        return type(holidays.country_holidays(country))
    except NotImplementedError:
        return None


def known_subdivision(country: str, subdivision: str | None) -> str | None:
    """``subdivision`` if python-holidays has holidays for it, else None (national ones).

    >>> known_subdivision("DE", "BY"), known_subdivision("FR", "75")
    ('BY', None)
    """
    if subdivision is None:
        return None
    cls = holiday_class(country)
    if cls is None:
        return None
    known = set(getattr(cls, "subdivisions", ())) | set(getattr(cls, "subdivisions_aliases", {}))
    return subdivision if subdivision in known else None


def holiday_languages(country: str) -> tuple[str, ...]:
    """The languages python-holidays can name a country's holidays in (its own first).

    A country without translations has its holidays named in English.

    >>> holiday_languages("DE")
    ('de', 'en_US', 'th', 'uk')
    >>> holiday_languages("NZ"), holiday_languages("AQ")
    (('en',), ('en',))
    """
    cls = holiday_class(country)
    if cls is None:
        return ()
    supported = tuple(getattr(cls, "supported_languages", ()) or ())
    default = getattr(cls, "default_language", None)
    if default in supported:
        supported = (default, *(code for code in supported if code != default))
    return supported or ("en",)


_MACROLANGUAGE = {"nb": "no", "nn": "no"}
"""ISO 639 individual languages python-holidays files under their macrolanguage:
Norwegian Bokmål and Nynorsk under Norwegian (``no``)."""


def holiday_language(country: str, wanted: object) -> str:
    """The code python-holidays knows for a language tag, or :class:`UnknownLanguageError`.

    ``pt`` and ``pt-BR`` find ``pt_BR``, ``en`` finds ``en_US`` (or the country's own
    English), ``de-AT`` falls back to ``de``.

    >>> holiday_language("DE", "en"), holiday_language("CH", "fr-CH"), holiday_language("BR", "pt")
    ('en_US', 'fr', 'pt_BR')
    >>> holiday_language("NO", "nb")
    'no'
    >>> holiday_language("DE", "xx")
    Traceback (most recent call last):
    ...
    globalcs.UnknownLanguageError: unsupported language 'xx'; supported: de, en_US, th, uk
    """
    supported = holiday_languages(country)
    if isinstance(wanted, str) and 0 < len(wanted) <= 35:
        parts = wanted.replace("-", "_").split("_")
        base = parts[0].lower()
        rest = [p.upper() if len(p) == 2 else p.title() for p in parts[1:]]
        regions = [p for p in rest if len(p) == 2]
        candidates = [wanted, "_".join([base, *rest])]
        candidates += [f"{base}_{region}" for region in (*regions, country)]
        base = _MACROLANGUAGE.get(base, base)
        candidates += [base, *(code for code in supported if code.split("_")[0] == base)]
        for candidate in candidates:
            if candidate in supported:
                return candidate
    raise UnknownLanguageError(wanted, supported)


def _default_language(market: Market) -> str:
    """The first of the market's languages python-holidays names holidays in, or the
    country's own language."""
    for tag in market.languages:
        try:
            return holiday_language(market.country, tag)
        except UnknownLanguageError:
            continue
    return holiday_languages(market.country)[0]


def _for_python_holidays(country: str, language: str) -> str | None:
    """The ``language=`` to pass: None where python-holidays has no translations (the
    names are the English of its source, whatever the environment's locale says)."""
    cls = holiday_class(country)
    return language if language in (getattr(cls, "supported_languages", ()) or ()) else None


# ------------------------------------------------------------------ covered years
#
# python-holidays looks the dates of lunar-calendar holidays up in tables, one per
# holiday, keyed by year (``DIWALI_DATES = {2001: (NOV, 14), ...}``), held by calendar
# objects of the country instance (``_hindu_calendar``, ``_islamic_calendar``, ...).
# A year missing from a table makes the holiday silently absent. To learn which tables
# a country reads, its calendar objects are given a subclass that notes every
# ``<NAME>_DATES*`` table read while ``_get_holiday``/``_get_holiday_set`` answer. Each
# country instance is private to one call, so nothing is shared between threads.


class _Lookup(NamedTuple):
    """One lunar-calendar look-up: a holiday asked for a year, and the tabulated years."""

    holiday: str
    year: int
    tabulated: frozenset[int]


_LOG = "_globalcs_lookups"
_READING = "_globalcs_reading"
_recording: dict[type, type] = {}
_recording_lock = threading.Lock()


def _read_table(self: Any, name: str) -> Any:
    value = object.__getattribute__(self, name)
    if "_DATES" in name and type(value) is dict:
        reading = object.__getattribute__(self, "__dict__").get(_READING)
        if reading is not None:
            reading.append(value)
    return value


def _noting(method: str) -> Callable[..., Any]:
    def look_up(self: Any, holiday: Any, year: Any, *args: Any, **kwargs: Any) -> Any:
        state = object.__getattribute__(self, "__dict__")
        outer = state.get(_READING)
        tables: list[dict[Any, Any]] = []
        state[_READING] = tables
        try:
            found = getattr(super(type(self), self), method)(holiday, year, *args, **kwargs)
            if isinstance(found, Iterator):  # read the tables now, while noting
                found = tuple(found)
        finally:
            state[_READING] = outer
        if outer is not None:
            outer.extend(tables)
        years = frozenset(y for table in tables for y in table if type(y) is int)
        if years:  # a look-up in year-keyed tables
            state[_LOG].append(_Lookup(str(holiday), int(year), years))
        return found

    look_up.__name__ = method
    return look_up


def _noting_class(base: type) -> type:
    with _recording_lock:
        cls = _recording.get(base)
        if cls is None:
            namespace: dict[str, Any] = {
                "__slots__": (),
                "__module__": base.__module__,
                "__getattribute__": _read_table,
            }
            for method in ("_get_holiday", "_get_holiday_set"):
                if callable(getattr(base, method, None)):
                    namespace[method] = _noting(method)
            cls = _recording[base] = type(f"Noting{base.__name__}", (base,), namespace)
        return cls


def _calendars(found: Any) -> list[Any]:
    """The lunar and computed calendar objects a python-holidays instance holds."""
    return [
        value
        for value in vars(found).values()
        if type(value).__module__.startswith("holidays.")
        and hasattr(value, "__dict__")
        and not isinstance(value, Mapping | str | bool | int | set | tuple)
    ]


def _populate(
    country: str, subdiv: str | None, year: int, language: str | None, category: str = "public"
) -> tuple[Any, list[_Lookup]]:
    """A fresh python-holidays instance filled in for ``year``, and its table look-ups."""
    import holidays

    found = holidays.country_holidays(
        country, subdiv=subdiv, language=language, categories=(category,)
    )
    lookups: list[_Lookup] = []
    for calendar in _calendars(found):
        if callable(getattr(calendar, "_get_holiday", None)):
            object.__setattr__(calendar, _LOG, lookups)
            calendar.__class__ = _noting_class(type(calendar))
    found.get(dt.date(year, 1, 1))  # python-holidays fills a year in on first look-up
    return found, lookups


def _narrow(first: int, last: int, year: int, lookups: Iterable[_Lookup]) -> tuple[int, int]:
    """``first..last`` narrowed to the years whose look-ups stay inside the tables, when
    filling in ``year`` looked up these (a look-up may ask for the year before or after)."""
    for lookup in lookups:
        offset = lookup.year - year
        first = max(first, min(lookup.tabulated) - offset)
        last = min(last, max(lookup.tabulated) - offset)
    return first, last


def _outside(lookup: _Lookup) -> bool:
    """True when a look-up asked for a year beyond its tables (a year inside them without
    an entry is python-holidays' own data: no such holiday that year)."""
    return not min(lookup.tabulated) <= lookup.year <= max(lookup.tabulated)


def _where(country: str, subdiv: str | None) -> str:
    return f"{country}-{subdiv}" if subdiv else country


class _Probe(NamedTuple):
    """What one reference year tells about a country's data."""

    first: int
    last: int
    """The class's years, narrowed to those of the computed calendars it holds."""
    year: int
    lookups: tuple[_Lookup, ...]
    tables: bool
    """Whether it holds lunar-calendar tables at all."""


@functools.lru_cache(maxsize=1024)
def _probe(country: str, subdiv: str | None) -> _Probe:
    cls = holiday_class(country)
    first = int(getattr(cls, "start_year", dt.MINYEAR))
    last = int(getattr(cls, "end_year", dt.MAXYEAR))
    year = min(max(_REFERENCE_YEAR, first), last)
    if first > last:
        return _Probe(first, last, year, (), False)
    found, lookups = _populate(country, subdiv, year, _language_of(country))
    calendars = _calendars(found)
    for calendar in calendars:
        start, end = getattr(calendar, "START_YEAR", None), getattr(calendar, "END_YEAR", None)
        if type(start) is int and type(end) is int:
            first, last = max(first, start), min(last, end)
    tables = any(callable(getattr(calendar, "_get_holiday", None)) for calendar in calendars)
    return _Probe(first, last, year, tuple(lookups), tables)


def _guard(country: str, subdiv: str | None) -> tuple[int, int]:
    """The years worth filling in: the reference year's look-ups stay inside their tables
    (python-holidays may warn for a year past them: India's Hindu festivals)."""
    probe = _probe(country, subdiv)
    return _narrow(probe.first, probe.last, probe.year, probe.lookups)


@functools.lru_cache(maxsize=1024)
def covered_years(country: str, subdiv: str | None) -> tuple[int, int]:
    """The first and last year python-holidays has every holiday of a country for.

    The class's ``start_year``/``end_year``, narrowed to the ``START_YEAR``/``END_YEAR``
    of the computed calendars it holds and, where it looks holidays up in lunar-calendar
    tables, to the run of years around 2025 in which every look-up finds its year inside
    its table. A year past a table is never filled in (python-holidays may warn there),
    so the run stops where the tables read so far end. A country without holidays in
    python-holidays covers every year.
    """
    if holiday_class(country) is None:
        return dt.MINYEAR, dt.MAXYEAR
    probe = _probe(country, subdiv)
    if not probe.tables or probe.first > probe.last:
        return probe.first, probe.last  # nothing is looked up in tables, in any year
    if any(_outside(lookup) for lookup in probe.lookups):
        return _narrow(probe.first, probe.last, probe.year, probe.lookups)
    language = _language_of(country)
    return (
        _scan(country, subdiv, language, probe.year, probe.first, -1, probe.lookups),
        _scan(country, subdiv, language, probe.year, probe.last, 1, probe.lookups),
    )


def _language_of(country: str) -> str | None:
    """The ``language=`` for dates alone: the country's own (names are not read)."""
    return _for_python_holidays(country, _own_language(holiday_class(country)))


def _scan(
    country: str,
    subdiv: str | None,
    language: str | None,
    probe: int,
    bound: int,
    step: int,
    lookups: Iterable[_Lookup],
) -> int:
    """The last covered year from ``probe`` towards ``bound`` (``step`` years at a time)."""
    known = list(lookups)
    year = probe
    while year != bound:
        low, high = _narrow(dt.MINYEAR, dt.MAXYEAR, year, known)
        following = year + step
        if not low <= following <= high:
            break  # past a table read so far: not filled in
        _, found = _populate(country, subdiv, following, language)
        if any(_outside(lookup) for lookup in found):
            break
        known = found
        year = following
    return year


class _Year(NamedTuple):
    """One year of a country's (or subdivision's) public holidays, immutable."""

    names: tuple[tuple[dt.date, str], ...]
    dates: frozenset[dt.date]
    swapped: frozenset[dt.date]
    """Weekend days made working days to bridge a holiday."""
    estimated: frozenset[dt.date] = frozenset()
    """Days whose date python-holidays gives as an estimate."""


def _estimate_markers(found: Any) -> tuple[str, ...]:
    """The words python-holidays adds to an estimated holiday's name, in the instance's
    language: its ``estimated_label`` and ``observed_estimated_label`` without ``%s``."""
    markers: list[str] = []
    for attribute in ("estimated_label", "observed_estimated_label"):
        label = getattr(found, attribute, None)
        if isinstance(label, str) and label:
            text = found.tr(label) if callable(getattr(found, "tr", None)) else label
            marker = str(text).replace("%s", "").strip(" ()（）")
            if marker:
                markers.append(marker)
    return tuple(markers)


@functools.lru_cache(maxsize=1024)
def _year(
    country: str, subdiv: str | None, year: int, language: str | None, category: str = "public"
) -> _Year:
    """One year from python-holidays, or :class:`HolidayRangeError` where it is incomplete."""
    first, last = _guard(country, subdiv)
    if not first <= year <= last:
        raise HolidayRangeError(year, *covered_years(country, subdiv), _where(country, subdiv))
    found, lookups = _populate(country, subdiv, year, language, category)
    if any(_outside(lookup) for lookup in lookups):
        # a holiday looked up only in some years (California's Diwali, from 2026)
        raise HolidayRangeError(year, *covered_years(country, subdiv), _where(country, subdiv))
    names = tuple(sorted((day, name) for day, name in found.items() if day.year == year))
    swaps = getattr(found, "weekend_workdays", ()) or ()
    markers = _estimate_markers(found)
    return _Year(
        names=names,
        dates=frozenset(day for day, _ in names),
        swapped=frozenset(day for day in swaps if day.year == year),
        estimated=frozenset(
            day for day, name in names if any(marker in name for marker in markers)
        ),
    )


@functools.lru_cache(maxsize=512)
def supported_categories(country: str) -> tuple[str, ...]:
    """The holiday categories python-holidays has for a country, ``public`` first.

    >>> supported_categories("JP"), supported_categories("TR")
    (('public', 'bank'), ('public', 'half_day'))
    """
    cls = holiday_class(country)
    found = tuple(getattr(cls, "supported_categories", ()) or ())
    return ("public", *sorted(c for c in found if c != "public"))


def holiday_categories(market: object) -> tuple[str, ...]:
    """The holiday categories python-holidays has for a market's country, ``public``
    first: what ``categories=`` accepts in :meth:`Market.holidays
    <globalcs.Market.holidays>` and :func:`~globalcs.support_calendar`.

    >>> import globalcs
    >>> globalcs.holiday_categories("US")
    ('public', 'government', 'half_day', 'unofficial')
    """
    from ._registry import get_market

    return supported_categories(get_market(market).country)


def check_categories(country: str, categories: object) -> tuple[str, ...]:
    """``categories`` as a tuple of names the country supports, or
    :class:`~globalcs.InvalidOptionError` listing them."""
    if categories == ("public",):
        return ("public",)  # every country has it (the default): nothing to look up
    supported = supported_categories(country)
    if isinstance(categories, str) or not isinstance(categories, tuple | list | frozenset | set):
        raise InvalidOptionError(
            "categories", categories, supported, reason="expected a list of category names"
        )
    chosen: list[str] = []
    for category in categories:
        if category not in supported:
            raise InvalidOptionError(
                "categories", category, supported, reason=f"not a holiday category of {country}"
            )
        if category not in chosen:
            chosen.append(category)
    return tuple(sorted(chosen, key=supported.index))


def category_days(country: str, subdiv: str | None, year: int, category: str) -> frozenset[dt.date]:
    """The days of one holiday category in a year (empty where the country has none)."""
    if holiday_class(country) is None or category not in supported_categories(country):
        return frozenset()
    return _year(country, subdiv, year, _language_of(country), category).dates


def estimated_days(
    country: str, subdiv: str | None, year: int, categories: Iterable[str] = ("public",)
) -> frozenset[dt.date]:
    """The days whose holiday date python-holidays estimates (lunar calendars).

    >>> dt.date(2027, 3, 10) in estimated_days("AE", None, 2027)
    True
    """
    if holiday_class(country) is None:
        return frozenset()
    language = _language_of(country)
    found: set[dt.date] = set()
    for category in categories:
        found |= _year(country, subdiv, year, language, category).estimated
    return frozenset(found)


def closed_days(
    country: str, subdiv: str | None, year: int, categories: Iterable[str] = ("public",)
) -> tuple[frozenset[dt.date], frozenset[dt.date]]:
    """The holidays (of ``categories``: public by default) and the swapped-in working
    days of a year.

    Empty for a country python-holidays does not know; :class:`HolidayRangeError` for a
    year it does not cover in full.

    >>> holidays, swapped = closed_days("CN", None, 2025)
    >>> dt.date(2025, 1, 29) in holidays, dt.date(2025, 1, 26) in swapped
    (True, True)
    """
    cls = holiday_class(country)
    if cls is None:
        return frozenset(), frozenset()
    found = _year(country, subdiv, year, _language_of(country))
    dates = set(found.dates) if "public" in categories else set()
    for category in categories:
        if category != "public":
            dates |= category_days(country, subdiv, year, category)
    return frozenset(dates), found.swapped


def _own_language(cls: Any) -> str:
    default = getattr(cls, "default_language", None)
    return default if isinstance(default, str) else "en"


# ------------------------------------------------------------------ market.holidays()


@final
class Holidays(Mapping[dt.date, str]):
    """A market's public holidays in one year: a read-only mapping of date to name.

    Names are in ``language``; :attr:`records` holds each day as a
    :class:`~globalcs.Holiday`, named in that language and in English. Like
    python-holidays' objects it answers ``day in holidays`` and ``holidays.get(day)``;
    unlike them it is immutable, hashable and never fills in another year. Public
    holidays (python-holidays' default category) unless other categories were asked
    for, with the days they are observed on; each record says its category and
    whether its date is an estimate (see :mod:`globalcs.market._holidays`).

    >>> import datetime as dt, globalcs
    >>> de = globalcs.get_market("DE").holidays(2026)
    >>> de
    <Holidays DE 2026 (de): 9 days, 2026-01-01 Neujahr ... 2026-12-26 Zweiter Weihnachtstag>
    >>> dt.date(2026, 12, 25) in de, de.get(dt.date(2026, 12, 25)), len(de)
    (True, 'Erster Weihnachtstag', 9)
    >>> de.records[-1]
    Holiday(date=datetime.date(2026, 12, 26), name='Second Day of Christmas', local_name='Zweiter Weihnachtstag', category='public', estimated=False)
    """  # noqa: E501

    __slots__ = ("_hash", "_names", "language", "market", "records", "year")

    market: str
    """The market's code."""
    year: int
    language: str | None
    """The python-holidays language code of the names (None: no holiday data)."""
    records: tuple[Holiday, ...]
    """The holidays as records, in date order."""
    _names: dict[dt.date, str]
    _hash: int | None

    def __init__(
        self, market: str, year: int, language: str | None, records: Iterable[Holiday]
    ) -> None:
        found = tuple(sorted(records, key=lambda record: record.date))
        setter = object.__setattr__
        setter(self, "market", market)
        setter(self, "year", year)
        setter(self, "language", language)
        setter(self, "records", found)
        setter(self, "_names", {record.date: record.local_name for record in found})
        setter(self, "_hash", None)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Holidays objects are read-only (setting {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Holidays objects are read-only (deleting {name!r})")

    def __getitem__(self, day: dt.date) -> str:
        return self._names[day]

    def __iter__(self) -> Iterator[dt.date]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, day: object) -> bool:
        return day in self._names

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Holidays):
            return (self.market, self.year, self.language, self.records) == (
                other.market,
                other.year,
                other.language,
                other.records,
            )
        if isinstance(other, Mapping):
            return self._names == dict(other.items())
        return NotImplemented

    def __hash__(self) -> int:
        if self._hash is None:
            object.__setattr__(
                self, "_hash", hash((self.market, self.year, self.language, self.records))
            )
        return self._hash  # type: ignore[return-value]

    def __reduce__(self) -> tuple[Any, ...]:
        return (Holidays, (self.market, self.year, self.language, self.records))

    def to_frame(self) -> Any:
        """The holidays as a pandas DataFrame indexed by date, with the name in the
        holidays' language and in English, the category and whether the date is an
        estimate (needs ``globalcs[pandas]``).

        >>> import globalcs
        >>> frame = globalcs.get_market("DE").holidays(2026).to_frame()
        >>> list(frame.columns), str(frame.index[0].date()), frame.iloc[0]["local_name"]
        (['name', 'local_name', 'category', 'estimated'], '2026-01-01', 'Neujahr')
        """
        try:
            import pandas as pd
        except ImportError:
            from .._errors import MissingExtraError

            raise MissingExtraError(
                "to_frame() needs pandas: pip install 'globalcs[pandas]'"
            ) from None
        frame = pd.DataFrame(
            {
                "date": pd.to_datetime([h.date for h in self.records]),
                "name": [h.name for h in self.records],
                "local_name": [h.local_name for h in self.records],
                "category": [h.category for h in self.records],
                "estimated": pd.Series([h.estimated for h in self.records], dtype=bool),
            }
        )
        return frame.set_index("date")

    def __repr__(self) -> str:
        head = f"<Holidays {self.market} {self.year} ({self.language})"
        if not self.records:
            return f"{head}: none>"
        first, last = self.records[0], self.records[-1]
        days = f"{len(self.records)} day{'s' if len(self.records) != 1 else ''}"
        text = f"{head}: {days}, {first.date} {first.local_name}"
        if last is not first:
            text += f" ... {last.date} {last.local_name}"
        return text + ">"


def market_holidays(
    market: Market,
    year: int,
    *,
    language: str | None = None,
    categories: Iterable[str] = ("public",),
) -> Holidays:
    """The holidays of ``market`` in ``year``, public ones unless ``categories`` names
    others (see :class:`Holidays`). A day in several categories is recorded once, under
    the first of ``categories`` it belongs to.

    >>> import globalcs
    >>> jp = market_holidays(globalcs.get_market("JP"), 2026, categories=("public", "bank"))
    >>> [(str(h.date), h.category) for h in jp.records if h.date.month == 1]
    [('2026-01-01', 'public'), ('2026-01-02', 'bank'), ('2026-01-03', 'bank'), ('2026-01-12', 'public')]
    """  # noqa: E501
    from ._model import Holiday

    if isinstance(year, bool) or not isinstance(year, int):
        raise InvalidOptionError("year", year, reason="expected a whole year, e.g. 2026")
    country = market.country
    chosen_categories = check_categories(country, categories)
    cls = holiday_class(country)
    if cls is None:
        return Holidays(market.code, year, None, ())
    chosen = _default_language(market) if language is None else holiday_language(country, language)
    subdiv = known_subdivision(country, market.subdivision)
    try:
        local = _year(country, subdiv, year, _for_python_holidays(country, chosen))
    except HolidayRangeError as exc:
        raise HolidayRangeError(year, exc.first, exc.last, market.code) from None
    try:
        english_code = holiday_language(country, "en")
    except UnknownLanguageError:  # no English names: the chosen ones serve for both
        english_code = chosen
    english_language = _for_python_holidays(country, english_code)
    local_language = _for_python_holidays(country, chosen)
    records: dict[dt.date, Holiday] = {}
    for category in chosen_categories:
        if category == "public":
            here = local
        else:
            here = _year(country, subdiv, year, local_language, category)
        english = dict(_year(country, subdiv, year, english_language, category).names)
        for day, name in here.names:
            if day not in records:
                records[day] = Holiday(
                    date=day,
                    name=english.get(day, name),
                    local_name=name,
                    category=category,
                    estimated=day in here.estimated,
                )
    return Holidays(market.code, year, chosen, records.values())


def _clear_caches() -> None:
    """Forget every cached answer (tests use it to start cold)."""
    for cached in (holiday_class, _probe, covered_years, _year, supported_categories):
        cached.cache_clear()
