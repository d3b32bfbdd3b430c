"""Import cost and market look-ups, against the cost of importing the dependencies.

Run with ``make bench`` (or ``python benchmarks/bench_markets.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _util import fmt, fresh_process_seconds, import_microseconds, median_seconds, wheel_layout

DEPENDENCIES = "import babel.core, babel.numbers, pycountry, holidays, pytz, jinja2"


def main() -> list[tuple[str, str, str]]:
    import tempfile

    import globalcs

    with tempfile.TemporaryDirectory() as target:
        path = wheel_layout(target)
        bare = fresh_process_seconds("pass")
        imported = import_microseconds("globalcs", path) / 1e6
        with_deps = fresh_process_seconds(DEPENDENCIES)
        cold_code = fresh_process_seconds("import globalcs; globalcs.get_market('DE')", path=path)
        cold_all = fresh_process_seconds("import globalcs; globalcs.markets()", path=path)
    globalcs.get_market("DE")
    globalcs.get_market("de_DE")
    warm_code = median_seconds(lambda: globalcs.get_market("DE"), number=100_000)
    warm_name = median_seconds(lambda: globalcs.get_market("Germany"), number=20_000)
    warm_tag = median_seconds(lambda: globalcs.get_market("de-DE"), number=20_000)
    deps = with_deps - bare
    return [
        ("bare interpreter start", fmt(bare), "baseline"),
        ("importing the dependencies (added)", fmt(deps), "for comparison"),
        ("`import globalcs` (`-X importtime`, cumulative)", fmt(imported), "goal ≤ 10 ms"),
        (
            "`get_market('DE')` in a fresh process (added)",
            fmt(cold_code - bare),
            f"{(cold_code - bare) / deps:.2f}× the dependencies' import; goal ≤ 0.5×",
        ),
        (
            "`markets()`, all 249, fresh process (added)",
            fmt(cold_all - bare),
            f"{(cold_all - bare) / deps:.2f}× the dependencies' import; goal ≤ 1×",
        ),
        ("`get_market('DE')` warm", fmt(warm_code), "goal < 1 µs"),
        ("`get_market('Germany')` warm", fmt(warm_name), "goal < 5 µs"),
        ("`get_market('de-DE')` warm", fmt(warm_tag), "goal < 5 µs"),
    ]


if __name__ == "__main__":
    print("| measurement | median | note |\n|---|---|---|")
    for row in main():
        print("| " + " | ".join(row) + " |")
