"""Hostile command lines: exit code 0 or 2, one ``error:`` line, never a traceback.

The commands run in-process through :func:`globalcs.cli.main`; argparse's usage
errors exit with 2 as well (``SystemExit(2)``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from globalcs.cli import main

ERROR_LINE = re.compile(r"^globalcs(?: [a-z-]+)?: error: \S")


def invoke(argv: Sequence[str]) -> tuple[int | str | None, str, str]:
    """Exit code, stdout and stderr of one command line."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code: int | str | None = main(list(argv), out=out)
        except SystemExit as exc:
            code = exc.code
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module", autouse=True)
def _no_server() -> Iterator[None]:
    """``serve`` builds its app and checks its options, but no server starts listening."""

    class Idle:
        def __init__(self, *args: object, **kwargs: object) -> None:
            pass

        def run(self) -> None:
            pass

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("globalcs._service.server", Idle)
        yield


def check(argv: Sequence[str]) -> tuple[int | str | None, str, str]:
    code, out, err = invoke(argv)
    strict_audit = argv[:1] == ["audit"] and "--strict" in argv  # 1: something is overdue
    assert code in (0, 2) or (strict_audit and code == 1), (argv, code, err)
    assert "Traceback" not in err
    assert all(c.isprintable() or c == "\n" for c in err), err
    if code == 2:
        lines = err.splitlines()
        assert ERROR_LINE.match(lines[-1]), err
        if not lines[0].startswith("usage:"):  # a globalcs error: that one line, nothing else
            assert len(lines) == 1, err
    return code, out, err


# --- the vocabulary of the command lines -------------------------------------------------

HOSTILE = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "\t",
        "\n",
        "DE\r\n",
        "\x1b[31mDE",
        "\x7f",
        "\u2028",
        "\udcff",  # a byte that is not UTF-8, as Python hands it over in argv
        "\ufeffDE",
        "-",
        "--",
        "-x",
        "--json",
        "%s%n",
        "{0}",
        "../../etc/passwd",
        "İ",
        "D" * 5000,
        "9" * 5000,
    ]
)
MARKETS = st.one_of(
    st.sampled_from(
        [
            "DE",
            "de",
            "de_DE",
            "de-BE",
            "DEU",
            "276",
            "Germany",
            "Germny",
            "US-CA",
            "DE-BY",
            "JP",
            "CN",
            "BR",
            "IN",
            "SA",
            "GB",
            "AU",
            "CH",
            "XX",
            "Atlantis",
            "ＤＥ",
        ]
    ),
    HOSTILE,
    st.text(max_size=12),
)
AWARE: st.SearchStrategy[dt.tzinfo] = st.sampled_from(
    [
        dt.UTC,
        dt.timezone(dt.timedelta(hours=14)),
        dt.timezone(-dt.timedelta(hours=23, minutes=59)),
        ZoneInfo("Europe/Berlin"),
        ZoneInfo("Pacific/Kiritimati"),
    ]
)
INSTANTS = st.one_of(
    st.sampled_from(
        [
            "2026-12-24T17:00+01:00",
            "2026-06-10T13:30+02:00",
            "2026-12-24T17:00",  # naive
            "2026-12-24",
            "2026-02-29T10:00+00:00",
            "2101-01-03T10:00+01:00",
            "1990-12-31T12:00Z",
            "9999-12-31T23:59+00:00",
            "9999-12-31T23:59:59.999999-23:59",
            "0001-01-01T00:00+00:00",
            "0001-01-01T00:00+23:59",
            "now",
        ]
    ),
    st.datetimes(timezones=st.none() | AWARE).map(dt.datetime.isoformat),  # years 1 to 9999
    st.datetimes(dt.datetime(2020, 1, 1), dt.datetime(2032, 12, 31), timezones=AWARE).map(
        dt.datetime.isoformat
    ),
    HOSTILE,
)
DATES = st.one_of(
    st.dates().map(dt.date.isoformat),
    st.sampled_from(["2026-06-10", "0001-01-01", "9999-12-31", "2026-02-30", "next week"]),
    HOSTILE,
)
NUMBERS = st.one_of(
    st.integers(-(10**6), 10**6).map(str),
    st.sampled_from(["0", "-0", "1e308", "-1e308", "inf", "nan", "1e-320", "10" * 30, "0x10"]),
    st.floats().map(str),
    HOSTILE,
)
YEARS = st.one_of(st.integers(1985, 2105).map(str), NUMBERS)
HOURS = st.one_of(
    st.sampled_from(
        [
            "09:00-17:00",
            "24/7",
            "mon-fri 10:00-18:00",
            "sat 10:00-14:00",
            "22:00-06:00",
            "09:00-09:00",
            "25:00-26:00",
            "mon-sun 00:00-24:00",
            "00:00-00:01",
        ]
    ),
    HOSTILE,
    st.text(max_size=20),
)
ZONES = st.one_of(
    st.sampled_from(
        [
            "Europe/Berlin",
            "Asia/Tokyo",
            "UTC",
            "Etc/GMT+12",
            "Mars/Olympus",
            "/etc/localtime",
            "Europe/../../../etc/passwd",
            "europe/berlin",
        ]
    ),
    HOSTILE,
)
JUNK = st.lists(
    st.one_of(st.sampled_from(["--bogus", "-x", "--json", "--", "-h", "--at"]), HOSTILE),
    max_size=2,
)


def option(flag: str, values: st.SearchStrategy[str]) -> st.SearchStrategy[list[str]]:
    return st.one_of(st.just([]), values.map(lambda value: [flag, value]))


def command(name: str, *parts: st.SearchStrategy[list[str]]) -> st.SearchStrategy[list[str]]:
    return st.tuples(*parts, JUNK).map(lambda drawn: [name] + [a for part in drawn for a in part])


one = st.builds(lambda value: [value], MARKETS)
DAYS = st.one_of(st.sampled_from(["2026-12-01", "0001-01-01", "9999-12-31", "2026-02-30"]), HOSTILE)
COMMANDS = {
    "show": command("show", one, option("--on", DAYS)),
    "compare": command("compare", st.lists(MARKETS, max_size=4), option("--on", DAYS)),
    "audit": command(
        "audit",
        option("--on", DAYS),
        option("--source-age", st.sampled_from(["0", "5", "-1", "x", "99999999999999999999"])),
        option("--strict", st.just("")).map(lambda a: a[:1]),
    ),
    "list": command("list", option("--curated", st.just("")).map(lambda a: a[:1])),
    "intents": command("intents"),
    "versions": command("versions"),
    "render": command(
        "render",
        st.builds(
            lambda intent: [intent],
            st.one_of(st.sampled_from(["order_confirmation", "delivered", "nope"]), HOSTILE),
        ),
        option("--market", MARKETS),
        option("--language", st.one_of(st.sampled_from(["de", "en", "pt-BR", "xx"]), HOSTILE)),
        option("--tone", st.sampled_from(["neutral", "friendly", "loud"])),
        option("--var", st.sampled_from(["order_id=1", "order_id=", "=x", "x"])),
        option(
            "--var",
            st.builds(
                lambda k, v: f"{k}={v}",
                st.sampled_from(["total", "delivery_date", "order_id", "tracking_url", "x"]),
                NUMBERS | DATES,
            ),
        ),
        option("--customer-given", st.one_of(st.just("Anna"), HOSTILE, st.text(max_size=10))),
        option("--customer-timezone", ZONES),
        option("--customer-gender", st.sampled_from(["female", "male", "neutral"])),
        option(
            "--customer-family-vocative",
            st.one_of(st.just("Nováku"), HOSTILE, st.text(max_size=10)),
        ),
    ),
    "hours": command(
        "hours",
        one,
        st.builds(lambda at: ["--at", at], INSTANTS),
        option("--hours", HOURS),
        option("--timezone", ZONES),
        option("--no-holidays", st.just("")).map(lambda a: a[:1]),
    ),
    "deadline": command(
        "deadline",
        one,
        st.builds(lambda start: ["--from", start], INSTANTS),
        st.one_of(
            st.builds(lambda n: ["--hours", n], NUMBERS),
            st.builds(lambda n: ["--days", n], NUMBERS),
            st.sampled_from([["--dsar"], ["--dsar", "--extended"], ["--breach"], ["--withdrawal"]]),
            st.just([]),
        ),
        option("--support-hours", HOURS),
        option("--timezone", ZONES),
    ),
    "holidays": command("holidays", one, st.builds(lambda year: [year], YEARS)),
    "coverage": command(
        "coverage",
        st.lists(MARKETS, min_size=1, max_size=3),
        st.builds(lambda day: ["--week-of", day], DATES),
        option("--timezone", ZONES),
        option("--hours", HOURS),
    ),
    "long-weekends": command(
        "long-weekends",
        one,
        st.builds(lambda year: [year], YEARS),
        option("--min-days", st.sampled_from(["3", "1", "x", "-4", "99999999999999999999"])),
        option("--category", st.one_of(st.sampled_from(["public", "bank", "half_day"]), HOSTILE)),
    ),
    "schedule": command(
        "schedule",
        one,
        st.builds(
            lambda f: ["--format", f],
            st.one_of(st.sampled_from(["jsonld", "zendesk", "kustomer", "ical", "csv"]), HOSTILE),
        ),
        option("--hours", HOURS),
        option("--timezone", ZONES),
        option("--category", st.one_of(st.sampled_from(["public", "bank"]), HOSTILE)),
        option("--year", YEARS),
        option("--stamp", INSTANTS),
    ),
    "contact": command(
        "contact",
        one,
        st.builds(
            lambda channel: [channel],
            st.one_of(st.sampled_from(["call", "sms", "whatsapp", "phone", "fax"]), HOSTILE),
        ),
        st.builds(lambda at: ["--at", at], INSTANTS),
        option("--purpose", st.sampled_from(["marketing", "service", "spam"])),
        option("--timezone", ZONES),
    ),
    "duties": command(
        "duties",
        one,
        option(
            "--value",
            st.one_of(
                st.sampled_from(["120", "150.00", "-1", "NaN", "Infinity", "1e999", "x", ""]),
                NUMBERS,
                HOSTILE,
            ),
        ),
        option("--currency", st.one_of(st.sampled_from(["EUR", "USD", "eur", "XXXX"]), HOSTILE)),
        option("--rate", st.one_of(st.sampled_from(["0.9", "0", "-2", "NaN", "x"]), HOSTILE)),
        option("--seller-registered", st.sampled_from(["yes", "no", "maybe"])),
        option("--on", DAYS),
    ),
    "may-send": command(
        "may-send",
        one,
        st.builds(
            lambda channel: ["--channel", channel],
            st.one_of(st.sampled_from(["call", "sms", "whatsapp", "email", "fax"]), HOSTILE),
        ),
        st.builds(lambda at: ["--at", at], INSTANTS),
        option("--purpose", st.sampled_from(["marketing", "service", "spam"])),
        option("--consent", st.sampled_from(["none", "opt_in", "opt_in_soft", "opt_out", "yes"])),
        option("--last-inbound", INSTANTS),
        option(
            "--phone", st.one_of(st.sampled_from(["+1 213 555 0100", "+49 30 1234567"]), HOSTILE)
        ),
        option("--timezone", ZONES),
    ),
    "metrics": command(
        "metrics",
        st.builds(
            lambda path: [path],
            st.one_of(
                st.sampled_from(
                    [
                        str(Path(__file__).parent / "metrics" / "tickets.csv"),
                        str(Path(__file__).parent / "metrics" / "naive_tickets.csv"),
                        str(Path(__file__)),
                        "/nonexistent.csv",
                        "/dev/null",
                    ]
                ),
                HOSTILE,
            ),
        ),
        option("--by", st.sampled_from(["market", "none", "nps", "x"])),
    ),
    "convert": command(
        "convert",
        st.builds(lambda amount: [amount], st.one_of(NUMBERS, HOSTILE)),
        st.builds(
            lambda have, want: [have, want],
            st.one_of(st.sampled_from(["USD", "eur", "JPY", "XYZ", "KWD"]), HOSTILE),
            st.one_of(st.sampled_from(["JPY", "usd", "CHF", "ABC", "IDR"]), HOSTILE),
        ),
        option("--rate", st.one_of(NUMBERS, HOSTILE)),
        option("--locale", st.one_of(st.sampled_from(["de_DE", "ja-JP", "xx", "en"]), HOSTILE)),
        option("--market", MARKETS),
        option("--on", DAYS),
        option("--max-age-days", st.sampled_from(["0", "7", "-1", "x", "9" * 30])),
        option("--allow-stale", st.just("")).map(lambda a: a[:1]),
    ),
    "survey": command(
        "survey",
        st.builds(lambda kind: [kind], st.one_of(st.sampled_from(["csat", "nps", "ces"]), HOSTILE)),
        one,
        option("--language", st.one_of(st.sampled_from(["de", "ar", "pt-BR", "xx"]), HOSTILE)),
        option("--formality", st.sampled_from(["informal", "formal", "rude"])),
        option("--brand", st.one_of(st.just("Shop"), HOSTILE)),
    ),
    "serve": command(
        "serve",
        option("--port", st.one_of(st.sampled_from(["0", "8000", "65536", "x", "0x50"]), NUMBERS)),
        option("--host", st.one_of(st.sampled_from(["127.0.0.1", "::1", "0.0.0.0"]), HOSTILE)),
        option("--max-body", NUMBERS),
        option("--timeout", NUMBERS),
    ),
}


def test_every_command_is_fuzzed() -> None:
    code, out, _ = invoke(["--help"])
    assert code == 0
    listed = re.search(r"\{([a-z,-]+)\}", out)
    assert listed is not None
    assert sorted(COMMANDS) == sorted(listed[1].split(","))


@pytest.mark.parametrize("name", sorted(COMMANDS))
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_fuzzed_command_lines(name: str, data: st.DataObject) -> None:
    check(data.draw(COMMANDS[name], label="argv"))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.one_of(HOSTILE, st.text(max_size=8), st.sampled_from(sorted(COMMANDS))), max_size=5)
)
def test_fuzzed_token_soup(argv: list[str]) -> None:
    check(argv)


# Argument sets that once raised a traceback, or that are easy to get wrong; each now
# exits with 2 and one `error:` line.
KNOWN_BAD = [
    # OverflowError: the instant has no local time in the market's zone (year 10000 / 0)
    ["hours", "DE", "--at", "9999-12-31T23:59+00:00"],
    ["hours", "DE", "--at", "9999-12-31T23:59-14:00"],
    ["deadline", "DE", "--from", "9999-12-31T23:00+00:00", "--days", "1"],
    # OverflowError: the deadline falls after 9999-12-31
    ["deadline", "DE", "--from", "9999-12-15T00:00+00:00", "--dsar"],
    ["deadline", "DE", "--from", "9999-12-31T00:00+00:00", "--withdrawal"],
    ["deadline", "DE", "--from", "9999-12-31T00:00+00:00", "--breach"],
    ["deadline", "DE", "--from", "9999-12-31T00:00+00:00", "--hours", "1"],
    ["deadline", "US", "--from", "0001-01-01T00:00+00:00", "--hours", "1"],
    ["coverage", "DE", "--week-of", "9999-12-31"],
    ["coverage", "GB", "--week-of", "0001-01-01"],
    # a valid ISO string but no instant: in UTC it falls in year 0 or 10000
    ["hours", "DE", "--at", "0001-01-01T00:00+14:00"],
    ["deadline", "DE", "--from", "9999-12-31T23:59:59.999999-23:59", "--hours", "1"],
    ["contact", "DE", "call", "--at", "0001-01-01T00:00+23:59"],
    # numbers at the edges
    ["hours", "DE", "--at", "9999-12-31T12:00+00:00", "--no-holidays"],
    ["deadline", "DE", "--from", "2026-01-01T00:00+00:00", "--hours", "nan"],
    ["deadline", "DE", "--from", "2026-01-01T00:00+00:00", "--hours", "inf"],
    ["deadline", "DE", "--from", "2026-01-01T00:00+00:00", "--days", "9" * 30],
    ["holidays", "DE", "99999999999999"],
    ["holidays", "DE", "9" * 5000],  # more digits than int() reads
    ["render", "delivered", "--market", "DE", "--var", "order_id=1", "--var", "total=1e999999"],
    ["render", "delivered", "--market", "DE", "--var", "order_id=1", "--var", "total=nan"],
    # strings that would break the one error line or the terminal
    ["show", "D\x1b[31mE\nX"],
    ["show", "\udcff"],
    ["list", "--\x1b[2J\nfake"],
    ["show", ""],
    ["hours", "DE", "--at", "2026-12-24T17:00+01:00", "--timezone", "../../etc/passwd"],
    ["hours", "DE", "--at", "2026-12-24T17:00+01:00", "--hours", "25:00-26:00"],
]  # fmt: skip


@pytest.mark.parametrize("argv", KNOWN_BAD, ids=repr)
def test_known_bad_argument_sets(argv: list[str]) -> None:
    code, out, err = check(argv)
    assert code == 2
    assert out == ""
    assert len(err.splitlines()) == 1 or err.startswith("usage:")


# Were OverflowError deep in contact_window; now a named error.
CONTACT_AT_THE_ENDS = [
    ["contact", "DE", "call", "--at", "0001-01-01T00:00+00:00"],
    ["contact", "US", "call", "--at", "0001-01-01T00:00+00:00"],
    ["contact", "KI", "call", "--at", "0001-01-01T00:00+00:00"],
    ["contact", "DE", "phone", "--at", "9999-12-31T23:59+00:00"],
    ["contact", "US", "phone", "--at", "9999-12-31T23:59+00:00"],
    ["contact", "FR", "sms", "--at", "0001-01-02T00:00+00:00", "--timezone", "Etc/GMT+12"],
    ["may-send", "US", "--channel", "whatsapp", "--at", "9999-12-31T23:59+00:00"],
    ["may-send", "US", "--channel", "email", "--at", "0001-01-01T00:00+00:00"],
    [
        "may-send",
        "FR",
        "--channel",
        "sms",
        "--at",
        "0001-01-02T00:00+00:00",
        "--timezone",
        "Etc/GMT+12",
    ],
]


@pytest.mark.parametrize("argv", CONTACT_AT_THE_ENDS, ids=repr)
def test_contact_at_the_ends_of_the_calendar(argv: list[str]) -> None:
    code, _, _ = check(argv)
    assert code == 2
