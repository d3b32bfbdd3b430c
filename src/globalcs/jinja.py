"""globalcs filters for your own Jinja2 environment.

Add the extension, then give each render its market in a context variable. One
environment can serve every request of a web application (Flask, FastAPI, ...):
a render reads its own variables and changes nothing another render sees::

    >>> import datetime, decimal, jinja2
    >>> env = jinja2.Environment(extensions=["globalcs.jinja.GlobalcsExtension"])
    >>> receipt = env.from_string("{{ total|globalcs_money }}, {{ day|globalcs_date }}")
    >>> values = {"total": decimal.Decimal("1234.5"), "day": datetime.date(2026, 12, 24)}
    >>> receipt.render(values, globalcs_market="DE")
    '1.234,50\xa0€, 24. Dezember 2026'
    >>> receipt.render(values, globalcs_market="CH", globalcs_language="fr")
    "1'234,50\xa0CHF, 24 décembre 2026"

The filters are ``globalcs_money``, ``globalcs_converted``, ``globalcs_date``,
``globalcs_datetime``, ``globalcs_number``, ``globalcs_listing``,
``globalcs_salutation``, ``globalcs_name``, ``globalcs_greeting``, ``globalcs_closing``,
``globalcs_payment_method_name`` and ``globalcs_url``; the prefix keeps them apart
from an application's own ``date`` or ``url``. The context variables are
``globalcs_market``, ``globalcs_language``, ``globalcs_formality``,
``globalcs_channel`` and ``globalcs_customer``.

A default for renders without ``globalcs_market`` is set once, at start-up, for the
whole environment, and removed again the way ``jinja2.ext.i18n`` installs and
uninstalls translations::

    >>> env.install_globalcs(market="DE")
    >>> receipt.render(values)
    '1.234,50\xa0€, 24. Dezember 2026'
    >>> env.uninstall_globalcs()
    >>> receipt.render(values)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
      ...
    globalcs.InvalidOptionError: invalid globalcs_market None: no market for this render: ...

A subclass chooses other names; a name that already holds a filter of the
application raises :class:`~globalcs.InvalidOptionError` instead of replacing it::

    >>> class ShopFilters(GlobalcsExtension):
    ...     filter_prefix = "l10n_"
    ...     filter_names = {"money": "price"}
    >>> shop = jinja2.Environment(extensions=[ShopFilters])
    >>> shop.from_string("{{ total|price }} ({{ 3|l10n_number }})").render(
    ...     values, globalcs_market="FR")
    '1\u202f234,50\xa0€ (3)'
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from types import MappingProxyType
from typing import ClassVar

from jinja2 import Environment
from jinja2.ext import Extension

from ._errors import InvalidOptionError

__all__ = ["GlobalcsExtension"]

_OPTIONS = ("market", "language", "formality", "channel")


class GlobalcsExtension(Extension):
    """Adds the globalcs filters and, on the environment, ``install_globalcs(...)``,
    ``uninstall_globalcs(...)``, ``globalcs_defaults`` and ``globalcs_filters``.

    ``environment.install_globalcs(market, *, language=None, formality=None,
    channel="email")`` checks its options and replaces the environment's defaults
    whole; it is start-up configuration, shared by every render. Per request, pass
    ``globalcs_market=...`` (and the other context variables) to ``render()``: they
    take precedence, and a render that names another market than the default does
    not take the default's language. ``environment.uninstall_globalcs()`` removes the
    defaults; ``uninstall_globalcs(filters=True)`` removes the filters as well (a
    filter the application has since replaced is left alone), until the next
    ``install_globalcs``, which adds back the ones still missing.

    >>> env = Environment(extensions=[GlobalcsExtension])
    >>> env.globalcs_filters["money"], env.globalcs_defaults
    ('globalcs_money', mappingproxy({}))
    >>> env.install_globalcs(market="Japan", formality="very_formal")
    >>> env.globalcs_defaults["market"], env.globalcs_defaults["formality"]
    ('JP', <Formality.VERY_FORMAL: 'very_formal'>)
    >>> env.uninstall_globalcs(filters=True)
    >>> "globalcs_money" in env.filters
    False
    """

    filter_prefix: ClassVar[str] = "globalcs_"
    """Put before the name of every filter; ``""`` gives the short names (``money``)."""

    filter_names: ClassVar[Mapping[str, str]] = MappingProxyType({})
    """Exact names for single filters, e.g. ``{"money": "price"}``, instead of the prefix."""

    def __init__(self, environment: Environment) -> None:
        super().__init__(environment)
        from .messages._filters import install
        from .messages._jinja_binding import NO_DEFAULTS

        other = getattr(getattr(environment, "install_globalcs", None), "__self__", None)
        if isinstance(other, GlobalcsExtension) and other.identifier != self.identifier:
            raise InvalidOptionError(
                "extension",
                self.identifier,
                reason=f"the environment already has {other.identifier}; "
                "use one globalcs extension per environment",
            )
        self.names = _filter_names(self.filter_prefix, self.filter_names)
        """Each filter's name in the environment (``{"money": "globalcs_money", ...}``)."""
        self._lock = threading.Lock()
        install(environment, names=self.names, replace=False)
        environment.extend(globalcs_defaults=NO_DEFAULTS)
        environment.globalcs_filters = self.names  # type: ignore[attr-defined]
        environment.install_globalcs = self._install  # type: ignore[attr-defined]
        environment.uninstall_globalcs = self._uninstall  # type: ignore[attr-defined]

    def _install(
        self,
        market: object,
        *,
        language: object = None,
        formality: object = None,
        channel: object = "email",
        **unknown: object,
    ) -> None:
        """Set the environment-wide defaults, and add back the filters that are missing
        (after ``uninstall_globalcs(filters=True)``); renders give their own market with
        ``globalcs_market=...`` and the like."""
        from .messages._filters import install
        from .messages._jinja_binding import make_defaults

        if unknown:
            raise InvalidOptionError("install_globalcs option", sorted(unknown)[0], _OPTIONS)
        defaults = make_defaults(market, language, formality, channel)
        with self._lock:
            filters = self.environment.filters
            missing = {key: name for key, name in self.names.items() if name not in filters}
            install(self.environment, names=missing)
            self.environment.globalcs_defaults = defaults  # type: ignore[attr-defined]

    def _uninstall(self, *, filters: bool = False) -> None:
        """Remove the defaults; with ``filters=True``, the extension's filters too."""
        from .messages._filters import uninstall
        from .messages._jinja_binding import NO_DEFAULTS

        with self._lock:
            self.environment.globalcs_defaults = NO_DEFAULTS  # type: ignore[attr-defined]
            if filters:
                uninstall(self.environment, self.names)


def _filter_names(prefix: object, chosen: Mapping[str, object]) -> Mapping[str, str]:
    """The name of each filter in the environment: ``chosen``'s, else prefix and name.

    >>> _filter_names("l10n_", {"money": "price"})["money"], _filter_names("", {})["date"]
    ('price', 'date')
    >>> _filter_names("", {"money": "date"})
    Traceback (most recent call last):
      ...
    globalcs.InvalidOptionError: invalid filter name 'date': given to both money and date
    """
    from .messages._filters import FILTERS

    if not isinstance(prefix, str):
        raise InvalidOptionError("filter_prefix", prefix, reason="expected a string")
    for key in chosen:
        if key not in FILTERS:
            raise InvalidOptionError("filter_names key", key, FILTERS)
    names: dict[str, str] = {}
    owners: dict[str, str] = {}
    for key in FILTERS:
        name = chosen.get(key, prefix + key)
        if not isinstance(name, str) or not all(p.isidentifier() for p in name.split(".")):
            raise InvalidOptionError(
                "filter name", name, reason="not a name Jinja can parse after |, such as price"
            )
        if name in owners:
            raise InvalidOptionError(
                "filter name", name, reason=f"given to both {owners[name]} and {key}"
            )
        names[key] = name
        owners[name] = key
    return MappingProxyType(names)
