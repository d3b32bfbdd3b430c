"""Public holidays from python-holidays, named in two languages."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from .._errors import HolidayRangeError

if TYPE_CHECKING:
    from ._model import Holiday, Market


@functools.cache
def holiday_class(country: str) -> Any:
    """python-holidays' class for a country, or None where it has none."""
    import holidays

    try:
        return type(holidays.country_holidays(country))
    except NotImplementedError:
        return None


@functools.cache
def _languages(country: str) -> tuple[str, ...]:
    import holidays

    return tuple(holidays.list_localized_countries().get(country, ()))


def _pick_language(country: str, wanted: str) -> str | None:
    supported = _languages(country)
    for candidate in (wanted, wanted.replace("-", "_"), wanted.split("-")[0].split("_")[0]):
        if candidate in supported:
            return candidate
    if wanted.startswith("en"):
        for candidate in ("en_US", "en_GB"):
            if candidate in supported:
                return candidate
    return None


def year_range(country: str) -> tuple[int, int]:
    """First and last year python-holidays computes for a country."""
    cls = holiday_class(country)
    if cls is None:
        return (1, 9999)
    return int(getattr(cls, "start_year", 1)), int(getattr(cls, "end_year", 9999))


@functools.lru_cache(maxsize=512)
def _holidays(country: str, subdiv: str | None, year: int, language: str | None) -> Any:
    import holidays

    return holidays.country_holidays(country, subdiv=subdiv, years=year, language=language)


def holiday_dates(country: str, subdiv: str | None, year: int) -> frozenset[Any]:
    """The dates of public holidays in a year (checked against the data's range)."""
    if holiday_class(country) is None:
        return frozenset()
    first, last = year_range(country)
    if not first <= year <= last:
        raise HolidayRangeError(year, first, last, country)
    return frozenset(_holidays(country, subdiv, year, None))


def market_holidays(
    market: Market, year: int, *, language: str | None = None
) -> tuple[Holiday, ...]:
    """The public holidays of ``market`` in ``year``, in date order."""
    from ._model import Holiday

    if isinstance(year, bool) or not isinstance(year, int):
        raise TypeError(f"year must be an int, not {type(year).__name__}")
    country, subdiv = market.country, market.subdivision
    if holiday_class(country) is None:
        return ()
    first, last = year_range(country)
    if not first <= year <= last:
        raise HolidayRangeError(year, first, last, market.code)
    local_language = _pick_language(country, language or market.languages[0])
    local = _holidays(country, subdiv, year, local_language)
    english_language = _pick_language(country, "en")
    english = _holidays(country, subdiv, year, english_language) if english_language else local
    return tuple(
        Holiday(date=day, name=english.get(day, name), local_name=name)
        for day, name in sorted(local.items())
    )
