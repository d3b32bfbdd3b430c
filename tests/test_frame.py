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


def test_frame_follows_pandas_conventions() -> None:
    pd = pytest.importorskip("pandas")
    frame = globalcs.markets_frame()
    assert frame.loc["DE", "weekend"] == (5, 6)
    assert frame.loc["SA", "weekend"] == (4, 5)
    assert frame.loc["CH", "languages"] == ["de", "fr", "it"]
    assert isinstance(frame.loc["DE", "payment_methods"], list)
    # Formality sorts by register, not alphabetically.
    assert frame["formality"].cat.ordered
    assert list(frame["formality"].cat.categories) == [
        "informal",
        "neutral",
        "formal",
        "very_formal",
    ]
    assert frame.loc["JP", "formality"] > frame.loc["SE", "formality"]
    # "No statutory right" and "not curated" are told apart.
    assert frame.loc["DE", "withdrawal_right"] == "statutory"
    assert frame.loc["US", "withdrawal_right"] == "none_by_law"
    assert frame.loc["UZ", "withdrawal_right"] == "not_curated"
    assert frame.loc["DE", "withdrawal_days"] == 14
    assert frame.loc["US", "withdrawal_days"] is pd.NA
    assert frame.loc["UZ", "withdrawal_days"] is pd.NA


def test_holidays_as_a_frame() -> None:
    pytest.importorskip("pandas")
    holidays = globalcs.get_market("DE").holidays(2026)
    frame = holidays.to_frame()
    assert len(frame) == len(holidays)
    assert str(frame.index[-1].date()) == "2026-12-26"
    assert frame.iloc[-1]["local_name"] == "Zweiter Weihnachtstag"
    assert frame.iloc[-1]["name"] == "Second Day of Christmas"
    assert globalcs.get_market("BV").holidays(2026).to_frame().empty  # no holiday data


def test_survey_answers_say_where_research_measured_a_response_style() -> None:
    frame = globalcs.markets_frame()
    assert frame.loc["JP", "survey_answers"] == "midpoint"
    assert frame.loc["US", "survey_answers"] == "extreme"
    assert frame.loc["DE", "survey_answers"] == "not_measured"
    assert list(frame["survey_answers"].cat.categories) == ["midpoint", "extreme", "not_measured"]
