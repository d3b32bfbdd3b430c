"""iCalendar (RFC 5545) for holidays and closures, written and read without a library.

Export: one all-day ``VEVENT`` per holiday and per closure of a support calendar,
lines folded at 75 octets with CRLF, text escaped, ``DTSTAMP`` given by the caller
(so the file is reproducible). Holidays whose date python-holidays estimates are
``STATUS:TENTATIVE``; the others ``CONFIRMED``. Import: the all-day events of a
simple iCalendar file as closures.

>>> import datetime as dt, globalcs
>>> cal = globalcs.support_calendar("DE", hours="09:00-17:00")
>>> text = to_icalendar(cal, [2026], stamp=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
>>> text.splitlines()[0], text.count("BEGIN:VEVENT")
('BEGIN:VCALENDAR', 9)
>>> closures = closures_from_icalendar(text)
>>> len(closures), str(closures[0])
(9, '2026-01-01 closed (Neujahr)')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from .._errors import InvalidOptionError, NaiveDatetimeError, ScheduleError
from .._hours import DateOverride, check_overrides

_PRODID = "-//globalcs//support calendar//EN"


def _escape(text: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and newline escaped."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _unescape(text: str) -> str:
    out: list[str] = []
    chars = iter(text)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            out.append("\n" if following in "nN" and following else following)
        else:
            out.append(char)
    return "".join(out)


def _fold(line: str) -> str:
    """One content line, folded so no physical line exceeds 75 octets (never inside a
    UTF-8 character)."""
    pieces: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = "", 0, 74  # a continuation line starts with a space
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def _stamp(stamp: object) -> str:
    if not isinstance(stamp, dt.datetime):
        raise InvalidOptionError("stamp", stamp, reason="expected an aware datetime")
    if stamp.tzinfo is None or stamp.utcoffset() is None:
        raise NaiveDatetimeError(stamp, "stamp")
    return stamp.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _event(
    uid: str, stamp: str, start: dt.date, end: dt.date, summary: str, extra: Iterable[str]
) -> list[str]:
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{start:%Y%m%d}",
        f"DTEND;VALUE=DATE:{end + dt.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{_escape(summary)}",
        *extra,
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def to_icalendar(calendar: Any, years: Iterable[int], *, stamp: dt.datetime) -> str:
    """The holidays (of the calendar's categories) and closures of ``years`` as an
    iCalendar file: CRLF line ends, folded lines, ``stamp`` as every ``DTSTAMP``."""
    from ._calendar import SupportCalendar

    if not isinstance(calendar, SupportCalendar):
        raise InvalidOptionError("calendar", calendar, reason="expected a support_calendar()")
    when = _stamp(stamp)
    code = calendar.market.code
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{_PRODID}",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_escape(calendar.label)}",
    ]
    chosen = sorted(set(years))
    for year in chosen:
        closing = calendar.holiday_dates(year)
        for record in calendar.market.holidays(year, categories=calendar.categories).records:
            if record.date not in closing or calendar.override_on(record.date) is not None:
                continue
            status = "TENTATIVE" if record.estimated else "CONFIRMED"
            lines += _event(
                f"{record.date:%Y%m%d}-{record.category}-{code}@globalcs",
                when,
                record.date,
                record.date,
                record.local_name,
                [f"CATEGORIES:{_escape(record.category)}", f"STATUS:{status}"],
            )
    for override in calendar.overrides:
        if override.is_closure and any(
            override.start.year <= y <= override.end.year for y in chosen
        ):
            lines += _event(
                f"{override.start:%Y%m%d}-{override.end:%Y%m%d}-closure-{code}@globalcs",
                when,
                override.start,
                override.end,
                override.reason or "Closed",
                ["CATEGORIES:closure", "STATUS:CONFIRMED"],
            )
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _unfold(text: str) -> list[str]:
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        elif raw:
            lines.append(raw)
    return lines


def _date_value(line: str) -> dt.date:
    name, _, value = line.partition(":")
    params = name.upper().split(";")[1:]
    if "VALUE=DATE" not in params and not (len(value) == 8 and value.isdigit()):
        raise ScheduleError(line, "only all-day events (VALUE=DATE) can be read as closures")
    try:
        return dt.datetime.strptime(value, "%Y%m%d").date()
    except ValueError:
        raise ScheduleError(line, f"{value!r} is not a date YYYYMMDD") from None


def closures_from_icalendar(text: object) -> tuple[DateOverride, ...]:
    """The all-day ``VEVENT``\\ s of an iCalendar file as closures (``SUMMARY`` is the
    reason; overlapping events are joined). A timed event raises
    :class:`~globalcs.ScheduleError`."""
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    if not isinstance(text, str):
        raise InvalidOptionError("text", text, reason="expected the iCalendar file's text")
    lines = _unfold(text)
    if not lines or lines[0].upper() != "BEGIN:VCALENDAR":
        raise ScheduleError(text[:40], "not an iCalendar file (no BEGIN:VCALENDAR)")
    found: list[tuple[dt.date, dt.date, str]] = []
    event: dict[str, Any] | None = None
    for line in lines:
        upper = line.upper()
        key = upper.split(":", 1)[0].split(";", 1)[0]
        if upper == "BEGIN:VEVENT":
            event = {}
        elif upper == "END:VEVENT":
            if event is None or "start" not in event:
                raise ScheduleError(line, "an event without DTSTART")
            start: dt.date = event["start"]
            end = event.get("end", start + dt.timedelta(days=1))  # RFC 5545: one day
            if end <= start:
                raise ScheduleError(f"{start}..{end}", "DTEND is not after DTSTART")
            found.append((start, end - dt.timedelta(days=1), event.get("summary", "")))
            event = None
        elif event is not None and key == "DTSTART":
            event["start"] = _date_value(line)
        elif event is not None and key == "DTEND":
            event["end"] = _date_value(line)
        elif event is not None and key == "SUMMARY":
            event["summary"] = _unescape(line.partition(":")[2])
    merged: list[list[Any]] = []
    for start, end, summary in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            if summary and summary not in merged[-1][2]:
                merged[-1][2].append(summary)
        else:
            merged.append([start, end, [summary] if summary else []])
    return check_overrides(
        DateOverride.closure(start, end, reason="; ".join(names)) for start, end, names in merged
    )
