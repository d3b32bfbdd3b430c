"""Small timing helpers shared by the benchmarks: medians of repeated runs."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable


def median_seconds(func: Callable[[], object], *, number: int = 1000, repeat: int = 7) -> float:
    """Median over ``repeat`` runs of the mean time of one call (``number`` calls per run)."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            func()
        samples.append((time.perf_counter() - start) / number)
    return statistics.median(samples)


def fresh_process_seconds(code: str, *, repeat: int = 7, path: str | None = None) -> float:
    """Median CPU time (user + system) of ``python -c code`` in a new interpreter
    (``path``: PYTHONPATH). CPU time, not wall time: on a shared machine a process
    that waits for a core would otherwise be charged for its neighbours' work."""
    import os
    import resource

    env = dict(os.environ)
    if path is not None:
        env["PYTHONPATH"] = path
    samples = []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        samples.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(samples)


def wheel_layout(target: str) -> str:
    """Lay globalcs out in ``target`` as the wheel installs it (data pre-parsed); return it."""
    import compileall
    import pickle
    import shutil
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root))
    from hatch_build import compile_data, shipped_data

    package = Path(target) / "globalcs"
    shutil.copytree(root / "src" / "globalcs", package)
    data = root / "data"
    for path in shipped_data(data):
        copy = package / "_data" / path.relative_to(data)
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, copy)
    (package / "_data" / "compiled.pickle").write_bytes(
        pickle.dumps(compile_data(data), protocol=4)
    )
    # pip compiles an installed wheel's modules; without it every fresh process
    # here would compile them from source, which no user's process does.
    compileall.compile_dir(package, quiet=1)
    return target


def import_microseconds(module: str, path: str) -> int:
    """Cumulative import time of ``module`` from ``python -X importtime`` (median of 7)."""
    import os

    env = dict(os.environ, PYTHONPATH=path)
    samples = []
    for _ in range(7):
        result = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", f"import {module}"],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        for line in result.stderr.splitlines():
            parts = [p.strip() for p in line.split("|")]
            if len(parts) == 3 and parts[2] == module:
                samples.append(int(parts[1]))
    return int(statistics.median(samples))


def fmt(seconds: float) -> str:
    """Seconds in the unit that reads best."""
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    if seconds >= 1e-6:
        return f"{seconds * 1e6:.2f} µs"
    return f"{seconds * 1e9:.0f} ns"


def paired_seconds(
    candidate: Callable[[], object],
    baseline: Callable[[], object],
    *,
    number: int = 1000,
    repeat: int = 15,
) -> tuple[float, float, float]:
    """Time two functions in alternating runs: (candidate median, baseline median, median
    of the per-run ratios). Alternating keeps a busy neighbour from favouring either."""
    ours, theirs, ratios = [], [], []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            baseline()
        middle = time.perf_counter()
        for _ in range(number):
            candidate()
        end = time.perf_counter()
        theirs.append((middle - start) / number)
        ours.append((end - middle) / number)
        ratios.append((end - middle) / (middle - start))
    return statistics.median(ours), statistics.median(theirs), statistics.median(ratios)
