"""Binding filters to a render inside a caller's own Jinja2 environment.

A render's context variables (``globalcs_market``, ``globalcs_language``,
``globalcs_formality``, ``globalcs_channel``, ``globalcs_customer``) come first; what
they leave out comes from the environment's defaults, one read-only mapping that
``install_globalcs`` replaces whole. A filter reads that attribute once, so it sees
one whole configuration, never half of one, and nothing it reads is written by a
render.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from .._errors import InvalidOptionError

NO_DEFAULTS: Mapping[str, Any] = MappingProxyType({})
"""The defaults of an environment before ``install_globalcs`` (and after its uninstall)."""

NO_MARKET = (
    "no market for this render: pass globalcs_market=... to render(), "
    "or set a default once with environment.install_globalcs(market=...)"
)


def make_defaults(
    market: object, language: object, formality: object, channel: object
) -> Mapping[str, Any]:
    """Checked environment-wide defaults, as one read-only mapping.

    >>> d = make_defaults("Germany", "de_AT", "informal", "line")
    >>> d["market"], d["language"], d["formality"].value, d["channel"]
    ('DE', 'de', 'informal', 'chat')
    >>> d["market"] = "FR"
    Traceback (most recent call last):
      ...
    TypeError: 'mappingproxy' object does not support item assignment
    """
    from .._formality import Formality
    from ..market._registry import get_market
    from ._languages import resolve_language

    found = get_market(market)
    return MappingProxyType(
        {
            "market": found.code,
            "language": None if language is None else resolve_language(language, found.country),
            "formality": None if formality is None else Formality.parse(formality),
            "channel": _channel(channel),
        }
    )


def _channel(channel: object) -> str:
    """The message form of a channel (``line`` is written as ``chat``)."""
    from ._options import CHANNELS, message_channel

    if not isinstance(channel, str):
        raise InvalidOptionError("channel", channel, CHANNELS)
    return message_channel(channel)


def binding_from_environment(context: Any) -> Any:
    """The :class:`~globalcs.messages._filters.Binding` of a render: its context
    variables, else the environment's defaults.

    A render that names another market than the default one does not take the default
    language (chosen for the default market), but the market's own.
    """
    from .._formality import Formality
    from ..market._registry import get_market
    from ._filters import Binding
    from ._languages import resolve_language
    from ._options import language_for, market_key, resolve_options

    defaults: Mapping[str, Any] = (
        getattr(context.environment, "globalcs_defaults", None) or NO_DEFAULTS
    )
    given = context.get("globalcs_market")
    if given is not None:
        market = get_market(given)
        inherit = market.code == defaults.get("market")
    elif defaults.get("market") is not None:
        market = get_market(defaults["market"])
        inherit = True
    else:
        raise InvalidOptionError("globalcs_market", None, reason=NO_MARKET)
    requested = context.get("globalcs_language")
    if requested is not None:
        tag = resolve_language(requested, market.country)
    else:
        tag = language_for(market, defaults.get("language") if inherit else None)
    channel = context.get("globalcs_channel")
    channel = defaults.get("channel", "email") if channel is None else _channel(channel)
    # A given register is checked before the options cache sees it.
    formality = context.get("globalcs_formality")
    formality = defaults.get("formality") if formality is None else Formality.parse(formality)
    options = resolve_options(market_key(given, market), tag, "neutral", formality, channel)
    return Binding(options, context.get("globalcs_customer"))
