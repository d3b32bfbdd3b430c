"""Bulk: ``render_frame`` in one process, in two processes and on a Dask cluster,
each against ``render_many`` in one process measured in the same run.

The batch mixes twelve markets and languages (de, fr, ja, ar, pt-BR, sv, en, pl,
es, it, ko, nl), three intents (one with money, one with a date) and e-mail and
SMS, each row with its own customer. Every mode renders all rows and keeps only
the total length of the texts, so no mode pays for sending a million messages
back to one process. Throughput is per core: messages per second divided by the
number of processes rendering.

``make bench`` runs 100,000 rows; the figures in docs/performance.md come from
``python benchmarks/bench_bulk.py --rows 1000000``.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime as dt
import decimal
import statistics
import sys
import time
from collections.abc import Iterator
from typing import Any

import globalcs

MARKETS = ("DE", "FR", "JP", "SA", "BR", "SE", "US", "PL", "ES", "IT", "KR", "NL")
INTENTS = ("order_confirmation", "delivered", "shipping_update")
PARTITION = 25_000
DAY = dt.date(2026, 12, 3)


def _row(i: int) -> dict[str, Any]:
    intent = INTENTS[i % 3]
    row: dict[str, Any] = {
        "intent": intent,
        "market": MARKETS[(i // 3) % len(MARKETS)],
        "channel": "sms" if i % 4 == 3 else "email",
        "order_id": f"A-{i}",
        "customer": {"given_name": f"Kim{i % 997}", "family_name": f"Lee{i % 991}"},
    }
    if intent == "order_confirmation":
        row["total"] = decimal.Decimal(100 + i % 900)
    elif intent == "shipping_update":
        row["carrier"] = "DHL"
        row["expected_delivery"] = DAY
    return row


def rows(count: int) -> Iterator[dict[str, Any]]:
    """The batch as ``render_many`` rows, made as they are read."""
    return (_row(i) for i in range(count))


def frame(count: int) -> Any:
    """The same batch as a DataFrame: Arrow decimals and dates, so Dask keeps them."""
    import pandas as pd
    import pyarrow as pa

    columns: dict[str, list[Any]] = {
        key: []
        for key in (
            "intent",
            "market",
            "channel",
            "order_id",
            "customer.given_name",
            "customer.family_name",
            "total",
            "carrier",
            "expected_delivery",
        )
    }
    for row in rows(count):
        customer = row.pop("customer")
        row["customer.given_name"] = customer["given_name"]
        row["customer.family_name"] = customer["family_name"]
        for key, values in columns.items():
            values.append(row.get(key))
    data: dict[str, Any] = dict(columns)
    for key in ("intent", "market", "channel"):
        data[key] = pd.Categorical(columns[key])
    data["total"] = pd.array(columns["total"], dtype=pd.ArrowDtype(pa.decimal128(12, 2)))
    data["expected_delivery"] = pd.array(
        columns["expected_delivery"], dtype=pd.ArrowDtype(pa.date32())
    )
    return pd.DataFrame(data)


def render_sum(part: Any) -> int:
    """Render one partition; the total length of its texts (every row must render)."""
    out = globalcs.render_frame(part, html=False)
    assert out["error"].isna().all(), out["error"].dropna().iloc[0]
    return int(out["text"].str.len().sum())


def render_cpu(part: Any) -> float:
    """Render one partition as :func:`render_sum` does; the CPU seconds it took."""
    start = time.process_time()
    render_sum(part)
    return time.process_time() - start


def _baseline(count: int) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    total = 0
    for message in globalcs.render_many(rows(count)):
        total += len(message.text)  # type: ignore[union-attr]
    return time.perf_counter() - wall, time.process_time() - cpu


def _one_process(parts: list[Any], html: bool = False) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    for part in parts:
        out = globalcs.render_frame(part, html=html)
        out["text"].str.len().sum()
    return time.perf_counter() - wall, time.process_time() - cpu


def _pool(pool: concurrent.futures.ProcessPoolExecutor, parts: list[Any]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    workers = sum(pool.map(render_cpu, parts))
    return time.perf_counter() - wall, time.process_time() - cpu + workers


def _dask(client: Any, lazy: Any) -> tuple[float, float]:
    before = client.run(time.process_time)
    wall, cpu = time.perf_counter(), time.process_time()
    client.compute(lazy).result()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    after = client.run(time.process_time)
    return wall, cpu + sum(after[w] - before[w] for w in after)


class _Results:
    """Per mode: wall throughput per core, CPU throughput, and both ratios to the
    baseline of the same repeat."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.wall: dict[str, list[float]] = {}
        self.cpu: dict[str, list[float]] = {}
        self.wall_ratio: dict[str, list[float]] = {}
        self.cpu_ratio: dict[str, list[float]] = {}
        self.base = (0.0, 0.0)

    def add(self, key: str, seconds: tuple[float, float], cores: int) -> None:
        wall = self.count / seconds[0] / cores
        cpu = self.count / seconds[1]
        if key == "base":
            self.base = (wall, cpu)
        self.wall.setdefault(key, []).append(wall)
        self.cpu.setdefault(key, []).append(cpu)
        self.wall_ratio.setdefault(key, []).append(wall / self.base[0])
        self.cpu_ratio.setdefault(key, []).append(cpu / self.base[1])
        print(f"  {key}: {wall:,.0f} msg/s per core, {cpu:,.0f} per CPU-s", file=sys.stderr)

    def row(self, key: str, title: str) -> tuple[str, str, str]:
        def median(values: list[float], spec: str) -> str:
            return format(statistics.median(values), spec)

        def ratio(values: list[float]) -> str:
            return f"{median(values, '.2f')}× ({min(values):.2f}–{max(values):.2f})"

        wall = f"{median(self.wall[key], ',.0f')}; {ratio(self.wall_ratio[key])}"
        cpu = f"{median(self.cpu[key], ',.0f')}; **{ratio(self.cpu_ratio[key])}**"
        return title, wall, cpu


def measure(count: int, repeat: int = 3) -> list[tuple[str, str, str]]:
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    data = frame(count)
    size = max(1_000, min(PARTITION, count // 8))  # enough partitions for two workers
    parts = [data.iloc[i : i + size] for i in range(0, count, size)]
    _baseline(min(count, 50_000))  # this process warm: every route, plan and format
    _one_process(parts[:1])
    results = _Results(count)
    with concurrent.futures.ProcessPoolExecutor(2) as pool:
        list(pool.map(render_sum, parts[:4]))  # workers warm
        for _ in range(repeat):
            results.add("base", _baseline(count), 1)
            results.add("one", _one_process(parts), 1)
            results.add("html", _one_process(parts, html=True), 1)
            results.add("two", _pool(pool, parts), 2)
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        start = time.perf_counter()
        client.run(render_sum, parts[0].iloc[:200])
        warm_up = time.perf_counter() - start
        client.run(render_sum, parts[0])
        # The rows are loaded into the workers first, as read_parquet would leave them.
        lazy_rows = client.persist(dd.from_pandas(data, npartitions=len(parts)))
        meta = globalcs.render_meta(lazy_rows, html=False)
        lazy = lazy_rows.map_partitions(globalcs.render_frame, html=False, meta=meta)
        lazy_total = lazy["text"].str.len().sum()
        for _ in range(repeat):
            results.add("base", _baseline(count), 1)
            results.add("dask", _dask(client, lazy_total), 2)
    return [
        results.row("base", f"baseline: `render_many`, one process, {count:,} mixed rows"),
        results.row("one", "`render_frame`, one process"),
        results.row("html", "`render_frame`, one process, with `html`"),
        results.row("two", "`render_frame`, two processes (`ProcessPoolExecutor`)"),
        results.row("dask", "`render_frame` on Dask, `LocalCluster` of 2 × 1 thread"),
        ("Dask worker warm-up (first call in new workers)", f"{warm_up * 1e3:,.0f} ms", "once"),
    ]


def main(count: int = 100_000, repeat: int = 3) -> list[tuple[str, str, str]]:
    return measure(count, repeat)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    print(
        "| measurement | wall: msg/s per core; ratio (min–max) "
        "| CPU: msg per CPU-second; ratio (min–max) |\n|---|---|---|"
    )
    for line in main(arguments.rows, arguments.repeat):
        print("| " + " | ".join(line) + " |")
    sys.exit(0)
