"""Contact windows: may we call, text or WhatsApp a customer now, in their local time?

Rules live in ``data/contact/<code>.toml``, one file per market, each with
sources. A *law* or binding *code* (of conduct) sets hours for marketing
contacts; a *condition* is a legal requirement with no hours (consent, a
do-not-call register); a *norm* is a quiet-hours convention. Where a market
has no rule for a channel and purpose, ``data/contact/default.toml`` applies:
an editorial quiet-hours default on the market's business days.

>>> import datetime as dt, zoneinfo, globalcs
>>> paris = zoneinfo.ZoneInfo("Europe/Paris")
>>> d = globalcs.contact_window("FR", "phone", dt.datetime(2026, 6, 10, 13, 30, tzinfo=paris))
>>> d.allowed, d.next_allowed.isoformat(), d.rule.kind
(False, '2026-06-10T14:00:00+02:00', 'law')
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
from typing import TYPE_CHECKING, Literal

from .._errors import DataError, InvalidOptionError
from .._hours import OpeningHours
from .._record import record
from ._zones import aware, from_instant, instant, wall_instant, zone

if TYPE_CHECKING:
    from ..market._model import Market, Source
    from ..market._schema import Table

ContactChannel = Literal["phone", "sms", "whatsapp"]
Purpose = Literal["marketing", "service"]
RuleKind = Literal["law", "code", "condition", "norm"]
ConsentLevel = Literal["opt_in", "opt_in_soft"]

CHANNELS: tuple[ContactChannel, ...] = ("phone", "sms", "whatsapp")
_CHANNEL_ALIASES = {"call": "phone"}
"""``"call"`` is accepted for ``"phone"``, the market channel's id."""
PURPOSES: tuple[Purpose, ...] = ("marketing", "service")
KINDS: tuple[RuleKind, ...] = ("law", "code", "condition", "norm")
CONSENT_LEVELS: tuple[ConsentLevel, ...] = ("opt_in", "opt_in_soft")
_PRECEDENCE = {"law": 0, "code": 1, "norm": 2}
_SEARCH_DAYS = 400
_lock = threading.Lock()


@record
class ContactRule:
    """One curated rule: who it binds, when contact is allowed, and where it comes from.

    ``hours`` is an :class:`OpeningHours` spec; a single interval (``"09:00-20:00"``)
    means every business day of the market. ``public_holidays`` says whether
    contact is allowed on public holidays; ``holiday_eve`` replaces the hours on
    the day before one (Italy's *prefestivi*). ``consent`` (conditions only) is the
    least consent that satisfies the condition: ``"opt_in"`` (prior consent) or
    ``"opt_in_soft"`` (consent, or an existing customer's soft opt-in).
    """

    market: str
    kind: RuleKind
    channels: tuple[ContactChannel, ...]
    purposes: tuple[Purpose, ...]
    rule: str
    sources: tuple[Source, ...]
    hours: str | None = None
    public_holidays: bool = True
    holiday_eve: str | None = None
    consent_overrides: bool = False
    note: str = ""
    consent: ConsentLevel | None = None

    def opening_hours(self, weekend: tuple[int, ...]) -> OpeningHours | None:
        """The rule's hours for a market with this weekend (None for a condition)."""
        return None if self.hours is None else _parse(self.hours, weekend)


@record
class ContactDecision:
    """Whether to contact now, and if not, when.

    ``next_allowed`` is ``at`` itself when contact is allowed now; ``allowed_until``
    is when the current window (or, if closed now, the next one) closes.
    ``conditions`` are legal requirements that apply whatever the time (consent,
    do-not-call registers).
    """

    allowed: bool
    at: dt.datetime
    next_allowed: dt.datetime | None
    allowed_until: dt.datetime | None
    reason: str
    rule: ContactRule
    conditions: tuple[ContactRule, ...] = ()

    @property
    def sources(self) -> tuple[Source, ...]:
        """The sources of the deciding rule and of the conditions."""
        found = list(self.rule.sources)
        for condition in self.conditions:
            found += condition.sources
        return tuple(dict.fromkeys(found))

    def to_dict(self) -> dict[str, object]:
        """Plain, JSON-serialisable data."""
        return {
            "allowed": self.allowed,
            "at": self.at.isoformat(),
            "next_allowed": self.next_allowed.isoformat() if self.next_allowed else None,
            "allowed_until": self.allowed_until.isoformat() if self.allowed_until else None,
            "reason": self.reason,
            "rule": {"market": self.rule.market, "kind": self.rule.kind, "rule": self.rule.rule},
            "conditions": [c.rule for c in self.conditions],
            "sources": [{"title": s.title, "url": s.url} for s in self.sources],
        }


@functools.lru_cache(maxsize=256)
def _parse(spec: str, weekend: tuple[int, ...]) -> OpeningHours:
    return OpeningHours.parse(spec, weekend=weekend)


def contact_rules(code: str) -> tuple[ContactRule, ...]:
    """The curated rules of ``data/contact/<code>.toml`` (empty if there is no file)."""
    return _load(code.lower())


@functools.cache
def _load(name: str) -> tuple[ContactRule, ...]:
    from .._data import data_file_exists

    relative = f"contact/{name}.toml"
    if not data_file_exists(relative):
        if name == "default":
            raise DataError(relative, "(file)", "the quiet-hours default is missing")
        return ()
    with _lock:
        return _read(relative, name)


def _read(relative: str, name: str) -> tuple[ContactRule, ...]:
    from ..market._schema import open_file, read_sources

    root = open_file(relative)
    sources = read_sources(root)
    code = root.text("code")
    if code.lower() != name:
        raise root.fail("code", f"must be {name.upper()!r} to match the file name")
    rules: list[ContactRule] = []
    for entry in root.tables("rules"):
        rule = _rule(entry, code, sources)
        for other in rules:
            clash = (
                rule.kind != "condition"
                and other.kind != "condition"
                and set(rule.channels) & set(other.channels)
                and set(rule.purposes) & set(other.purposes)
                and _PRECEDENCE[rule.kind] == _PRECEDENCE[other.kind]
            )
            if clash:
                raise entry.fail("channels", "overlaps another rule of the same kind")
        rules.append(rule)
    if not rules:
        raise root.fail("rules", "needs at least one rule")
    root.done()
    return tuple(rules)


def _rule(entry: Table, code: str, sources: dict[str, Source]) -> ContactRule:
    from ..market._schema import cite

    kind = entry.text("kind", choices=KINDS)
    channels = tuple(entry.strings("channels"))
    purposes = tuple(entry.strings("purposes"))
    for key, values, allowed in (
        ("channels", channels, CHANNELS),
        ("purposes", purposes, PURPOSES),
    ):
        if not values:
            raise entry.fail(key, "needs at least one value")
        for value in values:
            if value not in allowed:
                raise entry.fail(key, f"{value!r} is not one of {', '.join(allowed)}")
    hours = entry.text("hours", None)
    eve = entry.text("holiday_eve", None)
    consent = entry.text("consent", None, choices=CONSENT_LEVELS)
    if consent is not None and kind != "condition":
        raise entry.fail("consent", "only a condition names the consent it needs")
    if kind == "condition":
        for key, value in (("hours", hours), ("holiday_eve", eve)):
            if value is not None:
                raise entry.fail(key, "a condition has no hours")
    elif hours is None:
        raise entry.fail("hours", "is required for a law, code or norm")
    for key, value in (("hours", hours), ("holiday_eve", eve)):
        if value is not None:
            try:
                OpeningHours.parse(value)
            except ValueError as exc:
                raise entry.fail(key, str(exc)) from None
    return ContactRule(
        market=code,
        kind=kind,
        channels=channels,
        purposes=purposes,
        rule=entry.text("rule"),
        sources=cite(entry, sources),
        hours=hours,
        public_holidays=entry.get("public_holidays", bool, True),
        holiday_eve=eve,
        consent_overrides=entry.get("consent_overrides", bool, False),
        note=entry.text("note", ""),
        consent=consent,
    )


def _applicable(
    market: Market, channel: str, purpose: str
) -> tuple[ContactRule, list[ContactRule]]:
    """The deciding rule (law, code, else norm, else the default) and the conditions."""
    found: list[ContactRule] = []
    for code in dict.fromkeys((market.code, market.country)):
        found = [r for r in contact_rules(code) if channel in r.channels and purpose in r.purposes]
        if found:
            break
    conditions = [r for r in found if r.kind == "condition"]
    windows = sorted((r for r in found if r.kind != "condition"), key=lambda r: _PRECEDENCE[r.kind])
    if windows:
        return windows[0], conditions
    default = [r for r in _load("default") if channel in r.channels and purpose in r.purposes]
    if not default:
        raise DataError("contact/default.toml", "rules", f"no default for {channel}/{purpose}")
    return default[0], conditions


def _day_hours(
    rule: ContactRule, market: Market, day: dt.date, holidays: _Holidays
) -> tuple[tuple[int, int], ...]:
    if not rule.public_holidays and holidays.contains(day):
        return ()
    if rule.holiday_eve is not None and holidays.contains(day + dt.timedelta(days=1)):
        eve = _parse(rule.holiday_eve, market.weekend).week[day.weekday()]
        regular = _parse(rule.hours or "", market.weekend).week[day.weekday()]
        return eve if regular else ()
    return _parse(rule.hours or "", market.weekend).week[day.weekday()]


class _Holidays:
    """Public holidays of a market, year by year (python-holidays' range is checked)."""

    def __init__(self, market: Market) -> None:
        from ._calendar import _subdivision

        self.country = market.country
        self.subdiv = _subdivision(market)

    def contains(self, day: dt.date) -> bool:
        from ._calendar import _holiday_dates

        return day in _holiday_dates(self.country, self.subdiv, day.year)


def contact_window(
    market: object,
    channel: ContactChannel | Literal["call"],
    at: dt.datetime,
    *,
    purpose: Purpose = "marketing",
    timezone: str | None = None,
) -> ContactDecision:
    """Whether contacting a customer of ``market`` on ``channel`` at ``at`` is allowed.

    ``channel`` is ``"phone"`` (``"call"`` is accepted too), ``"sms"`` or
    ``"whatsapp"``. ``purpose`` is ``"marketing"`` (the default, and what
    telemarketing laws govern) or ``"service"`` (about the customer's own order or
    ticket, where quiet-hours norms apply). ``timezone`` is the customer's own
    zone. Without it, in a market with several zones (the US, Canada, Russia ...),
    the decision holds in every zone of the market, and its reason says so: 10:30
    in New York is 07:30 in Los Angeles, too early to call.

    >>> import datetime as dt, globalcs
    >>> us = globalcs.contact_window("US", "phone", dt.datetime(2026, 6, 10, 1, 30, tzinfo=dt.UTC),
    ...                              timezone="America/Los_Angeles")
    >>> us.allowed, us.next_allowed.isoformat()
    (True, '2026-06-09T18:30:00-07:00')
    """
    from ..market._registry import get_market

    resolved = get_market(market)
    given: object = channel
    form = _CHANNEL_ALIASES.get(channel, channel) if isinstance(given, str) else given
    if form not in CHANNELS:
        raise InvalidOptionError("channel", channel, CHANNELS)
    if purpose not in PURPOSES:
        raise InvalidOptionError("purpose", purpose, PURPOSES)
    names = resolved.timezones if timezone is None else (timezone,)
    every: list[dt.tzinfo] = [zone(name) for name in names]
    checked = aware(at)
    try:
        return _decide(resolved, form, purpose, checked, every)
    except OverflowError:
        raise InvalidOptionError(
            "at",
            at,
            reason="too close to the ends of the supported dates (years 1 to 9999) "
            "to look for a contact window",
        ) from None


def _decide(
    resolved: Market,
    form: ContactChannel,
    purpose: Purpose,
    at: dt.datetime,
    every: list[dt.tzinfo],
) -> ContactDecision:
    moment = at.astimezone(every[0])
    zones = _distinct_clocks(every, moment)
    us = instant(moment)
    rule, conditions = _applicable(resolved, form, purpose)
    holidays = _Holidays(resolved)
    start, end = _common_window(rule, resolved, us, zones, holidays)
    allowed = start is not None and start <= us
    reason = _reason(rule, allowed, conditions)
    if len(zones) > 1:
        reason = (
            f"in every one of the market's {len(zones)} local times "
            f"({zones[0]} to {zones[-1]}; pass timezone= for the customer's own): {reason}"
        )
    return ContactDecision(
        allowed=allowed,
        at=moment,
        next_allowed=from_instant(max(start, us), zones[0]) if start is not None else None,
        allowed_until=from_instant(end, zones[0]) if end is not None else None,
        reason=reason,
        rule=rule,
        conditions=tuple(conditions),
    )


def _distinct_clocks(zones: list[dt.tzinfo], moment: dt.datetime) -> list[dt.tzinfo]:
    """One zone for each local time the market's zones show around ``moment``.

    Zones whose UTC offsets agree now and half a year on (Europe/Busingen and
    Europe/Berlin; the many Indiana zones and New York) keep the same clock, so
    a decision in one is a decision in all of them.
    """
    half_year = dt.timedelta(days=183)
    later = moment + half_year if moment.year < dt.MAXYEAR else moment - half_year
    kept: dict[tuple[dt.timedelta | None, dt.timedelta | None], dt.tzinfo] = {}
    for tz in zones:
        key = (moment.astimezone(tz).utcoffset(), later.astimezone(tz).utcoffset())
        kept.setdefault(key, tz)
    return list(kept.values())


def _common_window(
    rule: ContactRule, market: Market, us: int, zones: list[dt.tzinfo], holidays: _Holidays
) -> tuple[int | None, int | None]:
    """The first period after ``us`` that is allowed in every zone: (start, end).

    Each zone's first window ending after a candidate moment is found; when they all
    have begun by then, the candidate is the start and the earliest end is the end.
    Otherwise the latest start is the next candidate. Windows recur daily, so this
    settles within a few rounds; (None, None) when it does not.
    """
    moment = us
    for _ in range(_SEARCH_DAYS):
        windows = [_window(rule, market, moment, tz, holidays) for tz in zones]
        starts = [start for start, _ in windows]
        ends = [end for _, end in windows]
        if any(start is None for start in starts) or any(end is None for end in ends):
            return None, None
        latest = max(start for start in starts if start is not None)
        if latest <= moment:
            return latest, min(end for end in ends if end is not None)
        moment = latest
    return None, None


def _window(
    rule: ContactRule, market: Market, us: int, tz: dt.tzinfo, holidays: _Holidays
) -> tuple[int | None, int | None]:
    """The first allowed period that ends after ``us``: (start, end), or (None, None)."""
    day = from_instant(us, tz).date() - dt.timedelta(days=1)
    current: tuple[int, int] | None = None
    for _ in range(_SEARCH_DAYS):
        for start_minute, end_minute in _day_hours(rule, market, day, holidays):
            a, b = wall_instant(day, start_minute, tz), wall_instant(day, end_minute, tz)
            if a >= b:
                continue
            if current is not None:
                if a <= current[1]:
                    current = (current[0], max(current[1], b))
                    continue
                return current
            if b > us:
                current = (a, b)
        day += dt.timedelta(days=1)
    return current if current is not None else (None, None)


def _reason(rule: ContactRule, allowed: bool, conditions: list[ContactRule]) -> str:
    where = "within" if allowed else "outside"
    if rule.kind == "norm" and rule.market.lower() == "default":
        text = f"{where} globalcs's default quiet hours ({rule.hours} on business days)"
    elif rule.kind == "norm":
        text = f"{where} the local quiet-hours norm: {rule.rule}"
    else:
        label = "the law" if rule.kind == "law" else "the binding code of conduct"
        text = f"{where} the hours {label} allows: {rule.rule}"
    if rule.sources:
        text += f" [{rule.sources[0].title}]"
    if not allowed and rule.consent_overrides:
        text += "; the customer's prior express consent lifts this limit"
    for condition in conditions:
        text += f"; also: {condition.rule}"
    return text
