"""The HTTP service under load, against baselines measured in the same run.

    python benchmarks/bench_service.py                      # 10,000 requests, 4 clients
    python benchmarks/bench_service.py --requests 2000 --max-seconds 30

Starts ``globalcs serve`` in its own process on a free port of 127.0.0.1 (never
another address), then sends a mix of requests over every kind of route from
concurrent client threads, each on its own keep-alive connection. It stops after
``--requests`` or ``--max-seconds``, whichever comes first, and prints latency
percentiles seen by the clients, throughput, and the errors (there should be none).

Baselines, in the same run: the same mix answered in-process by the route handlers
(what the library costs without HTTP), and ``GET /health`` under the same load
(what HTTP, uvicorn and Starlette cost without the library).
"""

from __future__ import annotations

import argparse
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

HOST = "127.0.0.1"
MIX: list[tuple[str, str, dict[str, Any] | None]] = [
    ("GET", "/v1/markets/DE", None),
    ("GET", "/v1/negotiate?market=AT&accept_language=de-LI,en;q=0.5", None),
    (
        "POST",
        "/v1/render",
        {
            "intent": "order_confirmation",
            "market": "DE",
            "customer": {"given_name": "Anna", "family_name": "Müller", "gender": "female"},
            "variables": {"order_id": "A-1001", "total": "49.90"},
        },
    ),
    (
        "POST",
        "/v1/render-template",
        {
            "template": "{{ customer|greeting }}\n\n"
            "We received {{ total|money }} for {{ order_id }}.",
            "market": "FR",
            "language": "en",
            "customer": {"given_name": "Léa", "family_name": "Roux"},
            "variables": {"order_id": "A-1", "total": 12.5},
        },
    ),
    ("GET", "/v1/markets/DE/deadlines/dsar?received=2026-01-31", None),
    ("GET", "/v1/markets/FR/contact?channel=phone&at=2026-06-10T13:30%2B02:00", None),
    ("GET", "/v1/markets/JP/holidays/2026", None),
    ("GET", "/v1/markets/DE/hours?at=2026-12-24T17:00%2B01:00", None),
]
HEALTH: list[tuple[str, str, dict[str, Any] | None]] = [("GET", "/health", None)]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def start_server(port: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    command = [sys.executable, "-m", "globalcs", "serve", "--host", HOST, "--port", str(port)]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://{HOST}:{port}/health", timeout=1)
            return process
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("the service did not start")


def load(
    url: str, mix: list[tuple[str, str, Any]], total: int, clients: int, max_seconds: float
) -> dict[str, Any]:
    """Send ``total`` requests from ``clients`` threads; latencies in seconds."""
    import httpx

    latencies: list[float] = []
    statuses: Counter[int | str] = Counter()
    lock = threading.Lock()
    stop_at = time.perf_counter() + max_seconds

    def client(offset: int) -> None:
        own: list[float] = []
        seen: Counter[int | str] = Counter()
        with httpx.Client(base_url=url, timeout=60) as http:
            for index in range(offset, total, clients):
                if time.perf_counter() > stop_at:
                    break
                method, path, body = mix[index % len(mix)]
                start = time.perf_counter()
                try:
                    post = method == "POST"
                    response = http.post(path, json=body) if post else http.get(path)
                    seen[response.status_code] += 1
                except httpx.HTTPError as exc:
                    seen[type(exc).__name__] += 1
                own.append(time.perf_counter() - start)
        with lock:
            latencies.extend(own)
            statuses.update(seen)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    return {
        "count": len(latencies),
        "wall": wall,
        "p50": cuts[49],
        "p95": cuts[94],
        "p99": cuts[98],
        "throughput": len(latencies) / wall,
        "errors": sum(n for status, n in statuses.items() if status != 200),
    }


def in_process(rounds: int = 200) -> float:
    """Median time of the mix answered by the route handlers directly (no HTTP)."""
    import json
    import urllib.parse

    from globalcs._service._app import parse_body
    from globalcs._service._routes import ROUTES, arguments

    calls = []
    for method, path, body in MIX:
        bare, _, query = path.partition("?")
        for route in ROUTES:
            if route.method != method:
                continue
            pattern = route.path.split("/")
            parts = bare.split("/")
            if len(pattern) != len(parts):
                continue
            names = {p[1:-1]: v for p, v in zip(pattern, parts, strict=True) if p.startswith("{")}
            if all(p == v or p.startswith("{") for p, v in zip(pattern, parts, strict=True)):
                raw = json.dumps(body).encode() if body else b""
                calls.append((route, names, dict(urllib.parse.parse_qsl(query)), raw))
                break
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for route, names, query, raw in calls:
            parsed = parse_body(raw) if raw else None
            route.handler(arguments(route, names, query, parsed, {}))
        samples.append((time.perf_counter() - start) / len(calls))
    return statistics.median(samples)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def main(total: int = 10_000, clients: int = 4, max_seconds: float = 120) -> list[tuple[str, ...]]:
    port = free_port()
    server = start_server(port)
    url = f"http://{HOST}:{port}"
    try:
        load(url, MIX, 200, clients, max_seconds)  # warm: routes, templates, holiday years
        health = load(url, HEALTH, total, clients, max_seconds)
        mixed = load(url, MIX, total, clients, max_seconds)
    finally:
        server.terminate()
        server.wait(30)
    library = in_process()
    rows = [
        ("baseline: the mix in-process (route handlers, no HTTP)", ms(library), "", "", "", ""),
    ]
    for label, result in (("baseline: GET /health", health), ("the mix over HTTP", mixed)):
        rows.append(
            (
                f"{label}, {result['count']:,} requests, {clients} clients",
                ms(result["p50"]),
                ms(result["p95"]),
                ms(result["p99"]),
                f"{result['throughput']:,.0f} req/s",
                f"{result['errors']} errors",
            )
        )
    overhead = mixed["p50"] / health["p50"]
    rows.append(("ratio: mix p50 / health p50", f"{overhead:.2f}×", "", "", "", ""))
    rows.append(("ratio: mix p50 / in-process", f"{mixed['p50'] / library:.1f}×", "", "", "", ""))
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=10_000, help="per load (max 100,000)")
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients (max 32)")
    parser.add_argument("--max-seconds", type=float, default=120, help="per load (max 600)")
    options = parser.parse_args()
    rows = main(
        min(options.requests, 100_000), min(options.clients, 32), min(options.max_seconds, 600)
    )
    print(f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores\n")
    print("| measurement | p50 | p95 | p99 | throughput | errors |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
