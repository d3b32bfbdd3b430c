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


def _baseline(count: int) -> float:
    start = time.perf_counter()
    total = 0
    for message in globalcs.render_many(rows(count)):
        total += len(message.text)  # type: ignore[union-attr]
    return time.perf_counter() - start


def _one_process(parts: list[Any], html: bool = False) -> float:
    start = time.perf_counter()
    for part in parts:
        out = globalcs.render_frame(part, html=html)
        out["text"].str.len().sum()
    return time.perf_counter() - start


def _pool(pool: concurrent.futures.ProcessPoolExecutor, parts: list[Any]) -> float:
    start = time.perf_counter()
    sum(pool.map(render_sum, parts))
    return time.perf_counter() - start


def _dask(client: Any, lazy: Any) -> float:
    start = time.perf_counter()
    client.compute(lazy).result()
    return time.perf_counter() - start


def measure(count: int, repeat: int = 3) -> list[tuple[str, str, str]]:
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    data = frame(count)
    size = max(1_000, min(PARTITION, count // 8))  # enough partitions for two workers
    parts = [data.iloc[i : i + size] for i in range(0, count, size)]
    _baseline(min(count, 50_000))  # this process warm: every route, plan and format
    _one_process(parts[:1])
    results: dict[str, list[float]] = {"base": [], "one": [], "html": [], "two": [], "dask": []}
    ratios: dict[str, list[float]] = {"one": [], "html": [], "two": [], "dask": []}
    with concurrent.futures.ProcessPoolExecutor(2) as pool:
        list(pool.map(render_sum, parts[:4]))  # workers warm
        for _ in range(repeat):
            base = count / _baseline(count)
            results["base"].append(base)
            for key, seconds, cores in (
                ("one", _one_process(parts), 1),
                ("html", _one_process(parts, html=True), 1),
                ("two", _pool(pool, parts), 2),
            ):
                rate = count / seconds / cores
                print(f"  {key}: {rate:,.0f} msg/s per core", file=sys.stderr)
                results[key].append(rate)
                ratios[key].append(rate / base)
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
        lazy_rows = dd.from_pandas(data, npartitions=len(parts))
        meta = globalcs.render_meta(lazy_rows, html=False)
        lazy = lazy_rows.map_partitions(globalcs.render_frame, html=False, meta=meta)
        lazy_total = lazy["text"].str.len().sum()
        for _ in range(repeat):
            base = count / _baseline(count)
            results["base"].append(base)
            rate = count / _dask(client, lazy_total) / 2
            print(f"  dask: {rate:,.0f} msg/s per core", file=sys.stderr)
            results["dask"].append(rate)
            ratios["dask"].append(rate / base)

    def rate(key: str) -> str:
        return f"{statistics.median(results[key]):,.0f} msg/s per core"

    def ratio(key: str) -> str:
        values = ratios[key]
        return f"**{statistics.median(values):.2f}×** ({min(values):.2f}–{max(values):.2f})"

    return [
        (f"baseline: `render_many`, one process, {count:,} mixed rows", rate("base"), "1.00×"),
        ("`render_frame`, one process", rate("one"), ratio("one")),
        ("`render_frame`, one process, with `html`", rate("html"), ratio("html")),
        ("`render_frame`, two processes (`ProcessPoolExecutor`)", rate("two"), ratio("two")),
        ("`render_frame` on Dask, `LocalCluster` of 2 × 1 thread", rate("dask"), ratio("dask")),
        ("Dask worker warm-up (first call in new workers)", f"{warm_up * 1e3:.0f} ms", "once"),
    ]


def main(count: int = 100_000, repeat: int = 3) -> list[tuple[str, str, str]]:
    return measure(count, repeat)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    print("| measurement | median | ratio to the baseline (min–max) |\n|---|---|---|")
    for line in main(arguments.rows, arguments.repeat):
        print("| " + " | ".join(line) + " |")
    sys.exit(0)
