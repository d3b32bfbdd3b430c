"""Messages: warm render and render_many against a hand-written Jinja2 + Babel baseline,
merchant templates against the plain Jinja2 sandbox, and the cost of the safety check.

Run with ``make bench`` (or ``python benchmarks/bench_messages.py``).
"""

from __future__ import annotations

import datetime as dt
import decimal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _util import fmt, median_seconds, paired_seconds

import globalcs

CUSTOMER = {"given_name": "Anna", "family_name": "Müller", "gender": "female"}
TOTAL = decimal.Decimal("1249.90")
DAY = dt.date(2026, 12, 3)

BASELINE_SOURCE = (
    "Sehr geehrte Frau {{ family }},\n\nIhre Bestellung {{ order_id }} über {{ total }} "
    "wurde an {{ carrier }} übergeben und sollte bis zum {{ day }} eintreffen.\n\n"
    "Mit freundlichen Grüßen\nIhr Kundenservice"
)

MERCHANT_SOURCE = (
    "{{ customer.given_name }} {{ customer.family_name }},\n\n"
    + "Thank you for order {{ order_id }}. {% if vip %}As a valued member you get free "
    "returns.{% endif %}\n"
    * 20
    + "{% for item in items %}{{ item.name|upper }}: {{ item.qty }}\n{% endfor %}"
)


def baseline_render() -> object:
    """What a developer writes by hand: one Jinja2 template plus Babel for money and date."""
    import jinja2
    from babel.dates import format_date
    from babel.numbers import format_currency

    template = jinja2.Environment(autoescape=False).from_string(BASELINE_SOURCE)

    def run() -> str:
        return template.render(
            family=CUSTOMER["family_name"],
            order_id="A-1001",
            total=format_currency(TOTAL, "EUR", locale="de_DE"),
            carrier="DHL",
            day=format_date(DAY, format="long", locale="de_DE"),
        )

    return run


def globalcs_render() -> str:
    # The built-in shipping update with the same money and date work as the baseline.
    return globalcs.render(
        "order_confirmation", "DE", order_id="A-1001", total=TOTAL, customer=CUSTOMER
    ).text


GIVEN = ("Anna", "Jonas", "Leonie", "Mehmet", "Sophie", "Lukas", "Marie", "Elias")
GENDER = ("female", "male", "female", "male", "female", "male", None, None)


def throughput(channel: str, count: int = 4_000, runs: int = 15) -> float:
    """Messages per second of the least disturbed of ``runs`` passes over ``count`` rows
    (short passes, many of them: a busy neighbour spoils a few, not all)."""
    # A new customer on every row, as in a real bulk send: nothing per customer is cached.
    rows = [
        {
            "intent": "order_confirmation",
            "market": "DE",
            "channel": channel,
            "order_id": f"A-{i}",
            "total": decimal.Decimal(i) / 100,
            "customer": {
                "given_name": GIVEN[i % 8],
                "family_name": f"Müller-{i}",
                "gender": GENDER[i % 8],
            },
        }
        for i in range(count)
    ]
    best = 0.0
    for _ in range(runs):
        start = time.perf_counter()
        for _message in globalcs.render_many(rows):
            pass
        best = max(best, count / (time.perf_counter() - start))
    return best


def main() -> list[tuple[str, str, str]]:
    import jinja2.sandbox

    run_baseline = baseline_render()
    run_baseline()  # type: ignore[operator]
    globalcs_render()
    ours, base, render_ratio = paired_seconds(globalcs_render, run_baseline, number=1000)  # type: ignore[arg-type]

    context = {
        "customer": CUSTOMER,
        "order_id": "A-1",
        "vip": True,
        "items": [{"name": f"item {i}", "qty": i} for i in range(5)],
    }
    sandbox = jinja2.sandbox.SandboxedEnvironment().from_string(MERCHANT_SOURCE)
    template = globalcs.compile_template(MERCHANT_SOURCE)
    merchant_render, sandbox_render, template_ratio = paired_seconds(
        lambda: globalcs.render_template(template, "DE", **context),
        lambda: sandbox.render(**context),
        number=1000,
    )

    from globalcs.messages import _templates

    env = _templates._environment()
    line = "Order {{ order_id }}: {% if vip %}{{ customer.given_name|upper }}{% endif %}\n"
    two_kb = line * (2048 // len(line) + 1)
    plain_compile = median_seconds(lambda: env.from_string(two_kb), number=200)
    tree = env.parse(two_kb)
    check = median_seconds(lambda: _templates.check_ast(tree), number=200)

    email_rate = throughput("email")
    sms_rate = throughput("sms")
    return [
        ("baseline: Jinja2 + Babel by hand (money, date)", fmt(base), "1.00×"),
        (
            "`render('order_confirmation', 'DE')` warm",
            fmt(ours),
            f"{render_ratio:.2f}× baseline (median of paired runs)",
        ),
        ("`render_many`, e-mail", f"{email_rate:,.0f} msg/s", "one core"),
        ("`render_many`, SMS", f"{sms_rate:,.0f} msg/s", "one core"),
        ("plain Jinja2 sandbox, merchant template", fmt(sandbox_render), "1.00×"),
        (
            "`render_template` warm (same template)",
            fmt(merchant_render),
            f"{template_ratio:.2f}× sandbox (median of paired runs)",
        ),
        (f"compile of a {len(two_kb):,}-character template (Jinja2)", fmt(plain_compile), ""),
        (
            "safety check of that template (AST walk)",
            fmt(check),
            f"{check / plain_compile:.0%} of the compile; goal < 1 ms",
        ),
    ]


if __name__ == "__main__":
    print("| measurement | median | ratio |\n|---|---|---|")
    for row in main():
        print("| " + " | ".join(row) + " |")
