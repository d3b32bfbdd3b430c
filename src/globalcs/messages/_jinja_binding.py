"""Binding filters to a render inside a caller's own Jinja2 environment."""

from __future__ import annotations

from typing import Any

from .._errors import InvalidOptionError


def binding_from_environment(context: Any) -> Any:
    """Read ``globalcs_market``/``_language``/``_formality``/``_channel`` from the context,
    falling back to what ``environment.install_globalcs(...)`` set."""
    from ..market._derived import babel_locale
    from ..market._registry import get_market
    from ._filters import Binding
    from ._languages import language, resolve_language
    from ._render import _language_for, choose_formality

    env = context.environment
    defaults = getattr(env, "globalcs_defaults", {}) or {}

    def pick(key: str) -> Any:
        value = context.get(f"globalcs_{key}")
        return value if value is not None else defaults.get(key)

    market_id = pick("market")
    if market_id is None:
        raise InvalidOptionError(
            "globalcs_market",
            None,
            reason="set it in the render context or with environment.install_globalcs(market=...)",
        )
    market = get_market(market_id)
    channel = pick("channel") or "email"
    requested = pick("language")
    tag = resolve_language(requested, market.country) if requested else _language_for(market, None)
    formality = choose_formality(market, channel, pick("formality"))
    return Binding(
        market,
        language(tag),
        babel_locale(tag, market.country),
        formality,
        channel,
        pick("customer"),
    )
