"""Business-time benchmarks, each against a baseline measured in the same run.

    python benchmarks/bench_time.py            # print the table
    python benchmarks/bench_time.py --write    # also update docs/performance.md

Baselines are written the obvious way: stepping day by day over a warm
python-holidays object, and workalendar's ``add_working_days``. Figures are
medians of repeated timings; ratios are baseline / globalcs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import re
import statistics
import sys
import timeit
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import globalcs  # noqa: E402
from globalcs.time._calendar import SupportCalendar  # noqa: E402

BERLIN = ZoneInfo("Europe/Berlin")
HOURS = ((540, 1020),)  # 09:00-17:00
REPEAT = 15


def median_seconds(func: Callable[[], object], number: int) -> float:
    """Median time of one call, over REPEAT rounds of ``number`` calls."""
    func()  # warm
    rounds = timeit.repeat(func, number=number, repeat=REPEAT)
    return statistics.median(rounds) / number


# ---------------------------------------------------------------- baselines


def baseline_add_business_hours(
    start: dt.datetime, hours: float, holidays: object, tz: ZoneInfo
) -> dt.datetime:
    """Step day by day: skip weekends and holidays, consume each day's open interval."""
    remaining = dt.timedelta(hours=hours)
    local = start.astimezone(tz)
    day = local.date()
    while True:
        if day.weekday() < 5 and day not in holidays:  # type: ignore[operator]
            for start_min, end_min in HOURS:
                opens = dt.datetime.combine(day, dt.time(), tz) + dt.timedelta(minutes=start_min)
                closes = dt.datetime.combine(day, dt.time(), tz) + dt.timedelta(minutes=end_min)
                begin = max(opens, local) if day == local.date() else opens
                if begin >= closes:
                    continue
                available = closes.astimezone(dt.UTC) - begin.astimezone(dt.UTC)
                if remaining <= available:
                    return (begin.astimezone(dt.UTC) + remaining).astimezone(tz)
                remaining -= available
        day += dt.timedelta(days=1)


def main() -> list[tuple[str, str, str]]:
    """Rows of (operation, globalcs, baseline and ratio or goal), like the other benchmarks."""
    import holidays
    from workalendar.europe import Germany

    rows: list[tuple[str, str, str]] = []
    de = globalcs.get_market("DE")
    cal = globalcs.support_calendar(de, hours="09:00-17:00")

    # add_business_days(day, 5) vs workalendar
    day = dt.date(2026, 12, 22)
    work = Germany()
    assert work.add_working_days(day, 5) == cal.add_business_days(day, 5)
    ours = median_seconds(lambda: cal.add_business_days(day, 5), 2000)
    theirs = median_seconds(lambda: work.add_working_days(day, 5), 200)
    rows.append(
        (
            "`add_business_days(day, 5)`, DE, Christmas week",
            _us(ours),
            f"workalendar `add_working_days` {_us(theirs)}: **{theirs / ours:.0f}x** (goal ≥ 3x)",
        )
    )

    # add_business_hours(start, 40) across a holiday week vs stepping day by day
    start = dt.datetime(2026, 12, 22, 10, 0, tzinfo=BERLIN)
    hol = holidays.country_holidays("DE", years=[2026, 2027])
    assert baseline_add_business_hours(start, 40, hol, BERLIN) == cal.add_business_hours(start, 40)
    ours = median_seconds(lambda: cal.add_business_hours(start, 40), 2000)
    theirs = median_seconds(lambda: baseline_add_business_hours(start, 40, hol, BERLIN), 200)
    rows.append(
        (
            "`add_business_hours(start, 40)`, DE, Christmas week",
            _us(ours),
            f"day-stepping over python-holidays {_us(theirs)}: **{theirs / ours:.0f}x** "
            "(goal ≥ 5x)",
        )
    )

    # is_open, warm
    moment = dt.datetime(2026, 6, 10, 10, 30, tzinfo=BERLIN)
    in_utc = moment.astimezone(dt.UTC)
    in_tokyo = moment.astimezone(ZoneInfo("Asia/Tokyo"))
    ours = median_seconds(lambda: cal.is_open(moment), 20000)
    utc = median_seconds(lambda: cal.is_open(in_utc), 20000)
    tokyo = median_seconds(lambda: cal.is_open(in_tokyo), 20000)
    base = median_seconds(lambda: moment.utcoffset(), 20000)
    scale = f"for scale, `datetime.utcoffset()` {_us(base)}"
    rows.append(("`is_open(at)` warm, `at` in the calendar's zone", _us(ours), "goal < 2 µs"))
    rows.append(("`is_open(at)` warm, `at` in UTC", _us(utc), "goal < 2 µs"))
    rows.append(("`is_open(at)` warm, `at` in another zoneinfo zone", _us(tokyo), scale))

    # building a calendar (holidays cached)
    ours = median_seconds(lambda: globalcs.support_calendar("DE", hours="09:00-17:00"), 2000)
    rows.append(("`support_calendar('DE', hours=...)`, cached", _us(ours), "goal < 5 ms"))

    def fresh() -> None:
        fresh_cal = SupportCalendar(market=de, hours=cal.hours, timezone="Europe/Berlin")
        fresh_cal.is_open(moment)  # builds 2026's open periods; holidays come from the cache

    built = median_seconds(fresh, 20)
    rows.append(
        ("new calendar + a year of open periods, holidays cached", _ms(built), "goal < 5 ms")
    )
    return rows


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:.2f} µs"


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:.2f} ms"


def markdown(rows: list[tuple[str, str, str]]) -> str:
    lines = [
        "## Business time",
        "",
        f"Measured by `python benchmarks/bench_time.py --write` (medians of {REPEAT} rounds; "
        f"Python {platform.python_version()}, {platform.machine()}); each baseline is written "
        "the obvious way in the benchmark and measured in the same run.",
        "",
        "| operation | globalcs | baseline and ratio, or goal |",
        "|---|---|---|",
    ]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return "\n".join(lines) + "\n"


def write(section: str, path: Path = ROOT / "docs" / "performance.md") -> None:
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(r"^## Business time\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text, count=1)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="update docs/performance.md")
    section = markdown(main())
    print(section)
    if parser.parse_args().write:
        write(section)
