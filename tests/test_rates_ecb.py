"""data/rates/ecb.toml: one day's ECB euro reference rates, read strictly, as published."""

from __future__ import annotations

import datetime as dt
import decimal
import tomllib

import pytest

import globalcs
from globalcs._data import data_dir

D = decimal.Decimal
RAW = tomllib.loads((data_dir() / "rates" / "ecb.toml").read_text("utf-8"))


def test_the_set_is_the_ecbs_of_its_day() -> None:
    rates = globalcs.ecb_reference_rates()
    assert rates.as_of == dt.date(2024, 6, 28)
    assert rates.publisher == "European Central Bank"
    assert rates.url.startswith("https://www.ecb.europa.eu/")
    assert len(rates.per_euro) == 31  # the 30 quoted currencies and the euro itself
    assert rates.per_euro["EUR"] == 1


@pytest.mark.parametrize(
    ("code", "rate"),
    [("USD", "1.0705"), ("JPY", "171.94"), ("GBP", "0.84638"), ("CHF", "0.9634")],
)
def test_sample_rates_as_published(code: str, rate: str) -> None:
    assert globalcs.ecb_reference_rates().per_euro[code] == D(rate)


def test_rates_keep_the_digits_the_ecb_published() -> None:
    # Strings, not TOML floats: "395.10" keeps its last zero and no rate is rounded.
    assert all(isinstance(text, str) for text in RAW["rates"].values())
    assert str(globalcs.ecb_reference_rates().per_euro["HUF"]) == "395.10"


def test_the_source_carries_the_date_and_a_review_date_after_it() -> None:
    (source,) = RAW["sources"].values()
    assert source["as_of"] == RAW["as_of"]
    assert RAW["review_by"] > RAW["as_of"]
    assert source["confidence"] == "statute"


def test_a_bad_file_names_the_field(monkeypatch: pytest.MonkeyPatch) -> None:
    from globalcs import _data
    from globalcs.messages import _currency

    broken = dict(RAW, rates=dict(RAW["rates"], USD="1,07"))
    monkeypatch.setattr(_data, "read_toml", lambda relative: broken)
    _currency.ecb_reference_rates.cache_clear()
    try:
        with pytest.raises(globalcs.DataError, match=r"rates\.USD"):
            _currency.ecb_reference_rates()
        monkeypatch.setattr(_data, "read_toml", lambda relative: dict(RAW, extra=1))
        with pytest.raises(globalcs.DataError, match="extra"):
            _currency.ecb_reference_rates()
    finally:
        _currency.ecb_reference_rates.cache_clear()
