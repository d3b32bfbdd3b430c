"""may_send: contact hours, consent, WhatsApp's window and holidays, in one answer."""

from __future__ import annotations

import contextlib
import datetime as dt
import pickle
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import globalcs
from globalcs.messages._sending import channel_rules, phone_timezones

PARIS, BERLIN, WARSAW = (
    ZoneInfo("Europe/Paris"),
    ZoneInfo("Europe/Berlin"),
    ZoneInfo("Europe/Warsaw"),
)
LA, NEW_YORK = ZoneInfo("America/Los_Angeles"), ZoneInfo("America/New_York")


def kinds(decision: globalcs.SendDecision) -> list[str]:
    return [rule.kind for rule in decision.blocking]


# ---------------------------------------------------------------- the channel data


def test_channel_rules_load_with_sources() -> None:
    rules = channel_rules()
    assert rules["whatsapp"].hours == 24
    for rule in rules.values():
        assert rule.sources
        for source in rule.sources:
            assert source.url.startswith(("https://", "globalcs:docs/may-send.md#"))
    (meta,) = rules["whatsapp"].sources
    assert meta.url.startswith("https://developers.facebook.com/")
    assert rules["texts"].sources[0].url == "https://eur-lex.europa.eu/eli/dir/2002/58/oj"


def test_our_own_sources_point_at_headings_that_exist() -> None:
    page = Path(__file__).resolve().parents[2] / "docs" / "may-send.md"
    headings = {
        line.lstrip("# ").strip().lower().replace(" ", "-")
        for line in page.read_text(encoding="utf-8").splitlines()
        if line.startswith("## ")
    }
    for rule in channel_rules().values():
        for source in rule.sources:
            if source.url.startswith("globalcs:"):
                assert source.url.partition("#")[2] in headings, source.url


def test_consent_conditions_in_the_contact_data() -> None:
    from globalcs.time._contact import contact_rules

    found = {(r.market, r.channels, r.consent) for r in contact_rules("DE") + contact_rules("PL")}
    assert ("DE", ("phone",), "opt_in") in found
    assert ("DE", ("sms", "whatsapp"), "opt_in_soft") in found
    assert ("PL", ("phone", "sms", "whatsapp"), "opt_in") in found
    for code in ("FR", "US", "GB", "ES", "IT", "AU", "CA", "IN", "BR", "DEFAULT"):
        for rule in contact_rules(code):
            assert rule.consent is None or rule.kind == "condition"


def test_consent_on_a_window_rule_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from globalcs.time import _contact

    (tmp_path / "contact").mkdir()
    (tmp_path / "contact" / "xx.toml").write_text(
        'schema = 1\ncode = "XX"\n[[rules]]\nkind = "law"\nchannels = ["phone"]\n'
        'purposes = ["marketing"]\nhours = "09:00-17:00"\nconsent = "opt_in"\n'
        'rule = "r"\nsources = []\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(_contact, "_load", _contact._load.__wrapped__)
    monkeypatch.setattr("globalcs._data.data_root", lambda: str(tmp_path))
    with pytest.raises(globalcs.DataError) as info:
        _contact.contact_rules("XX")
    assert info.value.field == "rules[0].consent"


# ---------------------------------------------------------------- contact-time law per market


def test_france_law_closes_the_lunch_break_and_cites_the_decree() -> None:
    at = dt.datetime(2026, 6, 10, 13, 30, tzinfo=PARIS)
    d = globalcs.may_send("FR", "phone", at, consent="opt_in")
    assert (d.allowed, d.next_allowed) == (False, dt.datetime(2026, 6, 10, 14, tzinfo=PARIS))
    assert kinds(d) == ["contact_time"]
    assert "D. 223-9" in d.blocking[0].reason
    assert d.blocking[0].sources[0].url.endswith("JORFTEXT000046421823")


def test_france_public_holiday_is_named_with_its_source() -> None:
    at = dt.datetime(2026, 12, 25, 11, tzinfo=PARIS)
    d = globalcs.may_send("FR", "call", at, consent="opt_in")
    assert kinds(d) == ["contact_time", "holiday"]
    assert "Christmas Day" in d.blocking[1].reason
    assert d.blocking[1].sources[0].url == "https://github.com/vacanza/holidays"
    assert d.next_allowed == dt.datetime(2026, 12, 28, 10, tzinfo=PARIS)


def test_italy_names_the_eve_of_a_holiday() -> None:
    at = dt.datetime(2026, 12, 24, 19, 30, tzinfo=ZoneInfo("Europe/Rome"))
    d = globalcs.may_send("IT", "phone", at, consent="opt_in")
    assert kinds(d) == ["contact_time", "holiday"]
    assert "eve of a public holiday" in d.blocking[1].reason


@pytest.mark.parametrize(
    ("local", "allowed"),
    [((7, 59), False), ((8, 0), True), ((20, 59), True), ((21, 0), False)],
)
def test_us_tcpa_hours_in_the_zone_of_a_los_angeles_number(
    local: tuple[int, int], allowed: bool
) -> None:
    at = dt.datetime(2026, 6, 10, *local, tzinfo=LA)
    d = globalcs.may_send("US", "phone", at, phone="+1 213 555 0100")
    assert (d.timezone, d.timezone_from, d.allowed) == ("America/Los_Angeles", "phone", allowed)
    assert d.contact is not None
    assert "64.1200" in d.contact.rule.rule


def test_us_state_market_uses_the_federal_rule_in_its_own_zone() -> None:
    at = dt.datetime(2026, 6, 10, 7, 30, tzinfo=LA)
    d = globalcs.may_send("US-CA", "phone", at)
    assert d.contact is not None
    assert d.contact.rule.market == "US"
    assert d.next_allowed == dt.datetime(2026, 6, 10, 8, tzinfo=LA)


def test_a_curated_us_state_uses_its_own_narrower_hours() -> None:
    at = dt.datetime(2026, 6, 10, 20, 30, tzinfo=NEW_YORK)
    d = globalcs.may_send("US-FL", "phone", at, timezone="America/New_York")
    assert d.contact is not None
    assert d.contact.rule.market == "US-FL"
    assert d.contact == globalcs.contact_window("US-FL", "phone", at, timezone="America/New_York")
    assert not d.allowed
    assert d.next_allowed == dt.datetime(2026, 6, 11, 8, tzinfo=NEW_YORK)
    assert globalcs.may_send("US", "phone", at, timezone="America/New_York").contact.allowed  # type: ignore[union-attr]


def test_us_without_a_zone_holds_in_every_zone() -> None:
    at = dt.datetime(2026, 6, 10, 10, 30, tzinfo=NEW_YORK)
    d = globalcs.may_send("US", "phone", at)
    assert (d.timezone, d.timezone_from, d.allowed) == (None, "market", False)
    assert d.next_allowed == dt.datetime(2026, 6, 10, 14, tzinfo=NEW_YORK)


# ---------------------------------------------------------------- consent


@pytest.mark.parametrize(
    ("consent", "allowed"),
    [("none", False), ("opt_in_soft", False), ("opt_in", True), ("opt_out", False)],
)
def test_germany_marketing_calls_need_prior_consent(consent: str, allowed: bool) -> None:
    at = dt.datetime(2026, 6, 10, 11, tzinfo=BERLIN)
    d = globalcs.may_send("DE", "phone", at, consent=consent)  # type: ignore[arg-type]
    assert d.allowed is allowed
    if not allowed:
        assert kinds(d) == ["consent"]
        assert d.next_allowed is None
        assert d.blocking[0].sources[0].url == "https://lxgesetze.de/uwg/7"


@pytest.mark.parametrize(("consent", "allowed"), [("none", False), ("opt_in_soft", True)])
def test_germany_texts_take_the_existing_customer_exception(consent: str, allowed: bool) -> None:
    at = dt.datetime(2026, 6, 10, 11, tzinfo=BERLIN)
    d = globalcs.may_send("DE", "sms", at, consent=consent)  # type: ignore[arg-type]
    assert d.allowed is allowed
    (rule,) = [r for r in d.rules if r.kind == "consent"]
    assert "§ 7(3)" in rule.reason


def test_poland_needs_consent_for_any_channel() -> None:
    at = dt.datetime(2026, 6, 10, 11, tzinfo=WARSAW)
    for channel in ("phone", "sms", "whatsapp"):
        d = globalcs.may_send("PL", channel, at, consent="opt_in_soft", template=True)  # type: ignore[arg-type]
        assert "consent" in kinds(d)
        assert "398" in d.blocking[0].reason


def test_great_britain_reports_the_tps_check_it_cannot_make() -> None:
    at = dt.datetime(2026, 6, 10, 11, tzinfo=ZoneInfo("Europe/London"))
    d = globalcs.may_send("GB", "phone", at)
    assert d.allowed
    (tps,) = [r for r in d.rules if r.kind == "condition"]
    assert tps.allowed is None
    assert "TPS" in tps.reason


@pytest.mark.parametrize(
    ("code", "consent", "allowed"),
    [
        ("US", "none", True),  # CAN-SPAM: opt-out
        ("US", "opt_out", False),
        ("DE", "none", False),  # soft opt-in regime
        ("DE", "opt_in_soft", True),
        ("HU", "opt_in_soft", False),  # opt-in regime
        ("HU", "opt_in", True),
        ("BR", "none", False),  # no model curated: consent only
        ("BR", "opt_in", True),
    ],
)
def test_marketing_email_follows_the_market_model(code: str, consent: str, allowed: bool) -> None:
    at = dt.datetime(2026, 6, 14, 3, tzinfo=dt.UTC)  # a Sunday night: e-mail has no hours
    d = globalcs.may_send(code, "email", at, consent=consent)  # type: ignore[arg-type]
    assert d.allowed is allowed
    assert d.contact is None
    assert d.rules[0].kind == "channel"


def test_marketing_texts_need_consent_where_the_email_model_is_opt_out() -> None:
    at = dt.datetime(2026, 6, 10, 12, tzinfo=NEW_YORK)
    d = globalcs.may_send("US", "sms", at, timezone="America/New_York")
    assert kinds(d) == ["consent"]
    assert d.blocking[0].sources[0].url.startswith("globalcs:docs/may-send.md")
    assert globalcs.may_send("US", "sms", at, timezone="America/New_York", consent="opt_in").allowed


def test_an_objection_stops_marketing_but_not_service() -> None:
    at = dt.datetime(2026, 6, 10, 11, tzinfo=BERLIN)
    assert not globalcs.may_send("DE", "email", at, consent="opt_out").allowed
    assert globalcs.may_send("DE", "email", at, consent="opt_out", purpose="service").allowed


# ---------------------------------------------------------------- WhatsApp's window

NOON = dt.datetime(2026, 6, 10, 12, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("ago", "is_open"),
    [
        (dt.timedelta(0), True),
        (dt.timedelta(hours=24) - dt.timedelta(microseconds=1), True),
        (dt.timedelta(hours=24), False),
        (dt.timedelta(days=3), False),
    ],
)
def test_whatsapp_window_is_open_for_exactly_24_hours(ago: dt.timedelta, is_open: bool) -> None:
    d = globalcs.may_send("DE", "whatsapp", NOON, purpose="service", last_inbound=NOON - ago)
    (window,) = [r for r in d.rules if r.kind == "whatsapp_window"]
    assert window.allowed is is_open
    assert d.allowed is is_open
    assert window.sources[0].publisher == "Meta for Developers"
    if not is_open:
        assert d.next_allowed is None
        assert globalcs.may_send(
            "DE", "whatsapp", NOON, purpose="service", last_inbound=NOON - ago, template=True
        ).allowed


def test_whatsapp_without_an_inbound_message_needs_a_template() -> None:
    d = globalcs.may_send("DE", "whatsapp", NOON, purpose="service")
    assert kinds(d) == ["whatsapp_window"]
    assert d.next_allowed is None
    assert any(r.allowed is None and "opted in" in r.reason for r in d.rules)


def test_a_service_reply_in_an_open_window_is_not_held_by_quiet_hours() -> None:
    night = dt.datetime(2026, 6, 13, 23, tzinfo=BERLIN)  # a Saturday night
    d = globalcs.may_send(
        "DE", "whatsapp", night, purpose="service", last_inbound=night - dt.timedelta(hours=1)
    )
    assert d.allowed
    assert not globalcs.contact_window("DE", "whatsapp", night, purpose="service").allowed
    as_template = globalcs.may_send(
        "DE",
        "whatsapp",
        night,
        purpose="service",
        last_inbound=night - dt.timedelta(hours=1),
        template=True,
    )
    assert as_template.allowed


@pytest.mark.parametrize(
    ("inbound_hour", "next_allowed"),
    [(10, dt.datetime(2026, 6, 11, 9, tzinfo=BERLIN)), (8, None)],
)
def test_marketing_in_the_window_waits_for_the_hours_unless_the_window_closes_first(
    inbound_hour: int, next_allowed: dt.datetime | None
) -> None:
    at = dt.datetime(2026, 6, 10, 22, tzinfo=BERLIN)
    inbound = dt.datetime(2026, 6, 10, inbound_hour, tzinfo=BERLIN)
    d = globalcs.may_send("DE", "whatsapp", at, consent="opt_in", last_inbound=inbound)
    assert not d.allowed
    assert d.next_allowed == next_allowed


# ---------------------------------------------------------------- the customer's zone


@pytest.mark.parametrize(
    ("code", "number", "zone"),
    [
        ("US", "+1 213 555 0100", "America/Los_Angeles"),
        ("US", "(212) 555-0100", "America/New_York"),
        ("CA", "+1 416 555 0100", "America/Toronto"),
        ("CA", "+1 604 555 0100", "America/Vancouver"),
        ("AU", "+61 2 9999 0000", "Australia/Sydney"),
        ("BR", "+55 11 91234 5678", "America/Sao_Paulo"),
        ("BR", "+55 92 91234 5678", "America/Manaus"),
        ("RU", "+7 495 123 4567", "Europe/Moscow"),
        ("RU", "+7 423 123 4567", "Asia/Vladivostok"),
    ],
)
def test_zone_from_the_phone_number(code: str, number: str, zone: str) -> None:
    at = dt.datetime(2026, 6, 10, 12, tzinfo=dt.UTC)
    d = globalcs.may_send(code, "phone", at, phone=number)
    assert (d.timezone, d.timezone_from) == (zone, "phone")
    assert d.at.tzinfo == ZoneInfo(zone)


@pytest.mark.parametrize(
    ("code", "number"),
    [("AU", "+61 8 9999 0000"), ("AU", "+61 412 345 678"), ("RU", "+7 912 345 6789")],
)
def test_a_number_with_several_zones_falls_back_to_every_zone(code: str, number: str) -> None:
    assert len(phone_timezones(number, code)) > 1
    at = dt.datetime(2026, 6, 10, 12, tzinfo=dt.UTC)
    d = globalcs.may_send(code, "phone", at, phone=number)
    assert (d.timezone, d.timezone_from) == (None, "market")
    assert d.contact == globalcs.contact_window(code, "phone", at)


def test_an_explicit_or_customer_zone_wins_over_the_phone() -> None:
    at = dt.datetime(2026, 6, 10, 12, tzinfo=dt.UTC)
    phone = "+1 213 555 0100"
    given = globalcs.may_send("US", "sms", at, phone=phone, timezone="America/Chicago")
    assert (given.timezone, given.timezone_from) == ("America/Chicago", "timezone")
    customer = globalcs.Customer(given_name="Ann", timezone="America/Denver")
    known = globalcs.may_send("US", "sms", at, phone=phone, customer=customer)
    assert (known.timezone, known.timezone_from) == ("America/Denver", "customer")
    mapped = globalcs.may_send("US", "sms", at, customer={"timezone": "America/Phoenix"})
    assert mapped.timezone == "America/Phoenix"


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "phone",
    [
        "",
        "   ",
        "abc",
        "+1 999",
        "+1 213 555 01000000",
        "x" * 1000,
        "\x00+1 213",
        "+33 1 23 45 67 89",
    ],
)
def test_bad_phone_numbers_raise_a_named_error(phone: str) -> None:
    at = dt.datetime(2026, 6, 10, 12, tzinfo=dt.UTC)
    with pytest.raises(globalcs.InvalidPhoneNumberError) as info:
        globalcs.may_send("US", "sms", at, phone=phone)
    assert info.value.value == phone
    assert isinstance(info.value, ValueError)
    copied = pickle.loads(pickle.dumps(info.value))
    assert str(copied) == str(info.value)
    assert copied.value == phone


@pytest.mark.parametrize("phone", [12135550100, None.__class__, ["+1 213 555 0100"]])
def test_a_phone_that_is_no_string_is_refused(phone: object) -> None:
    at = dt.datetime(2026, 6, 10, 12, tzinfo=dt.UTC)
    with pytest.raises(globalcs.InvalidPhoneNumberError):
        globalcs.may_send("US", "sms", at, phone=phone)  # type: ignore[arg-type]


def test_a_number_from_another_country_names_it() -> None:
    at = dt.datetime(2026, 6, 10, 12, tzinfo=dt.UTC)
    with pytest.raises(globalcs.InvalidPhoneNumberError, match="a number of CA"):
        globalcs.may_send("US", "phone", at, phone="+1 416 555 0100")


def test_naive_times_are_refused() -> None:
    naive = dt.datetime(2026, 6, 10, 12)
    with pytest.raises(globalcs.NaiveDatetimeError):
        globalcs.may_send("DE", "sms", naive)
    with pytest.raises(globalcs.NaiveDatetimeError, match="last_inbound"):
        globalcs.may_send("DE", "whatsapp", NOON, last_inbound=naive)


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("channel", "fax"),
        ("channel", "live_chat"),
        ("channel", ["sms"]),
        ("purpose", "spam"),
        ("consent", "yes"),
        ("consent", None),
        ("template", "yes"),
        ("timezone", "Mars/Olympus"),
        ("customer", 42),
        ("customer", {"timezone": "Mars/Olympus"}),
        ("last_inbound", NOON + dt.timedelta(seconds=1)),
        ("last_inbound", "yesterday"),
    ],
)
def test_bad_options_raise_invalid_option(option: str, value: object) -> None:
    kwargs: dict[str, object] = {"channel": "whatsapp"} | {option: value}
    channel = kwargs.pop("channel")
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.may_send("DE", channel, NOON, **kwargs)  # type: ignore[arg-type]


def test_unknown_market() -> None:
    with pytest.raises(globalcs.UnknownMarketError):
        globalcs.may_send("Germny", "sms", NOON)


@pytest.mark.parametrize(
    "at",
    [
        dt.datetime(1, 1, 1, tzinfo=dt.UTC),
        dt.datetime(9999, 12, 31, 23, 59, tzinfo=dt.UTC),
    ],
)
def test_the_ends_of_time_raise_a_named_error(at: dt.datetime) -> None:
    for channel in ("phone", "whatsapp", "email"):
        with contextlib.suppress(globalcs.InvalidOptionError, globalcs.HolidayRangeError):
            globalcs.may_send("US", channel, at, last_inbound=at)  # type: ignore[arg-type]


def test_to_dict_is_json_ready() -> None:
    import json

    d = globalcs.may_send("FR", "phone", dt.datetime(2026, 12, 25, 11, tzinfo=PARIS))
    data = json.loads(json.dumps(d.to_dict()))
    assert data["allowed"] is False
    assert data["next_allowed"] == "2026-12-28T10:00:00+01:00"
    assert [r["kind"] for r in data["rules"]] == ["contact_time", "holiday"]
    assert data["rules"][0]["sources"][0]["confidence"] == "statute"


# ---------------------------------------------------------------- one question, one answer

MARKETS = st.sampled_from(
    ["FR", "US", "US-FL", "US-WA", "DE", "GB", "ES", "IT", "PL", "BR", "IN", "AU", "CA", "JP", "SA"]
)
INSTANTS = st.datetimes(
    min_value=dt.datetime(2026, 1, 1),
    max_value=dt.datetime(2027, 12, 31),
    timezones=st.just(dt.UTC),
)


@settings(deadline=None)
@given(
    MARKETS,
    st.sampled_from(["phone", "sms", "whatsapp"]),
    st.sampled_from(["marketing", "service"]),
    INSTANTS,
    st.booleans(),
)
def test_may_send_agrees_with_contact_window(
    code: str, channel: str, purpose: str, at: dt.datetime, own_zone: bool
) -> None:
    """With consent and a template, only the contact hours can say no: the same answer."""
    zone = globalcs.get_market(code).timezone if own_zone else None
    window = globalcs.contact_window(code, channel, at, purpose=purpose, timezone=zone)  # type: ignore[arg-type]
    d = globalcs.may_send(
        code,
        channel,
        at,
        purpose=purpose,
        consent="opt_in",
        template=True,
        timezone=zone,  # type: ignore[arg-type]
    )
    assert d.contact == window
    assert d.allowed is window.allowed
    assert d.next_allowed == window.next_allowed


@settings(deadline=None)
@given(
    MARKETS,
    st.sampled_from(["phone", "sms", "whatsapp", "email"]),
    st.sampled_from(["marketing", "service"]),
    st.sampled_from(["none", "opt_in", "opt_in_soft"]),
    INSTANTS,
    st.one_of(
        st.none(), st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(hours=30))
    ),
)
def test_the_next_allowed_time_is_allowed_and_never_earlier(
    code: str,
    channel: str,
    purpose: str,
    consent: str,
    at: dt.datetime,
    ago: dt.timedelta | None,
) -> None:
    inbound = None if ago is None else at - ago
    options = {"purpose": purpose, "consent": consent, "last_inbound": inbound}
    d = globalcs.may_send(code, channel, at, **options)  # type: ignore[arg-type]
    assert d.allowed is (d.next_allowed == d.at)
    if d.next_allowed is not None:
        assert d.next_allowed >= at
        assert globalcs.may_send(code, channel, d.next_allowed, **options).allowed  # type: ignore[arg-type]


@settings(deadline=None)
@given(
    MARKETS,
    st.sampled_from(["phone", "sms", "whatsapp"]),
    INSTANTS,
    st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(days=3)),
)
def test_the_next_allowed_time_is_monotonic(
    code: str, channel: str, at: dt.datetime, later: dt.timedelta
) -> None:
    def following(moment: dt.datetime) -> dt.datetime:
        d = globalcs.may_send(code, channel, moment, consent="opt_in", template=True)  # type: ignore[arg-type]
        return d.next_allowed or dt.datetime.max.replace(tzinfo=dt.UTC)

    assert following(at) <= following(at + later)
