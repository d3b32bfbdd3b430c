"""The command line: readable tables, JSON, exit code 2 for bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from globalcs.cli import main


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_show_table() -> None:
    code, text = run("show", "DE")
    assert code == 0
    assert "Germany" in text
    assert "EUR" in text
    assert "GDPR" in text


def test_show_names_an_enacted_change_of_the_privacy_law() -> None:
    code, text = run("show", "CL", "--on", "2026-11-30")
    assert code == 0
    assert "CL-PDPL (access: 2 business days); from 2026-12-01: 30 days (+30 days)" in text
    code, text = run("show", "CL", "--on", "2026-11-30", "--json")
    (amendment,) = json.loads(text)["privacy"]["amendments"]
    assert amendment["in_force"] == "2026-12-01"
    assert amendment["authority"] == "Agencia de Protección de Datos Personales"


def test_show_reads_the_law_as_it_stood_on_a_day(capsys: pytest.CaptureFixture[str]) -> None:
    code, text = run("show", "CL", "--on", "2026-12-01")
    assert code == 0
    assert "CL-PDPL (access: 30 days (+30 days)), as amended from 2026-12-01" in text
    code, text = run("show", "CL", "--on", "2026-12-01", "--json")
    privacy = json.loads(text)["privacy"]
    assert privacy["since"] == "2026-12-01"
    assert privacy["authority"] == "Agencia de Protección de Datos Personales"
    assert privacy["earlier"]["dsar_deadline"]["unit"] == "business_days"
    code, text = run("compare", "CL", "BR", "--on", "2026-11-30")
    assert code == 0
    assert "2 business days" in text
    for bad in ("2026-13-01", "yesterday", "2026-12-01T10:00"):
        code, _ = run("show", "CL", "--on", bad)
        assert code == 2
        assert "invalid --on" in capsys.readouterr().err


def test_show_json_is_the_market_dict() -> None:
    code, text = run("show", "jp", "--json")
    assert code == 0
    assert json.loads(text)["currency"] == "JPY"


def test_compare_has_a_column_per_market() -> None:
    code, text = run("compare", "US", "DE", "JP", "BR", "CN")
    assert code == 0
    header = text.splitlines()[0].split()
    assert header == ["US", "DE", "JP", "BR", "CN"]


def test_list_all_and_curated() -> None:
    code, text = run("list", "--json")
    assert code == 0
    assert len(json.loads(text)) == 249
    code, text = run("list", "--curated", "--json")
    assert code == 0
    assert all(entry["curated"] or "-" in entry["code"] for entry in json.loads(text))


def test_unknown_market_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("show", "Atlantis")
    assert code == 2
    assert "unknown market 'Atlantis'" in capsys.readouterr().err


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "globalcs", "show", "XX"], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "unknown market" in result.stderr


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    import globalcs

    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"globalcs {globalcs.__version__}\n"


def _closed_pipe(argv: tuple[str, ...], buffered: bool) -> subprocess.CompletedProcess[bytes]:
    """Run the command with stdout a pipe whose reader is already gone."""
    import os

    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if not buffered:
        env["PYTHONUNBUFFERED"] = "1"
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run(
            [sys.executable, "-m", "globalcs", *argv],
            stdout=write,
            stderr=subprocess.PIPE,
            env=env,
        )
    finally:
        os.close(write)


@pytest.mark.parametrize("buffered", [True, False], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize(
    "argv",
    [("list",), ("list", "--json"), ("show", "DE"), ("--help",), ("--version",)],
)
def test_a_closed_pipe_ends_quietly(argv: tuple[str, ...], buffered: bool) -> None:
    """``globalcs list | head -1``: no traceback, no "Exception ignored" at exit."""
    result = _closed_pipe(argv, buffered)
    assert result.stderr == b""
    if argv[0].startswith("--") and not buffered:
        assert result.returncode == 0  # argparse ignores a failed write of its help
    else:
        assert result.returncode == 1  # as Python's docs do


def test_errors_are_one_line_with_control_characters_escaped(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _ = run("show", "D\x1b[31mE\nX")
    assert code == 2
    err = capsys.readouterr().err
    assert err == "globalcs: error: unknown market 'D\\x1b[31mE\\nX': " + err.split(": ", 3)[3]
    assert err.count("\n") == 1
    assert "\x1b" not in err


def test_usage_errors_escape_control_characters(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["list", "--\x1b[2J\nfake"])
    assert exited.value.code == 2
    *usage, last = capsys.readouterr().err.splitlines()
    assert last == "globalcs: error: unrecognized arguments: --\\x1b[2J\\nfake"
    assert "Traceback" not in "\n".join(usage)


@pytest.mark.parametrize(
    "argv", [("--help",), ("show", "DE"), ("list",), ("show", "XX"), ("list", "--bogus")]
)
@pytest.mark.parametrize("env", [{}, {"NO_COLOR": "1", "FORCE_COLOR": "1"}])
def test_no_colour_codes_in_a_pipe_or_with_no_color(
    argv: tuple[str, ...], env: dict[str, str]
) -> None:
    import os

    environ = {
        k: v for k, v in os.environ.items() if k not in {"FORCE_COLOR", "PYTHON_COLORS", "NO_COLOR"}
    }
    result = subprocess.run(
        [sys.executable, "-m", "globalcs", *argv],
        capture_output=True,
        env={**environ, **env},
    )
    assert result.returncode in {0, 2}
    assert b"\x1b" not in result.stdout + result.stderr


def test_no_colour_codes_on_a_terminal_with_no_color() -> None:
    import os
    import pty

    environ = {k: v for k, v in os.environ.items() if k not in {"FORCE_COLOR", "PYTHON_COLORS"}}
    leader, follower = pty.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "globalcs", "show", "XX"],
            stdin=follower,
            stdout=follower,
            stderr=follower,
            env={**environ, "NO_COLOR": "1", "TERM": "xterm-256color"},
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # EIO: the terminal closed with the process
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert process.wait() == 2
    finally:
        os.close(leader)
    output = b"".join(chunks)
    assert b"unknown market 'XX'" in output
    assert b"\x1b" not in output


def test_versions_names_the_data_answers_come_from() -> None:
    import io
    import json

    import globalcs
    from globalcs.cli import main

    out = io.StringIO()
    assert main(["versions", "--json"], out=out) == 0
    data = json.loads(out.getvalue())
    assert data == globalcs.data_versions()
    assert data["cldr"].isdigit()
    assert data["globalcs"] == globalcs.__version__
    assert set(data) >= {"cldr", "tzdata", "python-holidays", "babel", "pycountry"}
