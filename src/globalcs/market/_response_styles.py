"""How people answer rating scales in a market, where research measured it."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Literal

from .._errors import GlobalcsError
from .._record import record
from ._model import Source
from ._registry import get_market
from ._schema import cite, open_file, read_sources

Tendency = Literal["midpoint", "extreme"]


@record
class ResponseStyle:
    """What research says of how a market's customers answer rating scales.

    >>> from globalcs import metrics
    >>> style = metrics.response_style("JP")
    >>> style.tendency, style.sources[0].url
    ('midpoint', 'https://doi.org/10.1111/j.1467-9280.1995.tb00327.x')
    """

    market: str | None
    """The market's code, or None for the note that holds everywhere."""
    tendency: Tendency | None
    """``midpoint`` (answers drawn to the middle) or ``extreme`` (to the ends)."""
    summary: str
    sources: tuple[Source, ...]


def response_style(market: object) -> ResponseStyle | None:
    """The response style measured for a market's customers, or None where no study
    in the data measured it (read :func:`general_response_style` then).

    >>> from globalcs import metrics
    >>> metrics.response_style("DE") is None
    True
    """
    code = get_market(market).country
    return _styles()[1].get(code)


def general_response_style() -> ResponseStyle:
    """The caution that holds in every market: response styles differ between
    countries and languages, so compare a market with its own history."""
    return _styles()[0]


@functools.cache
def _styles() -> tuple[ResponseStyle, dict[str, ResponseStyle]]:
    root = open_file("metrics/response_styles.toml")
    sources = read_sources(root)
    checked = root.get("checked", dt.date)
    if root.get("review_by", dt.date) < checked:
        raise root.fail("review_by", "is before the file was checked")
    general = root.table("general")
    everywhere = ResponseStyle(None, None, general.text("summary"), cite(general, sources))
    found: dict[str, ResponseStyle] = {}
    markets = root.table("markets")
    for code in markets.data:
        entry = markets.table(code)
        try:
            country = get_market(code).code
        except GlobalcsError:
            raise entry.fail("(table)", "not a market code") from None
        tendency = entry.text("tendency", choices=("midpoint", "extreme"))
        found[country] = ResponseStyle(
            country,
            tendency,
            entry.text("summary"),
            cite(entry, sources),
        )
    root.done()
    return everywhere, found
