"""Run every benchmark and print its table as Markdown (`make bench`).

Each table compares globalcs with a baseline measured in the same run; copy the
output into docs/performance.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_bulk
import bench_markets
import bench_messages
import bench_money
import bench_register
import bench_time


def main() -> int:
    for title, module in (
        ("Markets", bench_markets),
        ("Messages", bench_messages),
        ("Money", bench_money),
        ("Business time", bench_time),
        ("Bulk (100,000 rows; `bench_bulk.py --rows 1000000` for the documented run)", bench_bulk),
        ("Register checker", bench_register),
    ):
        print(f"\n## {title}\n\n| measurement | median | note |\n|---|---|---|")
        for row in module.main():
            print("| " + " | ".join(str(cell) for cell in row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
