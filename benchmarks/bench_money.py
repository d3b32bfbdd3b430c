"""Money: the compiled CLDR format against Babel's ``format_currency``, in the same run.

Until December 2026 the compiled format was off for the locales whose negative amounts it
did not write as Babel does (Arabic, Swedish, Norwegian, Finnish, Swiss ...), so every
amount there went through Babel. Now it is on for every market; the baseline here is that
old path, Babel itself, timed in alternating runs with the compiled format.

Run with ``python benchmarks/bench_money.py`` (``make bench`` runs it too).
"""

from __future__ import annotations

import decimal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _util import fmt, paired_seconds

import globalcs

D = decimal.Decimal
FORMERLY_OFF = (("sv_SE", "SEK"), ("ar_SA", "SAR"), ("fi_FI", "EUR"), ("de_CH", "CHF"))


def per_call(locale: str, currency: str, amount: D) -> tuple[float, float, float]:
    from babel.numbers import format_currency

    from globalcs.messages._format import money

    def babel() -> str:
        return format_currency(amount, currency, locale=locale, currency_digits=True)

    return paired_seconds(lambda: money(amount, currency, locale), babel, number=2000)


def mixed_batch(size: int = 1000) -> tuple[float, float, float]:
    """One amount per row over every curated market in turn, a third of them negative."""
    from babel.numbers import format_currency

    from globalcs.messages._format import money

    markets = globalcs.markets(curated=True)
    rows = []
    for i in range(size):
        market = markets[i % len(markets)]
        amount = globalcs.round_money(D(i * 7919 % 10**7) / 100, market.currency)
        rows.append((-amount if i % 3 == 0 else amount, market.currency, market.locale))

    def ours() -> None:
        for amount, currency, locale in rows:
            money(amount, currency, locale)

    def babel() -> None:
        for amount, currency, locale in rows:
            format_currency(amount, currency, locale=locale, currency_digits=True)

    ours()
    return paired_seconds(ours, babel, number=3, repeat=9)


def main() -> list[tuple[str, str, str]]:
    table = []
    for locale, currency in FORMERLY_OFF:
        for amount in (D("-1249.90"), D("1249.90")):
            compiled, babel, ratio = per_call(locale, currency, amount)
            table.append(
                (f"Babel `format_currency`, {locale} {amount}", fmt(babel), "1.00×"),
            )
            table.append((f"compiled, {locale} {amount}", fmt(compiled), f"{ratio:.2f}× Babel"))
    compiled, babel, ratio = mixed_batch()
    count = len(globalcs.markets(curated=True))
    table.append((f"Babel, 1,000 amounts over {count} curated markets", fmt(babel), "1.00×"))
    table.append(
        (
            "compiled, the same mixed-market batch",
            fmt(compiled),
            f"{ratio:.2f}× Babel; {1000 / compiled:,.0f} amounts/s",
        )
    )
    return table


if __name__ == "__main__":
    print("| measurement | median | ratio |\n|---|---|---|")
    for row in main():
        print("| " + " | ".join(row) + " |")
