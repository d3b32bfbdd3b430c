"""Every identifier spelling resolves, and every bad input gets UnknownMarketError."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import globalcs
from globalcs import UnknownMarketError


@pytest.mark.parametrize(
    ("identifier", "code"),
    [
        ("DE", "DE"),
        ("de", "DE"),
        ("dE", "DE"),
        ("DEU", "DE"),
        ("deu", "DE"),
        ("276", "DE"),
        (276, "DE"),
        ("Germany", "DE"),
        ("germany", "DE"),
        ("  Germany ", "DE"),
        ("de-DE", "DE"),
        ("de_DE", "DE"),
        ("de_AT", "AT"),
        ("fr-CA", "CA"),
        ("zh-Hant-TW", "TW"),
        ("zh_Hans_CN", "CN"),
        ("de_DE.UTF-8", "DE"),
        ("en_GB", "GB"),
        ("US-CA", "US-CA"),
        ("us-ca", "US-CA"),
        ("CA-QC", "CA-QC"),
        ("DE-BY", "DE-BY"),
        ("DE-BE", "DE-BE"),
        ("de-BE", "BE"),
        ("8", "AL"),
        ("008", "AL"),
        ("UK", "GB"),
        ("United Kingdom", "GB"),
        ("South Korea", "KR"),
        ("Korea, Republic of", "KR"),
        ("Viet Nam", "VN"),
        ("Vietnam", "VN"),
        ("Türkiye", "TR"),
    ],
)
def test_spellings(identifier: object, code: str) -> None:
    assert globalcs.get_market(identifier).code == code


def test_market_passes_through() -> None:
    market = globalcs.get_market("JP")
    assert globalcs.get_market(market) is market


def test_cached_instances_are_shared() -> None:
    assert globalcs.get_market("fr") is globalcs.get_market("FRA")


HOSTILE: list[object] = [
    "",
    "   ",
    None,
    "../../etc/passwd",
    "x" * 100_000,
    "xx_YY",
    "de_DE@x/ja",
    "DE\x00",
    "\x1b[31mDE",
    "D\nE",
    0,
    -1,
    1000,
    999,
    3.14,
    True,
    b"DE",
    ["DE"],
    {"code": "DE"},
    "XK",
    "EU",
    "ZZ",
    "de-be",
    "US-XX",
    "FR-75C",
    "en",
    "english",
    "<script>",
    "DE; DROP TABLE",
    "%s%s%s",
    "\ud800",
]


@pytest.mark.parametrize("identifier", HOSTILE, ids=lambda x: repr(x)[:30])
def test_hostile_identifiers_raise_unknown_market(identifier: object) -> None:
    with pytest.raises(UnknownMarketError) as info:
        globalcs.get_market(identifier)
    assert info.value.identifier is identifier
    assert isinstance(info.value, LookupError)
    assert len(str(info.value)) < 500


def test_ambiguous_spelling_suggests_both() -> None:
    with pytest.raises(UnknownMarketError) as info:
        globalcs.get_market("de-be")
    assert set(info.value.suggestions) == {"DE-BE", "BE"}


def test_typo_suggests_close_match() -> None:
    with pytest.raises(UnknownMarketError) as info:
        globalcs.get_market("Frnace")
    assert "FR" in info.value.suggestions
    assert "did you mean FR" in str(info.value)


@given(st.text(max_size=40))
def test_any_text_is_a_market_or_unknown_market_error(text: str) -> None:
    try:
        market = globalcs.get_market(text)
    except UnknownMarketError as exc:
        error: UnknownMarketError | None = exc
    else:
        error = None
        assert isinstance(market, globalcs.Market)
    if error is not None:
        assert error.identifier == text


@given(st.sampled_from(sorted(m.code for m in globalcs.markets())), st.sampled_from(["-", "_"]))
def test_locale_tag_territory_decides(code: str, sep: str) -> None:
    assert globalcs.get_market(f"en{sep}{code}").code == code
