"""The command line: readable tables, JSON, exit code 2 for bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from globalcs.cli import main


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_show_table() -> None:
    code, text = run("show", "DE")
    assert code == 0
    assert "Germany" in text
    assert "EUR" in text
    assert "GDPR" in text


def test_show_names_an_enacted_change_of_the_privacy_law() -> None:
    code, text = run("show", "CL")
    assert code == 0
    assert "CL-PDPL (access: 2 business days); from 2026-12-01: 30 days (+30 days)" in text
    code, text = run("show", "CL", "--json")
    (amendment,) = json.loads(text)["privacy"]["amendments"]
    assert amendment["in_force"] == "2026-12-01"


def test_show_json_is_the_market_dict() -> None:
    code, text = run("show", "jp", "--json")
    assert code == 0
    assert json.loads(text)["currency"] == "JPY"


def test_compare_has_a_column_per_market() -> None:
    code, text = run("compare", "US", "DE", "JP", "BR", "CN")
    assert code == 0
    header = text.splitlines()[0].split()
    assert header == ["US", "DE", "JP", "BR", "CN"]


def test_list_all_and_curated() -> None:
    code, text = run("list", "--json")
    assert code == 0
    assert len(json.loads(text)) == 249
    code, text = run("list", "--curated", "--json")
    assert code == 0
    assert all(entry["curated"] or "-" in entry["code"] for entry in json.loads(text))


def test_unknown_market_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("show", "Atlantis")
    assert code == 2
    assert "unknown market 'Atlantis'" in capsys.readouterr().err


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "globalcs", "show", "XX"], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "unknown market" in result.stderr
