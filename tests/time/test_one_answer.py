"""One question, one answer: every public way of asking a statutory deadline agrees.

The deadline functions, ``render()`` (which derives the date it promises the
customer) and ``globalcs deadline`` must give the same day for every market with
a fixed period, including the markets whose period ends on a weekend or holiday.
"""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import globalcs
from globalcs.cli import main

DSAR_MARKETS = sorted(
    m.code
    for m in globalcs.curated_markets()
    if m.privacy.dsar_deadline is not None and m.privacy.dsar_deadline.amount is not None
)
WITHDRAWAL_MARKETS = sorted(
    m.code for m in globalcs.curated_markets() if m.returns.withdrawal_days is not None
)
DAYS = st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2030, 12, 31))


def _cli_due(code: str, day: dt.date, flag: str) -> str:
    out = io.StringIO()
    start = f"{day.isoformat()}T12:00"
    zone = globalcs.get_market(code).timezone
    moment = dt.datetime.fromisoformat(start).replace(tzinfo=_zone(zone))
    assert main(["deadline", code, "--from", moment.isoformat(), flag, "--json"], out=out) == 0
    due: str = json.loads(out.getvalue())["due"]
    return due


def _zone(name: str) -> dt.tzinfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def test_there_are_markets_to_compare() -> None:
    assert len(DSAR_MARKETS) > 30
    assert len(WITHDRAWAL_MARKETS) > 30


@settings(max_examples=60, deadline=None)
@given(code=st.sampled_from(DSAR_MARKETS), day=DAYS)
def test_access_request_deadline_is_the_same_everywhere(code: str, day: dt.date) -> None:
    due = globalcs.dsar_due(code, day)
    assert globalcs.dsar_due(globalcs.get_market(code), day) == due
    assert _cli_due(code, day, "--dsar") == due.isoformat()
    derived = globalcs.render("privacy_request_received", code, request_id="R", received_on=day)
    stated = globalcs.render(
        "privacy_request_received", code, request_id="R", received_on=day, due_date=due
    )
    assert derived.text == stated.text


@settings(max_examples=60, deadline=None)
@given(code=st.sampled_from(WITHDRAWAL_MARKETS), day=DAYS)
def test_withdrawal_deadline_is_the_same_everywhere(code: str, day: dt.date) -> None:
    due = globalcs.withdrawal_deadline(code, day)
    assert _cli_due(code, day, "--withdrawal") == due.isoformat()
    derived = globalcs.render("return_instructions", code, order_id="1", delivered_on=day)
    stated = globalcs.render(
        "return_instructions", code, order_id="1", delivered_on=day, return_deadline=due
    )
    assert derived.text == stated.text


@pytest.mark.parametrize("code", ["DE", "FR", "GB", "IT", "NL", "DE-BY"])
def test_a_gdpr_deadline_never_ends_on_a_weekend(code: str) -> None:
    day = dt.date(2026, 1, 1)
    while day < dt.date(2027, 1, 1):
        assert globalcs.dsar_due(code, day).weekday() < 5, day
        day += dt.timedelta(days=1)
