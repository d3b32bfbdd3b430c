"""Rendered messages match the committed snapshots (regenerate with `make snapshots`)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _module() -> object:
    spec = importlib.util.spec_from_file_location(
        "update_snapshots", ROOT / "scripts" / "update_snapshots.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SNAPSHOTS = _module().snapshots()  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(SNAPSHOTS))
def test_snapshot_is_current(name: str) -> None:
    path = ROOT / "tests" / "snapshots" / name
    assert path.exists(), f"missing snapshot {name}: run `make snapshots`"
    committed = path.read_text(encoding="utf-8")
    assert committed == SNAPSHOTS[name], f"{name} changed: review, then run `make snapshots`"


def test_no_stale_snapshot_files() -> None:
    present = {p.name for p in (ROOT / "tests" / "snapshots").glob("*.json")}
    assert present == set(SNAPSHOTS)
