"""Statutory deadlines: data-access requests, breach reports, withdrawal periods."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import TYPE_CHECKING

from .._errors import InvalidOptionError, NaiveDatetimeError

if TYPE_CHECKING:
    from ..markets._model import Duration, Market, PrivacyRegime, ReturnsPolicy


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or that month's last day if it is shorter.

    This is how EU law counts a period "of one month" (Regulation 1182/71,
    art. 3(2)(c)): a request received on 31 January is due on 28 February.

    >>> add_months(dt.date(2026, 1, 31), 1)
    datetime.date(2026, 2, 28)
    """
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _check_date(value: object, name: str) -> dt.date:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise NaiveDatetimeError(value, name)
        return value.date()
    if not isinstance(value, dt.date):
        raise InvalidOptionError(name, value, reason="expected a datetime.date")
    return value


def add_period(start: dt.date, amount: int, unit: str, *, market: Market | None = None) -> dt.date:
    """``start`` plus a statutory period in days, business days or months."""
    if unit == "days":
        return start + dt.timedelta(days=amount)
    if unit == "months":
        return add_months(start, amount)
    if unit == "business_days":
        if market is None:
            from ..time._calendar import plain_business_days

            return plain_business_days(start, amount, (5, 6))
        from ..time._calendar import plain_business_days

        return plain_business_days(start, amount, market.weekend)
    raise InvalidOptionError("unit", unit, ("days", "business_days", "months"))


def _due(
    deadline: Duration | None, start: dt.date, extended: bool, market: Market | None
) -> dt.date:
    if deadline is None or deadline.amount is None or deadline.unit is None:
        raise InvalidOptionError(
            "deadline",
            None,
            reason="this law sets no fixed period: "
            + (deadline.note if deadline else "nothing is curated for this market"),
        )
    due = add_period(start, deadline.amount, deadline.unit, market=market)
    if extended:
        if deadline.extension_amount is None or deadline.extension_unit is None:
            raise InvalidOptionError("extended", True, reason="this law allows no extension")
        due = add_period(due, deadline.extension_amount, deadline.extension_unit, market=market)
    return due


def dsar_due(
    regime: PrivacyRegime,
    received: dt.date,
    *,
    extended: bool = False,
    market: Market | None = None,
) -> dt.date:
    """When an access request received on ``received`` must be answered."""
    return _due(regime.dsar_deadline, _check_date(received, "received"), extended, market)


def breach_report_due(regime: PrivacyRegime, aware_at: dt.datetime) -> dt.datetime | None:
    """``aware_at`` plus the law's notification hours, or None where it sets no number."""
    if not isinstance(aware_at, dt.datetime):
        raise InvalidOptionError("aware_at", aware_at, reason="expected an aware datetime")
    if aware_at.tzinfo is None or aware_at.utcoffset() is None:
        raise NaiveDatetimeError(aware_at, "aware_at")
    if regime.breach_notification_hours is None:
        return None
    # Exact elapsed hours: do the arithmetic in UTC, hand back in the caller's zone.
    utc = aware_at.astimezone(dt.UTC) + dt.timedelta(hours=regime.breach_notification_hours)
    return utc.astimezone(aware_at.tzinfo)


def withdrawal_deadline(
    returns: ReturnsPolicy, delivered: dt.date, *, market: Market | None = None
) -> dt.date:
    """The last day a customer may withdraw, counting from ``delivered``."""
    day = _check_date(delivered, "delivered")
    if returns.withdrawal_days is None:
        raise InvalidOptionError(
            "withdrawal",
            None,
            reason="no general statutory withdrawal right: " + returns.conditions,
        )
    return add_period(day, returns.withdrawal_days, returns.unit, market=market)
