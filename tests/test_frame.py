"""markets_frame(): one row per market for notebooks; a clear error without pandas."""

from __future__ import annotations

import builtins
from typing import Any

import pytest

import globalcs


def test_frame_has_every_market() -> None:
    pytest.importorskip("pandas")
    frame = globalcs.markets_frame()
    assert len(frame) == 249
    assert frame.loc["DE", "currency"] == "EUR"
    assert bool(frame.loc["DE", "curated"]) is True
    curated = globalcs.markets_frame(curated=True)
    assert set(curated.index) == {m.code for m in globalcs.markets(curated=True)}


def test_without_pandas_the_error_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pandas":
            raise ImportError("no pandas")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(ImportError, match=r"globalcs\[pandas\]") as info:
        globalcs.markets_frame()
    assert isinstance(info.value, globalcs.GlobalcsError)
