"""``globalcs duties``: the customs thresholds of a market and one parcel's answer."""

from __future__ import annotations

import io
import json

import pytest

from globalcs.cli import main


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_the_us_de_minimis_before_and_after_its_suspension() -> None:
    code, out = run("duties", "US", "--on", "2025-08-01", "--value", "120")
    assert code == 0
    assert "USD 800 (not exceeding)" in out
    assert "From 2025-08-29" in out
    assert "duty relieved" in out
    code, out = run("duties", "US", "--on", "2025-08-29", "--value", "120")
    assert code == 0
    assert "duty due" in out


def test_json_carries_the_regime_and_the_parcel() -> None:
    code, out = run(
        "duties",
        "DE",
        "--on",
        "2026-12-04",
        "--value",
        "120",
        "--seller-registered",
        "no",
        "--json",
    )
    assert code == 0
    data = json.loads(out)
    assert data["market"] == "DE"
    assert data["customs"]["code"] == "EU"
    # Since 1 July 2026 a distance sale owes the EU's flat duty, IOSS or not.
    assert data["customs"]["duty_de_minimis"]["amount"] is None
    assert data["parcel"]["duty"] == "due"
    assert data["parcel"]["tax_collected_at"] == "import"
    assert "earlier" not in data["customs"]


def test_another_currency_needs_a_rate() -> None:
    assert run("duties", "GB", "--value", "150", "--currency", "EUR")[0] == 2
    code, out = run(
        "duties", "GB", "--on", "2026-12-04", "--value", "150", "--currency", "EUR", "--rate", "0.9"
    )
    assert code == 0
    assert "GBP 135.0: duty relieved" in out


def test_an_uncurated_market_says_so() -> None:
    code, out = run("duties", "BR", "--value", "10")
    assert code == 0
    assert "Not curated for this market" in out
    assert "duty unknown" in out


@pytest.mark.parametrize("value", ["abc", "NaN", "-3", "1,5"])
def test_bad_values_exit_2(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("duties", "DE", "--value", value)[0] == 2
    assert capsys.readouterr().err.startswith("globalcs: error:")
