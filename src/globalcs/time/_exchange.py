"""Schedules in and out: schema.org JSON-LD, iCalendar, Zendesk and Kustomer shapes.

A :class:`Schedule` is what these formats carry: weekly hours, date overrides, a
time zone and a name. Every exporter has an importer that reads its output back
to the same schedule; the help-desk shapes cannot hold a shift across midnight,
so it comes back split at midnight (the same open hours, see
:meth:`Schedule.open_minutes`).

>>> import datetime as dt
>>> week = Schedule.parse("mon-fri 09:00-17:00; sat 22:00-02:00", timezone="Europe/Berlin")
>>> from_zendesk(to_zendesk(week)).hours == week.hours
False
>>> from_zendesk(to_zendesk(week)).open_minutes() == week.open_minutes()
True
>>> jsonld = to_opening_hours_specification(week)
>>> from_opening_hours_specification(jsonld, timezone="Europe/Berlin") == week
True
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from .._errors import InvalidOptionError, NaiveDatetimeError, ScheduleError
from .._hours import DateOverride, Interval, OpeningHours, _hhmm, check_overrides
from .._record import record

_SCHEMA_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SCHEMA_TIME = re.compile(r"^([01]\d|2[0-4]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?$")
_WEEK = 7 * 1440


@record
class Schedule:
    """Weekly hours, date overrides, a time zone (as the source wrote it) and a name."""

    hours: OpeningHours
    overrides: tuple[DateOverride, ...] = ()
    timezone: str | None = None
    name: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.hours, OpeningHours):
            raise InvalidOptionError("hours", self.hours, reason="expected OpeningHours")
        object.__setattr__(self, "overrides", check_overrides(self.overrides))

    @classmethod
    def parse(
        cls,
        hours: str | Mapping[str, str] | OpeningHours,
        *,
        overrides: Iterable[DateOverride] = (),
        timezone: str | None = None,
        name: str = "",
    ) -> Schedule:
        """A schedule from an hours spec (as :func:`~globalcs.support_calendar` takes)."""
        return cls(OpeningHours.parse(hours), tuple(overrides), timezone, name)

    @classmethod
    def of(cls, calendar: Any, *, name: str = "") -> Schedule:
        """The schedule of a :class:`~globalcs.SupportCalendar` (its hours, overrides, zone)."""
        from ._calendar import SupportCalendar

        if isinstance(calendar, Schedule):
            return calendar
        if not isinstance(calendar, SupportCalendar):
            raise InvalidOptionError("schedule", calendar, reason="expected a support calendar")
        return cls(calendar.hours, calendar.overrides, calendar.timezone, name)

    def open_minutes(self) -> frozenset[int]:
        """The open minutes of the week, counted from Monday 00:00 (a shift past Sunday
        midnight wraps to Monday): equal for schedules open at the same times."""
        found: set[int] = set()
        for day, intervals in enumerate(self.hours.week):
            for start, end in intervals:
                found.update((day * 1440 + m) % _WEEK for m in range(start, end))
        return frozenset(found)


def _schedule(value: object) -> Schedule:
    if isinstance(value, Schedule):
        return value
    return Schedule.of(value)


def _week_intervals(hours: OpeningHours) -> list[tuple[int, int]]:
    """Open periods in minutes from Monday 00:00, split at every midnight, merged where
    they touch within a day (the help-desk shapes cannot hold more)."""
    per_day: list[list[list[int]]] = [[] for _ in range(7)]
    for day, intervals in enumerate(hours.week):
        for start, end in intervals:
            pieces = [(day, start, min(end, 1440))]
            if end > 1440:
                pieces.append(((day + 1) % 7, 0, end - 1440))
            for where, a, b in pieces:
                per_day[where].append([a, b])
    result: list[tuple[int, int]] = []
    for day, parts in enumerate(per_day):
        merged: list[list[int]] = []
        for a, b in sorted(parts):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        result += [(day * 1440 + a, day * 1440 + b) for a, b in merged]
    return result


def _from_days(days: list[list[Interval]], source: object) -> OpeningHours:
    try:
        return OpeningHours(week=tuple(tuple(sorted(d)) for d in days))
    except InvalidOptionError as exc:
        raise ScheduleError(source, str(exc)) from None


# ------------------------------------------------------------------ schema.org


def _schema_time(minutes: int) -> str:
    return _hhmm(minutes % 1440) if minutes != 1440 else "00:00"


def to_opening_hours_specification(schedule: object) -> list[dict[str, Any]]:
    """schema.org ``OpeningHoursSpecification`` objects (JSON-LD) for a schedule.

    A closing time earlier than the opening one runs into the next day, as schema.org
    defines; round-the-clock days are ``00:00`` to ``23:59`` and closed dates ``00:00``
    to ``00:00`` with ``validFrom``/``validThrough``, as Google's structured-data
    guidance spells them.

    >>> spec = to_opening_hours_specification(Schedule.parse("mon-fri 09:00-17:00"))
    >>> spec[0]["dayOfWeek"][:2], spec[0]["opens"], spec[0]["closes"]
    (['https://schema.org/Monday', 'https://schema.org/Tuesday'], '09:00', '17:00')
    """
    found = _schedule(schedule)
    grouped: dict[Interval, list[int]] = {}
    for day, intervals in enumerate(found.hours.week):
        for interval in intervals:
            grouped.setdefault(interval, []).append(day)
    result: list[dict[str, Any]] = []
    for (start, end), days in sorted(grouped.items(), key=lambda item: (item[1][0], item[0])):
        result.append(
            {
                "@context": "https://schema.org",
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": [f"https://schema.org/{_SCHEMA_DAYS[d]}" for d in days],
                **_opens_closes(start, end),
            }
        )
    for override in found.overrides:
        valid = {"validFrom": override.start.isoformat(), "validThrough": override.end.isoformat()}
        base = {"@context": "https://schema.org", "@type": "OpeningHoursSpecification"}
        if override.reason:
            base["name"] = override.reason
        if override.is_closure:
            result.append({**base, "opens": "00:00", "closes": "00:00", **valid})
        for start, end in override.hours:
            result.append({**base, **_opens_closes(start, end), **valid})
    return result


def _opens_closes(start: int, end: int) -> dict[str, str]:
    if (start, end) == (0, 1440):
        return {"opens": "00:00", "closes": "23:59"}
    if end - start == 1440:
        raise ScheduleError(
            f"{_hhmm(start)}-{_hhmm(end)}",
            "schema.org cannot express a 24-hour shift that does not start at midnight",
        )
    return {"opens": _hhmm(start), "closes": _schema_time(end)}


def _read_time(value: object, source: object) -> int:
    match = _SCHEMA_TIME.match(value) if isinstance(value, str) else None
    if not match or (match[1] == "24" and (match[2] != "00" or (match[3] or "00") != "00")):
        raise ScheduleError(source, f"{value!r} is not a time of day (HH:MM or HH:MM:SS)")
    return int(match[1]) * 60 + int(match[2])


def _read_date(value: object, source: object) -> dt.date:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
    raise ScheduleError(source, f"{value!r} is not a date (YYYY-MM-DD)")


def _read_interval(entry: Mapping[str, Any]) -> Interval | None:
    """(start, end) minutes; None when closed: no ``opens`` (schema.org's definition) or
    ``00:00`` to ``00:00`` (Google's spelling)."""
    if "opens" not in entry and "closes" not in entry:
        return None
    opens, closes = _read_time(entry.get("opens"), entry), _read_time(entry.get("closes"), entry)
    if opens == closes == 0:
        return None
    if (opens, closes) == (0, 1439):
        return (0, 1440)
    if opens == closes:
        raise ScheduleError(entry, "opens and closes are the same time")
    return (opens, closes if closes > opens else closes + 1440)


def from_opening_hours_specification(data: object, *, timezone: str | None = None) -> Schedule:
    """A schedule from schema.org ``OpeningHoursSpecification`` objects (a list, one
    object, or a JSON-LD place holding them under ``openingHoursSpecification``)."""
    if isinstance(data, Mapping) and "openingHoursSpecification" in data:
        data = data["openingHoursSpecification"]
    entries = [data] if isinstance(data, Mapping) else data
    if not isinstance(entries, list | tuple):
        raise ScheduleError(data, "expected OpeningHoursSpecification objects")
    week: list[list[Interval]] = [[] for _ in range(7)]
    special: dict[tuple[dt.date, dt.date], tuple[list[Interval], list[str]]] = {}
    for entry in entries:
        if not isinstance(entry, Mapping):
            raise ScheduleError(entry, "expected an OpeningHoursSpecification object")
        kind = str(entry.get("@type", "OpeningHoursSpecification"))
        if kind.rsplit("/", 1)[-1].rsplit(":", 1)[-1] != "OpeningHoursSpecification":
            raise ScheduleError(entry, f"@type {kind!r} is not OpeningHoursSpecification")
        interval = _read_interval(entry)
        if "validFrom" in entry or "validThrough" in entry:
            first = _read_date(entry.get("validFrom", entry.get("validThrough")), entry)
            last = _read_date(entry.get("validThrough", entry.get("validFrom")), entry)
            hours, reasons = special.setdefault((first, last), ([], []))
            if interval is not None:
                hours.append(interval)
            reason = entry.get("name")
            if isinstance(reason, str) and reason and reason not in reasons:
                reasons.append(reason)
            continue
        days = entry.get("dayOfWeek")
        days = [days] if isinstance(days, str) else days
        if not isinstance(days, list | tuple) or not days:
            raise ScheduleError(entry, "dayOfWeek is missing")
        for day in days:
            name = str(day).rsplit("/", 1)[-1].rsplit(":", 1)[-1]
            if name not in _SCHEMA_DAYS:
                raise ScheduleError(entry, f"{day!r} is not a schema.org DayOfWeek")
            if interval is not None:
                week[_SCHEMA_DAYS.index(name)].append(interval)
    overrides = []
    for (first, last), (hours, reasons) in special.items():
        try:
            overrides.append(DateOverride(first, last, tuple(sorted(hours)), "; ".join(reasons)))
        except (InvalidOptionError, NaiveDatetimeError) as exc:
            raise ScheduleError(f"{first}..{last}", str(exc)) from None
    return Schedule(_from_days(week, data), tuple(overrides), timezone)


# ------------------------------------------------------------------ Zendesk and Kustomer


def to_zendesk(schedule: object) -> dict[str, Any]:
    """Zendesk's business-hours schedule: ``intervals`` in minutes from Sunday 00:00,
    none spanning a calendar day; closures as Zendesk ``holidays``.

    >>> to_zendesk(Schedule.parse("mon 09:00-17:00", timezone="Europe/Berlin"))
    {'schedule': {'name': '', 'time_zone': 'Europe/Berlin', 'intervals': [{'start_time': 1980, 'end_time': 2460}]}, 'holidays': []}
    """  # noqa: E501
    found = _schedule(schedule)
    intervals = sorted(
        ((a + 1440) % _WEEK, (a + 1440) % _WEEK + b - a) for a, b in _week_intervals(found.hours)
    )
    return {
        "schedule": {
            "name": found.name,
            "time_zone": found.timezone,
            "intervals": [{"start_time": a, "end_time": b} for a, b in intervals],
        },
        "holidays": [
            {"name": o.reason, "start_date": o.start.isoformat(), "end_date": o.end.isoformat()}
            for o in found.overrides
            if o.is_closure
        ],
    }


def from_zendesk(data: object) -> Schedule:
    """A schedule from Zendesk's schedule JSON (with or without its ``schedule`` wrapper,
    and its ``holidays`` as closures)."""
    if not isinstance(data, Mapping):
        raise ScheduleError(data, "expected a Zendesk schedule object")
    body = data.get("schedule", data)
    if not isinstance(body, Mapping) or not isinstance(body.get("intervals"), list):
        raise ScheduleError(data, "a Zendesk schedule has a list of intervals")
    week: list[list[Interval]] = [[] for _ in range(7)]
    for item in body["intervals"]:
        if not isinstance(item, Mapping):
            raise ScheduleError(item, "expected {start_time, end_time}")
        a, b = item.get("start_time"), item.get("end_time")
        if type(a) is not int or type(b) is not int or not 0 <= a < b <= _WEEK:
            raise ScheduleError(item, "start_time and end_time are minutes 0 to 10080, start first")
        if a // 1440 != (b - 1) // 1440:
            raise ScheduleError(item, "a Zendesk interval cannot span calendar days")
        day = (a // 1440 - 1) % 7  # Zendesk's week starts on Sunday
        week[day].append((a % 1440, b - a // 1440 * 1440))
    holidays = data.get("holidays", body.get("holidays", []))
    if not isinstance(holidays, list):
        raise ScheduleError(holidays, "holidays is a list")
    closures = []
    for item in holidays:
        if not isinstance(item, Mapping):
            raise ScheduleError(item, "expected {name, start_date, end_date}")
        first = _read_date(item.get("start_date"), item)
        last = _read_date(item.get("end_date", item.get("start_date")), item)
        name = item.get("name") or ""
        closures.append(DateOverride.closure(first, last, reason=str(name)))
    timezone = body.get("time_zone")
    return Schedule(
        _merge_days(week, data),
        tuple(closures),
        timezone if isinstance(timezone, str) else None,
        str(body.get("name") or ""),
    )


def _merge_days(week: list[list[Interval]], source: object) -> OpeningHours:
    merged: list[list[Interval]] = []
    for intervals in week:
        day: list[Interval] = []
        for a, b in sorted(intervals):
            if day and a < day[-1][1]:
                raise ScheduleError(source, f"intervals overlap at {_hhmm(a)}")
            if day and a == day[-1][1]:
                day[-1] = (day[-1][0], b)
            else:
                day.append((a, b))
        merged.append(day)
    return _from_days(merged, source)


def to_kustomer(schedule: object) -> dict[str, Any]:
    """Kustomer's business-schedule ``hours``: keys ``"0"`` (Sunday) to ``"6"``, each
    null (closed) or ``[start, end]`` minutes after local midnight (0 to 1440).

    Only ``hours`` is written: the documentation read does not name the fields of the
    time zone and holidays, so they are left to the caller.

    >>> to_kustomer(Schedule.parse("mon-fri 08:00-17:00"))["hours"]["1"]
    [[480, 1020]]
    """
    found = _schedule(schedule)
    days: dict[str, list[list[int]] | None] = {str(d): None for d in range(7)}
    for a, b in _week_intervals(found.hours):
        key = str((a // 1440 + 1) % 7)
        entry = days[key] or []
        entry.append([a % 1440, b - a // 1440 * 1440])
        days[key] = entry
    return {"hours": days}


def from_kustomer(data: object, *, timezone: str | None = None) -> Schedule:
    """A schedule from Kustomer's business-schedule ``hours`` (or the object holding it)."""
    hours = data.get("hours", data) if isinstance(data, Mapping) else None
    if not isinstance(hours, Mapping):
        raise ScheduleError(data, "expected Kustomer hours keyed '0' (Sunday) to '6'")
    week: list[list[Interval]] = [[] for _ in range(7)]
    for key, intervals in hours.items():
        if key not in {str(d) for d in range(7)}:
            raise ScheduleError(key, "Kustomer's day keys are '0' (Sunday) to '6'")
        if intervals is None:
            continue
        if not isinstance(intervals, list):
            raise ScheduleError(intervals, "a day is null or a list of [start, end]")
        for pair in intervals:
            if (
                not isinstance(pair, list | tuple)
                or len(pair) != 2
                or not all(type(m) is int for m in pair)
                or not 0 <= pair[0] < pair[1] <= 1440
            ):
                raise ScheduleError(pair, "an interval is [start, end] minutes, 0 to 1440")
            week[(int(key) - 1) % 7].append((pair[0], pair[1]))
    return Schedule(_merge_days(week, data), (), timezone)
