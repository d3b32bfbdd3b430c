"""The service's routes: each one a plain function over the public API, and its contract.

Nothing here knows HTTP. A route declares its parameters (:class:`Param`) and,
for a POST, the fields of its JSON body (:class:`Field`); :func:`arguments`
reads and types them, and the handler calls the public function that answers
the question, so the service and the library can never give different answers.
The OpenAPI document (``_openapi.py``) is written from :data:`ROUTES`, and the
web application (``_app.py``) mounts exactly these.

>>> route = find("GET", "/v1/markets/{market}/deadlines/dsar")
>>> route.handler(arguments(route, {"market": "DE"}, {"received": "2026-01-31"}, None))
{'market': 'DE', 'deadline': 'dsar', 'law': 'GDPR', 'due': '2026-03-02'}
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
from collections.abc import Callable, Mapping
from typing import Any, Literal, cast

from .._errors import InvalidOptionError, NaiveDatetimeError
from .._record import record

Kind = Literal["string", "date", "date-time", "integer", "boolean", "number"]
Json = Literal["string", "object", "number", "integer", "boolean"]


@record
class Param:
    """A path, query or header parameter, read as text and typed by ``kind``."""

    name: str
    kind: Kind = "string"
    required: bool = False
    doc: str = ""
    where: Literal["path", "query", "header"] = "query"


@record
class Field:
    """A field of a JSON request body: the JSON types it may hold."""

    name: str
    types: tuple[Json, ...]
    required: bool = False
    doc: str = ""


@record
class Route:
    """One endpoint: method, path template, handler and what it takes and returns."""

    method: Literal["GET", "POST"]
    path: str
    handler: Callable[[dict[str, Any]], object]
    summary: str
    tag: str
    params: tuple[Param, ...] = ()
    body: tuple[Field, ...] = ()
    returns: str = "object"


# --- typing what comes in -----------------------------------------------------------------


def _typed(param: Param, text: str) -> object:
    try:
        if param.kind == "date":
            return dt.date.fromisoformat(text)
        if param.kind == "date-time":
            when = dt.datetime.fromisoformat(text)
            if when.tzinfo is None or when.utcoffset() is None:
                raise NaiveDatetimeError(text, param.name)
            when.astimezone(dt.UTC)  # 0001-01-01T00:00+01:00 parses, but is no instant
            return when
        if param.kind == "integer":
            if not text.lstrip("-").isascii() or not text.lstrip("-").isdigit() or len(text) > 9:
                raise ValueError(text)
            return int(text)
        if param.kind == "number":
            number = decimal.Decimal(text)
            if not number.is_finite() or len(text) > 30:
                raise ValueError(text)
            return number
        if param.kind == "boolean":
            if text not in ("true", "false"):
                raise InvalidOptionError(param.name, text, ("true", "false"))
            return text == "true"
    except (ValueError, OverflowError, ArithmeticError) as exc:
        if isinstance(exc, InvalidOptionError | NaiveDatetimeError):
            raise
        raise InvalidOptionError(
            param.name, text, reason=f"expected {_EXPECTED[param.kind]}"
        ) from None
    return text


def _instant(name: str, text: str) -> dt.datetime:
    """An aware date-time from a body field, read as a query parameter would be."""
    return cast(dt.datetime, _typed(Param(name, "date-time"), text))


_EXPECTED = {
    "date": "a date, YYYY-MM-DD",
    "date-time": "an ISO 8601 date-time with an offset, e.g. 2026-12-24T17:00+01:00",
    "integer": "a whole number",
    "number": "a decimal number",
    "boolean": "true or false",
    "string": "text",
}
_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "object": (dict,),
    "number": (int, decimal.Decimal),
    "integer": (int,),
    "boolean": (bool,),
}


def arguments(
    route: Route,
    path: Mapping[str, str],
    query: Mapping[str, str],
    body: object,
    headers: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The route's arguments, typed: path and query parameters, headers, body fields.

    Unknown query parameters and body fields are refused by name, so a typo is an
    error rather than a silently ignored option.
    """
    known = {p.name for p in route.params if p.where == "query"}
    for name in query:
        if name not in known:
            raise InvalidOptionError("query parameter", name, sorted(known))
    given: dict[str, Any] = {}
    for param in route.params:
        source = {"path": path, "query": query, "header": headers or {}}[param.where]
        text = source.get(param.name)
        if text is None:
            if param.required:
                raise InvalidOptionError(param.name, None, reason="is required")
            continue
        given[param.name] = _typed(param, text)
    if route.method == "POST":
        given.update(_fields(route, body))
    return given


def _fields(route: Route, body: object) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise InvalidOptionError("request body", _kind(body), reason="expected a JSON object")
    fields = {f.name: f for f in route.body}
    for name in body:
        if name not in fields:
            raise InvalidOptionError("field", name, sorted(fields))
    for field in route.body:
        value = body.get(field.name)
        if value is None:
            if field.required:
                raise InvalidOptionError(field.name, None, reason="is required")
            continue
        allowed = tuple(t for name in field.types for t in _JSON_TYPES[name])
        if (isinstance(value, bool) and "boolean" not in field.types) or not isinstance(
            value, allowed
        ):
            raise InvalidOptionError(
                field.name, _kind(value), reason=f"expected {' or '.join(field.types)}"
            )
    return {name: value for name, value in body.items() if value is not None}


def _kind(value: object) -> str:
    """The JSON type of ``value``, for an error that does not echo a whole body."""
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")


# --- the handlers -------------------------------------------------------------------------


def health(args: dict[str, Any]) -> object:
    from .. import __version__

    return {"status": "ok", "version": __version__}


def versions(args: dict[str, Any]) -> object:
    from .._versions import data_versions

    return data_versions()


def market_list(args: dict[str, Any]) -> object:
    from ..market._registry import curated_markets, markets

    found = curated_markets() if args.get("curated") else markets()
    return [{"code": m.code, "name": m.name, "curated": m.curated} for m in found]


def market_profile(args: dict[str, Any]) -> object:
    from ..market._registry import get_market

    return get_market(args["market"], on=args.get("on")).to_dict()


def negotiate(args: dict[str, Any]) -> object:
    from ..messages._negotiate import negotiate

    found = negotiate(
        args.get("market"),
        preferred=args.get("preferred"),
        accept_language=args.get("accept_language", args.get("Accept-Language")),
        channel=args.get("channel", "email"),
        formality=args.get("formality"),
    )
    return {
        "market": found.market.code,
        "language": found.language,
        "formality": found.formality.value,
        "distance": found.distance,
        "reason": found.reason,
    }


def intents(args: dict[str, Any]) -> object:
    from ..messages._intents import INTENTS

    return {
        name: {
            "doc": i.doc,
            "variables": {v.name: {"kind": v.kind, "required": v.required} for v in i.variables},
        }
        for name, i in INTENTS.items()
    }


def _variables(intent: str | None, given: Mapping[str, Any]) -> dict[str, Any]:
    """Variables from JSON: for a built-in intent, dates and money read by their kind."""
    if intent is None:
        return dict(given)
    from ..cli import _typed_variable
    from ..messages._intents import COMMON_VARIABLES, INTENTS

    kinds = {v.name: v.kind for v in (*INTENTS[intent].variables, *COMMON_VARIABLES)}
    typed: dict[str, Any] = {}
    for name, value in given.items():
        if isinstance(value, str):
            typed[name] = _typed_variable(intent, name, value)
        elif kinds.get(name) == "money" and type(value) is int:
            typed[name] = decimal.Decimal(value)
        else:
            typed[name] = value
    return typed


_MESSAGE_OPTIONS = ("language", "tone", "formality", "channel", "customer")


def render(args: dict[str, Any]) -> object:
    from ..messages._render import intent_info, render

    intent = intent_info(args["intent"]).name
    options = {k: args[k] for k in _MESSAGE_OPTIONS if k in args}
    variables = _variables(intent, args.get("variables", {}))
    return render(intent, args["market"], **options, **variables).to_dict()


def render_template(args: dict[str, Any]) -> object:
    from ..messages._templates import render_template

    template = _compiled(args["template"], args.get("subject"))
    options = {k: args[k] for k in _MESSAGE_OPTIONS if k in args}
    variables = _variables(None, args.get("variables", {}))
    return render_template(template, args["market"], **options, **variables).to_dict()


@functools.lru_cache(maxsize=128)  # thread-safe; a source that fails is not kept
def _compiled(source: str, subject: str | None) -> Any:
    """A merchant template compiled once: shops send the same few sources again and again."""
    from ..messages._templates import compile_template

    return compile_template(source, subject=subject)  # size and safety are checked here


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def dsar(args: dict[str, Any]) -> object:
    from ..market._registry import get_market
    from ..time._deadlines import dsar_due

    market = get_market(args["market"])
    due = dsar_due(market, args["received"], extended=args.get("extended", False))
    law = market.privacy.in_force(args["received"]).code
    return {"market": market.code, "deadline": "dsar", "law": law, "due": _iso(due)}


def breach(args: dict[str, Any]) -> object:
    from ..market._registry import get_market
    from ..time._deadlines import breach_report_due

    market = get_market(args["market"])
    due = breach_report_due(market, args["aware_at"])
    law = market.privacy.in_force(args["aware_at"].date()).code
    return {"market": market.code, "deadline": "breach", "law": law, "due": _iso(due)}


def withdrawal(args: dict[str, Any]) -> object:
    from ..market._registry import get_market
    from ..time._deadlines import withdrawal_deadline

    market = get_market(args["market"])
    informed: bool | dt.date = args.get("informed_on", args.get("informed", True))
    due = withdrawal_deadline(market, args["delivered"], informed=informed)
    return {"market": market.code, "deadline": "withdrawal", "due": _iso(due)}


def sla(args: dict[str, Any]) -> object:
    from ..time._calendar import support_calendar

    cal = support_calendar(
        args["market"], hours=args.get("support_hours"), timezone=args.get("timezone")
    )
    due = cal.add_business_hours(args["from"], args["hours"])
    return {
        "market": cal.market.code,
        "deadline": "sla",
        "timezone": cal.timezone,
        "hours": str(cal.hours),
        "due": due.isoformat(),
    }


def business_days(args: dict[str, Any]) -> object:
    from ..time._calendar import support_calendar

    cal = support_calendar(args["market"], timezone=args.get("timezone"))
    due = cal.add_business_days(args["from"], args["days"])
    return {"market": cal.market.code, "deadline": "business_days", "due": due.isoformat()}


def contact(args: dict[str, Any]) -> object:
    from ..time._contact import contact_window

    decision = contact_window(
        args["market"],
        args["channel"],
        args.get("at") or dt.datetime.now(dt.UTC),
        purpose=args.get("purpose", "marketing"),
        timezone=args.get("timezone"),
    )
    return decision.to_dict()


def may_send(args: dict[str, Any]) -> object:
    from ..messages._sending import may_send

    at, inbound = (args.get(name) for name in ("at", "last_inbound"))
    decision = may_send(
        args["market"],
        args["channel"],
        dt.datetime.now(dt.UTC) if at is None else _instant("at", at),
        purpose=args.get("purpose", "marketing"),
        consent=args.get("consent", "none"),
        last_inbound=None if inbound is None else _instant("last_inbound", inbound),
        template=args.get("template", False),
        phone=args.get("phone"),
        timezone=args.get("timezone"),
    )
    return decision.to_dict()


def holidays(args: dict[str, Any]) -> object:
    from ..market._registry import get_market
    from ..time._calendar import support_calendar

    market = get_market(args["market"])
    year = args["year"]
    found = market.holidays(year, language=args.get("language"))
    swaps = support_calendar(market, hours="24/7").working_weekend_days(year)
    return {
        "market": market.code,
        "year": year,
        "language": found.language,
        "holidays": [
            {"date": h.date.isoformat(), "name": h.name, "local_name": h.local_name}
            for h in found.records
        ],
        "working_weekend_days": [d.isoformat() for d in swaps],
    }


def hours(args: dict[str, Any]) -> object:
    from ..time._calendar import support_calendar

    cal = support_calendar(
        args["market"],
        hours=args.get("hours"),
        timezone=args.get("timezone"),
        holidays=args.get("holidays", True),
    )
    when = args.get("at") or dt.datetime.now(dt.UTC)
    try:
        at = when.astimezone(cal.tz)
    except OverflowError:
        raise InvalidOptionError("at", when.isoformat(), reason="outside years 1 to 9999") from None
    close = cal.next_close(at)
    return {
        "market": cal.market.code,
        "timezone": cal.timezone,
        "hours": str(cal.hours),
        "at": at.isoformat(),
        "open": cal.is_open(at),
        "business_day": cal.is_business_day(at.date()),
        "next_open": cal.next_open(at).isoformat(),
        "next_close": None if close is None else close.isoformat(),
    }


# --- the table ----------------------------------------------------------------------------

MARKET = Param("market", required=True, where="path", doc="code, name or locale tag: DE, US-CA")
_OPTIONS = (
    Field("language", ("string",), doc="BCP 47 tag; the market's language by default"),
    Field("tone", ("string",), doc="neutral, friendly, apologetic or empathetic"),
    Field("formality", ("string",), doc="informal, neutral, formal or very_formal"),
    Field("channel", ("string",), doc="email, sms, chat, whatsapp or a market channel"),
    Field("customer", ("object",), doc="given_name, family_name, gender, title, timezone"),
)

ROUTES: tuple[Route, ...] = (
    Route("GET", "/health", health, "Liveness: the service answers", "service"),
    Route("GET", "/v1/versions", versions, "The data versions answers come from", "service"),
    Route(
        "GET",
        "/v1/markets",
        market_list,
        "Every market, or only the curated ones",
        "markets",
        (Param("curated", "boolean", doc="only hand-curated markets"),),
        returns="array",
    ),
    Route(
        "GET",
        "/v1/markets/{market}",
        market_profile,
        "One market's profile",
        "markets",
        (MARKET, Param("on", "date", doc="the market as it stood on this day")),
    ),
    Route(
        "GET",
        "/v1/negotiate",
        negotiate,
        "Market, language and register for a customer (Accept-Language aware)",
        "messages",
        (
            Param("market", doc="where the order is; else the first tag naming a region"),
            Param("preferred", doc="the customer's stored language choice"),
            Param("accept_language", doc="overrides the request's own Accept-Language header"),
            Param("Accept-Language", where="header", doc="read when accept_language is absent"),
            Param("channel", doc="email (default), sms, chat, whatsapp"),
            Param("formality", doc="the customer's stored register"),
        ),
    ),
    Route("GET", "/v1/intents", intents, "The built-in intents and their variables", "messages"),
    Route(
        "POST",
        "/v1/render",
        render,
        "Write a built-in customer-service message",
        "messages",
        body=(
            Field("intent", ("string",), True, "e.g. order_confirmation"),
            Field("market", ("string",), True, "code, name or locale tag"),
            *_OPTIONS,
            Field("variables", ("object",), doc="money as a number or string, dates as ISO"),
        ),
    ),
    Route(
        "POST",
        "/v1/render-template",
        render_template,
        "Render a merchant template in the sandbox",
        "messages",
        body=(
            Field("template", ("string",), True, "Jinja source, safe subset, ≤ 20,000 chars"),
            Field("subject", ("string",), doc="the subject's template"),
            Field("market", ("string",), True, "code, name or locale tag"),
            *_OPTIONS,
            Field("variables", ("object",), doc="plain JSON data the template reads"),
        ),
    ),
    Route(
        "GET",
        "/v1/markets/{market}/deadlines/dsar",
        dsar,
        "When a data-subject access request must be answered",
        "deadlines",
        (
            MARKET,
            Param("received", "date", True, "the day the request came in"),
            Param("extended", "boolean", doc="with the extension the law allows"),
        ),
    ),
    Route(
        "GET",
        "/v1/markets/{market}/deadlines/breach",
        breach,
        "When a data breach must be reported to the authority",
        "deadlines",
        (MARKET, Param("aware_at", "date-time", True, "when the breach was noticed")),
    ),
    Route(
        "GET",
        "/v1/markets/{market}/deadlines/withdrawal",
        withdrawal,
        "The last day of the statutory withdrawal period",
        "deadlines",
        (
            MARKET,
            Param("delivered", "date", True, "the delivery day"),
            Param("informed", "boolean", doc="false: the customer was never told of the right"),
            Param("informed_on", "date", doc="the day the customer was told, late"),
        ),
    ),
    Route(
        "GET",
        "/v1/markets/{market}/deadlines/sla",
        sla,
        "Add business hours of a support desk (an SLA)",
        "deadlines",
        (
            MARKET,
            Param("from", "date-time", True, "when the clock starts"),
            Param("hours", "number", True, "business hours to add"),
            Param("support_hours", doc='e.g. "mon-fri 09:00-18:00"; the market\'s by default'),
            Param("timezone", doc="IANA zone; the market's main zone by default"),
        ),
    ),
    Route(
        "GET",
        "/v1/markets/{market}/deadlines/business-days",
        business_days,
        "Add business days of the market (weekend and public holidays)",
        "deadlines",
        (
            MARKET,
            Param("from", "date", True, "the first day"),
            Param("days", "integer", True, "business days to add"),
            Param("timezone", doc="IANA zone; the market's main zone by default"),
        ),
    ),
    Route(
        "GET",
        "/v1/markets/{market}/contact",
        contact,
        "May we call or text a customer now? (contact window)",
        "contact",
        (
            MARKET,
            Param("channel", required=True, doc="phone (or call), sms, whatsapp"),
            Param("at", "date-time", doc="the moment (default: now)"),
            Param("purpose", doc="marketing (default) or service"),
            Param("timezone", doc="the customer's IANA zone"),
        ),
    ),
    Route(
        "POST",
        "/v1/may-send",
        may_send,
        "May this message go to the customer now? (hours, consent, WhatsApp window)",
        "contact",
        body=(
            Field("market", ("string",), True, "code, name or locale tag"),
            Field("channel", ("string",), True, "phone (or call), sms, whatsapp, email"),
            Field("at", ("string",), doc="ISO 8601 date-time with an offset (default: now)"),
            Field("purpose", ("string",), doc="marketing (default) or service"),
            Field("consent", ("string",), doc="none (default), opt_in, opt_in_soft, opt_out"),
            Field("last_inbound", ("string",), doc="when the customer last wrote or called"),
            Field("template", ("boolean",), doc="an approved WhatsApp template"),
            Field("phone", ("string",), doc="the customer's number (gives the zone)"),
            Field("timezone", ("string",), doc="the customer's IANA zone"),
        ),
    ),
    Route(
        "GET",
        "/v1/markets/{market}/holidays/{year}",
        holidays,
        "Public holidays of a year, and weekend days worked in their place",
        "calendars",
        (
            MARKET,
            Param("year", "integer", True, where="path"),
            Param("language", doc="the names' language; the market's by default"),
        ),
    ),
    Route(
        "GET",
        "/v1/markets/{market}/hours",
        hours,
        "Is the support desk open? (business hours and holidays)",
        "calendars",
        (
            MARKET,
            Param("at", "date-time", doc="the moment (default: now)"),
            Param("hours", doc='support hours, e.g. "09:00-18:00"; the market\'s by default'),
            Param("timezone", doc="IANA zone; the market's main zone by default"),
            Param("holidays", "boolean", doc="false: ignore public holidays"),
        ),
    ),
)


def find(method: str, path: str) -> Route:
    """The route with this method and path template."""
    for route in ROUTES:
        if route.method == method and route.path == path:
            return route
    raise LookupError(f"no route {method} {path}")
