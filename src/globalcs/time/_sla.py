"""Reply promises: when a support desk can answer, in business hours."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .._errors import InvalidOptionError

if TYPE_CHECKING:
    from ..market._model import Market


def response_due(market: Market, received_at: dt.datetime, hours: object = 24) -> dt.datetime:
    """``received_at`` plus ``hours`` business hours of the market's support calendar."""
    from ._calendar import support_calendar

    if isinstance(hours, bool) or not isinstance(hours, int | float) or not 0 < hours <= 10_000:
        raise InvalidOptionError("sla_hours", hours, reason="expected a positive number of hours")
    return support_calendar(market).add_business_hours(received_at, hours)
