"""The schedule commands: long-weekends, schedule export, holiday categories."""

from __future__ import annotations

import io
import json

import pytest

import globalcs
from globalcs.cli import main


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_long_weekends_json() -> None:
    code, text = run("long-weekends", "DE", "2026", "--json")
    assert code == 0
    data = json.loads(text)
    assert data[0] == {
        "start": "2026-04-03",
        "end": "2026-04-06",
        "days": 4,
        "holidays": ["Karfreitag", "Ostermontag"],
        "estimated": False,
    }
    assert [w["start"] for w in data] == [
        w.start.isoformat() for w in globalcs.long_weekends("DE", 2026)
    ]


def test_long_weekends_table() -> None:
    code, text = run("long-weekends", "SA", "2026", "--min-days", "4")
    assert code == 0
    assert "Thu 2026-03-19" in text
    assert "2026-02-20" not in text


def test_schedule_exports_agree_with_the_library() -> None:
    hours = "mon-fri 09:00-17:00; sat 22:00-02:00"
    cal = globalcs.support_calendar("DE", hours=hours)
    schedule = globalcs.Schedule.of(cal, name=cal.label)
    for fmt, writer in [
        ("jsonld", globalcs.to_opening_hours_specification),
        ("zendesk", globalcs.to_zendesk),
        ("kustomer", globalcs.to_kustomer),
    ]:
        code, text = run("schedule", "DE", "--format", fmt, "--hours", hours)
        assert code == 0
        assert json.loads(text) == json.loads(json.dumps(writer(schedule)))


def test_schedule_ical_is_crlf_and_reproducible() -> None:
    argv = ("schedule", "AE", "--format", "ical", "--year", "2027")
    code, text = run(*argv)
    assert code == 0
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    assert "DTSTAMP:20270101T000000Z" in text
    assert "STATUS:TENTATIVE" in text
    assert run(*argv)[1] == text
    code, stamped = run(*argv, "--stamp", "2026-12-04T10:00+01:00")
    assert "DTSTAMP:20261204T090000Z" in stamped


def test_holidays_with_categories_and_estimates() -> None:
    code, text = run(
        "holidays", "JP", "2026", "--category", "public", "--category", "bank", "--json"
    )
    assert code == 0
    found = {h["date"]: h for h in json.loads(text)["holidays"]}
    assert found["2026-01-02"]["category"] == "bank"
    code, text = run("holidays", "AE", "2027", "--json")
    assert any(h["estimated"] for h in json.loads(text)["holidays"])
    code, text = run("holidays", "AE", "2027")
    assert "estimates, not confirmed" in text


@pytest.mark.parametrize(
    "argv",
    [
        ("schedule", "DE", "--format", "ical"),
        ("schedule", "DE", "--format", "ical", "--year", "2026", "--stamp", "2026-01-01T00:00"),
        ("schedule", "DE", "--format", "jsonld", "--hours", "fri 22:00-03:00; sat 02:00-04:00"),
        ("schedule", "JP", "--format", "zendesk", "--category", "half_day"),
        ("long-weekends", "DE", "2026", "--min-days", "1"),
        ("long-weekends", "IN", "2040"),
        ("holidays", "DE", "2026", "--category", "bank"),
    ],
)
def test_bad_schedule_input_exits_2(argv: tuple[str, ...]) -> None:
    assert run(*argv)[0] == 2


@pytest.mark.parametrize("year", ["0", "-5", "10000", "99999999999999999999"])
def test_an_ical_export_outside_the_calendar_is_refused_by_name(
    year: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, text = run("schedule", "DE", "--format", "ical", "--year", year)
    assert code == 2
    assert text == ""
    assert capsys.readouterr().err.startswith("globalcs: error: ")
