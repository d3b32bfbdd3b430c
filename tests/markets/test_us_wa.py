"""Key facts of the Washington (US-WA) market: its zone, so the state's calling hours
are read on the customer's clock."""

import datetime as dt
import zoneinfo

import globalcs

from ._common import MarketTests

SEATTLE = zoneinfo.ZoneInfo("America/Los_Angeles")


def test_subdivision_of_the_us() -> None:
    m = globalcs.get_market("US-WA")
    assert (m.code, m.country, m.currency, m.curated) == ("US-WA", "US", "USD", True)


def test_time_zone() -> None:
    assert globalcs.get_market("US-WA").timezones == ("America/Los_Angeles",)


def test_the_state_calling_hours_apply_without_a_zone_argument() -> None:
    late = dt.datetime(2026, 6, 10, 20, 30, tzinfo=SEATTLE)
    decision = globalcs.contact_window("US-WA", "phone", late)
    assert not decision.allowed
    assert decision.rule.market == "US-WA"
    assert decision.next_allowed == dt.datetime(2026, 6, 11, 8, 0, tzinfo=SEATTLE)
    assert "local times" not in decision.reason  # one zone: nothing to say about zones


def test_inherits_the_rest_from_the_us() -> None:
    state, us = globalcs.get_market("US-WA"), globalcs.get_market("US")
    assert state.formality == us.formality
    assert state.channels == us.channels
    assert state.privacy == us.privacy
    assert state.returns == us.returns


def test_curated_fields_have_sources() -> None:
    assert globalcs.get_market("US-WA").sources["timezones"]


class TestProfile(MarketTests):
    code = "US-WA"
