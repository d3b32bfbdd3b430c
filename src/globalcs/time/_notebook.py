"""Calendars and coverage in a notebook: DataFrames and small HTML tables.

The HTML is a plain ``<table>`` with inline styles (no script, no external
resource); every value in it is escaped.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .._errors import InvalidOptionError, MissingExtraError
from .._hours import DAY_NAMES
from ._zones import wall_instant, zone

if TYPE_CHECKING:
    from ._calendar import SupportCalendar
    from ._coverage import Coverage

MAX_FRAME_DAYS = 3660
"""The longest range ``SupportCalendar.to_frame`` lays out (ten years and a few days)."""

_TABLE = 'border="1" cellpadding="2" style="border-collapse:collapse;font-size:11px"'
_SHADES = {"none": "#f4c7c3", "part": "#fce8b2", "full": "#b7e1cd"}


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _day(value: object, name: str) -> dt.date:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise InvalidOptionError(name, value, reason="expected a datetime.date")
    return value


def calendar_frame(calendar: SupportCalendar, start: object, end: object) -> Any:
    """See :meth:`SupportCalendar.to_frame`."""
    try:
        import pandas as pd
    except ImportError:
        raise MissingExtraError("to_frame() needs pandas: pip install 'globalcs[pandas]'") from None
    first, last = _day(start, "start"), _day(end, "end")
    if last < first:
        raise InvalidOptionError("end", end, reason=f"is before start {first}")
    if (last - first).days >= MAX_FRAME_DAYS:
        raise InvalidOptionError("end", end, reason=f"more than {MAX_FRAME_DAYS} days after start")
    tz = calendar.tz
    rows: list[tuple[dt.date, bool, bool, Any, Any]] = []
    day, one = first, dt.timedelta(days=1)
    closed: dict[int, frozenset[dt.date]] = {}
    while day <= last:
        if day.year not in closed:
            closed[day.year] = calendar.holiday_dates(day.year)
        business = calendar.is_business_day(day)
        holiday = day in closed[day.year]
        midnight = dt.datetime(day.year, day.month, day.day, tzinfo=tz)
        following = day + one
        periods = calendar.intervals(
            midnight, dt.datetime(following.year, following.month, following.day, tzinfo=tz)
        )
        for opens, closes in periods or ((None, None),):
            rows.append((day, business, holiday, opens, closes))
        day = following
    timezone = calendar.timezone
    return pd.DataFrame(
        {
            "date": pd.to_datetime([r[0] for r in rows]),
            "business_day": pd.array([r[1] for r in rows], dtype=bool),
            "holiday": pd.array([r[2] for r in rows], dtype=bool),
            "opens": pd.to_datetime([r[3] for r in rows], utc=True).tz_convert(timezone),
            "closes": pd.to_datetime([r[4] for r in rows], utc=True).tz_convert(timezone),
        }
    )


def calendar_html(calendar: SupportCalendar) -> str:
    """See :meth:`SupportCalendar._repr_html_`."""
    weekend = set(calendar.market.weekend)
    lines = [
        f"<table {_TABLE}>",
        f'<caption style="text-align:left"><b>{_e(calendar.label)}</b>'
        f"{'' if calendar.holidays else ', public holidays ignored'}</caption>",
    ]
    for index, name in enumerate(DAY_NAMES):
        intervals = calendar.hours.week[index]
        hours = ", ".join(f"{_hhmm(a)}–{_hhmm(b)}" for a, b in intervals) or "closed"
        note = "weekend" if index in weekend else ""
        lines.append(f"<tr><th>{_e(name.title())}</th><td>{_e(hours)}</td><td>{_e(note)}</td></tr>")
    lines.append("</table>")
    return "\n".join(lines)


def coverage_html(cover: Coverage, calendars: Sequence[SupportCalendar]) -> str:
    """See :meth:`Coverage._repr_html_`: a week grid, a row per day and a cell per hour
    of ``cover``'s zone, each cell naming the teams open in that hour."""
    tz = zone(cover.timezone)
    monday = cover.start.date()
    lo = wall_instant(monday, 0, tz)
    hi = wall_instant(monday + dt.timedelta(days=7), 0, tz)
    if calendars:
        periods = [team._open_between(lo, hi) for team in calendars]
        codes = [team.market.code for team in calendars]
    else:  # a Coverage built by hand: what its gaps leave open, by nobody in particular
        periods, codes = [_between_gaps(cover, lo, hi)], ["open"]
    hours_covered = cover.covered / dt.timedelta(hours=1)
    lines = [
        f"<table {_TABLE}>",
        f'<caption style="text-align:left"><b>Coverage, week of {_e(monday)} '
        f"({_e(cover.timezone)})</b>: {_e(', '.join(cover.teams))}; "
        f"{hours_covered:g} h covered, {len(cover.gaps)} gap"
        f"{'' if len(cover.gaps) == 1 else 's'}</caption>",
        "<tr><th></th>" + "".join(f"<th>{hour:02d}</th>" for hour in range(24)) + "</tr>",
    ]
    for offset in range(7):
        day = monday + dt.timedelta(days=offset)
        cells = []
        for hour in range(24):
            a, b = wall_instant(day, hour * 60, tz), wall_instant(day, hour * 60 + 60, tz)
            open_codes = [
                code
                for code, spans in zip(codes, periods, strict=True)
                if any(s < b and e > a for s, e in spans)
            ]
            kind = _kind(a, b, periods) if open_codes else "none"
            shown = " ".join(open_codes) if len(open_codes) <= 2 else str(len(open_codes))
            title = ", ".join(open_codes) or "nobody"
            cells.append(
                f'<td style="background:{_SHADES[kind]}" title="{_e(title)}">{_e(shown)}</td>'
            )
        lines.append(f"<tr><th>{_e(f'{day:%a %d}')}</th>" + "".join(cells) + "</tr>")
    lines.append("</table>")
    return "\n".join(lines)


def _between_gaps(cover: Coverage, lo: int, hi: int) -> list[tuple[int, int]]:
    from ._zones import instant

    spans, cursor = [], lo
    for gap in cover.gaps:
        start, end = instant(gap.start), instant(gap.end)
        if start > cursor:
            spans.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < hi:
        spans.append((cursor, hi))
    return spans


def _kind(a: int, b: int, periods: list[list[tuple[int, int]]]) -> str:
    """``full`` when the teams together cover all of [a, b), else ``part``."""
    spans = sorted((max(s, a), min(e, b)) for team in periods for s, e in team if s < b and e > a)
    cursor = a
    for s, e in spans:
        if s > cursor:
            return "part"
        cursor = max(cursor, e)
    return "full" if cursor >= b else "part"


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
