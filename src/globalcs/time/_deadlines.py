"""Statutory deadlines: data-access requests, breach reports, withdrawal periods.

Periods are counted as the law states them: calendar days, calendar months
(a month runs to the same date, or the month's last day), or business days on
the market's own calendar (its weekend and public holidays).

For EEA markets, Regulation (EEC, Euratom) No 1182/71 art. 3(4) applies to the
GDPR's one month and the Consumer Rights Directive's 14 days (recital 41 of
Directive 2011/83/EU): a period that would end on a Saturday, Sunday or public
holiday ends at the end of the next working day. It needs the market's
holidays, so it applies when the market is known (``market=``).

>>> import datetime as dt, globalcs
>>> de = globalcs.get_market("DE")
>>> dsar_due(de.privacy, dt.date(2026, 1, 31))  # one calendar month, not 30 days
datetime.date(2026, 2, 28)
>>> dsar_due(de.privacy, dt.date(2026, 1, 31), market=de)  # 28 Feb is a Saturday
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
    from ..market._model import Duration, Market, PrivacyRegime, ReturnsPolicy

REGULATION_1182_71 = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:31971R1182"
"""Regulation (EEC, Euratom) No 1182/71 on periods, dates and time limits (EUR-Lex)."""

CRD_LATE_INFORMATION_MONTHS = 12
"""Directive 2011/83/EU art. 10(1): without information on the right of withdrawal, the
period ends 12 months after the end of the initial period."""


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


def add_business_days(start: dt.date, days: int, market: Market | None = None) -> dt.date:
    """``start`` plus ``days`` business days of the market (weekend and public holidays).

    Without a market only Saturday and Sunday are skipped.

    >>> import globalcs
    >>> add_business_days(dt.date(2026, 12, 23), 2, globalcs.get_market("DE"))
    datetime.date(2026, 12, 28)
    """
    if market is None:
        from ._calendar import plain_business_days

        return plain_business_days(start, days, (5, 6))
    from ._calendar import support_calendar

    return support_calendar(market, hours="24/7").add_business_days(start, days)


def add_period(start: dt.date, amount: int, unit: str, *, market: Market | None = None) -> dt.date:
    """``start`` plus a statutory period in days, business days or months."""
    if unit == "days":
        return start + dt.timedelta(days=amount)
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
        day += dt.timedelta(days=1)
    return day


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
    """When an access request received on ``received`` must be answered.

    ``extended`` adds the extension the law allows (GDPR: two further months;
    CCPA: 45 more days). With ``market``, business days are that market's and a
    deadline on a Saturday, Sunday or public holiday moves to the next working day
    where the rule says so: the GDPR in the EEA (Regulation 1182/71 art. 3(4)) and the
    UK GDPR in the United Kingdom (the ICO's guidance).
    """
    day = _check_date(received, "received")
    regime = regime.in_force(day)  # the law as it stood when the request came in
    due = _due(regime.dsar_deadline, day, extended, market)
    deadline = regime.dsar_deadline
    if (
        market is not None
        and deadline is not None
        and deadline.unit != "business_days"
        and _rolls_to_working_day(regime, market)
    ):
        due = next_working_day(due, market)
    return due


def _rolls_to_working_day(regime: PrivacyRegime, market: Market) -> bool:
    if regime.code == "GDPR":
        return in_eea(market)
    return regime.code == "UK-GDPR" and market.country == "GB"


def breach_report_due(regime: PrivacyRegime, aware_at: dt.datetime) -> dt.datetime | None:
    """``aware_at`` plus the law's notification hours, or None where it sets no number.

    Elapsed hours, counted in UTC (a 72-hour period across a DST change is still
    72 hours); the result is in the zone of ``aware_at`` (read through zoneinfo
    when it is a pytz zone).
    """
    if not isinstance(aware_at, dt.datetime):
        raise InvalidOptionError("aware_at", aware_at, reason="expected an aware datetime")
    if aware_at.tzinfo is None or aware_at.utcoffset() is None:
        raise NaiveDatetimeError(aware_at, "aware_at")
    moment = aware(aware_at, "aware_at")
    assert moment.tzinfo is not None
    regime = regime.in_force(moment.date())  # the law as it stood when the breach was noticed
    if regime.breach_notification_hours is None:
        return None
    utc = moment.astimezone(dt.UTC) + dt.timedelta(hours=regime.breach_notification_hours)
    return utc.astimezone(moment.tzinfo)


def withdrawal_deadline(
    returns: ReturnsPolicy,
    delivered: dt.date,
    *,
    market: Market | None = None,
    informed: bool | dt.date = True,
) -> dt.date:
    """The last day a customer may withdraw, counting from ``delivered``.

    With ``market``, business days (e.g. Mexico's 5 *días hábiles*) are that
    market's, and in the EEA a last day on a Saturday, Sunday or public holiday
    moves to the next working day (Regulation 1182/71 art. 3(4), applied to the
    Consumer Rights Directive by its recital 41).

    ``informed`` applies the Consumer Rights Directive's art. 10 in the EEA:
    ``False`` when the trader never gave the information on the right of
    withdrawal (the period ends 12 months after the initial one), or the date
    the information was given late (the period then ends 14 days after that date,
    if it was within 12 months of delivery). It needs ``market``.

    >>> import globalcs
    >>> de = globalcs.get_market("DE")
    >>> withdrawal_deadline(de.returns, dt.date(2026, 12, 11), market=de)  # 25th: Christmas
    datetime.date(2026, 12, 28)
    >>> withdrawal_deadline(de.returns, dt.date(2026, 3, 2), market=de, informed=False)
    datetime.date(2027, 3, 16)
    """
    day = _check_date(delivered, "delivered")
    if returns.withdrawal_days is None:
        raise InvalidOptionError(
            "withdrawal",
            None,
            reason="no general statutory withdrawal right: " + returns.conditions,
        )
    due = add_period(day, returns.withdrawal_days, returns.unit, market=market)
    eea = market is not None and in_eea(market)
    if informed is not True:
        if market is None or not eea:
            raise InvalidOptionError(
                "informed",
                informed,
                reason="late-information rules are curated for EEA markets only (Directive "
                "2011/83/EU art. 10); pass market=",
            )
        limit = add_months(due, CRD_LATE_INFORMATION_MONTHS)
        if informed is False:
            due = limit
        else:
            told = _check_date(informed, "informed")
            if told > add_months(day, CRD_LATE_INFORMATION_MONTHS):
                due = limit  # art. 10(1): too late to shorten the extended period
            elif told > day:
                due = told + dt.timedelta(days=returns.withdrawal_days)  # art. 10(2)
    if market is not None and eea and returns.unit != "business_days":
        due = next_working_day(due, market)
    return due
