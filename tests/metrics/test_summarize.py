"""metrics.summarize: scores per market, times in business hours, bad tables."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

import globalcs
from globalcs import InvalidOptionError, NaiveDatetimeError, metrics

pd = pytest.importorskip("pandas")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def _tickets() -> object:
    friday = dt.datetime(2026, 12, 4, 17, tzinfo=BERLIN)  # a Friday, one hour before closing
    return pd.DataFrame(
        {
            "market": ["DE", "DE", "DE", "JP"],
            "csat": [5, 4, None, 3],
            "nps": [10, 3, 9, None],
            "ces": [6, 7, 5, 4],
            "contacts": [1, 2, 1, 1],
            "created_at": [friday, friday, friday, friday],
            "first_response_at": [
                friday + dt.timedelta(hours=1),  # 18:00 Friday: one business hour
                friday + dt.timedelta(days=3),  # Monday 17:00: 1 + 8 hours
                pd.NaT,  # not answered yet
                friday + dt.timedelta(hours=2),
            ],
        }
    )


def test_one_row_per_market_with_scores_counts_and_margins() -> None:
    table = metrics.summarize(_tickets())
    de = table.loc["DE"]
    assert int(de.tickets) == 3
    assert float(de.csat) == 100.0
    assert int(de.csat_answers) == 2
    assert float(de.nps) == round(100 * (2 / 3 - 1 / 3), 1)
    assert float(de.fcr) == round(100 * 2 / 3, 1)
    assert str(table["nps_answers"].dtype) == "Int64"
    assert table.loc["JP", "response_style"] == metrics.response_style("JP").summary
    assert pd.isna(table.loc["DE", "response_style"])


def test_response_times_are_business_hours_of_each_market() -> None:
    hours = globalcs.get_market("DE").support_hours
    table = metrics.summarize(_tickets())
    friday = dt.datetime(2026, 12, 4, 17, tzinfo=BERLIN)
    calendar = globalcs.support_calendar("DE")
    first = calendar.business_hours_between(friday, friday + dt.timedelta(hours=1))
    second = calendar.business_hours_between(friday, friday + dt.timedelta(days=3))
    expected = (first + second) / 2 / dt.timedelta(hours=1)
    assert float(table.loc["DE", "first_response_hours"]) == round(expected, 2), str(hours)
    assert second < dt.timedelta(days=3)  # the weekend does not count


def test_one_desk_calendar_for_every_ticket_and_no_grouping() -> None:
    desk = globalcs.support_calendar("DE", hours="00:00-24:00", holidays=False)
    table = metrics.summarize(_tickets(), by=None, calendars=desk)
    assert len(table) == 1
    # Open around the clock: business hours are wall-clock hours (1, 72, 2 -> median 2).
    assert float(table.iloc[0]["first_response_hours"]) == 2.0


@pytest.mark.parametrize(
    ("tickets", "options", "error"),
    [
        ([{"nps": 9}], {}, InvalidOptionError),
        ("tickets", {}, InvalidOptionError),
        (None, {"by": "country"}, InvalidOptionError),
        (None, {"by": None}, InvalidOptionError),
    ],
)
def test_bad_tables_are_refused(tickets: object, options: dict[str, object], error: type) -> None:
    with pytest.raises(error):
        metrics.summarize(_tickets() if tickets is None else tickets, **options)


def test_naive_ticket_times_are_refused() -> None:
    naive = dt.datetime(2026, 12, 4, 9)
    frame = pd.DataFrame({"market": ["DE"], "created_at": [naive], "first_response_at": [naive]})
    with pytest.raises(NaiveDatetimeError):
        metrics.summarize(frame)
