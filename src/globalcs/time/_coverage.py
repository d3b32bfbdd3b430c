"""Follow-the-sun: which hours of a week no team covers, and who answers first.

>>> import datetime as dt, globalcs
>>> teams = [globalcs.support_calendar(code, hours="09:00-17:00") for code in ("DE", "US", "JP")]
>>> week = globalcs.coverage(teams, week_of=dt.date(2026, 6, 10))
>>> week.uncovered / dt.timedelta(hours=1), len(week.gaps)
(63.0, 5)
>>> print(week.gaps[0])  # after New York closes, before Tokyo opens
Mon 2026-06-08 21:00 to Tue 00:00 UTC (3:00:00)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from .._errors import InvalidOptionError
from .._record import field, record
from ._calendar import SupportCalendar
from ._zones import aware, from_instant, instant, wall_instant, zone


@record
class Gap:
    """A stretch of time no calendar covers: ``start``/``end`` in UTC and in the report's zone."""

    start: dt.datetime
    end: dt.datetime
    local_start: dt.datetime
    local_end: dt.datetime

    @property
    def duration(self) -> dt.timedelta:
        """How long the gap lasts."""
        return self.end - self.start

    def __str__(self) -> str:
        end = (
            f"{self.end:%H:%M}" if self.end.date() == self.start.date() else f"{self.end:%a %H:%M}"
        )
        return f"{self.start:%a %Y-%m-%d %H:%M} to {end} UTC ({self.duration})"


@record
class Coverage:
    """One week of combined cover: its gaps and totals.

    The week runs from Monday 00:00 to the next Monday 00:00 in ``timezone``.
    """

    timezone: str
    start: dt.datetime
    end: dt.datetime
    teams: tuple[str, ...]
    gaps: tuple[Gap, ...]
    covered: dt.timedelta
    uncovered: dt.timedelta
    _calendars: tuple[SupportCalendar, ...] = field(default=(), repr=False, compare=False)

    @property
    def complete(self) -> bool:
        """True when some team is open at every moment of the week."""
        return not self.gaps

    def to_dict(self) -> dict[str, object]:
        """Plain, JSON-serialisable data (times as ISO 8601 strings)."""
        return {
            "timezone": self.timezone,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "teams": list(self.teams),
            "covered_hours": self.covered / dt.timedelta(hours=1),
            "uncovered_hours": self.uncovered / dt.timedelta(hours=1),
            "gaps": [
                {
                    "start": g.start.isoformat(),
                    "end": g.end.isoformat(),
                    "local_start": g.local_start.isoformat(),
                    "local_end": g.local_end.isoformat(),
                    "hours": g.duration / dt.timedelta(hours=1),
                }
                for g in self.gaps
            ],
        }

    def _repr_html_(self) -> str:
        """A week grid for notebooks: a row per day, a cell per hour of ``timezone``,
        each naming the teams open then (shaded red where nobody is)."""
        from ._notebook import coverage_html

        return coverage_html(self, self._calendars)


@record
class Responder:
    """The team that can answer first, and when."""

    calendar: SupportCalendar
    at: dt.datetime
    wait: dt.timedelta

    @property
    def open_now(self) -> bool:
        """True when the team is open at the moment asked about."""
        return not self.wait


def _calendars(calendars: Iterable[SupportCalendar]) -> tuple[SupportCalendar, ...]:
    given: object = calendars
    if isinstance(given, SupportCalendar | str | bytes) or not isinstance(given, Iterable):
        raise InvalidOptionError(
            "calendars", calendars, reason="expected a list of calendars from support_calendar()"
        )
    found = tuple(calendars)
    if not found:
        raise InvalidOptionError("calendars", found, reason="give at least one calendar")
    for calendar in found:
        if not isinstance(calendar, SupportCalendar):
            raise InvalidOptionError(
                "calendars", calendar, reason="expected calendars from support_calendar()"
            )
    return found


def coverage(
    calendars: Iterable[SupportCalendar], *, week_of: dt.date, timezone: str = "UTC"
) -> Coverage:
    """Combine team calendars over the week containing ``week_of`` and report the gaps.

    ``week_of`` is a date (or an aware datetime, read in ``timezone``); the week is
    Monday 00:00 to Monday 00:00 in ``timezone``. Gaps are given in UTC and in
    ``timezone``.
    """
    teams = _calendars(calendars)
    tz = zone(timezone)
    given: object = week_of
    try:
        if isinstance(given, dt.datetime):
            given = aware(given, "week_of").astimezone(tz).date()
        if not isinstance(given, dt.date):
            raise InvalidOptionError("week_of", week_of, reason="expected a datetime.date")
        monday = given - dt.timedelta(days=given.weekday())
        lo = wall_instant(monday, 0, tz)
        hi = wall_instant(monday + dt.timedelta(days=7), 0, tz)
    except OverflowError:
        raise InvalidOptionError(
            "week_of", week_of, reason="the week reaches outside the years 1 to 9999"
        ) from None
    periods = sorted(p for team in teams for p in team._open_between(lo, hi))
    merged: list[list[int]] = []
    for a, b in periods:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    holes: list[tuple[int, int]] = []
    cursor = lo
    for a, b in merged:
        if a > cursor:
            holes.append((cursor, a))
        cursor = max(cursor, b)
    if cursor < hi:
        holes.append((cursor, hi))
    utc = zone("UTC")
    gaps = tuple(
        Gap(from_instant(a, utc), from_instant(b, utc), from_instant(a, tz), from_instant(b, tz))
        for a, b in holes
    )
    open_us = sum(b - a for a, b in merged)
    return Coverage(
        timezone=timezone,
        start=from_instant(lo, tz),
        end=from_instant(hi, tz),
        teams=tuple(team.label for team in teams),
        gaps=gaps,
        covered=dt.timedelta(microseconds=open_us),
        uncovered=dt.timedelta(microseconds=hi - lo - open_us),
        _calendars=teams,
    )


def first_responder(calendars: Sequence[SupportCalendar], at: dt.datetime) -> Responder:
    """The calendar that can answer first at ``at``.

    Among teams open at ``at``, the one that stays open longest (fewest hand-overs);
    otherwise the one that opens soonest. Ties go to the earlier in ``calendars``.

    >>> import datetime as dt, zoneinfo, globalcs
    >>> teams = [globalcs.support_calendar(c, hours="09:00-17:00") for c in ("DE", "US")]
    >>> who = globalcs.first_responder(teams, dt.datetime(2026, 6, 10, 20, 0, tzinfo=dt.UTC))
    >>> who.calendar.label, who.open_now, who.at.isoformat()
    ('US (America/New_York)', True, '2026-06-10T16:00:00-04:00')
    """
    teams = _calendars(calendars)
    us = instant(at)
    best: tuple[int, int, int] | None = None
    chosen: SupportCalendar | None = None
    for index, team in enumerate(teams):
        opens = instant(team.next_open(at))
        close = team.next_close(at)
        closes = instant(close) if close is not None else opens + 10**18
        key = (opens - us, -(closes - opens) if opens == us else 0, index)
        if best is None or key < best:
            best, chosen = key, team
    assert chosen is not None
    assert best is not None
    return Responder(
        calendar=chosen,
        at=from_instant(us + best[0], chosen.tz),
        wait=dt.timedelta(microseconds=best[0]),
    )
