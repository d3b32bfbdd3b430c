"""Key facts of the Florida (US-FL) market: its two zones, so the state's calling hours
hold on both clocks."""

import datetime as dt
import zoneinfo

import globalcs

from ._common import MarketTests

MIAMI = zoneinfo.ZoneInfo("America/New_York")
PENSACOLA = zoneinfo.ZoneInfo("America/Chicago")


def test_subdivision_of_the_us() -> None:
    m = globalcs.get_market("US-FL")
    assert (m.code, m.country, m.currency, m.curated) == ("US-FL", "US", "USD", True)


def test_time_zones() -> None:
    assert globalcs.get_market("US-FL").timezones == ("America/New_York", "America/Chicago")


def test_without_a_zone_the_decision_holds_on_both_clocks() -> None:
    # 19:30 in Miami is 18:30 in Pensacola: allowed on both clocks until 20:00 Eastern.
    early_evening = dt.datetime(2026, 6, 10, 19, 30, tzinfo=MIAMI)
    decision = globalcs.contact_window("US-FL", "phone", early_evening)
    assert decision.allowed
    assert decision.allowed_until == dt.datetime(2026, 6, 10, 20, 0, tzinfo=MIAMI)
    # 08:30 in Miami is 07:30 in Pensacola: too early there.
    morning = dt.datetime(2026, 6, 10, 8, 30, tzinfo=MIAMI)
    early = globalcs.contact_window("US-FL", "phone", morning)
    assert not early.allowed
    assert early.next_allowed == dt.datetime(2026, 6, 10, 8, 0, tzinfo=PENSACOLA)
    assert "2 local times" in early.reason
    assert globalcs.contact_window("US-FL", "phone", morning, timezone="America/New_York").allowed


def test_inherits_the_rest_from_the_us() -> None:
    state, us = globalcs.get_market("US-FL"), globalcs.get_market("US")
    assert state.formality == us.formality
    assert state.channels == us.channels
    assert state.privacy == us.privacy
    assert state.returns == us.returns


def test_curated_fields_have_sources() -> None:
    assert globalcs.get_market("US-FL").sources["timezones"]


class TestProfile(MarketTests):
    code = "US-FL"
