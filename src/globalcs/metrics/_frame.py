"""Support metrics from a table of tickets, with response times in business hours."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Mapping
from typing import Any

from .._errors import InvalidOptionError, MissingExtraError
from ..time._calendar import SupportCalendar, support_calendar
from ._scores import ces, csat, first_contact_resolution, nps

_SCORES = {"csat": csat, "nps": nps, "ces": ces, "contacts": first_contact_resolution}
_TIMES = {
    "first_response_hours": "first_response_at",
    "resolution_hours": "resolved_at",
}


def summarize(
    tickets: Any,
    *,
    by: str | None = "market",
    calendars: Mapping[str, SupportCalendar] | SupportCalendar | None = None,
) -> Any:
    """One row per group of tickets: CSAT, NPS, CES, first-contact resolution, and the
    median first-response and resolution times in business hours.

    ``tickets`` is a pandas DataFrame with any of the columns ``csat`` (1-5), ``nps``
    (0-10), ``ces`` (1-7), ``contacts`` (contacts until resolved), and ``created_at``
    with ``first_response_at`` and/or ``resolved_at`` (timezone-aware timestamps).
    ``by`` names the column to group on (``market``, a market code per ticket), or
    None for one row. Business hours come from ``calendars``: one
    :class:`~globalcs.SupportCalendar` for every ticket, a mapping from market code
    to calendar, or (the default) each market's own support hours and holidays.
    Each score comes with its number of answers and 95 % margin, and each market
    with the response-style note that explains why raw scores differ between
    countries. Needs pandas (``pip install 'globalcs[pandas]'``).

    >>> import datetime as dt, globalcs, pandas as pd
    >>> from globalcs import metrics
    >>> at = dt.datetime(2026, 12, 7, 9, tzinfo=dt.timezone.utc)  # a Monday
    >>> tickets = pd.DataFrame({
    ...     "market": ["DE", "DE", "JP"],
    ...     "nps": [10, 6, 9],
    ...     "created_at": [at, at, at],
    ...     "first_response_at": [at + dt.timedelta(hours=h) for h in (1, 3, 2)],
    ... })
    >>> table = metrics.summarize(tickets)
    >>> de = table.loc["DE"]
    >>> int(de.tickets), float(de.nps), int(de.nps_answers), float(de.first_response_hours)
    (2, 0.0, 2, 2.0)
    >>> table.loc["JP", "response_style"][:40]
    'Japanese respondents choose the middle o'

    """
    try:
        import pandas as pd
    except ImportError:
        raise MissingExtraError(
            "metrics.summarize() needs pandas: pip install 'globalcs[pandas]'"
        ) from None
    if not isinstance(tickets, pd.DataFrame):
        raise InvalidOptionError("tickets", type(tickets).__name__, reason="give a DataFrame")
    if by is not None and by not in tickets.columns:
        raise InvalidOptionError("by", by, tuple(map(str, tickets.columns)))
    groups = [(None, tickets)] if by is None else list(tickets.groupby(by, sort=True))
    rows = []
    for key, group in groups:
        row: dict[str, Any] = {"tickets": len(group)}
        for column, score in _SCORES.items():
            if column in group.columns:
                result = score(group[column].tolist())
                name = "fcr" if column == "contacts" else column
                row[name] = result.value
                row[f"{name}_answers"] = result.answers
                row[f"{name}_margin"] = result.margin
        market = str(key) if by == "market" and key is not None else None
        for name, end in _TIMES.items():
            if "created_at" in group.columns and end in group.columns:
                calendar = _calendar(calendars, market)
                row[name] = _median_hours(group["created_at"], group[end], calendar)
        if market is not None:
            from ..market._response_styles import response_style

            style = response_style(market)
            row["response_style"] = style.summary if style is not None else None
        rows.append(row)
    index = pd.Index([key for key, _ in groups], name=by)
    table = pd.DataFrame(rows, index=index)
    counts = [c for c in table.columns if c == "tickets" or c.endswith("_answers")]
    types = dict.fromkeys(counts, "Int64")
    if "response_style" in table.columns:
        types["response_style"] = "string"  # missing where no study measured the market
    return table.astype(types)


def _calendar(
    calendars: Mapping[str, SupportCalendar] | SupportCalendar | None, market: str | None
) -> SupportCalendar:
    if isinstance(calendars, SupportCalendar):
        return calendars
    if calendars is not None and market is not None and market in calendars:
        return calendars[market]
    if market is None:
        raise InvalidOptionError(
            "calendars", calendars, reason="group by market or give the desk's SupportCalendar"
        )
    return support_calendar(market)


def _median_hours(starts: Any, ends: Any, calendar: SupportCalendar) -> float | None:
    hours = []
    for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
        if _missing(start) or _missing(end):
            continue  # not answered or not resolved yet
        if hasattr(start, "to_pydatetime"):
            start, end = start.to_pydatetime(), end.to_pydatetime()
        if not isinstance(start, dt.datetime) or not isinstance(end, dt.datetime):
            raise InvalidOptionError("ticket time", start, reason="give datetimes")
        hours.append(calendar.business_hours_between(start, end) / dt.timedelta(hours=1))
    if not hours:
        return None
    return round(statistics.median(hours), 2)


def _missing(value: object) -> bool:
    return value is None or type(value).__name__ in ("NaTType", "NAType") or value != value
