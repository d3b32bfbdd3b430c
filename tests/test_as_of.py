"""A market answers as of a day: an amended law reads as it stood then, and every public
way of asking gives the same answer."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import globalcs

REFORM = dt.date(2026, 12, 1)  # Chile's Ley 21.719


def test_today_is_the_default_and_in_utc() -> None:
    today = dt.datetime.now(dt.UTC).date()
    assert globalcs.get_market("CL") is globalcs.get_market("CL", on=today)


def test_one_object_per_state_of_the_law() -> None:
    before = globalcs.get_market("CL", on=dt.date(2026, 1, 1))
    assert before is globalcs.get_market("Chile", on=dt.date(2026, 11, 30))
    after = globalcs.get_market("CL", on=REFORM)
    assert after is globalcs.get_market("CL", on=dt.date(2030, 1, 1))
    assert after is not before
    assert after.privacy.earlier == before.privacy
    # Everything but the law is the same market.
    assert dataclasses.replace(after, privacy=before.privacy) == before


def test_a_market_without_amendments_is_the_same_on_every_day() -> None:
    # Brazil: no privacy amendment and no dated customs regime (Germany has both now).
    br = globalcs.get_market("BR")
    assert globalcs.get_market("BR", on=dt.date(1999, 1, 1)) is br


def test_listings_answer_as_of_the_same_day() -> None:
    on = dt.date(2026, 11, 30)
    (chile,) = [m for m in globalcs.markets(on=on) if m.code == "CL"]
    assert chile is globalcs.get_market("CL", on=on)
    (curated,) = [m for m in globalcs.curated_markets(on=on) if m.code == "CL"]
    assert curated is chile
    later = {m.code: m for m in globalcs.curated_markets(on=REFORM)}
    assert later["CL"].privacy.since == REFORM


def test_a_callers_own_market_is_read_as_of_a_day_too() -> None:
    informal = globalcs.Formality.INFORMAL
    ours = dataclasses.replace(
        globalcs.get_market("CL", on=dt.date(2026, 11, 1)), formality=informal
    )
    assert globalcs.get_market(ours) is ours
    amended = globalcs.get_market(ours, on=REFORM)
    assert amended.formality is informal
    assert amended.privacy.since == REFORM


@pytest.mark.parametrize(
    "on",
    ["2026-12-01", dt.datetime(2026, 12, 1, 10, tzinfo=dt.UTC), 20261201, 2026.12, [REFORM]],
)
def test_a_day_that_is_not_a_date_is_refused(on: object) -> None:
    for ask in (
        lambda: globalcs.get_market("CL", on=on),  # type: ignore[arg-type]
        lambda: globalcs.markets(on=on),  # type: ignore[arg-type]
        lambda: globalcs.curated_markets(on=on),  # type: ignore[arg-type]
    ):
        with pytest.raises(globalcs.InvalidOptionError, match=r"datetime\.date") as caught:
            ask()
        assert caught.value.option == "on"


@given(read=st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1)))
def test_deadlines_do_not_depend_on_the_day_the_market_was_read(read: dt.date) -> None:
    chile = globalcs.get_market("CL", on=read)
    for received in (dt.date(2026, 11, 27), REFORM, dt.date(2027, 3, 3)):
        assert globalcs.dsar_due(chile, received) == globalcs.dsar_due("CL", received)
    law = chile.privacy
    assert (
        law.in_force(dt.date(2026, 11, 30)).dsar_deadline
        == globalcs.get_market("CL", on=dt.date(2026, 11, 30)).privacy.dsar_deadline
    )
    assert (law.since == REFORM) is (read >= REFORM)
