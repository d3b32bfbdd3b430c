"""A bounded load test: concurrent clients, a mix of routes, not one error.

``GLOBALCS_LOAD_REQUESTS`` raises the count (the benchmark, ``benchmarks/bench_service.py``,
sends 10,000 and reports latency); the default keeps the suite quick. Nothing is timed.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from typing import Any

from .test_service import EXAMPLES

CLIENTS = 4


def test_concurrent_clients_get_no_errors(service: Any) -> None:
    import httpx

    total = int(os.environ.get("GLOBALCS_LOAD_REQUESTS", "2000"))
    mix = [EXAMPLES[key] for key in sorted(EXAMPLES)]
    methods = [key[0] for key in sorted(EXAMPLES)]
    statuses: Counter[int] = Counter()
    failures: list[str] = []
    lock = threading.Lock()

    def client(offset: int) -> None:
        seen: Counter[int] = Counter()
        with httpx.Client(base_url=service.url, timeout=60) as http:
            for index in range(offset, total, CLIENTS):
                (url, body), method = mix[index % len(mix)], methods[index % len(mix)]
                try:
                    response = http.post(url, json=body) if method == "POST" else http.get(url)
                except httpx.HTTPError as exc:
                    with lock:
                        failures.append(f"{url}: {type(exc).__name__}")
                    continue
                seen[response.status_code] += 1
        with lock:
            statuses.update(seen)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(600)
    assert failures == []
    assert statuses == Counter({200: total})
