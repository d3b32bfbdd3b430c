"""Time and concurrency limits, the command line, and the missing extra.

A route whose handler waits on an event stands in for a slow answer, so the
limits are tested by what the service answers, never by how long it took.
"""

from __future__ import annotations

import io
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from globalcs._service._routes import Route

from .conftest import Running


@pytest.fixture(scope="module")
def release() -> Iterator[threading.Event]:
    event = threading.Event()
    yield event
    event.set()  # lets any handler still waiting finish before the server stops


@pytest.fixture(scope="module")
def entered() -> threading.Event:
    return threading.Event()


@pytest.fixture(scope="module")
def slow(
    start: Callable[..., Running], release: threading.Event, entered: threading.Event
) -> Running:
    from globalcs._service._app import Limits, create_app

    def wait(args: dict[str, Any]) -> object:
        entered.set()
        release.wait(60)
        return {"done": True}

    routes = (
        Route("GET", "/slow", wait, "waits until released", "test"),
        Route("POST", "/echo", lambda args: args, "echoes its body", "test", body=()),
    )
    return start(create_app(Limits(timeout=0.5, max_in_flight=1, threads=4), routes))


def test_an_answer_over_the_time_limit_is_a_504(slow: Running) -> None:
    import httpx

    response = httpx.get(slow.url + "/slow", timeout=60)
    assert response.status_code == 504
    assert response.json()["error"]["type"] == "GatewayTimeout"


def test_a_request_over_the_concurrency_limit_is_a_503(
    slow: Running, entered: threading.Event
) -> None:
    import httpx

    entered.clear()
    first: list[int] = []
    waiting = threading.Thread(
        target=lambda: first.append(httpx.get(slow.url + "/slow", timeout=60).status_code)
    )
    waiting.start()
    assert entered.wait(30)
    response = httpx.get(slow.url + "/slow", timeout=60)  # the first is still in flight
    waiting.join(60)
    assert response.status_code == 503
    assert response.json()["error"]["type"] == "ServiceUnavailable"
    assert first == [504]


def test_a_body_that_does_not_arrive_in_time_is_a_408(slow: Running) -> None:
    import httpx

    stall = threading.Event()

    def trickle() -> Iterator[bytes]:
        yield b"{"
        stall.wait(3)  # longer than the half-second limit; the server answers meanwhile
        yield b"}"

    try:
        response = httpx.post(
            slow.url + "/echo",
            content=trickle(),
            headers={"content-type": "application/json"},
            timeout=60,
        )
    except httpx.TransportError:  # the server may close before the body is sent
        return
    assert response.status_code == 408
    assert response.json()["error"]["type"] == "RequestTimeout"


# --- the command line ---------------------------------------------------------------------


def run_cli(argv: list[str]) -> tuple[int | str | None, str, str]:
    import contextlib

    from globalcs.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            code: int | str | None = main(argv, out=out)
        except SystemExit as exc:
            code = exc.code
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    "argv",
    [
        ["serve", "--port", "0"],
        ["serve", "--port", "70000"],
        ["serve", "--max-body", "0"],
        ["serve", "--timeout", "nan"],
        ["serve", "--timeout", "-1"],
        ["serve", "--host", ""],
        ["serve", "--host", "127.0.0.1; rm -rf /"],
    ],
)
def test_bad_options_exit_2_with_one_line(argv: list[str]) -> None:
    code, _, err = run_cli(argv)
    assert code == 2
    assert err.startswith("globalcs: error: invalid --"), err
    assert len(err.splitlines()) == 1


class FakeServer:
    def __init__(self, app: Any, *, host: str, port: int, log_level: str = "info") -> None:
        self.host, self.port = host, port
        FakeServer.last = self

    def run(self) -> None:
        pass

    last: FakeServer


def test_serve_listens_on_loopback_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    from globalcs import _service

    monkeypatch.setattr(_service, "server", FakeServer)
    code, out, err = run_cli(["serve", "--json"])
    assert code == 0
    assert (FakeServer.last.host, FakeServer.last.port) == ("127.0.0.1", 8000)
    assert out.strip() == (
        '{"url": "http://127.0.0.1:8000", "openapi": "http://127.0.0.1:8000/openapi.json"}'
    )
    assert err == ""


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.1"])
def test_serve_warns_beyond_this_machine(monkeypatch: pytest.MonkeyPatch, host: str) -> None:
    from globalcs import _service

    monkeypatch.setattr(_service, "server", FakeServer)
    code, _, err = run_cli(["serve", "--host", host, "--port", "8080"])
    assert code == 0
    assert FakeServer.last.host == host
    assert err.startswith(f"globalcs serve: warning: listening on {host}")


def test_a_missing_extra_is_a_named_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import globalcs

    for name in list(sys.modules):
        if name.startswith(("starlette", "uvicorn", "globalcs._service._app")):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "starlette", None)  # import starlette now fails
    from globalcs._service import create_app

    with pytest.raises(globalcs.MissingExtraError, match=r"globalcs\[serve\]"):
        create_app()
    code, _, err = run_cli(["serve"])
    assert code == 2
    assert err == (
        "globalcs: error: globalcs serve needs Starlette and uvicorn: "
        "pip install 'globalcs[serve]'\n"
    )


def test_the_command_line_loads_no_web_framework_until_serve_runs() -> None:
    import subprocess

    code = (
        "import sys, globalcs.cli; globalcs.cli.build_parser(); "
        "print(sorted(m for m in ('starlette', 'uvicorn', 'anyio') if m in sys.modules))"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert found.strip() == "[]"


def _error_classes() -> list[type[Exception]]:
    import globalcs

    return [
        value
        for name in globalcs.__all__
        if isinstance(value := getattr(globalcs, name), type) and issubclass(value, Exception)
    ]


@pytest.mark.parametrize("error", _error_classes(), ids=lambda e: e.__name__)
def test_every_error_of_the_tree_has_a_status(error: type[Exception]) -> None:
    """An unknown name is a 404; bad input a 422; the installation's fault a 500."""
    from globalcs._errors import DataError, GlobalcsError, MissingExtraError
    from globalcs._service._app import status_of

    instance = error.__new__(error)
    assert isinstance(instance, GlobalcsError)
    status = status_of(instance)
    if error.__name__.startswith("Unknown"):
        assert status == 404
    elif issubclass(error, DataError | MissingExtraError):
        assert status == 500
    elif error is not GlobalcsError:
        assert status == 422, error
