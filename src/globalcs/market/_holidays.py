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
    base = wanted.split("-")[0].split("_")[0]
    for candidate in (wanted, wanted.replace("-", "_"), f"{base}_{country}", base):
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
    """python-holidays' holidays for one year, refusing a year it covers only in part.

    python-holidays warns (rather than fails) when some of a country's holidays
    are tabulated only for a range of years (India's Hindu holidays: 2001 to
    2035); an incomplete list would silently open a desk on a holiday, so that
    warning becomes :class:`HolidayRangeError`.
    """
    import re
    import warnings

    import holidays

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        found = holidays.country_holidays(country, subdiv=subdiv, years=year, language=language)
    for warning in caught:
        match = re.search(r"available only from (\d{4}) to (\d{4})", str(warning.message))
        if match:
            raise HolidayRangeError(year, int(match[1]), int(match[2]), country)
    return found


def year_holidays(country: str, subdiv: str | None, year: int) -> Any:
    """The python-holidays object for a year (checked against the data's range), or None."""
    if holiday_class(country) is None:
        return None
    first, last = year_range(country)
    if not first <= year <= last:
        raise HolidayRangeError(year, first, last, country)
    return _holidays(country, subdiv, year, None)


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
    year_holidays(country, subdiv, year)  # refuses a year covered only in part
    local_language = _pick_language(country, language or market.languages[0])
    local = _holidays(country, subdiv, year, local_language)
    english_language = _pick_language(country, "en")
    english = _holidays(country, subdiv, year, english_language) if english_language else local
    return tuple(
        Holiday(date=day, name=english.get(day, name), local_name=name)
        for day, name in sorted(local.items())
    )
