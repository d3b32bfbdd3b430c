"""A globalcs service on 127.0.0.1, started in a thread, driven over real HTTP."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

LOOPBACK = "127.0.0.1"


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """As the suite's own guard, but a connection to this machine's loopback is allowed."""
    connect = socket.socket.connect

    def loopback_only(self: socket.socket, address: Any) -> None:
        if not (isinstance(address, tuple) and address[0] == LOOPBACK):
            raise AssertionError(f"tests may connect only to {LOOPBACK}, not {address!r}")
        connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", loopback_only)


class Running:
    """A uvicorn server in a background thread on a free port of 127.0.0.1."""

    def __init__(self, app: Any) -> None:
        from globalcs._service import server

        # IPPROTO_TCP named, so asyncio sets TCP_NODELAY on each connection (it checks proto)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self.sock.bind((LOOPBACK, 0))  # a free port, chosen by the system; never another address
        self.port = self.sock.getsockname()[1]
        self.url = f"http://{LOOPBACK}:{self.port}"
        self.server = server(app, host=LOOPBACK, port=self.port, log_level="error")
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the service did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(30)
        self.sock.close()


@pytest.fixture(scope="package")
def start() -> Iterator[Callable[..., Running]]:
    """Start services (stopped at the end of the package's tests)."""
    running: list[Running] = []

    def start_one(app: Any) -> Running:
        service = Running(app)
        running.append(service)
        return service

    yield start_one
    for service in running:
        service.stop()


@pytest.fixture(scope="package")
def service(start: Callable[..., Running]) -> Running:
    """The service as ``globalcs serve`` runs it, with a 64 KiB body limit."""
    from globalcs._service import create_app

    return start(create_app(max_body=64 * 1024, timeout=30))


@pytest.fixture
def client(service: Running) -> Iterator[Any]:
    import httpx

    with httpx.Client(base_url=service.url, timeout=60) as http:
        yield http
