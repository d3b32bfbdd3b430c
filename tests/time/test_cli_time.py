"""The business-time commands: hours, deadline, holidays, coverage, contact."""

from __future__ import annotations

import io
import json

import pytest

from globalcs.cli import main


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_hours_on_christmas_eve() -> None:
    code, text = run("hours", "DE", "--at", "2026-12-24T17:00+01:00", "--hours", "09:00-17:00")
    assert code == 0
    assert "closed" in text
    assert "2026-12-28T09:00:00+01:00" in text


def test_hours_json_names_the_holiday() -> None:
    code, text = run("hours", "DE", "--at", "2026-12-25T12:00+01:00", "--json")
    assert code == 0
    data = json.loads(text)
    assert data["open"] is False
    assert data["business_day"] is False
    assert data["holiday"] == "Erster Weihnachtstag"
    assert data["timezone"] == "Europe/Berlin"


def test_deadline_sla_hours() -> None:
    code, text = run(
        "deadline", "DE", "--from", "2026-12-23T16:00+01:00", "--hours", "16", "--support-hours",
        "09:00-17:00", "--json",
    )  # fmt: skip
    assert code == 0
    # 1 h on the 23rd, 8 h on the 24th, then (25th, 26th: holidays; weekend) 7 h on the 28th
    assert json.loads(text)["due"] == "2026-12-28T16:00:00+01:00"


@pytest.mark.parametrize(
    ("flag", "due"),
    [
        ("--dsar", "2026-03-02"),
        ("--withdrawal", "2026-02-16"),
        ("--days", "2026-02-04"),
        ("--breach", "2026-02-03T10:00:00+01:00"),
    ],
)
def test_statutory_deadlines(flag: str, due: str) -> None:
    extra = ["3"] if flag == "--days" else []
    code, text = run("deadline", "DE", "--from", "2026-01-31T10:00+01:00", flag, *extra, "--json")
    assert code == 0
    assert json.loads(text)["due"] == due


def test_deadline_table() -> None:
    code, text = run("deadline", "MX", "--from", "2026-09-11T10:00-06:00", "--withdrawal")
    assert code == 0
    assert "2026-09-21" in text


def test_holidays_lists_swapped_working_days() -> None:
    code, text = run("holidays", "CN", "2025", "--json")
    assert code == 0
    data = json.loads(text)
    assert "2025-01-26" in data["working_weekend_days"]
    assert any(h["date"] == "2025-10-01" for h in data["holidays"])
    code, text = run("holidays", "BR", "2027")
    assert code == 0
    assert "2027-04-21" in text
    assert "swapped" not in text


def test_coverage_table_and_json() -> None:
    code, text = run(
        "coverage", "DE", "US", "JP", "--week-of", "2026-06-10", "--hours", "09:00-17:00"
    )
    assert code == 0
    assert "uncovered 63 h" in text
    code, text = run(
        "coverage", "DE", "US", "JP", "--week-of", "2026-06-10", "--hours", "09:00-17:00",
        "--timezone", "Europe/Berlin", "--json",
    )  # fmt: skip
    data = json.loads(text)
    assert data["uncovered_hours"] == 63
    assert data["gaps"][0]["local_start"].endswith("+02:00")


def test_contact_command() -> None:
    code, text = run("contact", "FR", "call", "--at", "2026-06-10T13:30+02:00")
    assert code == 0
    assert "legifrance" in text
    code, text = run("contact", "FR", "call", "--at", "2026-06-10T13:30+02:00", "--json")
    assert json.loads(text)["next_allowed"] == "2026-06-10T14:00:00+02:00"


def test_may_send_command_explains_each_rule() -> None:
    argv = ["may-send", "US", "--channel", "sms", "--at", "2026-12-24T18:00+01:00"]
    code, text = run(*argv, "--phone", "+1 213 555 0100")
    assert code == 0
    assert "America/Los_Angeles (from phone)" in text
    assert "consent (blocks)" in text
    code, text = run(*argv, "--consent", "opt_in", "--json")
    data = json.loads(text)
    assert data["allowed"] is False  # 12:00 in New York, 07:00 in Honolulu
    assert data["timezone_from"] == "market"
    code, text = run(
        "may-send", "DE", "--channel", "whatsapp", "--purpose", "service",
        "--at", "2026-06-13T23:00+02:00", "--last-inbound", "2026-06-13T22:00+02:00", "--json",
    )  # fmt: skip
    assert json.loads(text)["allowed"] is True


@pytest.mark.parametrize(
    "argv",
    [
        ("may-send", "US", "--channel", "sms", "--phone", "+33 1 23 45 67 89"),
        ("may-send", "DE", "--channel", "sms", "--at", "2026-06-10T12:00"),
        ("may-send", "DE", "--channel", "whatsapp", "--last-inbound", "2999-01-01T00:00+00:00"),
        ("hours", "DE", "--at", "2026-12-24T17:00"),  # naive
        ("hours", "DE", "--at", "Christmas"),
        ("hours", "DE", "--at", "2101-01-03T10:00+01:00"),  # beyond the holiday data
        ("hours", "DE", "--timezone", "Mars/Olympus"),
        ("deadline", "JP", "--from", "2026-01-31T10:00+09:00", "--dsar"),  # no fixed period
        ("coverage", "DE", "--week-of", "next week"),
        ("holidays", "Atlantis", "2026"),
        ("hours", "DE", "--at", "9999-12-31T23:59+00:00"),  # year 10000 in Berlin
        ("hours", "DE", "--at", "0001-01-01T00:00+14:00"),  # year 0 in UTC
        ("deadline", "DE", "--from", "9999-12-31T23:00+00:00", "--days", "1"),
    ],
)
def test_bad_input_exits_2(argv: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run(*argv)
    assert code == 2
    assert "globalcs: error:" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("at", "where"),
    [("9999-12-31T23:59+00:00", "Europe/Berlin"), ("0001-01-01T00:00+14:00", "UTC")],
)
def test_an_instant_beyond_the_calendar_is_named(
    at: str, where: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run("hours", "DE", "--at", at)
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("globalcs: error: invalid --at '")
    assert err.endswith(f"': outside years 1 to 9999 in {where}\n")
