"""The ``globalcs`` command: explore markets, render messages, check business time.

A thin layer over the public API; every command takes ``--json``. Bad input exits
with code 2 and one line, ``globalcs: error: ...``, on stderr. globalcs writes no
colour codes; on Python 3.14+ argparse colours its help and usage, but only on a
terminal and never with ``NO_COLOR`` set.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, TextIO

from . import __version__
from ._errors import GlobalcsError


def _printable(text: str) -> str:
    """``text`` on one line, its control (and other unprintable) characters escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors never echo control characters from the input."""

    def error(self, message: str) -> NoReturn:
        super().error(_printable(message))


def _table(rows: Sequence[Sequence[str]], out: TextIO, header: bool = True) -> None:
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    for index, row in enumerate(rows):
        line = "  ".join(str(cell).ljust(widths[i]) for i, cell in enumerate(row))
        out.write(line.rstrip() + "\n")
        if header and index == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def _returns(market: Any) -> str:
    returns = market.returns
    if market.is_default("returns"):
        return "not curated"
    if returns.withdrawal_days is None:
        return "none (no statutory right)"
    unit = "business days" if returns.unit == "business_days" else "days"
    text = f"{returns.withdrawal_days} {unit}"
    if returns.withdrawal_function_from is not None:
        text += f"; online withdrawal function from {returns.withdrawal_function_from}"
    return text


def _privacy(market: Any) -> str:
    privacy = market.privacy
    if privacy.code is None:
        return "not curated"
    if privacy.dsar_deadline is None:
        return str(privacy.code)
    text = f"{privacy.code} (access: {privacy.dsar_deadline})"
    if privacy.since is not None:
        text += f", as amended from {privacy.since}"
    for amendment in privacy.amendments:
        if amendment.dsar_deadline is not None:
            text += f"; from {amendment.in_force}: {amendment.dsar_deadline}"
    return text


def _on(args: argparse.Namespace) -> Any:
    """The ``--on`` day of a market command, or None for today."""
    import datetime as dt

    if args.on is None:
        return None
    try:
        return dt.date.fromisoformat(args.on)
    except ValueError:
        from ._errors import InvalidOptionError

        raise InvalidOptionError("--on", args.on, reason="expected a date, YYYY-MM-DD") from None


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _profile_rows(market: Any) -> list[tuple[str, str]]:
    from .market._model import ranked_text

    flag = "" if market.curated else "  [regional default]"

    def mark(field: str) -> str:
        return "  [regional default]" if market.is_default(field) else ""

    return [
        ("Market", f"{market.code}  {market.name}"),
        ("Data", "curated" if market.curated else f"regional defaults ({market.region})"),
        ("Currency", market.currency),
        ("Languages", ", ".join(market.languages)),
        ("Locale", market.locale),
        (
            "Time zone",
            market.timezone
            + (f" (+{len(market.timezones) - 1})" if len(market.timezones) > 1 else ""),
        ),
        ("Weekend", "-".join(_DAYS[d] for d in market.weekend)),
        (
            "Formality",
            f"{market.formality} (messaging {market.messaging_formality})" + mark("formality"),
        ),
        ("Style", _style(market) + flag if market.is_default("communication") else _style(market)),
        ("Channels", ranked_text(market, "channels") + mark("channels")),
        ("Payments", ranked_text(market, "payment_methods") + mark("payment_methods")),
        ("Privacy", _privacy(market) + mark("privacy")),
        ("E-mail marketing", market.privacy.marketing_email or "not curated"),
        ("Withdrawal", _returns(market)),
        ("Customs", _customs(market)),
        ("Survey answers", _survey_answers(market)),
        ("Support hours", str(market.support_hours) + mark("support_hours")),
    ]


def _survey_answers(market: Any) -> str:
    from .market._response_styles import response_style

    style = response_style(market)
    if style is None:
        return "not measured"
    where = "the middle" if style.tendency == "midpoint" else "the ends"
    return f"towards {where} of a rating scale (compare survey scores with care)"


def _customs(market: Any) -> str:
    customs = market.customs
    if not customs.curated:
        return "not curated"
    parts = []
    if customs.duty_de_minimis is not None:
        parts.append(f"duty de minimis {customs.duty_de_minimis}")
    if customs.tax_de_minimis is not None:
        tax = customs.tax_de_minimis.name or "import tax"
        parts.append(f"{tax} de minimis {customs.tax_de_minimis}")
    scheme = customs.tax_collection
    if scheme is not None:
        relief = scheme.relief.replace("_", " ")
        parts.append(
            f"seller collects: {scheme.scheme}, {relief} {scheme.currency} {scheme.ceiling}"
        )
    return "; ".join(parts) or "curated, no thresholds"


def _style(market: Any) -> str:
    c = market.communication
    if c.directness is None and c.context is None:
        return "not curated"
    parts = [f"{c.directness or '?'}", f"{c.context or '?'}-context"]
    if c.rapport_first:
        parts.append("rapport first")
    if c.apology:
        parts.append(f"{c.apology} apology")
    return ", ".join(parts)


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    from .market._registry import get_market

    market = get_market(args.market, on=_on(args))
    if args.json:
        out.write(market.to_json(indent=2) + "\n")
        return 0
    _table(_profile_rows(market), out, header=False)
    if market.disagreements:
        out.write(
            "\nSources disagree on: " + ", ".join(d.field for d in market.disagreements) + "\n"
        )
    return 0


def cmd_compare(args: argparse.Namespace, out: TextIO) -> int:
    from .market._registry import get_market

    on = _on(args)
    found = [get_market(code, on=on) for code in args.markets]
    if args.json:
        out.write(json.dumps([m.to_dict() for m in found], ensure_ascii=False, indent=2) + "\n")
        return 0
    profiles = [_profile_rows(m) for m in found]
    rows = [[label] + [p[i][1] for p in profiles] for i, (label, _) in enumerate(profiles[0])]
    rows = [[""] + [m.code for m in found]] + [[r[0]] + [_clip(c) for c in r[1:]] for r in rows[1:]]
    _table(rows, out)
    for kind, label in (("channels", "Channel"), ("payment_methods", "Payment")):
        bases = {m.code: getattr(m, f"{kind}_basis") for m in found if not m.is_default(kind)}
        if len(set(bases.values())) > 1:
            listed = "; ".join(f"{code} {basis}" for code, basis in bases.items())
            out.write(f"\n{label} shares measure different things ({listed}): not comparable.\n")
    return 0


def _clip(text: str, width: int = 34) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    from .market._registry import curated_markets, markets

    found = curated_markets() if args.curated else markets()
    if args.json:
        out.write(
            json.dumps(
                [{"code": m.code, "name": m.name, "curated": m.curated} for m in found],
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
        return 0
    rows = [["Code", "Name", "Data", "Currency", "Formality", "Privacy"]]
    rows += [
        [
            m.code,
            _clip(m.name, 30),
            "curated" if m.curated else "default",
            m.currency,
            str(m.formality),
            m.privacy.code or "-",
        ]
        for m in found
    ]
    _table(rows, out)
    out.write(f"\n{len(found)} markets\n")
    return 0


def cmd_versions(args: argparse.Namespace, out: TextIO) -> int:
    from ._versions import data_versions

    versions = data_versions()
    if args.json:
        out.write(json.dumps(versions, indent=2) + "\n")
    else:
        out.writelines(f"{name:<16} {version}\n" for name, version in versions.items())
    return 0


def cmd_audit(args: argparse.Namespace, out: TextIO) -> int:
    from dataclasses import asdict

    from .market._audit import audit

    items = audit(on=_on(args), source_age=args.source_age)
    if args.json:
        rows = [asdict(item) | {"day": item.day.isoformat()} for item in items]
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        table = [["Kind", "Subject", "Field", "Day", "Detail"]]
        table += [
            [i.kind, i.subject, i.field, i.day.isoformat(), _clip(i.detail, 70)] for i in items
        ]
        _table(table, out)
        counts = {kind: sum(i.kind == kind for i in items) for kind in _AUDIT_KINDS}
        out.write("\n" + ", ".join(f"{n} {kind}" for kind, n in counts.items()) + "\n")
    overdue = any(item.kind == "overdue" for item in items)
    return 1 if args.strict and overdue else 0


_AUDIT_KINDS = ("overdue", "amended", "old_source")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="globalcs",
        description="Serve a customer abroad the way a local would: explore market profiles.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    show = sub.add_parser("show", help="one market's profile")
    show.add_argument("market", help="code, name or locale tag, e.g. DE, Germany, de_DE, US-CA")
    show.set_defaults(func=cmd_show)
    compare = sub.add_parser("compare", help="markets side by side")
    compare.add_argument("markets", nargs="+")
    compare.set_defaults(func=cmd_compare)
    for action in (show, compare):
        action.add_argument(
            "--on", metavar="YYYY-MM-DD", help="the market as it stood on a day (default: today)"
        )
    listing = sub.add_parser("list", help="every market")
    listing.add_argument("--curated", action="store_true", help="only hand-curated markets")
    listing.set_defaults(func=cmd_list)
    versions = sub.add_parser("versions", help="the data versions answers come from (CLDR, tzdata)")
    versions.set_defaults(func=cmd_versions)
    audit = sub.add_parser(
        "audit", help="what in the curated data is due for review, amended or old"
    )
    audit.add_argument("--on", metavar="YYYY-MM-DD", help="the day to audit for (default: today)")
    audit.add_argument(
        "--source-age",
        type=int,
        default=5,
        metavar="YEARS",
        help="list report and editorial sources older than this (default: 5)",
    )
    audit.add_argument(
        "--strict", action="store_true", help="exit 1 when a fact is past its review date"
    )
    audit.set_defaults(func=cmd_audit)
    for command in _EXTRA:
        command(sub)
    for action in sub.choices.values():
        action.add_argument("--json", action="store_true", help="machine-readable output")
    return parser


def _typed_variable(intent: str, name: str, text: str) -> object:
    import datetime as dt
    import decimal

    from .messages._intents import COMMON_VARIABLES, INTENTS

    kinds = {v.name: v.kind for v in (*INTENTS[intent].variables, *COMMON_VARIABLES)}
    kind = kinds.get(name, "text")
    try:
        if kind == "money":
            return decimal.Decimal(text)
        if kind == "date":
            return dt.date.fromisoformat(text)
        if kind == "datetime":
            return dt.datetime.fromisoformat(text)
    except (ValueError, ArithmeticError):
        from ._errors import InvalidOptionError

        raise InvalidOptionError(name, text, reason=f"cannot read it as a {kind}") from None
    return text


def cmd_render(args: argparse.Namespace, out: TextIO) -> int:
    from ._errors import InvalidOptionError
    from .messages._render import intent_info, render

    intent_info(args.intent)
    variables: dict[str, Any] = {}
    for item in args.var or []:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise InvalidOptionError("--var", item, reason="expected NAME=VALUE")
        variables[name] = _typed_variable(args.intent, name, value)
    customer = {
        key: value
        for key, value in (
            ("given_name", args.customer_given),
            ("family_name", args.customer_family),
            ("gender", args.customer_gender),
            ("title", args.customer_title),
            ("timezone", args.customer_timezone),
            ("given_name_vocative", args.customer_given_vocative),
            ("family_name_vocative", args.customer_family_vocative),
        )
        if value
    }
    message = render(
        args.intent,
        args.market,
        language=args.language,
        tone=args.tone,
        formality=args.formality,
        channel=args.channel,
        customer=customer or None,
        **variables,
    )
    if args.json:
        data = {
            "subject": message.subject,
            "text": message.text,
            "html": message.html,
            "language": message.language,
            "locale": message.locale,
            "formality": message.formality.value,
            "tone": message.tone,
            "channel": message.channel,
            "encoding": message.encoding,
            "segments": message.segments,
        }
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    if message.subject:
        out.write(f"Subject: {message.subject}\n\n")
    out.write(message.text + "\n")
    if message.encoding:
        out.write(f"\n[{message.encoding}, {message.segments} segment(s)]\n")
    return 0


def _add_render(sub: Any) -> None:
    from .messages._options import CHANNELS, TONES

    render = sub.add_parser("render", help="write a built-in customer-service message")
    render.add_argument("intent", help="e.g. order_confirmation (see `globalcs intents`)")
    render.add_argument("--market", required=True)
    render.add_argument("--language")
    render.add_argument("--tone", default="neutral", choices=TONES)
    render.add_argument("--formality", choices=["informal", "neutral", "formal", "very_formal"])
    render.add_argument("--channel", default="email", choices=CHANNELS)
    render.add_argument(
        "--var",
        action="append",
        metavar="NAME=VALUE",
        help="a variable; money as 49.90, dates as 2026-12-24",
    )
    render.add_argument("--customer-given")
    render.add_argument("--customer-family")
    render.add_argument("--customer-gender", choices=["female", "male", "neutral"])
    render.add_argument("--customer-title")
    render.add_argument("--customer-timezone")
    render.add_argument(
        "--customer-given-vocative", help="the given name as the customer is called"
    )
    render.add_argument(
        "--customer-family-vocative", help="the family name as the customer is called"
    )
    render.set_defaults(func=cmd_render)
    intents = sub.add_parser("intents", help="the built-in intents and their variables")
    intents.set_defaults(func=cmd_intents)


def cmd_intents(args: argparse.Namespace, out: TextIO) -> int:
    from .messages._intents import INTENTS

    if args.json:
        data = {
            name: {
                "doc": i.doc,
                "variables": {
                    v.name: {"kind": v.kind, "required": v.required} for v in i.variables
                },
            }
            for name, i in INTENTS.items()
        }
        out.write(json.dumps(data, indent=2) + "\n")
        return 0
    rows = [["Intent", "Variables (? = optional)"]]
    for name, intent in INTENTS.items():
        rows.append(
            [name, ", ".join(v.name + ("" if v.required else "?") for v in intent.variables)]
        )
    _table(rows, out)
    return 0


_EXTRA: list[Callable[[Any], None]] = [_add_render]


# --- business time: hours, deadline, holidays, coverage, contact --------------------------


def _when(text: str | None, option: str) -> Any:
    """An ISO 8601 date-time (with offset) from the command line; now (UTC) if absent."""
    import datetime as dt

    from ._errors import InvalidOptionError

    if text is None:
        return dt.datetime.now(dt.UTC)
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        raise InvalidOptionError(
            option, text, reason="expected ISO 8601, e.g. 2026-12-24T17:00+01:00"
        ) from None
    if when.tzinfo is not None:  # naive: refused by the command, with its own error
        try:
            when.astimezone(dt.UTC)  # 0001-01-01T00:00+01:00 parses, but is no instant
        except OverflowError:
            raise InvalidOptionError(
                option, text, reason="outside years 1 to 9999 in UTC"
            ) from None
    return when


def _local(when: Any, cal: Any, option: str) -> Any:
    """``when`` in the calendar's zone; an error if that falls outside years 1 to 9999."""
    from ._errors import InvalidOptionError

    try:
        return when.astimezone(cal.tz)
    except OverflowError:
        raise InvalidOptionError(
            option, when.isoformat(), reason=f"outside years 1 to 9999 in {cal.timezone}"
        ) from None


def _iso(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())


def cmd_hours(args: argparse.Namespace, out: TextIO) -> int:
    from ._errors import NaiveDatetimeError
    from .time._calendar import support_calendar

    cal = support_calendar(
        args.market, hours=args.hours, timezone=args.timezone, holidays=not args.no_holidays
    )
    when = _when(args.at, "--at")
    if when.tzinfo is None:
        raise NaiveDatetimeError(when, "--at")
    at = _local(when, cal, "--at")
    holiday = None
    if cal.holidays:
        holiday = next(
            (h for h in cal.market.holidays(at.year).records if h.date == at.date()), None
        )
    result = {
        "market": cal.market.code,
        "timezone": cal.timezone,
        "hours": str(cal.hours),
        "at": at.isoformat(),
        "open": cal.is_open(at),
        "business_day": cal.is_business_day(at.date()),
        "holiday": holiday.local_name if holiday else None,
        "next_open": _iso(cal.next_open(at)),
        "next_close": _iso(cal.next_close(at)),
    }
    if args.json:
        out.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        return 0
    status = "open" if result["open"] else "closed"
    if holiday:
        status += f" (public holiday: {holiday.local_name})"
    rows = [
        ("Market", cal.label),
        ("Hours", result["hours"]),
        ("At", f"{at:%a %Y-%m-%d %H:%M %Z}"),
        ("Status", status),
        ("Business day", "yes" if result["business_day"] else "no"),
        ("Next open", str(result["next_open"])),
        ("Next close", str(result["next_close"] or "never (round the clock)")),
    ]
    _table(rows, out, header=False)
    return 0


def cmd_deadline(args: argparse.Namespace, out: TextIO) -> int:
    import datetime as dt

    from ._errors import NaiveDatetimeError
    from .market._registry import get_market
    from .time._calendar import support_calendar
    from .time._deadlines import breach_report_due, dsar_due, withdrawal_deadline

    market = get_market(args.market)
    start = _when(args.start, "--from")
    if start.tzinfo is None:
        raise NaiveDatetimeError(start, "--from")
    due: Any
    if args.hours is not None:
        cal = support_calendar(market, hours=args.support_hours, timezone=args.timezone)
        kind, due = (
            f"{args.hours:g} business hours (SLA)",
            cal.add_business_hours(start, args.hours),
        )
    elif args.days is not None:
        cal = support_calendar(market, timezone=args.timezone)
        kind = f"{args.days} business days"
        due = cal.add_business_days(_local(start, cal, "--from").date(), args.days)
    elif args.dsar:
        kind = f"data-access request ({market.privacy.code})"
        due = dsar_due(market, start, extended=args.extended)
    elif args.breach:
        kind = f"breach report ({market.privacy.code})"
        due = breach_report_due(market, start)
    else:
        kind = "withdrawal period"
        due = withdrawal_deadline(market, start)
    result = {"market": market.code, "deadline": kind, "from": start.isoformat(), "due": _iso(due)}
    if args.json:
        out.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        return 0
    if due is None:
        shown = "no fixed period"
    elif isinstance(due, dt.datetime):
        shown = f"{due:%a %Y-%m-%d %H:%M %Z}"
    else:
        shown = f"{due:%a %Y-%m-%d}"
    rows = [
        ("Market", market.code),
        ("Deadline", kind),
        ("From", start.isoformat()),
        ("Due", shown),
    ]
    _table(rows, out, header=False)
    return 0


def cmd_holidays(args: argparse.Namespace, out: TextIO) -> int:
    from .market._registry import get_market
    from .time._calendar import support_calendar

    market = get_market(args.market)
    categories = tuple(args.category or ("public",))
    found = market.holidays(args.year, categories=categories).records
    swaps = support_calendar(market, hours="24/7").working_weekend_days(args.year)
    if args.json:
        payload = {
            "market": market.code,
            "year": args.year,
            "holidays": [
                {
                    "date": h.date.isoformat(),
                    "name": h.name,
                    "local_name": h.local_name,
                    "category": h.category,
                    "estimated": h.estimated,
                }
                for h in found
            ],
            "working_weekend_days": [d.isoformat() for d in swaps],
        }
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return 0
    rows = [[h.date.isoformat(), f"{h.date:%a}", h.name, h.local_name] for h in found]
    rows += [[d.isoformat(), f"{d:%a}", "(working day: swapped for a holiday)", ""] for d in swaps]
    _table([["Date", "Day", "Holiday", "Local name"], *sorted(rows)], out)
    kinds = "public" if categories == ("public",) else "+".join(categories)
    out.write(f"\n{len(found)} {kinds} holidays in {market.code} in {args.year}\n")
    if any(h.estimated for h in found):
        out.write("Dates marked (estimated) are python-holidays' estimates, not confirmed.\n")
    return 0


def cmd_coverage(args: argparse.Namespace, out: TextIO) -> int:
    import datetime as dt

    from ._errors import InvalidOptionError
    from .time._calendar import support_calendar
    from .time._coverage import coverage

    teams = [support_calendar(code, hours=args.hours) for code in args.markets]
    try:
        week_of = dt.date.fromisoformat(args.week_of) if args.week_of else None
    except ValueError:
        raise InvalidOptionError("--week-of", args.week_of, reason="expected YYYY-MM-DD") from None
    report = coverage(
        teams, week_of=week_of or dt.datetime.now(dt.UTC).date(), timezone=args.timezone
    )
    if args.json:
        out.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return 0
    hour = dt.timedelta(hours=1)
    out.write(f"Week of {report.start:%Y-%m-%d} ({report.timezone}): {', '.join(report.teams)}\n")
    out.write(f"Covered {report.covered / hour:g} h, uncovered {report.uncovered / hour:g} h\n\n")
    if report.complete:
        out.write("No gaps: some team is open at every moment of the week.\n")
        return 0
    rows = [["Nobody covers (UTC)", f"Nobody covers ({report.timezone})", "Hours"]]
    rows += [
        [
            f"{g.start:%a %d %H:%M} - {g.end:%a %d %H:%M}",
            f"{g.local_start:%a %d %H:%M} - {g.local_end:%a %d %H:%M}",
            f"{g.duration / hour:g}",
        ]
        for g in report.gaps
    ]
    if report.timezone == "UTC":
        rows = [[row[0], row[2]] for row in rows]
    _table(rows, out)
    return 0


def cmd_contact(args: argparse.Namespace, out: TextIO) -> int:
    from .time._contact import contact_window

    at = _when(args.at, "--at")
    decision = contact_window(
        args.market, args.channel, at, purpose=args.purpose, timezone=args.timezone
    )
    if args.json:
        out.write(json.dumps(decision.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return 0
    rows = [
        ("Allowed", "yes" if decision.allowed else "no"),
        ("Local time", f"{decision.at:%a %Y-%m-%d %H:%M %Z}"),
        ("Next allowed", _iso(decision.next_allowed) or "-"),
        ("Window ends", _iso(decision.allowed_until) or "-"),
        ("Reason", decision.reason),
    ]
    rows += [("Source", f"{s.title} <{s.url}>") for s in decision.sources]
    _table(rows, out, header=False)
    return 0


def _add_time(sub: Any) -> None:
    hours = sub.add_parser("hours", help="is the support desk open? (business hours, holidays)")
    hours.add_argument("market")
    hours.add_argument("--at", help="ISO 8601 date-time with offset (default: now)")
    hours.add_argument("--hours", help='support hours, e.g. "09:00-18:00" (default: the market\'s)')
    hours.add_argument("--timezone", help="IANA zone (default: the market's main zone)")
    hours.add_argument("--no-holidays", action="store_true", help="ignore public holidays")
    hours.set_defaults(func=cmd_hours)
    deadline = sub.add_parser("deadline", help="SLA and statutory deadlines")
    deadline.add_argument("market")
    deadline.add_argument("--from", dest="start", required=True, help="ISO 8601 date-time")
    what = deadline.add_mutually_exclusive_group(required=True)
    what.add_argument("--hours", type=float, help="business hours to add (an SLA)")
    what.add_argument("--days", type=int, help="business days to add")
    what.add_argument("--dsar", action="store_true", help="data-access request due date")
    what.add_argument("--breach", action="store_true", help="breach-report deadline")
    what.add_argument("--withdrawal", action="store_true", help="end of the withdrawal period")
    deadline.add_argument("--extended", action="store_true", help="with the law's extension")
    deadline.add_argument("--support-hours", help="support hours for --hours")
    deadline.add_argument("--timezone", help="IANA zone (default: the market's main zone)")
    deadline.set_defaults(func=cmd_deadline)
    holidays = sub.add_parser("holidays", help="public holidays of a year")
    holidays.add_argument("market")
    holidays.add_argument("year", type=int)
    holidays.add_argument(
        "--category", action="append", help="a holiday category (repeat; default: public)"
    )
    holidays.set_defaults(func=cmd_holidays)
    cover = sub.add_parser("coverage", help="follow-the-sun gaps over a week")
    cover.add_argument("markets", nargs="+")
    cover.add_argument("--week-of", help="a date in the week, YYYY-MM-DD (default: this week)")
    cover.add_argument("--timezone", default="UTC", help="zone to report gaps in (default UTC)")
    cover.add_argument("--hours", help="the same support hours for every team")
    cover.set_defaults(func=cmd_coverage)
    contact = sub.add_parser("contact", help="may we call or text a customer now?")
    contact.add_argument("market")
    contact.add_argument("channel", choices=("phone", "call", "sms", "whatsapp"))
    contact.add_argument("--at", help="ISO 8601 date-time with offset (default: now)")
    contact.add_argument("--purpose", default="marketing", choices=("marketing", "service"))
    contact.add_argument("--timezone", help="the customer's IANA zone")
    contact.set_defaults(func=cmd_contact)


_EXTRA.append(_add_time)


# --- schedules: long weekends, import/export -----------------------------------------------


def cmd_long_weekends(args: argparse.Namespace, out: TextIO) -> int:
    from .time._long_weekends import long_weekends

    found = long_weekends(
        args.market,
        args.year,
        min_days=args.min_days,
        categories=tuple(args.category or ("public",)),
    )
    if args.json:
        payload = [
            {
                "start": w.start.isoformat(),
                "end": w.end.isoformat(),
                "days": w.days,
                "holidays": list(w.holidays),
                "estimated": w.estimated,
            }
            for w in found
        ]
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return 0
    rows = [["From", "To", "Days", "Holidays"]]
    rows += [
        [f"{w.start:%a %Y-%m-%d}", f"{w.end:%a %Y-%m-%d}", str(w.days), str(w).split(": ", 1)[1]]
        for w in found
    ]
    _table(rows, out)
    return 0


def cmd_schedule(args: argparse.Namespace, out: TextIO) -> int:
    import datetime as dt

    from ._errors import InvalidOptionError, NaiveDatetimeError
    from .time import _exchange, _icalendar
    from .time._calendar import support_calendar

    cal = support_calendar(
        args.market,
        hours=args.hours,
        timezone=args.timezone,
        categories=tuple(args.category or ("public",)),
    )
    if args.format == "ical":
        if args.year is None:
            raise InvalidOptionError("--year", None, reason="the iCalendar export needs a year")
        if not dt.MINYEAR <= args.year <= dt.MAXYEAR:
            raise InvalidOptionError("--year", args.year, reason="not a calendar year")
        stamp = (
            dt.datetime(args.year, 1, 1, tzinfo=dt.UTC)
            if args.stamp is None
            else _when(args.stamp, "--stamp")
        )
        if stamp.tzinfo is None:
            raise NaiveDatetimeError(stamp, "--stamp")
        text = _icalendar.to_icalendar(cal, [args.year], stamp=stamp)
        out.write(text)  # CRLF line ends, as RFC 5545 requires
        return 0
    schedule = _exchange.Schedule.of(cal, name=args.name or cal.label)
    writers = {
        "jsonld": _exchange.to_opening_hours_specification,
        "zendesk": _exchange.to_zendesk,
        "kustomer": _exchange.to_kustomer,
    }
    data = writers[args.format](schedule)
    out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return 0


def _add_schedules(sub: Any) -> None:
    weekends = sub.add_parser("long-weekends", help="weekends joined by holidays (3+ days off)")
    weekends.add_argument("market")
    weekends.add_argument("year", type=int)
    weekends.add_argument("--min-days", type=int, default=3, help="shortest run (default 3)")
    weekends.add_argument("--category", action="append", help="a closing holiday category")
    weekends.set_defaults(func=cmd_long_weekends)
    schedule = sub.add_parser("schedule", help="export a support schedule (JSON-LD, Zendesk ...)")
    schedule.add_argument("market")
    schedule.add_argument(
        "--format", required=True, choices=("jsonld", "zendesk", "kustomer", "ical")
    )
    schedule.add_argument("--hours", help="support hours (default: the market's)")
    schedule.add_argument("--timezone", help="IANA zone (default: the market's main zone)")
    schedule.add_argument("--category", action="append", help="a closing holiday category")
    schedule.add_argument("--name", help="the schedule's name (default: the calendar's label)")
    schedule.add_argument("--year", type=int, help="year of holidays (iCalendar)")
    schedule.add_argument("--stamp", help="DTSTAMP, ISO 8601 (default: 1 January of --year)")
    schedule.set_defaults(func=cmd_schedule)


_EXTRA.append(_add_schedules)


# --- may I send this message now? -----------------------------------------------------------


def cmd_may_send(args: argparse.Namespace, out: TextIO) -> int:
    from .messages._sending import may_send

    at = _when(args.at, "--at")
    last = None if args.last_inbound is None else _when(args.last_inbound, "--last-inbound")
    decision = may_send(
        args.market,
        args.channel,
        at,
        purpose=args.purpose,
        consent=args.consent,
        last_inbound=last,
        template=args.template,
        phone=args.phone,
        timezone=args.timezone,
    )
    if args.json:
        out.write(json.dumps(decision.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return 0
    verdicts = {True: "allows", False: "blocks", None: "check"}
    zone = decision.timezone or f"every zone of {decision.market}"
    rows = [
        ("Allowed", "yes" if decision.allowed else "no"),
        ("Local time", f"{decision.at:%a %Y-%m-%d %H:%M %Z}"),
        ("Time zone", f"{zone} (from {decision.timezone_from})"),
        ("Next allowed", _iso(decision.next_allowed) or "-"),
    ]
    for rule in decision.rules:
        rows.append((f"{rule.kind} ({verdicts[rule.allowed]})", rule.reason))
        rows += [("  source", f"{s.title} <{s.url}>") for s in rule.sources]
    _table(rows, out, header=False)
    return 0


def _add_may_send(sub: Any) -> None:
    send = sub.add_parser("may-send", help="may this message go to the customer now?")
    send.add_argument("market")
    send.add_argument(
        "--channel", required=True, choices=("phone", "call", "sms", "whatsapp", "email")
    )
    send.add_argument("--purpose", default="marketing", choices=("marketing", "service"))
    send.add_argument("--at", help="ISO 8601 date-time with offset (default: now)")
    send.add_argument(
        "--consent", default="none", choices=("none", "opt_in", "opt_in_soft", "opt_out")
    )
    send.add_argument("--last-inbound", help="when the customer last wrote (ISO 8601)")
    send.add_argument("--template", action="store_true", help="an approved WhatsApp template")
    send.add_argument("--phone", help="the customer's number (gives the zone)")
    send.add_argument("--timezone", help="the customer's IANA zone")
    send.set_defaults(func=cmd_may_send)


_EXTRA.append(_add_may_send)
_TIME_COLUMNS = ("created_at", "first_response_at", "resolved_at")


def cmd_metrics(args: argparse.Namespace, out: TextIO) -> int:
    from ._errors import InvalidOptionError, MissingExtraError
    from .metrics import summarize

    try:
        import pandas as pd
    except ImportError:
        raise MissingExtraError(
            "globalcs metrics needs pandas: pip install 'globalcs[pandas]'"
        ) from None
    try:
        tickets = pd.read_csv(args.tickets)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise InvalidOptionError("tickets file", args.tickets, reason=type(exc).__name__) from None
    for column in _TIME_COLUMNS:
        if column in tickets.columns:
            try:
                tickets[column] = [
                    None if pd.isna(v) else pd.Timestamp(v).to_pydatetime() for v in tickets[column]
                ]
            except (TypeError, ValueError):
                raise InvalidOptionError(
                    column, args.tickets, reason="give ISO 8601 date-times with their offset"
                ) from None
    by = None if args.by == "none" else args.by
    table = summarize(tickets, by=by)
    if args.json:
        records = json.loads(table.reset_index().to_json(orient="records"))
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    shown = [c for c in ("tickets", "csat", "nps", "ces", "fcr") if c in table.columns]
    shown += [c for c in ("first_response_hours", "resolution_hours") if c in table.columns]
    rows = [[str(by or ""), *shown]]
    for key, row in table.iterrows():
        rows.append([str(key or "all"), *("" if pd.isna(row[c]) else str(row[c]) for c in shown)])
    _table(rows, out)
    if "response_style" in table.columns:
        notes = table["response_style"].dropna()
        for key, note in notes.items():
            out.write(f"\n{key}: {note}")
        out.write("\n" if len(notes) else "")
    return 0


def _add_metrics(sub: Any) -> None:
    metrics = sub.add_parser(
        "metrics", help="CSAT, NPS, CES, FCR and response times from a CSV of tickets"
    )
    metrics.add_argument(
        "tickets",
        help="CSV with any of: market, csat, nps, ces, contacts, created_at, "
        "first_response_at, resolved_at (ISO 8601 with offsets)",
    )
    metrics.add_argument("--by", default="market", help="column to group on, or 'none'")
    metrics.set_defaults(func=cmd_metrics)


_EXTRA.append(_add_metrics)


# --- money: the customer's currency beside the shop's -----------------------------------


def cmd_convert(args: argparse.Namespace, out: TextIO) -> int:
    import decimal

    from ._errors import InvalidOptionError, MoneyError
    from .messages._currency import (
        check_locale,
        convert_money,
        converted_money,
        ecb_reference_rates,
        rate_from_text,
    )

    try:
        amount = decimal.Decimal(args.amount)
    except (ValueError, ArithmeticError):
        raise MoneyError(args.amount, "expected a decimal amount such as 123.00") from None
    locale = check_locale(args.locale)
    if args.market is not None:
        from .market._registry import get_market

        locale = get_market(args.market).locale
    rate = None if args.rate is None else rate_from_text(args.rate)
    on = None if args.on is None else _on(args)
    if args.max_age_days < 0:
        raise InvalidOptionError("--max-age-days", args.max_age_days, reason="must be 0 or more")
    options: dict[str, Any] = {"rate": rate, "on": on, "max_age_days": args.max_age_days}
    options["allow_stale"] = args.allow_stale
    converted = convert_money(amount, args.source, args.target, **options)
    text = converted_money(amount, args.source, args.target, locale, **options)
    rates = None if rate is not None else ecb_reference_rates()
    if args.json:
        found = {
            "amount": str(amount),
            "from": args.source.upper(),
            "to": args.target.upper(),
            "converted": str(converted),
            "text": text,
            "locale": locale,
            "rate": str(rate) if rates is None else None,
            "rates": None if rates is None else {"publisher": rates.publisher, "url": rates.url},
            "rates_as_of": None if rates is None else rates.as_of.isoformat(),
        }
        out.write(json.dumps(found, ensure_ascii=False, indent=2) + "\n")
        return 0
    rows = [("Display", text), ("Converted", f"{converted} {args.target.upper()}")]
    if rates is not None:
        rows.append(("Rates", f"{rates.publisher}, {rates.as_of.isoformat()} <{rates.url}>"))
    else:
        rows.append(("Rate", f"{rate} (given)"))
    _table(rows, out, header=False)
    return 0


def _add_money(sub: Any) -> None:
    convert = sub.add_parser(
        "convert", help="an amount in the customer's currency beside the shop's original"
    )
    convert.add_argument("amount", help="the shop's amount, e.g. 123.00")
    convert.add_argument("source", metavar="from", help="the shop's currency (ISO 4217)")
    convert.add_argument("target", metavar="to", help="the customer's currency (ISO 4217)")
    convert.add_argument("--rate", help="units of 'to' per unit of 'from' (default: ECB set)")
    convert.add_argument("--locale", default="en", help="CLDR locale to write in (default en)")
    convert.add_argument("--market", help="write as this market's locale writes money")
    convert.add_argument("--on", help="the day of the message, YYYY-MM-DD (default: today)")
    convert.add_argument("--max-age-days", type=int, default=7, help="oldest rates allowed")
    convert.add_argument("--allow-stale", action="store_true", help="use older rates knowingly")
    convert.set_defaults(func=cmd_convert)


_EXTRA.append(_add_money)


def cmd_survey(args: argparse.Namespace, out: TextIO) -> int:
    from .metrics import survey

    asked = survey(
        args.kind,
        args.market,
        language=args.language,
        formality=args.formality,
        brand=args.brand,
    )
    if args.json:
        json.dump(asked.to_dict(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(asked.text + "\n")
    return 0


def _add_survey(sub: Any) -> None:
    survey = sub.add_parser("survey", help="a CSAT, NPS or CES question with its scale labels")
    survey.add_argument("kind", choices=("csat", "nps", "ces"))
    survey.add_argument("market")
    survey.add_argument("--language", help="BCP 47 tag (default: the market's)")
    survey.add_argument("--formality", help="informal, neutral, formal or very_formal")
    survey.add_argument("--brand", help="the shop's name (NPS and CES name it)")
    survey.set_defaults(func=cmd_survey)


_EXTRA.append(_add_survey)


def cmd_duties(args: argparse.Namespace, out: TextIO) -> int:
    """Customs thresholds of a market, and optionally what one parcel owes."""
    import decimal

    from .market._registry import get_market

    market = get_market(args.market, on=_on(args))
    customs = market.customs
    assessment = None
    if args.value is not None:
        try:
            value = decimal.Decimal(args.value)
        except ArithmeticError:
            from ._errors import MoneyError

            raise MoneyError(args.value, "--value must be a decimal number, e.g. 120.50") from None
        rate = None
        if args.rate is not None:
            try:
                rate = decimal.Decimal(args.rate)
            except ArithmeticError:
                from ._errors import InvalidOptionError

                raise InvalidOptionError("--rate", args.rate, reason="expected a number") from None
        currency = args.currency or customs.currency or market.currency
        assessment = customs.assess(
            value, currency, rate=rate, seller_registered=_registered(args.seller_registered)
        )
    if args.json:
        from .market._model import _plain

        data = {"market": market.code, "customs": _plain(customs)}
        data["customs"].pop("earlier", None)
        data["customs"].pop("later", None)
        if assessment is not None:
            data["parcel"] = _plain(assessment)
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    rows = _duties_rows(market, customs)
    if assessment is not None:
        rows.append(("Parcel", str(assessment)))
        rows += [("", reason) for reason in assessment.reasons]
    _table(rows, out, header=False)
    return 0


def _registered(text: str | None) -> bool | None:
    return None if text is None else text == "yes"


def _duties_rows(market: Any, customs: Any) -> list[tuple[str, str]]:
    rows = [("Market", f"{market.code}  {market.name}")]
    if not customs.curated:
        return [*rows, ("Customs", customs.name)]
    tax = customs.tax_de_minimis
    rows += [
        ("Customs", customs.name + (f", as amended from {customs.since}" if customs.since else "")),
        ("Duty de minimis", str(customs.duty_de_minimis or "not curated")),
        (f"{tax.name if tax else 'VAT/GST'} de minimis", str(tax or "not curated")),
    ]
    if customs.tax_collection is not None:
        scheme = customs.tax_collection
        rows.append(
            (
                "Collected by seller",
                f"{scheme.scheme}: {scheme.relief.replace('_', ' ')} "
                f"{scheme.currency} {scheme.ceiling}",
            )
        )
    if customs.practice is not None:
        rows.append(("Practice", customs.practice.note))
    for amendment in customs.amendments:
        rows.append((f"From {amendment.in_force}", amendment.note))
    rules = [*_rules(customs), *customs.amendments]
    sources = {s.url: s for rule in rules for s in rule.sources}
    rows += [("Source", f"{s.title} <{s.url}>") for s in sources.values()]
    return rows


def _rules(customs: Any) -> list[Any]:
    found = [customs.duty_de_minimis, customs.tax_de_minimis, customs.tax_collection]
    return [rule for rule in found if rule is not None]


def _add_duties(sub: Any) -> None:
    duties = sub.add_parser("duties", help="customs duty and import VAT/GST on a parcel")
    duties.add_argument("market")
    duties.add_argument("--value", help="the parcel's value, e.g. 120.50")
    duties.add_argument("--currency", help="ISO 4217 code of --value (default: the thresholds')")
    duties.add_argument("--rate", help="threshold currency per 1 unit of --currency")
    duties.add_argument(
        "--seller-registered",
        choices=("yes", "no"),
        help="whether the seller uses the market's VAT/GST collection scheme (IOSS ...)",
    )
    duties.add_argument("--on", metavar="YYYY-MM-DD", help="the rules of a day (default: today)")
    duties.set_defaults(func=cmd_duties)


_EXTRA.append(_add_duties)


# --- serve: the public API over HTTP (globalcs[serve]) ------------------------------------


def cmd_serve(args: argparse.Namespace, out: TextIO) -> int:
    from ._service import serve

    if args.json:  # where it listens, for a script that started it
        host = f"[{args.host}]" if ":" in args.host else args.host
        url = f"http://{host}:{args.port}"
        out.write(json.dumps({"url": url, "openapi": url + "/openapi.json"}) + "\n")
        out.flush()
    return serve(
        host=args.host, port=args.port, max_body=args.max_body, timeout=args.timeout, err=sys.stderr
    )


def _add_serve(sub: Any) -> None:
    from ._service import DEFAULT_HOST, DEFAULT_MAX_BODY, DEFAULT_PORT, DEFAULT_TIMEOUT

    serve = sub.add_parser("serve", help="the API as JSON over HTTP (needs globalcs[serve])")
    serve.add_argument("--host", default=DEFAULT_HOST, help="default 127.0.0.1 (this machine)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help="default 8000")
    serve.add_argument(
        "--max-body", type=int, default=DEFAULT_MAX_BODY, metavar="BYTES", help="default 262144"
    )
    serve.add_argument(
        "--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS", help="default 10"
    )
    serve.set_defaults(func=cmd_serve)


_EXTRA.append(_add_serve)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit code (2 for bad input)."""
    stream = out or sys.stdout
    try:
        try:
            return _run(argv, stream)
        finally:  # a reader that went away shows up here, not in the flush at exit
            stream.flush()
            sys.stdout.flush()  # argparse writes --help and --version there
    except BrokenPipeError:
        if out is not None:
            raise
        # ``globalcs list | head -1``: as Python's docs advise (signal module, "Note on
        # SIGPIPE"), point stdout at devnull so the flush at exit cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _run(argv: Sequence[str] | None, out: TextIO) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args, out))
    except GlobalcsError as exc:
        sys.stderr.write(f"globalcs: error: {_printable(str(exc))}\n")
        return 2


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
