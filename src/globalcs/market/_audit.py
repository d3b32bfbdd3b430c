"""What in the curated data needs a curator's attention on a day: facts past their review
date, amendments that took effect after their law's file was last checked, and old
survey or editorial sources."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

from .._errors import InvalidOptionError
from .._record import record
from ._model import Source

ReviewKind = Literal["overdue", "amended", "old_source"]


@record
class ReviewItem:
    """One thing to check in the data.

    ``kind`` is ``overdue`` (a fact past its ``review_by`` date), ``amended`` (an
    amendment in force since after its law's file was last ``checked``) or
    ``old_source`` (a report or editorial source older than the age asked for);
    ``subject`` is a market code or ``privacy/<regime>``, and ``day`` the date
    that makes it due.
    """

    kind: ReviewKind
    subject: str
    field: str
    day: dt.date
    detail: str


def audit(*, on: dt.date | None = None, source_age: int = 5) -> tuple[ReviewItem, ...]:
    """What to check in the curated data ``on`` a day (today, UTC, by default), most
    overdue first; ``source_age``: report and editorial sources older than this many
    years are listed too (statutes are as old as they are).

    >>> import datetime, globalcs
    >>> items = globalcs.audit(on=datetime.date(2026, 12, 4), source_age=100)
    >>> [item for item in items if item.kind == "overdue"]
    []
    >>> late = globalcs.audit(on=datetime.date(2028, 1, 1))
    >>> next(i for i in late if i.kind == "overdue" and i.subject == "DE").day
    datetime.date(2027, 11, 23)
    """
    from ._loader import curated_codes, privacy_regime, privacy_regime_codes
    from ._registry import get_market

    if on is not None and type(on) is not dt.date:
        raise InvalidOptionError("on", on, reason="expected a datetime.date (not a datetime)")
    if isinstance(source_age, bool) or not isinstance(source_age, int) or source_age < 0:
        raise InvalidOptionError("source_age", source_age, reason="expected a number of years")
    day = on if on is not None else dt.datetime.now(dt.UTC).date()
    oldest = _years_before(day, source_age)
    items: list[ReviewItem] = []
    for code in curated_codes():
        market = get_market(code, on=day)
        for name, due in market.review_by.items():
            if due < day:
                items.append(ReviewItem("overdue", code, name, due, f"due for review on {due}"))
        items += _old_sources(code, market.sources.items(), oldest)
    for code in privacy_regime_codes():
        found = privacy_regime(code)
        subject = f"privacy/{code.lower()}"
        if found.review_by < day:
            detail = f"due for review on {found.review_by}"
            items.append(ReviewItem("overdue", subject, "(file)", found.review_by, detail))
        for amendment in found.regime.amendments:
            if found.checked < amendment.in_force <= day:
                detail = (
                    f"{amendment.name or code} in force since {amendment.in_force}; the file "
                    f"was last checked on {found.checked}"
                )
                items.append(
                    ReviewItem("amended", subject, "amendments", amendment.in_force, detail)
                )
    order = {"overdue": 0, "amended": 1, "old_source": 2}
    unique = dict.fromkeys(items)
    return tuple(sorted(unique, key=lambda i: (order[i.kind], i.day, i.subject, i.field)))


def _old_sources(
    code: str, facts: Iterable[tuple[str, tuple[Source, ...]]], oldest: dt.date
) -> list[ReviewItem]:
    items = []
    for name, sources in facts:
        for source in sources:
            if source.confidence in ("report", "editorial") and source.as_of < oldest:
                detail = f"{source.title} ({source.confidence}, as of {source.as_of})"
                items.append(ReviewItem("old_source", code, name, source.as_of, detail))
    return items


def _years_before(day: dt.date, years: int) -> dt.date:
    """``years`` before ``day`` (28 February for 29 February), or the first date there is."""
    if years >= day.year:
        return dt.date.min
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)
