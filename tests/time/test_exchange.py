"""Schedules in and out: schema.org JSON-LD, Zendesk, Kustomer and iCalendar, round trips."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import globalcs
from globalcs import DateOverride, OpeningHours, Schedule

STAMP = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


@st.composite
def opening_hours(draw: st.DrawFn) -> OpeningHours:
    """Weeks of quarter-hour shifts, some across midnight, that OpeningHours accepts."""
    week = []
    for _ in range(7):
        points = sorted(draw(st.sets(st.integers(0, 96), max_size=4)))
        day = [(a * 15, b * 15) for a, b in zip(points[::2], points[1::2], strict=False)]
        if day and draw(st.booleans()):  # the last shift runs on past midnight
            start, end = day[-1]
            day[-1] = (
                (start, 1440 + draw(st.integers(1, 32)) * 15) if start < 1440 else (start, end)
            )
        week.append(tuple((a, b) for a, b in day if a < 1440 and b - a < 1440))
    try:
        hours = OpeningHours(week=tuple(week))
    except globalcs.InvalidOptionError:
        assume(False)
        raise
    assume(hours.weekly_minutes > 0)
    return hours


reasons = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from(",;\\\n"),
    max_size=90,
).map(str.strip)


@st.composite
def closures(draw: st.DrawFn) -> tuple[DateOverride, ...]:
    found = []
    day = dt.date(2026, 1, 1) + dt.timedelta(days=draw(st.integers(0, 30)))
    for _ in range(draw(st.integers(0, 5))):
        length = draw(st.integers(0, 6))
        found.append(
            DateOverride.closure(day, day + dt.timedelta(days=length), reason=draw(reasons))
        )
        day += dt.timedelta(days=length + draw(st.integers(2, 40)))
    return tuple(found)


@st.composite
def schedules(draw: st.DrawFn) -> Schedule:
    overrides = list(draw(closures()))
    if draw(st.booleans()):
        last = overrides[-1].end if overrides else dt.date(2026, 1, 1)
        overrides.append(
            DateOverride.special(
                last + dt.timedelta(days=3),
                draw(
                    st.sampled_from(
                        ["10:00-14:00", "22:00-02:00", "24/7", "08:00-12:00,13:00-23:45"]
                    )
                ),
                reason=draw(reasons),
            )
        )
    return Schedule(draw(opening_hours()), tuple(overrides), "Europe/Berlin", "EU desk")


# ------------------------------------------------------------------ schema.org


@given(schedules())
def test_jsonld_round_trip(schedule: Schedule) -> None:
    data = json.loads(json.dumps(globalcs.to_opening_hours_specification(schedule)))
    back = globalcs.from_opening_hours_specification(data, timezone="Europe/Berlin")
    assert back.hours == schedule.hours
    assert back.overrides == schedule.overrides


def test_jsonld_spells_what_google_documents() -> None:
    week = Schedule.parse("mon-thu 09:00-17:00; fri 24/7; sat 18:00-03:00")
    spec = globalcs.to_opening_hours_specification(week)
    saturday = next(s for s in spec if s["dayOfWeek"] == ["https://schema.org/Saturday"])
    assert (saturday["opens"], saturday["closes"]) == ("18:00", "03:00")
    friday = next(s for s in spec if s["dayOfWeek"] == ["https://schema.org/Friday"])
    assert (friday["opens"], friday["closes"]) == ("00:00", "23:59")
    closed = Schedule.parse("09:00-17:00", overrides=[DateOverride.closure(dt.date(2026, 12, 24))])
    entry = globalcs.to_opening_hours_specification(closed)[-1]
    assert (entry["opens"], entry["closes"], entry["validFrom"]) == ("00:00", "00:00", "2026-12-24")


def test_jsonld_reads_what_sites_write() -> None:
    place = {
        "@context": "https://schema.org",
        "@type": "Store",
        "openingHoursSpecification": [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": "Monday",
                "opens": "09:00:00",
                "closes": "17:30:00",
            },
            {
                "@type": "schema:OpeningHoursSpecification",
                "dayOfWeek": ["http://schema.org/Saturday"],
                "opens": "18:00",
                "closes": "03:00",
            },
            {
                "@type": "OpeningHoursSpecification",
                "validFrom": "2026-12-24",
                "validThrough": "2026-12-26",
            },
        ],
    }
    found = globalcs.from_opening_hours_specification(place)
    assert found.hours.week[0] == ((540, 1050),)
    assert found.hours.week[5] == ((1080, 1620),)
    assert found.overrides == (DateOverride.closure(dt.date(2026, 12, 24), dt.date(2026, 12, 26)),)


@pytest.mark.parametrize(
    "data",
    [
        "Mo-Fr 09:00-17:00",
        [{"@type": "Place"}],
        [{"dayOfWeek": "Funday", "opens": "09:00", "closes": "17:00"}],
        [{"dayOfWeek": "Monday", "opens": "9am", "closes": "17:00"}],
        [{"dayOfWeek": "Monday", "opens": "09:00", "closes": "09:00"}],
        [{"opens": "09:00", "closes": "17:00"}],
        [{"validFrom": "2026-12-27", "validThrough": "2026-12-24"}],
        [{"validFrom": "tomorrow"}],
        [
            {"dayOfWeek": "Monday", "opens": "09:00", "closes": "17:00"},
            {"dayOfWeek": "Monday", "opens": "12:00", "closes": "18:00"},
        ],
        [42],
    ],
)
def test_bad_jsonld_is_a_schedule_error(data: object) -> None:
    with pytest.raises(globalcs.ScheduleError):
        globalcs.from_opening_hours_specification(data)


def test_a_24_hour_shift_from_noon_cannot_be_written() -> None:
    with pytest.raises(globalcs.ScheduleError, match="24-hour shift"):
        globalcs.to_opening_hours_specification(
            Schedule(OpeningHours(week=(((720, 2160),),) + ((),) * 6))
        )


# ------------------------------------------------------------------ Zendesk and Kustomer


@given(schedules())
def test_zendesk_round_trip(schedule: Schedule) -> None:
    exported = json.loads(json.dumps(globalcs.to_zendesk(schedule)))
    for interval in exported["schedule"]["intervals"]:  # never across a calendar day
        assert interval["start_time"] // 1440 == (interval["end_time"] - 1) // 1440
    back = globalcs.from_zendesk(exported)
    assert back.open_minutes() == schedule.open_minutes()
    assert back.overrides == tuple(o for o in schedule.overrides if o.is_closure)
    assert (back.timezone, back.name) == ("Europe/Berlin", "EU desk")
    assert globalcs.to_zendesk(back) == exported


@given(opening_hours())
def test_kustomer_round_trip(hours: OpeningHours) -> None:
    exported = json.loads(json.dumps(globalcs.to_kustomer(Schedule(hours))))
    for intervals in exported["hours"].values():  # sorted, not touching, within the day
        pairs = intervals or []
        assert all(0 <= a < b <= 1440 for a, b in pairs)
        assert all(b1 < a2 for (_, b1), (a2, _) in itertools.pairwise(pairs))
    back = globalcs.from_kustomer(exported)
    assert back.open_minutes() == Schedule(hours).open_minutes()
    assert globalcs.to_kustomer(back) == exported


def test_zendesk_shape_matches_its_documentation() -> None:
    # Zendesk's own example: Monday 09:00 to 17:00 is 1980 to 2460 (Sunday 00:00 is 0)
    week = Schedule.parse("mon 09:00-17:00; sat 22:00-02:00", timezone="America/New_York")
    intervals = globalcs.to_zendesk(week)["schedule"]["intervals"]
    assert intervals == [
        {"start_time": 0, "end_time": 120},  # Sunday 00:00-02:00, Saturday's shift
        {"start_time": 1980, "end_time": 2460},
        {"start_time": 10080 - 120, "end_time": 10080},
    ]
    kustomer = globalcs.to_kustomer(week)["hours"]
    assert kustomer["0"] == [[0, 120]]
    assert kustomer["1"] == [[540, 1020]]
    assert kustomer["2"] is None


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"schedule": {"intervals": "mon"}},
        {"intervals": [{"start_time": 1980, "end_time": 4000}]},
        {"intervals": [{"start_time": -5, "end_time": 10}]},
        {"intervals": [{"start_time": 10, "end_time": 10}]},
        {"intervals": [{"start_time": 10.5, "end_time": 100}]},
        {"intervals": [{"start_time": 10, "end_time": 100}, {"start_time": 50, "end_time": 200}]},
        {"intervals": [], "holidays": [{"name": "x", "start_date": "soon"}]},
        {"intervals": [], "holidays": [{"start_date": "2026-12-27", "end_date": "2026-12-24"}]},
        {"intervals": [], "holidays": "xmas"},
    ],
)
def test_bad_zendesk_is_a_named_error(data: object) -> None:
    with pytest.raises(globalcs.ScheduleError):
        globalcs.from_zendesk(data)


@pytest.mark.parametrize(
    "data",
    [
        "hours",
        {"hours": {"7": None}},
        {"hours": {"1": [[480]]}},
        {"hours": {"1": [[480, 1500]]}},
        {"hours": {"1": "09:00-17:00"}},
        {"hours": {"1": [[480, 1020], [1000, 1100]]}},
    ],
)
def test_bad_kustomer_is_a_named_error(data: object) -> None:
    with pytest.raises(globalcs.ScheduleError):
        globalcs.from_kustomer(data)


def test_a_calendar_exports_its_schedule() -> None:
    closure = DateOverride.closure(dt.date(2026, 12, 31), reason="year end")
    cal = globalcs.support_calendar("DE", hours="mon-fri 09:00-17:00", overrides=[closure])
    schedule = Schedule.of(cal, name="Berlin")
    assert schedule == Schedule(cal.hours, (closure,), "Europe/Berlin", "Berlin")
    assert globalcs.to_zendesk(cal)["holidays"] == [
        {"name": "year end", "start_date": "2026-12-31", "end_date": "2026-12-31"}
    ]
    back = globalcs.from_zendesk(globalcs.to_zendesk(schedule))
    again = globalcs.support_calendar(
        "DE", hours=back.hours, timezone=back.timezone, overrides=back.overrides
    )
    assert again.hours == cal.hours
    assert again.overrides == cal.overrides
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.to_zendesk("DE")


# ------------------------------------------------------------------ iCalendar


@given(closures())
def test_icalendar_round_trip(found: tuple[DateOverride, ...]) -> None:
    cal = globalcs.support_calendar("DE", hours="09:00-17:00", holidays=False, overrides=found)
    text = globalcs.to_icalendar(cal, range(2026, 2028), stamp=STAMP)
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    back = globalcs.closures_from_icalendar(text)
    expected = tuple(
        DateOverride.closure(o.start, o.end, reason=o.reason or "Closed") for o in found
    )
    assert back == expected


def test_icalendar_export_of_holidays() -> None:
    cal = globalcs.support_calendar("AE", hours="09:00-17:00")
    text = globalcs.to_icalendar(cal, [2027], stamp=dt.datetime(2026, 12, 4, 12, tzinfo=dt.UTC))
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    assert "DTSTAMP:20261204T120000Z\r\n" in text
    assert "DTSTART;VALUE=DATE:20270310\r\nDTEND;VALUE=DATE:20270311\r\n" in text
    assert "STATUS:TENTATIVE" in text
    assert "STATUS:CONFIRMED" in text
    # same input, same bytes
    assert text == globalcs.to_icalendar(
        cal, [2027], stamp=dt.datetime(2026, 12, 4, 12, tzinfo=dt.UTC)
    )
    closures = globalcs.closures_from_icalendar(text.encode("utf-8"))
    assert {o.start for o in closures} <= cal.holiday_dates(2027)


def test_icalendar_escapes_and_folds() -> None:
    reason = "Inventur, Umzug; Teil 1\\2\nmit Übergabe " + "ä" * 60
    cal = globalcs.support_calendar(
        "DE", holidays=False, overrides=[DateOverride.closure(dt.date(2026, 7, 1), reason=reason)]
    )
    text = globalcs.to_icalendar(cal, [2026], stamp=STAMP)
    assert "SUMMARY:Inventur\\, Umzug\\; Teil 1\\\\2\\nmit" in text
    assert "\r\n " in text  # folded
    assert globalcs.closures_from_icalendar(text)[0].reason == reason


def test_icalendar_import_of_a_simple_file() -> None:
    text = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261224\n"
        "DTEND;VALUE=DATE:20261227\nSUMMARY:Christmas\nEND:VEVENT\nBEGIN:VEVENT\n"
        "DTSTART;VALUE=DATE:20261226\nSUMMARY:Boxing Day\nEND:VEVENT\n"
        "BEGIN:VEVENT\nDTSTART:20261231\nSUMMARY:New Year's Eve\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    assert globalcs.closures_from_icalendar(text) == (
        DateOverride.closure(
            dt.date(2026, 12, 24), dt.date(2026, 12, 26), reason="Christmas; Boxing Day"
        ),
        DateOverride.closure(dt.date(2026, 12, 31), reason="New Year's Eve"),
    )


@pytest.mark.parametrize(
    "text",
    [
        "",
        "BEGIN:VEVENT\r\nEND:VEVENT\r\n",
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261224T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261224\r\nDTEND;VALUE=DATE:20261224\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:2026-12-24\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ],
)
def test_bad_icalendar_is_a_schedule_error(text: str) -> None:
    with pytest.raises(globalcs.ScheduleError):
        globalcs.closures_from_icalendar(text)


def test_icalendar_options_are_checked() -> None:
    cal = globalcs.support_calendar("DE")
    with pytest.raises(globalcs.NaiveDatetimeError):
        globalcs.to_icalendar(cal, [2026], stamp=dt.datetime(2026, 1, 1))
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.to_icalendar(cal, [2026], stamp="2026-01-01")  # type: ignore[arg-type]
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.to_icalendar("DE", [2026], stamp=STAMP)
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.closures_from_icalendar(42)


@given(
    st.recursive(
        st.none() | st.integers() | st.text(max_size=8),
        lambda c: (
            st.lists(c, max_size=3)
            | st.dictionaries(
                st.sampled_from(
                    [
                        "schedule",
                        "intervals",
                        "hours",
                        "holidays",
                        "start_time",
                        "end_time",
                        "0",
                        "1",
                        "dayOfWeek",
                        "opens",
                        "closes",
                        "validFrom",
                        "@type",
                        "openingHoursSpecification",
                    ]
                ),
                c,
                max_size=4,
            )
        ),
        max_leaves=12,
    )
)
def test_importers_raise_only_named_errors(data: object) -> None:
    for reader in (
        globalcs.from_zendesk,
        globalcs.from_kustomer,
        globalcs.from_opening_hours_specification,
    ):
        with contextlib.suppress(globalcs.GlobalcsError):
            reader(data)


@given(st.text(max_size=300))
def test_icalendar_import_raises_only_named_errors(text: str) -> None:
    with contextlib.suppress(globalcs.GlobalcsError):
        globalcs.closures_from_icalendar("BEGIN:VCALENDAR\r\n" + text)
