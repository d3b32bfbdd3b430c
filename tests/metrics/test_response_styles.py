"""data/metrics/response_styles.toml: who is listed, and on what evidence."""

from __future__ import annotations

import pytest

import globalcs
from globalcs import metrics
from globalcs.market._response_styles import _styles


def test_listed_markets_rest_on_peer_reviewed_studies() -> None:
    general, found = _styles()
    assert set(found) == {"JP", "CN", "TW", "US", "CA"}
    for style in (general, *found.values()):
        assert style.sources
        assert all(s.url.startswith("https://doi.org/10.") for s in style.sources)


@pytest.mark.parametrize(("code", "tendency"), [("JP", "midpoint"), ("US", "extreme")])
def test_a_market_and_its_subdivisions_read_the_same_style(code: str, tendency: str) -> None:
    style = metrics.response_style(code)
    assert style is not None
    assert style.tendency == tendency
    if code == "US":
        assert metrics.response_style("US-CA") == style


def test_unmeasured_markets_get_none_and_the_general_caution() -> None:
    assert metrics.response_style("DE") is None
    assert "own language" in metrics.general_response_style().summary
    with pytest.raises(globalcs.UnknownMarketError):
        metrics.response_style("XX")
