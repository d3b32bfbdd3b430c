"""The ``globalcs`` command: explore markets, render messages, check business time.

A thin layer over the public API; every command takes ``--json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from ._errors import GlobalcsError


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
    return f"{returns.withdrawal_days} {unit}"


def _privacy(market: Any) -> str:
    privacy = market.privacy
    if privacy.code is None:
        return "not curated"
    if privacy.dsar_deadline is None:
        return str(privacy.code)
    return f"{privacy.code} (access: {privacy.dsar_deadline})"


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _profile_rows(market: Any) -> list[tuple[str, str]]:
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
        ("Channels", ", ".join(c.name for c in market.channels) + mark("channels")),
        ("Payments", ", ".join(p.name for p in market.payment_methods) + mark("payment_methods")),
        ("Privacy", _privacy(market) + mark("privacy")),
        ("E-mail marketing", market.privacy.marketing_email or "not curated"),
        ("Withdrawal", _returns(market)),
        ("Support hours", str(market.support_hours) + mark("support_hours")),
    ]


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
    from .markets._registry import get_market

    market = get_market(args.market)
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
    from .markets._registry import get_market

    found = [get_market(code) for code in args.markets]
    if args.json:
        out.write(json.dumps([m.to_dict() for m in found], ensure_ascii=False, indent=2) + "\n")
        return 0
    profiles = [_profile_rows(m) for m in found]
    rows = [[label] + [p[i][1] for p in profiles] for i, (label, _) in enumerate(profiles[0])]
    rows = [[""] + [m.code for m in found]] + [[r[0]] + [_clip(c) for c in r[1:]] for r in rows[1:]]
    _table(rows, out)
    return 0


def _clip(text: str, width: int = 34) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    from .markets._registry import curated_markets, markets

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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="globalcs",
        description="Serve a customer abroad the way a local would: explore market profiles.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    show = sub.add_parser("show", help="one market's profile")
    show.add_argument("market", help="code, name or locale tag, e.g. DE, Germany, de_DE, US-CA")
    show.set_defaults(func=cmd_show)
    compare = sub.add_parser("compare", help="markets side by side")
    compare.add_argument("markets", nargs="+")
    compare.set_defaults(func=cmd_compare)
    listing = sub.add_parser("list", help="every market")
    listing.add_argument("--curated", action="store_true", help="only hand-curated markets")
    listing.set_defaults(func=cmd_list)
    for command in _EXTRA:
        command(sub)
    for action in sub.choices.values():
        action.add_argument("--json", action="store_true", help="machine-readable output")
    return parser


_EXTRA: list[Callable[[Any], None]] = []


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit code (2 for bad input)."""
    stream = out or sys.stdout
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args, stream))
    except GlobalcsError as exc:
        sys.stderr.write(f"globalcs: error: {exc}\n")
        return 2


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
