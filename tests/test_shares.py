"""A share is a measurement: it compares only with a share of the same measure, and every
curated list is ordered by the basis it declares."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

import globalcs
from globalcs.market._loader import measures

VALUE = globalcs.Share(0.62, "ecommerce_transactions", 2022, "online purchases in the Netherlands")
USED = globalcs.Share(0.47, "online_buyers_using", 2024, "Dutch online shoppers")


def test_shares_of_one_measure_compare_by_value() -> None:
    smaller = globalcs.Share(0.1, "ecommerce_transactions", 2023, "online purchases")
    larger = VALUE
    assert smaller < larger
    assert larger >= smaller
    assert max([smaller, VALUE]) is VALUE
    assert float(VALUE) == 0.62


@pytest.mark.parametrize("compare", [min, max, sorted])
def test_shares_of_different_measures_do_not_compare(compare: object) -> None:
    with pytest.raises(globalcs.IncomparableSharesError) as caught:
        compare([VALUE, USED])  # type: ignore[operator]
    assert set(caught.value.measures) == {"ecommerce_transactions", "online_buyers_using"}
    assert isinstance(caught.value, TypeError)
    with pytest.raises(TypeError):
        _ = VALUE < 0.5  # type: ignore[operator]


def test_a_share_says_what_it_measures() -> None:
    assert str(VALUE) == "62% (share of e-commerce transactions, 2022)"
    assert pickle.loads(pickle.dumps(VALUE)) == VALUE


@given(
    st.lists(
        st.tuples(st.floats(0, 1), st.sampled_from(sorted(measures()))), min_size=2, max_size=6
    )
)
def test_sorting_works_exactly_when_one_measure(pairs: list[tuple[float, str]]) -> None:
    shares = [globalcs.Share(v, m, 2024, "p") for v, m in pairs]
    if len({m for _, m in pairs}) == 1:
        assert [s.value for s in sorted(shares)] == sorted(v for v, _ in pairs)
    else:
        with pytest.raises(globalcs.IncomparableSharesError):
            sorted(shares)


@pytest.mark.parametrize("code", [m.code for m in globalcs.curated_markets()])
def test_every_curated_list_follows_its_basis(code: str) -> None:
    market = globalcs.get_market(code)
    for kind in ("channels", "payment_methods"):
        entries = getattr(market, kind)
        basis = getattr(market, f"{kind}_basis")
        allowed = {k for k, m in measures().items() if kind in m.lists}
        for entry in entries:
            if entry.share is not None:
                assert entry.share.measure in allowed
                assert 1990 <= entry.share.year <= 2026
                assert entry.share.population.strip()
                assert entry.figure.strip()
        if basis == "editorial":
            assert market.notes.get("ranking") or not any(e.share for e in entries)
            continue
        ranked = [e.share for e in entries if e.share and e.share.measure == basis]
        assert ranked, (code, kind)
        assert [e.share for e in entries[: len(ranked)]] == ranked
        assert ranked == sorted(ranked, reverse=True)
