"""CSAT, NPS, CES and first-contact resolution: definitions, margins, bad answers."""

from __future__ import annotations

import decimal
import math
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from globalcs import InvalidOptionError, metrics


def test_nps_is_promoters_minus_detractors() -> None:
    score = metrics.nps([10, 9, 8, 7, 6, 0, None, float("nan")])
    # 2 promoters, 2 passives, 2 detractors of 6 answers: 0
    assert (score.value, score.answers, score.missing) == (0.0, 6, 2)
    assert score.counts == {0: 1, 6: 1, 7: 1, 8: 1, 9: 1, 10: 1}
    assert metrics.nps([10] * 3).value == 100.0
    assert metrics.nps([0, 6]).value == -100.0


def test_nps_margin_follows_the_variance_of_the_difference() -> None:
    answers = [10] * 50 + [8] * 30 + [3] * 20
    p, d, n = 0.5, 0.2, 100
    expected = 100 * 1.959964 * math.sqrt((p + d - (p - d) ** 2) / n)
    assert metrics.nps(answers).margin == round(expected, 1)
    assert metrics.nps([9]).margin is None


def test_csat_counts_the_top_two_boxes() -> None:
    assert metrics.csat([5, 4, 3, 2, 1]).value == 40.0
    assert metrics.csat([7, 6, 5, 1], scale=7).value == 50.0
    assert metrics.csat([]).value is None


def test_ces_is_the_mean_answer() -> None:
    score = metrics.ces([7, 7, 5, 5])
    assert score.value == 6.0
    assert score.margin == round(1.959964 * math.sqrt((4 / 3) / 4), 2)


def test_first_contact_resolution_from_counts_or_flags() -> None:
    assert metrics.first_contact_resolution([1, 1, 1, 4]).value == 75.0
    assert metrics.first_contact_resolution([True, True, False, False]).value == 50.0


def test_pandas_columns_with_gaps_are_read() -> None:
    pd = pytest.importorskip("pandas")
    column = pd.Series([10, None, 9, 0])  # float64 with NaN
    assert metrics.nps(column).to_dict()["answers"] == 3
    nullable = pd.Series([5, None, 4], dtype="Int64")  # pandas.NA
    assert metrics.csat(nullable).missing == 1


@pytest.mark.parametrize(
    ("call", "answers"),
    [
        (metrics.nps, [11]),
        (metrics.nps, [-1]),
        (metrics.nps, [8.5]),
        (metrics.nps, ["9"]),
        (metrics.nps, [True]),
        (metrics.nps, "9 10"),
        (metrics.nps, 9),
        (metrics.csat, [0]),
        (metrics.csat, [decimal.Decimal("4.5")]),
        (metrics.ces, [8]),
        (metrics.first_contact_resolution, [0]),
        (metrics.first_contact_resolution, [float("inf")]),
    ],
)
def test_bad_answers_are_refused_by_name(call: object, answers: object) -> None:
    with pytest.raises(InvalidOptionError) as caught:
        call(answers)  # type: ignore[operator]
    again = pickle.loads(pickle.dumps(caught.value))
    assert str(again) == str(caught.value)


def test_bad_scales_are_refused() -> None:
    with pytest.raises(InvalidOptionError, match="CSAT scale"):
        metrics.csat([1], scale=10)
    with pytest.raises(InvalidOptionError, match="CES scale"):
        metrics.ces([1], scale=3)


NPS = st.lists(st.integers(0, 10), min_size=1, max_size=300)


@given(NPS)
def test_nps_bounds_and_order_do_not_matter(answers: list[int]) -> None:
    score = metrics.nps(answers)
    assert score.value is not None
    assert -100 <= score.value <= 100
    assert metrics.nps(list(reversed(answers))) == score
    promoters = sum(a >= 9 for a in answers) / len(answers)
    detractors = sum(a <= 6 for a in answers) / len(answers)
    assert abs(score.value - 100 * (promoters - detractors)) <= 0.05 + 1e-9
    assert sum(score.counts.values()) == score.answers == len(answers)


@given(st.lists(st.integers(1, 5), min_size=1, max_size=300))
def test_csat_is_a_percentage_and_more_fives_never_lower_it(answers: list[int]) -> None:
    score = metrics.csat(answers)
    assert score.value is not None
    assert 0 <= score.value <= 100
    better = metrics.csat([*answers, 5])
    assert better.value is not None
    assert better.value >= score.value - 0.05


@given(st.lists(st.integers(1, 7), min_size=2, max_size=300))
def test_ces_mean_lies_within_the_answers(answers: list[int]) -> None:
    score = metrics.ces(answers)
    assert score.value is not None
    assert min(answers) - 0.005 <= score.value <= max(answers) + 0.005
    assert score.margin is not None
    assert score.margin >= 0
