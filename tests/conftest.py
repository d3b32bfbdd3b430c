"""Shared test configuration: offline, deterministic hypothesis settings."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "globalcs", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=100
)
settings.load_profile("globalcs")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[None]:
    """Nothing may reach the network at run time (the wheel test installs, so it is exempt)."""
    if request.node.get_closest_marker("wheel") is None:

        def refuse(*args: object, **kwargs: object) -> None:
            raise AssertionError("tests must not open network connections")

        monkeypatch.setattr(socket.socket, "connect", refuse)
    return
