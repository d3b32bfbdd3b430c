"""Statutory deadlines: data-access requests, breach reports, withdrawal periods.

Every deadline belongs to a market: the functions here take the market (or its
code) and nothing else that could disagree with it, and ``render()``, the CLI and
the calendar all call them, so one question has one answer.

Periods are counted as the law states them: calendar days, calendar months
(a month runs to the same date, or the month's last day), or business days on
the market's own calendar (its weekend and public holidays). In the EEA,
Regulation (EEC, Euratom) No 1182/71 art. 3(4) applies to the GDPR's one month
and the Consumer Rights Directive's 14 days (recital 41 of Directive
2011/83/EU): a period that would end on a Saturday, Sunday or public holiday
ends at the end of the next working day.

>>> import datetime as dt, globalcs
>>> globalcs.dsar_due("DE", dt.date(2026, 1, 31))  # one month: 28 Feb, a Saturday
datetime.date(2026, 3, 2)
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from typing import TYPE_CHECKING

from .._errors import InvalidOptionError, NaiveDatetimeError
from ._zones import aware

if TYPE_CHECKING:
    from ..market._model import Duration, Market, PrivacyRegime

REGULATION_1182_71 = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:31971R1182"
"""Regulation (EEC, Euratom) No 1182/71 on periods, dates and time limits (EUR-Lex)."""

CRD_LATE_INFORMATION_MONTHS = 12
"""Directive 2011/83/EU art. 10(1): without information on the right of withdrawal, the
period ends 12 months after the end of the initial period."""


def _out_of_range(name: str, value: object) -> InvalidOptionError:
    return InvalidOptionError(
        name, value, reason="the deadline falls outside the supported dates (years 1 to 9999)"
    )


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or that month's last day if it is shorter.

    This is how EU law counts a period "of one month" (Regulation 1182/71,
    art. 3(2)(c)): a request received on 31 January is due on 28 February.

    >>> add_months(dt.date(2026, 1, 31), 1)
    datetime.date(2026, 2, 28)
    """
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise _out_of_range("date", day)
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _shift(day: dt.date, days: int) -> dt.date:
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        raise _out_of_range("date", day) from None


def _check_date(value: object, name: str, market: Market | None = None) -> dt.date:
    """A date; an aware datetime gives its date in the market's (first) time zone."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise NaiveDatetimeError(value, name)
        if market is None:
            return value.date()
        from zoneinfo import ZoneInfo

        try:
            return aware(value, name).astimezone(ZoneInfo(market.timezone)).date()
        except OverflowError:
            raise _out_of_range(name, value) from None
    if not isinstance(value, dt.date):
        raise InvalidOptionError(name, value, reason="expected a datetime.date")
    return value


def add_business_days(start: dt.date, days: int, market: Market) -> dt.date:
    """``start`` plus ``days`` business days of the market (weekend and public holidays).

    >>> import globalcs
    >>> add_business_days(dt.date(2026, 12, 23), 2, globalcs.get_market("DE"))
    datetime.date(2026, 12, 28)
    """
    from ._calendar import support_calendar

    return support_calendar(market, hours="24/7").add_business_days(start, days)


def add_period(start: dt.date, amount: int, unit: str, *, market: Market) -> dt.date:
    """``start`` plus a statutory period in days, business days or months."""
    if unit == "days":
        return _shift(start, amount)
    if unit == "months":
        return add_months(start, amount)
    if unit == "business_days":
        return add_business_days(start, amount, market)
    raise InvalidOptionError("unit", unit, ("days", "business_days", "months"))


@functools.cache
def _eea() -> frozenset[str]:
    from ..market._loader import regions

    group = regions()[1].get("eea")
    return group.members if group is not None else frozenset()


def in_eea(market: Market) -> bool:
    """True for markets of the European Economic Area (``data/regions.toml``)."""
    return market.country in _eea()


def next_working_day(day: dt.date, market: Market) -> dt.date:
    """``day`` itself, or the next day that is no Saturday, Sunday or public holiday there.

    Regulation 1182/71 art. 3(4); its working days are Monday to Friday less the
    market's public holidays.

    >>> import globalcs
    >>> next_working_day(dt.date(2026, 12, 25), globalcs.get_market("DE"))
    datetime.date(2026, 12, 28)
    """
    from ._calendar import _holiday_dates, _subdivision

    subdiv = _subdivision(market)
    while day.weekday() >= 5 or day in _holiday_dates(market.country, subdiv, day.year):
        day = _shift(day, 1)
    return day


def _due(deadline: Duration | None, start: dt.date, extended: bool, market: Market) -> dt.date:
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


def _market(value: object) -> Market:
    from ..market._registry import get_market

    return get_market(value)


def dsar_due(market: Market | str, received: dt.date, *, extended: bool = False) -> dt.date:
    """The day a data-subject access request received on ``received`` must be answered by.

    The law is the market's privacy regime as it stood on ``received``; business
    days are the market's (its weekend and public holidays, with a subdivision's
    own); a deadline on a Saturday, Sunday or public holiday moves to the next
    working day where the rule says so: the GDPR in the EEA (Regulation 1182/71
    art. 3(4)) and the UK GDPR in the United Kingdom (the ICO's guidance).
    ``extended`` adds the extension the law allows (GDPR: two further months;
    CCPA: 45 more days).

    >>> import globalcs
    >>> globalcs.dsar_due("DE", dt.date(2026, 1, 31))  # 28 February 2026 is a Saturday
    datetime.date(2026, 3, 2)
    >>> globalcs.dsar_due("CL", dt.date(2026, 12, 1))  # Ley 21.719 in force from that day
    datetime.date(2026, 12, 31)
    """
    where = _market(market)
    day = _check_date(received, "received", where)
    regime = where.privacy.in_force(day)  # the law as it stood when the request came in
    deadline = regime.dsar_deadline
    due = _due(deadline, day, extended, where)
    if deadline is not None and deadline.unit != "business_days" and _rolls(regime, where):
        due = next_working_day(due, where)
    return due


def _rolls(regime: PrivacyRegime, market: Market) -> bool:
    """Whether the regime moves a deadline off a weekend or public holiday in ``market``."""
    if regime.code == "GDPR":
        return in_eea(market)
    return regime.code == "UK-GDPR" and market.country == "GB"


def breach_report_due(market: Market | str, aware_at: dt.datetime) -> dt.datetime | None:
    """When a breach noticed at ``aware_at`` must be reported to the authority.

    ``aware_at`` plus the notification hours of the market's law as it stood at
    that moment, or None where the law sets no number. Elapsed hours are counted
    in UTC (72 hours across a DST change are still 72 hours); the result is in
    the zone of ``aware_at`` (read through zoneinfo when it is a pytz zone).

    >>> import globalcs
    >>> globalcs.breach_report_due("DE", dt.datetime(2026, 3, 27, 12, tzinfo=dt.UTC))
    datetime.datetime(2026, 3, 30, 12, 0, tzinfo=datetime.timezone.utc)
    """
    where = _market(market)
    if not isinstance(aware_at, dt.datetime):
        raise InvalidOptionError("aware_at", aware_at, reason="expected an aware datetime")
    if aware_at.tzinfo is None or aware_at.utcoffset() is None:
        raise NaiveDatetimeError(aware_at, "aware_at")
    moment = aware(aware_at, "aware_at")
    assert moment.tzinfo is not None
    regime = where.privacy.in_force(moment.date())  # the law when the breach was noticed
    if regime.breach_notification_hours is None:
        return None
    try:
        utc = moment.astimezone(dt.UTC) + dt.timedelta(hours=regime.breach_notification_hours)
        return utc.astimezone(moment.tzinfo)
    except OverflowError:
        raise _out_of_range("aware_at", aware_at) from None


def withdrawal_deadline(
    market: Market | str, delivered: dt.date, *, informed: bool | dt.date = True
) -> dt.date:
    """The last day a customer of ``market`` may withdraw from a distance purchase.

    Counted from ``delivered`` by the market's statutory right: business days
    (Mexico's 5 *días hábiles*) are the market's, and in the EEA a last day on a
    Saturday, Sunday or public holiday moves to the next working day (Regulation
    1182/71 art. 3(4), applied to the Consumer Rights Directive by its recital 41).

    ``informed`` applies the Consumer Rights Directive's art. 10 in the EEA:
    ``False`` when the trader never gave the information on the right of
    withdrawal (the period ends 12 months after the end of the initial one), or
    the date the information was given late (the period then ends 14 days after
    that date, if it was within 12 months of delivery).

    >>> import globalcs
    >>> globalcs.withdrawal_deadline("DE", dt.date(2026, 12, 11))  # the 25th is Christmas
    datetime.date(2026, 12, 28)
    >>> globalcs.withdrawal_deadline("DE", dt.date(2026, 3, 2), informed=False)
    datetime.date(2027, 3, 16)
    """
    where = _market(market)
    returns = where.returns
    day = _check_date(delivered, "delivered", where)
    if returns.withdrawal_days is None:
        raise InvalidOptionError(
            "withdrawal",
            None,
            reason="no general statutory withdrawal right: " + returns.conditions,
        )
    due = add_period(day, returns.withdrawal_days, returns.unit, market=where)
    eea = in_eea(where)
    if informed is not True:
        if not eea:
            raise InvalidOptionError(
                "informed",
                informed,
                reason="late-information rules are curated for EEA markets only (Directive "
                "2011/83/EU art. 10)",
            )
        limit = add_months(due, CRD_LATE_INFORMATION_MONTHS)
        if informed is False:
            due = limit
        else:
            told = _check_date(informed, "informed")
            if told > add_months(day, CRD_LATE_INFORMATION_MONTHS):
                due = limit  # art. 10(1): too late to shorten the extended period
            elif told > day:
                due = _shift(told, returns.withdrawal_days)  # art. 10(2)
    if eea and returns.unit != "business_days":
        due = next_working_day(due, where)
    return due
