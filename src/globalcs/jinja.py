"""globalcs filters for your own Jinja2 environment.

Add the extension and tell it which market (and optionally language,
formality and channel) a render is for, either once for the environment
or per render through context variables, the way ``jinja2.ext.i18n``
installs translations::

    >>> import decimal, jinja2
    >>> env = jinja2.Environment(extensions=["globalcs.jinja.GlobalcsExtension"])
    >>> env.install_globalcs(market="DE")
    >>> env.from_string("{{ total|money }}").render(total=decimal.Decimal("1234.5"))
    '1.234,50\\xa0€'
    >>> env.from_string("{{ day|date }}").render(day=__import__("datetime").date(2026, 12, 24),
    ...                                          globalcs_market="CH", globalcs_language="fr")
    '24 décembre 2026'

Filters: ``money``, ``date``, ``datetime``, ``number``, ``listing``,
``salutation``, ``name``, ``greeting``, ``closing``, ``payment_method_name``
and ``url``. The context variables ``globalcs_market``, ``globalcs_language``,
``globalcs_formality``, ``globalcs_channel`` and ``globalcs_customer``
override the environment's defaults for one render.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment
from jinja2.ext import Extension

__all__ = ["GlobalcsExtension"]


class GlobalcsExtension(Extension):
    """Installs the globalcs filters and ``environment.install_globalcs(...)``."""

    def __init__(self, environment: Environment) -> None:
        super().__init__(environment)
        from .messages._filters import install

        install(environment)
        environment.extend(globalcs_defaults={}, install_globalcs=self._install)

    def _install(
        self,
        market: object,
        *,
        language: str | None = None,
        formality: Any = None,
        channel: str = "email",
    ) -> None:
        from .market._registry import get_market

        code = get_market(market).code
        self.environment.globalcs_defaults = {  # type: ignore[attr-defined]
            "market": code,
            "language": language,
            "formality": formality,
            "channel": channel,
        }
