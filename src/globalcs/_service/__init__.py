"""``globalcs serve``: the public API over HTTP, as JSON, for shops not written in Python.

Starlette and uvicorn come with ``pip install 'globalcs[serve]'`` and are imported
only when the service starts. The routes (``_routes.py``) are plain functions over
the public API; the application (``_app.py``) adds the limits and JSON errors; the
OpenAPI document (``_openapi.py``) is written from the same route table.

>>> is_loopback("127.0.0.1"), is_loopback("::1"), is_loopback("localhost"), is_loopback("0.0.0.0")
(True, True, True, False)
"""

from __future__ import annotations

import ipaddress
from typing import Any, TextIO

from .._errors import InvalidOptionError, MissingExtraError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_MAX_BODY = 256 * 1024
DEFAULT_TIMEOUT = 10.0
MAX_CONNECTIONS = 512


def is_loopback(host: str) -> bool:
    """Whether ``host`` is reachable only from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_options(host: str, port: int, max_body: int, timeout: float) -> None:
    """Refuse options the server could not run with, each with a named error."""
    if not host or not host.isascii() or not all(c.isalnum() or c in ".:-" for c in host):
        raise InvalidOptionError("--host", host, reason="expected an IP address or host name")
    if not 1 <= port <= 65535:
        raise InvalidOptionError("--port", port, reason="expected 1 to 65535")
    if not 1 <= max_body <= 64 * 1024 * 1024:
        raise InvalidOptionError("--max-body", max_body, reason="expected 1 byte to 64 MiB")
    if not 0 < timeout <= 3600:  # also refuses nan
        raise InvalidOptionError("--timeout", timeout, reason="expected 0 to 3600 seconds")


def create_app(*, max_body: int = DEFAULT_MAX_BODY, timeout: float = DEFAULT_TIMEOUT) -> Any:
    """The ASGI application (Starlette), for tests or another ASGI server."""
    try:
        from ._app import Limits, create_app
    except ImportError:
        raise MissingExtraError(
            "globalcs serve needs Starlette and uvicorn: pip install 'globalcs[serve]'"
        ) from None
    return create_app(Limits(max_body=max_body, timeout=timeout))


def server(app: Any, *, host: str, port: int, log_level: str = "info") -> Any:
    """A uvicorn server for ``app`` (not started): HTTP/1.1 only, no websockets."""
    try:
        import uvicorn
    except ImportError:
        raise MissingExtraError(
            "globalcs serve needs Starlette and uvicorn: pip install 'globalcs[serve]'"
        ) from None
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        http="h11",
        ws="none",
        lifespan="off",
        log_level=log_level,
        server_header=False,
        timeout_keep_alive=5,
        limit_concurrency=MAX_CONNECTIONS,  # beyond it, uvicorn's own plain-text 503
        h11_max_incomplete_event_size=16 * 1024,  # request line and headers
    )
    return uvicorn.Server(config)


def serve(
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    max_body: int = DEFAULT_MAX_BODY,
    timeout: float = DEFAULT_TIMEOUT,
    err: TextIO | None = None,
) -> int:
    """Run the service until interrupted; warns on ``err`` when it listens beyond this
    machine (no TLS, no authentication: put a reverse proxy in front)."""
    check_options(host, port, max_body, timeout)
    app = create_app(max_body=max_body, timeout=timeout)
    if not is_loopback(host) and err is not None:
        err.write(
            f"globalcs serve: warning: listening on {host}, beyond this machine; the "
            "service has no TLS and no authentication: put a reverse proxy in front\n"
        )
    server(app, host=host, port=port).run()
    return 0
