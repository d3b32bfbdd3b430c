"""``render_many``: one message per row, the rows' shared options resolved once per batch."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal

from .._errors import GlobalcsError, InvalidOptionError, MissingVariableError
from ._message import Message
from ._render import Route, resolve_route


def render_many(
    rows: Iterable[Mapping[str, Any]], *, errors: Literal["raise", "collect"] = "raise"
) -> Iterator[Message | GlobalcsError]:
    """Render one message per row, lazily; each row holds ``render``'s keyword arguments
    (``texts`` too: a :class:`MerchantTexts`).

    Rows that share their intent, market and options share one resolved route, so a
    batch pays for option checks once. With ``errors="collect"`` a bad row yields its
    :class:`GlobalcsError` in place of a message; by default the error is raised after
    the earlier messages.

    >>> import globalcs
    >>> rows = [{"intent": "delivered", "market": "SE", "order_id": "A-1"},
    ...         {"intent": "delivered", "market": "SE", "order_id": None}]
    >>> [type(m).__name__ for m in globalcs.render_many(rows, errors="collect")]
    ['Message', 'MissingVariableError']
    """
    if errors not in ("raise", "collect"):
        raise InvalidOptionError("errors", errors, ("raise", "collect"))
    given: object = rows
    if isinstance(given, str | bytes | Mapping) or not isinstance(given, Iterable):
        raise InvalidOptionError("rows", rows, reason="expected an iterable of mappings")
    routes: dict[tuple[Any, ...], Route] = {}
    for row in rows:
        try:
            if not isinstance(row, Mapping):
                raise InvalidOptionError("row", row, reason="each row must be a mapping")
            if "template" in row:
                yield _render_template_row(row)
                continue
            get = row.get
            options = (
                get("intent"),
                get("market"),
                get("language"),
                get("tone", "neutral"),
                get("formality"),
                get("channel", "email"),
                get("texts"),
            )
            try:
                route = routes.get(options)
            except TypeError:  # an unhashable option: let render() say what is wrong
                route = None
            if route is None:
                route = _row_route(*options)
                if len(routes) < 1024:
                    routes[options] = route
            yield route.render(row.get("customer"), row, row=True)
        except GlobalcsError as exc:
            if errors == "raise":
                raise
            yield exc


def _row_route(
    intent: object,
    market: object,
    language: object,
    tone: object,
    formality: object,
    channel: object,
    texts: object = None,
) -> Route:
    if market is None:
        raise MissingVariableError("market", "render_many row")
    if intent is None:
        raise MissingVariableError("intent", "render_many row")
    return resolve_route(intent, market, language, tone, formality, channel, texts)


def _render_template_row(row: Mapping[str, Any]) -> Message:
    from ._templates import render_template

    arguments = dict(row)
    market = arguments.pop("market", None)
    if market is None:
        raise MissingVariableError("market", "render_many row")
    return render_template(arguments.pop("template"), market, **arguments)
