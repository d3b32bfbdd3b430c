"""Instants as integer microseconds since the epoch, and wall clocks through zoneinfo.

Every calculation in :mod:`globalcs.time` happens on integers (microseconds
since 1970-01-01 UTC), so adding and measuring business time is exact. Wall
clock times are turned into instants with :mod:`zoneinfo`, whose rules are
right after 2037 (pytz's are not: it repeats the last transition it knows).

>>> import datetime as dt
>>> berlin = zone("Europe/Berlin")
>>> us = instant(dt.datetime(2026, 3, 29, 12, 0, tzinfo=berlin))
>>> from_instant(us, zone("UTC"))
datetime.datetime(2026, 3, 29, 10, 0, tzinfo=zoneinfo.ZoneInfo(key='UTC'))
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, Any

from .._errors import InvalidOptionError, NaiveDatetimeError

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
US_PER_DAY = 86_400_000_000
US_PER_HOUR = 3_600_000_000
US_PER_MINUTE = 60_000_000
_ONE_US = dt.timedelta(microseconds=1)
_PLAIN_TZ_TYPES: set[type] = {dt.timezone}


def zone(key: str) -> ZoneInfo:
    """The :class:`zoneinfo.ZoneInfo` for an IANA name, or :class:`InvalidOptionError`."""
    if not isinstance(key, str) or not key or len(key) > 100:
        raise InvalidOptionError("timezone", key, reason="expected an IANA time zone name")
    return _zone(key)


@functools.cache
def _zone(key: str) -> ZoneInfo:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        result = ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise InvalidOptionError(
            "timezone", key, reason="not an IANA time zone (e.g. 'Europe/Berlin')"
        ) from None
    _PLAIN_TZ_TYPES.add(type(result))
    return result


def _is_pytz(tz: Any) -> bool:
    kind = type(tz)
    if kind in _PLAIN_TZ_TYPES:
        return False
    if hasattr(tz, "localize") and isinstance(getattr(tz, "zone", None), str):
        return True
    _PLAIN_TZ_TYPES.add(kind)
    return False


def _from_pytz(at: dt.datetime) -> dt.datetime:
    """Read a pytz datetime's wall clock in zoneinfo (pytz is wrong after 2037, and a
    ``tzinfo=pytz.timezone(...)`` datetime carries local mean time)."""
    key = str(getattr(at.tzinfo, "zone", ""))
    try:
        tz = zone(key)
    except InvalidOptionError:
        return at
    offset = at.utcoffset()
    result = at.replace(tzinfo=tz)
    if result.utcoffset() != offset:
        other = result.replace(fold=1)
        if other.utcoffset() == offset:
            result = other
    return result


def aware(at: object, name: str = "at") -> dt.datetime:
    """``at`` checked to be an aware datetime (pytz ones re-read through zoneinfo).

    >>> aware(dt.datetime(2026, 6, 10, 9, 0))
    Traceback (most recent call last):
    ...
    globalcs.NaiveDatetimeError: at datetime.datetime(2026, 6, 10, 9, 0) has no time zone; ...
    """
    if not isinstance(at, dt.datetime):
        raise InvalidOptionError(name, at, reason="expected a timezone-aware datetime.datetime")
    tz = at.tzinfo
    try:
        offset = at.utcoffset()
    except (ValueError, TypeError, OverflowError) as exc:  # a tzinfo that answers nonsense
        raise InvalidOptionError(name, at, reason=f"its time zone fails: {exc}") from None
    if tz is None or offset is None:
        raise NaiveDatetimeError(at, name)
    if _is_pytz(tz):
        return _from_pytz(at)
    return at


def instant(at: object, name: str = "at") -> int:
    """Microseconds since the epoch for an aware datetime (any tzinfo).

    >>> instant(dt.datetime(1970, 1, 1, 1, tzinfo=zone("Europe/Berlin")))
    0
    """
    if type(at) is dt.datetime:
        tz = at.tzinfo
        if type(tz) is dt.timezone:  # UTC or a fixed offset: the subtraction is cheap
            return (at - EPOCH) // _ONE_US
        if tz is not None and type(tz) in _PLAIN_TZ_TYPES:
            offset = at.utcoffset()
            if offset is not None:
                return (
                    (at.toordinal() - EPOCH_ORDINAL) * US_PER_DAY
                    + ((at.hour * 60 + at.minute) * 60 + at.second) * 1_000_000
                    + at.microsecond
                    - (offset.days * 86_400 + offset.seconds) * 1_000_000
                    - offset.microseconds
                )
    checked = aware(at, name)
    return (checked - EPOCH) // _ONE_US


def from_instant(us: int, tz: dt.tzinfo, name: str = "at") -> dt.datetime:
    """The aware datetime in ``tz`` for microseconds since the epoch.

    An instant whose local time falls outside the years 1 to 9999 raises
    :class:`InvalidOptionError` (not OverflowError).

    >>> from_instant(253402300799999999, zone("Europe/Berlin"))  # 9999-12-31 23:59:59.999999 UTC
    Traceback (most recent call last):
    ...
    globalcs.InvalidOptionError: invalid at '9999-12-31T23:59:59.999999+00:00': ...
    """
    try:
        return (EPOCH + dt.timedelta(microseconds=us)).astimezone(tz)
    except OverflowError:
        raise InvalidOptionError(name, _describe(us), reason=_OUTSIDE) from None


_OUTSIDE = "its local time falls outside the years 1 to 9999 that datetime can hold"


def _describe(us: int) -> str:
    """An instant as ISO 8601 in UTC where datetime can hold it, else as microseconds."""
    try:
        return (EPOCH + dt.timedelta(microseconds=us)).isoformat()
    except OverflowError:
        return f"{us} microseconds from 1970-01-01 UTC"


def local_year(us: int, tz: dt.tzinfo) -> int:
    """The year of an instant on the wall clock of ``tz``; 0 or 10000 past the ends.

    >>> local_year(253402300799999999, zone("Europe/Berlin")), local_year(0, zone("UTC"))
    (10000, 1970)
    """
    try:
        return (EPOCH + dt.timedelta(microseconds=us)).astimezone(tz).year
    except OverflowError:
        return dt.MAXYEAR + 1 if us > 0 else dt.MINYEAR - 1


def wall_instant(day: dt.date, minute: int, tz: dt.tzinfo) -> int:
    """The instant of a wall-clock time: ``minute`` minutes after midnight on ``day``.

    A time in a spring-forward gap is read with the offset before the change (so
    02:30 on 2026-03-29 in Berlin is 03:30 CEST: the length of an interval is kept);
    a repeated time in a fall-back overlap is its first occurrence. ``minute`` may
    be 1440 (midnight at the end of the day) or later (the end of a shift that crosses
    midnight: 1560 is 02:00 the next morning).
    """
    if minute >= 1440:
        if day == dt.date.max:
            raise InvalidOptionError("day", day, reason="the day after it is past year 9999")
        day, minute = day + dt.timedelta(days=minute // 1440), minute % 1440
    local = dt.datetime(day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=tz)
    return instant(local)


def duration_us(value: object, name: str = "hours") -> int:
    """Microseconds in a number of hours (int, float, Decimal) or a ``timedelta``."""
    if type(value) is int:
        return value * US_PER_HOUR
    if isinstance(value, dt.timedelta):
        return value // _ONE_US
    import math
    from decimal import Decimal
    from fractions import Fraction

    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | Fraction):
        raise InvalidOptionError(name, value, reason="expected a number of hours or a timedelta")
    if isinstance(value, float | Decimal) and not math.isfinite(value):
        raise InvalidOptionError(name, value, reason="must be finite")
    if isinstance(value, int):
        return value * US_PER_HOUR
    return round(Fraction(value) * US_PER_HOUR)


def _clear_caches() -> None:
    """Forget the cached zones and tzinfo kinds (tests use it to start cold)."""
    _zone.cache_clear()
    _PLAIN_TZ_TYPES.intersection_update({dt.timezone})
