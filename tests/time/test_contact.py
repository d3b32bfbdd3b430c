"""Contact windows: the curated rules, their sources, and decisions per market."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import globalcs
from globalcs._data import data_dir
from globalcs.time._contact import ContactRule, contact_rules

CONTACT = Path(data_dir()) / "contact"
LEGAL_MARKETS = ("FR", "US", "DE", "GB", "ES", "IT", "PL", "BR", "IN", "AU", "CA")


def local(zone: str, *args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=ZoneInfo(zone))  # type: ignore[arg-type,misc]


# ---------------------------------------------------------------- the data


@pytest.mark.parametrize("path", sorted(CONTACT.glob("*.toml")), ids=lambda p: p.stem)
def test_every_rules_file_loads_with_sources(path: Path) -> None:
    rules = contact_rules(path.stem)
    assert rules
    for rule in rules:
        assert rule.sources, rule.rule
        for source in rule.sources:
            assert source.url.startswith(("https://", "http://", "globalcs:docs/"))
            assert source.confidence in ("statute", "report", "editorial")
        if rule.kind in ("law", "code"):
            # a legal window rests on at least one statute or named report
            assert any(s.confidence in ("statute", "report") for s in rule.sources), rule.rule
        if rule.kind != "condition":
            assert rule.hours


@pytest.mark.parametrize("code", LEGAL_MARKETS)
def test_each_required_market_has_curated_rules(code: str) -> None:
    rules = contact_rules(code)
    assert rules, f"data/contact/{code.lower()}.toml is missing"
    assert all(rule.market == code for rule in rules)


def test_default_is_an_editorial_norm() -> None:
    (rule,) = contact_rules("default")
    assert rule.kind == "norm"
    assert rule.sources[0].confidence == "editorial"
    assert set(rule.channels) == {"phone", "sms", "whatsapp"}


def test_a_bad_rules_file_names_the_field(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from globalcs.time import _contact

    (tmp_path / "contact").mkdir()
    (tmp_path / "contact" / "xx.toml").write_text(
        'schema = 1\ncode = "XX"\n[[rules]]\nkind = "law"\nchannels = ["fax"]\n'
        'purposes = ["marketing"]\nhours = "09:00-17:00"\nrule = "r"\nsources = []\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(_contact, "_load", _contact._load.__wrapped__)
    monkeypatch.setattr("globalcs._data.data_root", lambda: str(tmp_path))
    with pytest.raises(globalcs.DataError) as info:
        _contact.contact_rules("XX")
    assert info.value.field == "rules[0].channels"


# ---------------------------------------------------------------- decisions

# (market, channel, purpose, local time, zone, allowed, next allowed local time or None)
CASES = [
    # France: weekdays 10-13 and 14-20, no public holidays
    ("FR", "call", "marketing", (2026, 6, 10, 9, 30), "Europe/Paris", False, (2026, 6, 10, 10, 0)),
    ("FR", "call", "marketing", (2026, 6, 10, 13, 30), "Europe/Paris", False, (2026, 6, 10, 14, 0)),
    ("FR", "call", "marketing", (2026, 6, 10, 19, 59), "Europe/Paris", True, None),
    ("FR", "call", "marketing", (2026, 6, 13, 11, 0), "Europe/Paris", False, (2026, 6, 15, 10, 0)),
    ("FR", "call", "marketing", (2026, 7, 13, 20, 0), "Europe/Paris", False, (2026, 7, 15, 10, 0)),
    # US: 8:00-21:00 local, every day
    ("US", "call", "marketing", (2026, 7, 4, 20, 30), "America/New_York", True, None),
    (
        "US",
        "call",
        "marketing",
        (2026, 6, 10, 21, 0),
        "America/New_York",
        False,
        (2026, 6, 11, 8, 0),
    ),
    # Spain: weekdays 9-21 only
    ("ES", "call", "marketing", (2026, 6, 10, 20, 59), "Europe/Madrid", True, None),
    ("ES", "call", "marketing", (2026, 6, 13, 12, 0), "Europe/Madrid", False, (2026, 6, 15, 9, 0)),
    # Italy: 10-19 on the eve of a holiday, never Sunday
    ("IT", "call", "marketing", (2026, 12, 24, 19, 30), "Europe/Rome", False, (2026, 12, 28, 9, 0)),
    ("IT", "call", "marketing", (2026, 6, 10, 19, 30), "Europe/Rome", True, None),
    ("IT", "call", "marketing", (2026, 6, 13, 9, 30), "Europe/Rome", False, (2026, 6, 13, 10, 0)),
    # Australia: Saturday to 17:00, no Sundays
    (
        "AU",
        "call",
        "marketing",
        (2026, 6, 13, 17, 30),
        "Australia/Sydney",
        False,
        (2026, 6, 15, 9, 0),
    ),
    ("AU", "call", "marketing", (2026, 6, 10, 19, 0), "Australia/Perth", True, None),
    # Canada: weekends 10-18
    (
        "CA",
        "call",
        "marketing",
        (2026, 6, 13, 9, 30),
        "America/Toronto",
        False,
        (2026, 6, 13, 10, 0),
    ),
    ("CA", "call", "marketing", (2026, 6, 10, 21, 15), "America/Vancouver", True, None),
    # India: 10-21
    ("IN", "sms", "marketing", (2026, 6, 10, 9, 30), "Asia/Kolkata", False, (2026, 6, 10, 10, 0)),
    # Brazil: Saturday 10-16
    (
        "BR",
        "call",
        "marketing",
        (2026, 6, 13, 16, 30),
        "America/Sao_Paulo",
        False,
        (2026, 6, 15, 9, 0),
    ),
    # Germany, Poland, UK: no statutory hours, the default on business days
    ("DE", "call", "marketing", (2026, 6, 10, 20, 30), "Europe/Berlin", False, (2026, 6, 11, 9, 0)),
    ("PL", "sms", "marketing", (2026, 6, 10, 12, 0), "Europe/Warsaw", True, None),
    (
        "GB",
        "call",
        "marketing",
        (2026, 12, 25, 12, 0),
        "Europe/London",
        False,
        (2026, 12, 29, 9, 0),
    ),
    # service contacts follow the quiet-hours norm, not the telemarketing law
    ("FR", "call", "service", (2026, 6, 10, 13, 30), "Europe/Paris", True, None),
    # US states with narrower telemarketing hours than the TCPA's 8:00-21:00 (marketing calls)
    (
        "US-FL",
        "call",
        "marketing",
        (2026, 6, 10, 20, 30),
        "America/New_York",
        False,
        (2026, 6, 11, 8, 0),
    ),
    ("US-FL", "call", "marketing", (2026, 6, 10, 19, 59), "America/New_York", True, None),
    ("US-FL", "call", "marketing", (2026, 6, 14, 10, 0), "America/Chicago", True, None),  # Sunday
    ("US-FL", "call", "marketing", (2026, 7, 4, 19, 0), "America/New_York", True, None),  # holiday
    (
        "US-FL",
        "call",
        "marketing",
        (2026, 6, 10, 7, 30),
        "America/Chicago",
        False,
        (2026, 6, 10, 8, 0),
    ),
    (
        "US-WA",
        "call",
        "marketing",
        (2026, 6, 10, 20, 15),
        "America/Los_Angeles",
        False,
        (2026, 6, 11, 8, 0),
    ),
    ("US-WA", "call", "marketing", (2026, 6, 13, 12, 0), "America/Los_Angeles", True, None),
    # a state without a curated file keeps the federal window: 20:30 is fine in Georgia
    ("US-GA", "call", "marketing", (2026, 6, 10, 20, 30), "America/New_York", True, None),
    # texts are not in the Florida file: the US answer (the default, on business days)
    (
        "US-FL",
        "sms",
        "marketing",
        (2026, 6, 10, 19, 30),
        "America/New_York",
        True,
        None,
    ),
    # no curated rule: the default (SA's weekend is Friday-Saturday)
    ("SA", "whatsapp", "service", (2026, 6, 5, 12, 0), "Asia/Riyadh", False, (2026, 6, 7, 9, 0)),
    ("JP", "sms", "marketing", (2026, 5, 4, 12, 0), "Asia/Tokyo", False, (2026, 5, 7, 9, 0)),
]


@pytest.mark.parametrize(
    ("code", "channel", "purpose", "when", "zone", "allowed", "next_allowed"),
    CASES,
    ids=[f"{c[0]}-{c[1]}-{c[2]}-{'-'.join(map(str, c[3]))}" for c in CASES],
)
def test_decision(
    code: str,
    channel: str,
    purpose: str,
    when: tuple[int, ...],
    zone: str,
    allowed: bool,
    next_allowed: tuple[int, ...] | None,
) -> None:
    at = local(zone, *when)
    decision = globalcs.contact_window(code, channel, at, purpose=purpose, timezone=zone)  # type: ignore[arg-type]
    assert decision.allowed is allowed, decision.reason
    expected = at if next_allowed is None else local(zone, *next_allowed)
    assert decision.next_allowed == expected
    assert decision.next_allowed is not None
    assert decision.next_allowed.tzinfo == ZoneInfo(zone)
    assert decision.allowed_until is not None
    assert decision.allowed_until > decision.next_allowed
    assert decision.sources
    assert decision.reason.startswith("within" if allowed else "outside")


# ---------------------------------------------------------------- US states


def _minutes(rule: ContactRule) -> list[tuple[tuple[int, int], ...]]:
    hours = rule.opening_hours(globalcs.get_market("US").weekend)
    assert hours is not None, rule.rule
    return list(hours.week)


US_STATE_FILES = sorted(CONTACT.glob("us-*.toml"))


def test_some_us_states_are_curated() -> None:
    assert {path.stem for path in US_STATE_FILES} >= {"us-fl", "us-wa"}


@pytest.mark.parametrize("path", US_STATE_FILES, ids=lambda p: p.stem)
def test_a_state_window_lies_within_the_federal_one(path: Path) -> None:
    """The TCPA still applies in every state: a state file may only narrow its window."""
    (federal,) = [r for r in contact_rules("US") if r.kind == "law" and "phone" in r.channels]
    federal_week = _minutes(federal)
    rules = contact_rules(path.stem)
    assert all(rule.market == path.stem.upper() for rule in rules)
    for rule in rules:
        if rule.kind == "condition":
            continue
        assert rule.kind in ("law", "code"), rule.rule
        assert rule.purposes == ("marketing",), rule.rule
        assert any(s.confidence == "statute" for s in rule.sources), rule.rule
        assert rule.public_holidays <= federal.public_holidays
        for day, intervals in enumerate(_minutes(rule)):
            for start, end in intervals:
                assert any(a <= start and end <= b for a, b in federal_week[day]), (
                    rule.rule,
                    day,
                    (start, end),
                )


@pytest.mark.parametrize("path", US_STATE_FILES, ids=lambda p: p.stem)
def test_a_state_answer_is_never_laxer_than_the_federal_one(path: Path) -> None:
    """Hour by hour over a week, a call the state allows is one the TCPA allows."""
    code = path.stem.upper()
    zone = "America/New_York"
    start = local(zone, 2026, 6, 8, 0, 0)
    for hour in range(7 * 24):
        at = start + dt.timedelta(hours=hour, minutes=30)
        state = globalcs.contact_window(code, "phone", at, timezone=zone)
        if state.allowed:
            assert globalcs.contact_window("US", "phone", at, timezone=zone).allowed, at


@pytest.mark.parametrize(
    ("code", "zone"), [("US-FL", "America/New_York"), ("US-WA", "America/Los_Angeles")]
)
def test_channels_a_state_law_leaves_out_fall_back_to_the_us_rules(code: str, zone: str) -> None:
    for channel, purpose, when in (
        ("sms", "marketing", (2026, 6, 10, 20, 30)),
        ("whatsapp", "marketing", (2026, 6, 13, 12, 0)),
        ("phone", "service", (2026, 6, 10, 20, 30)),
    ):
        at = local(zone, *when)
        state = globalcs.contact_window(code, channel, at, purpose=purpose, timezone=zone)  # type: ignore[arg-type]
        country = globalcs.contact_window("US", channel, at, purpose=purpose, timezone=zone)  # type: ignore[arg-type]
        assert state == country
    # the phone marketing rule itself is the state's, and names its statute
    at = local(zone, 2026, 6, 10, 20, 30)
    decision = globalcs.contact_window(code, "phone", at, timezone=zone)
    assert decision.rule.market == code
    assert not decision.allowed
    assert decision.sources[0].confidence == "statute"
    assert "8 p.m." in decision.rule.rule or "8:00 p.m." in decision.rule.rule


def test_the_country_market_alone_gives_the_federal_rule() -> None:
    at = local("America/New_York", 2026, 6, 10, 20, 30)
    assert globalcs.contact_window("US", "phone", at, timezone="America/New_York").allowed
    florida = globalcs.contact_window("US-FL", "phone", at, timezone="America/New_York")
    assert not florida.allowed
    assert "501.616" in florida.reason


def test_reason_names_the_law_and_its_source() -> None:
    decision = globalcs.contact_window("FR", "phone", local("Europe/Paris", 2026, 6, 10, 13, 30))
    assert decision.rule.kind == "law"
    assert "D. 223-9" in decision.reason
    assert "consent" in decision.reason
    assert decision.sources[0].url.startswith("https://www.legifrance.gouv.fr/")


def test_conditions_travel_with_the_decision() -> None:
    decision = globalcs.contact_window("DE", "phone", local("Europe/Berlin", 2026, 6, 10, 12, 0))
    assert decision.allowed
    assert decision.rule.market == "DEFAULT"
    assert [c.kind for c in decision.conditions] == ["condition"]
    assert "UWG" in decision.reason
    assert decision.to_dict()["conditions"]


def test_customer_zone_decides() -> None:
    at = dt.datetime(2026, 6, 10, 12, 30, tzinfo=dt.UTC)  # 08:30 New York, 05:30 Los Angeles
    assert globalcs.contact_window("US", "phone", at, timezone="America/New_York").allowed
    west = globalcs.contact_window("US", "phone", at, timezone="America/Los_Angeles")
    assert not west.allowed
    assert west.next_allowed == local("America/Los_Angeles", 2026, 6, 10, 8, 0)


def test_without_the_customer_zone_a_decision_holds_in_every_zone() -> None:
    # 10:30 in New York is 07:30 in Los Angeles and 04:30 in Honolulu: the TCPA forbids it.
    at = local("America/New_York", 2026, 6, 10, 10, 30)
    decision = globalcs.contact_window("US", "phone", at)
    assert not decision.allowed
    assert "every one of the market's 8 local times" in decision.reason
    # 08:00 in Honolulu is 14:00 in New York; 21:00 in New York closes the common window.
    assert decision.next_allowed == local("America/New_York", 2026, 6, 10, 14, 0)
    assert decision.allowed_until == local("America/New_York", 2026, 6, 10, 21, 0)
    for name in globalcs.get_market("US").timezones:
        assert decision.next_allowed is not None
        assert globalcs.contact_window("US", "phone", decision.next_allowed, timezone=name).allowed
    later = globalcs.contact_window("US", "phone", local("America/New_York", 2026, 6, 10, 15, 0))
    assert later.allowed


def test_a_single_zone_market_says_nothing_about_zones() -> None:
    decision = globalcs.contact_window("DE", "phone", local("Europe/Berlin", 2026, 6, 10, 12, 0))
    assert "local times" not in decision.reason  # Europe/Busingen keeps Berlin's clock


def test_call_is_an_alias_of_phone() -> None:
    at = local("Europe/Paris", 2026, 6, 10, 12, 0)
    assert globalcs.contact_window("FR", "phone", at) == globalcs.contact_window("FR", "phone", at)
    assert "phone" in {c.id for c in globalcs.get_market("FR").channels}


def test_bad_input() -> None:
    at = local("Europe/Paris", 2026, 6, 10, 12, 0)
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.contact_window("FR", "fax", at)  # type: ignore[arg-type]
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.contact_window("FR", "phone", at, purpose="survey")  # type: ignore[arg-type]
    with pytest.raises(globalcs.NaiveDatetimeError):
        globalcs.contact_window("FR", "phone", dt.datetime(2026, 6, 10, 12))
    with pytest.raises(globalcs.UnknownMarketError):
        globalcs.contact_window("Atlantis", "phone", at)
