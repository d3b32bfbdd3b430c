"""Import cost and market look-ups, against the cost of importing the dependencies.

Run with ``make bench`` (or ``python benchmarks/bench_markets.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _util import fmt, fresh_process_seconds, median_seconds

DEPENDENCIES = "import babel.core, babel.numbers, pycountry, holidays, pytz, jinja2"


def main() -> list[tuple[str, str, str]]:
    import globalcs

    bare = fresh_process_seconds("pass")
    with_globalcs = fresh_process_seconds("import globalcs")
    with_deps = fresh_process_seconds(DEPENDENCIES)
    cold_code = fresh_process_seconds("import globalcs; globalcs.get_market('DE')")
    cold_all = fresh_process_seconds("import globalcs; globalcs.markets()")
    globalcs.get_market("DE")
    globalcs.get_market("de_DE")
    warm_code = median_seconds(lambda: globalcs.get_market("DE"), number=100_000)
    warm_name = median_seconds(lambda: globalcs.get_market("Germany"), number=20_000)
    warm_tag = median_seconds(lambda: globalcs.get_market("de-DE"), number=20_000)
    return [
        ("bare interpreter start", fmt(bare), "baseline"),
        ("`import globalcs` (added to bare start)", fmt(with_globalcs - bare), "goal ≤ 10 ms"),
        ("importing the dependencies (added)", fmt(with_deps - bare), "for comparison"),
        ("`get_market('DE')` in a fresh process (added)", fmt(cold_code - bare), "goal < 50 ms"),
        ("`markets()`, all 249, fresh process (added)", fmt(cold_all - bare), "goal < 300 ms"),
        ("`get_market('DE')` warm", fmt(warm_code), "goal < 1 µs"),
        ("`get_market('Germany')` warm", fmt(warm_name), "goal < 5 µs"),
        ("`get_market('de-DE')` warm", fmt(warm_tag), "goal < 5 µs"),
    ]


if __name__ == "__main__":
    print("| measurement | median | note |\n|---|---|---|")
    for row in main():
        print("| " + " | ".join(row) + " |")
