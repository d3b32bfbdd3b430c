"""The EU's online withdrawal function (Directive (EU) 2023/2673, new art. 11a of the
Consumer Rights Directive): every EU member, from 19 June 2026, and no one else."""

from __future__ import annotations

import datetime as dt
import io

import pytest

import globalcs
from globalcs.cli import main

EU = (
    "AT",
    "BE",
    "BG",
    "HR",
    "CY",
    "CZ",
    "DK",
    "EE",
    "FI",
    "FR",
    "DE",
    "GR",
    "HU",
    "IE",
    "IT",
    "LV",
    "LT",
    "LU",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SK",
    "SI",
    "ES",
    "SE",
)


@pytest.mark.parametrize("code", EU)
def test_every_eu_member_has_it_curated_or_not(code: str) -> None:
    market = globalcs.get_market(code)
    assert market.returns.withdrawal_function_from == dt.date(2026, 6, 19)
    titles = [source.title for source in market.sources["returns"]]
    assert any("2023/2673" in title for title in titles)


@pytest.mark.parametrize("code", ["NO", "IS", "LI", "GB", "CH", "US", "US-CA", "TR", "JP"])
def test_outside_the_eu_it_is_not_claimed(code: str) -> None:
    assert globalcs.get_market(code).returns.withdrawal_function_from is None


def test_the_profile_says_so() -> None:
    out = io.StringIO()
    assert main(["show", "DE"], out=out) == 0
    assert "14 days; online withdrawal function from 2026-06-19" in out.getvalue()
    assert "online withdrawal function from 2026-06-19" in globalcs.get_market("FR")._repr_html_()
    assert globalcs.get_market("DE").to_dict()["returns"]["withdrawal_function_from"] == (
        "2026-06-19"
    )
