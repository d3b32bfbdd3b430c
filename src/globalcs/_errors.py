"""The exception tree of globalcs.

Every error globalcs raises on purpose derives from :class:`GlobalcsError`,
and where a builtin fits, also from that builtin, so ``except LookupError``
keeps working for callers who do not know globalcs::

    GlobalcsError
    ├── UnknownMarketError (LookupError)        .identifier
    ├── UnknownLanguageError (LookupError)      .language, .supported
    ├── UnknownIntentError (LookupError)        .intent, .supported
    ├── InvalidOptionError (ValueError)         .option, .value, .supported
    ├── DataError (ValueError)                  .path, .field
    ├── MoneyError (TypeError, ValueError)      .value
    ├── ExchangeRateError (TypeError, ValueError) .value
    ├── StaleRatesError (ValueError)            .as_of, .on, .max_age_days
    ├── CurrencyMismatchError (ValueError)      .currency, .expected
    ├── NaiveDatetimeError (ValueError)         .value
    ├── InvalidPhoneNumberError (ValueError)    .value, .reason
    ├── HolidayRangeError (ValueError)          .year
    ├── ScheduleError (ValueError)              .value, .reason
    ├── MissingVariableError (KeyError)         .variable, .intent
    ├── MissingExtraError (ImportError)         an optional dependency is missing
    ├── IncomparableSharesError (TypeError)     .measures
    └── TemplateError
        ├── TemplateSecurityError               .construct, .lineno
        └── TemplateRenderError                 .reason

Every class pickles (``multiprocessing`` sends errors between processes): it
comes back with the same type, message, ``args`` and attributes. Each class
defined here shows its public path, ``globalcs.UnknownMarketError``, in reprs,
tracebacks and pickles, so each must be exported from ``globalcs``.
"""

from __future__ import annotations

import copyreg
from collections.abc import Iterable
from typing import Any

_newobj = copyreg.__newobj__  # type: ignore[attr-defined]  # pickle's NEWOBJ; not in typeshed


class GlobalcsError(Exception):
    """Root of every error globalcs raises on purpose."""

    def __reduce__(self) -> tuple[Any, ...]:
        # The default rebuilds with ``cls(*self.args)``, calling ``__init__`` with the
        # message alone. Instead: ``cls.__new__(cls, *self.args)``, then the attributes.
        return (_newobj, (type(self), *self.args), vars(self))


def _listing(values: Iterable[str], limit: int = 12) -> str:
    items = list(values)
    shown = ", ".join(items[:limit])
    if len(items) > limit:
        shown += f", ... ({len(items)} in all)"
    return shown


def _short(value: object, limit: int = 60) -> str:
    try:
        text = repr(value)
    except Exception:  # an int past Python's 4,300-digit limit, a broken __repr__ ...
        return f"<{type(value).__name__} that cannot be shown>"
    if len(text) <= limit:
        return text
    quote = text[0] if text[0] in "'\"" else ""  # close a string's quote, nothing else's
    return text[: limit - 5] + "..." + quote


class UnknownMarketError(GlobalcsError, LookupError):
    """No market matches an identifier.

    >>> import globalcs
    >>> try:
    ...     globalcs.get_market("Germny")
    ... except globalcs.UnknownMarketError as exc:
    ...     print(exc.identifier, exc.suggestions)
    Germny ('DE',)
    """

    def __init__(self, identifier: object, *, tried: str = "", suggestions: Iterable[str] = ()):
        self.identifier = identifier
        self.suggestions = tuple(suggestions)
        message = f"unknown market {_short(identifier)}"
        if tried:
            message += f": {tried}"
        if self.suggestions:
            message += f"; did you mean {', '.join(self.suggestions)}?"
        super().__init__(message)

    def __str__(self) -> str:  # KeyError-style quoting is not wanted here
        return str(self.args[0])


class UnknownLanguageError(GlobalcsError, LookupError):
    """A language is not supported: for messages, or for naming a market's public holidays."""

    def __init__(self, language: object, supported: Iterable[str]):
        self.language = language
        self.supported = tuple(supported)
        super().__init__(
            f"unsupported language {_short(language)}; supported: {_listing(self.supported, 40)}"
        )


class UnknownIntentError(GlobalcsError, LookupError):
    """No built-in message has this intent."""

    def __init__(self, intent: object, supported: Iterable[str]):
        self.intent = intent
        self.supported = tuple(supported)
        super().__init__(
            f"unknown intent {_short(intent)}; built-in intents: {_listing(self.supported, 40)}"
        )


class InvalidOptionError(GlobalcsError, ValueError):
    """An option (tone, channel, formality, ...) has a value outside its vocabulary."""

    def __init__(self, option: str, value: object, supported: Iterable[str] = (), reason: str = ""):
        self.option = option
        self.value = value
        self.supported = tuple(supported)
        message = f"invalid {option} {_short(value)}"
        if reason:
            message += f": {reason}"
        if self.supported:
            message += f"; valid values: {_listing(self.supported, 40)}"
        super().__init__(message)


class DataError(GlobalcsError, ValueError):
    """A data file does not match its schema."""

    def __init__(self, path: str, field: str, problem: str):
        self.path = path
        self.field = field
        self.problem = problem
        super().__init__(f"{path}: {field}: {problem}")


class MoneyError(GlobalcsError, TypeError, ValueError):
    """An amount of money is not a finite ``Decimal`` (floats are refused)."""

    def __init__(self, value: Any, reason: str):
        self.value = value
        super().__init__(f"invalid amount of money {_short(value)}: {reason}")


class ExchangeRateError(GlobalcsError, TypeError, ValueError):
    """An exchange rate is not a finite, positive ``Decimal`` (floats are refused)."""

    def __init__(self, value: Any, reason: str):
        self.value = value
        super().__init__(f"invalid exchange rate {_short(value)}: {reason}")


class StaleRatesError(GlobalcsError, ValueError):
    """A dated set of exchange rates is older than the age allowed on the day of use (or
    dated after it); pass fresher rates, a larger ``max_age_days`` or ``allow_stale=True``."""

    def __init__(self, as_of: Any, on: Any, max_age_days: int):
        self.as_of, self.on, self.max_age_days = as_of, on, max_age_days
        days = (on - as_of).days
        age = f"are {days} days old" if days >= 0 else "are dated after"
        super().__init__(
            f"exchange rates of {as_of} {age} on {on} (at most {max_age_days} allowed): "
            "pass fresher rates, or allow_stale=True to use them anyway"
        )


class CurrencyMismatchError(GlobalcsError, ValueError):
    """An amount is in another currency than the thresholds it is compared with, and no
    exchange rate was given (globalcs never invents one).

    >>> import decimal, globalcs
    >>> try:
    ...     globalcs.get_market("GB").customs.assess(decimal.Decimal("120"), "EUR")
    ... except globalcs.CurrencyMismatchError as exc:
    ...     print(exc.currency, exc.expected)
    EUR GBP
    """

    def __init__(self, currency: str, expected: str):
        self.currency = currency
        self.expected = expected
        super().__init__(
            f"the value is in {currency} but the thresholds are in {expected}: give the value "
            f"in {expected}, or give a rate ({expected} per 1 {currency}, the rate customs uses)"
        )


class NaiveDatetimeError(GlobalcsError, ValueError):
    """A datetime without a time zone was given where an aware one is needed."""

    def __init__(self, value: Any, name: str = "datetime"):
        self.value = value
        super().__init__(
            f"{name} {value!r} has no time zone; pass an aware datetime "
            "(e.g. datetime(..., tzinfo=zoneinfo.ZoneInfo('Europe/Berlin')))"
        )


class InvalidPhoneNumberError(GlobalcsError, ValueError):
    """A phone number cannot be read, is not a valid number, or belongs to another
    country than the market it was given with.

    >>> import datetime as dt, globalcs
    >>> at = dt.datetime(2026, 6, 10, 12, tzinfo=dt.UTC)
    >>> try:
    ...     globalcs.may_send("US", "sms", at, purpose="service", phone="+33 1 23 45 67 89")
    ... except globalcs.InvalidPhoneNumberError as exc:
    ...     print(exc.value)
    +33 1 23 45 67 89
    """

    def __init__(self, value: Any, reason: str):
        self.value = value
        self.reason = reason
        super().__init__(f"invalid phone number {_short(value)}: {reason}")


class HolidayRangeError(GlobalcsError, ValueError):
    """A year lies outside the range the holiday data covers."""

    def __init__(self, year: int, first: int, last: int, market: str = ""):
        self.year = year
        self.first = first
        self.last = last
        where = f" for {market}" if market else ""
        super().__init__(
            f"no holiday data{where} for {year}: supported years are {first} to {last}"
        )


class ScheduleError(GlobalcsError, ValueError):
    """A schedule is inconsistent (overlapping overrides, a range that ends before it
    starts) or an imported schedule document cannot be read.

    >>> import datetime as dt, globalcs
    >>> try:
    ...     globalcs.DateOverride.closure(dt.date(2026, 12, 27), dt.date(2026, 12, 24))
    ... except globalcs.ScheduleError as exc:
    ...     print(exc.reason)
    the range ends (2026-12-24) before it starts (2026-12-27)
    """

    def __init__(self, value: Any, reason: str):
        self.value = value
        self.reason = reason
        super().__init__(f"invalid schedule {_short(value)}: {reason}")


class MissingVariableError(GlobalcsError, KeyError):
    """A message or template needs a variable that was not given."""

    def __init__(self, variable: str, intent: str):
        self.variable = variable
        self.intent = intent
        super().__init__(f"{intent!s} needs the variable {variable!r}")

    def __str__(self) -> str:
        return str(self.args[0])


class MissingExtraError(GlobalcsError, ImportError):
    """An optional dependency is not installed (``pip install 'globalcs[pandas]'``)."""


class IncomparableSharesError(GlobalcsError, TypeError):
    """Two shares measure different things (a share of e-commerce value and a share of
    buyers who used a method), so neither is larger."""

    def __init__(self, first: str, second: str):
        self.measures = (first, second)
        super().__init__(
            f"a share of {first} cannot be compared with a share of {second}: "
            "they measure different things"
        )


class TemplateError(GlobalcsError):
    """Root of merchant-template errors."""


class TemplateSecurityError(TemplateError):
    """A merchant template uses a construct outside the safe subset."""

    def __init__(self, construct: str, lineno: int | None = None, detail: str = ""):
        self.construct = construct
        self.lineno = lineno
        where = f"line {lineno}: " if lineno is not None else ""
        message = f"{where}{construct} is not allowed in merchant templates"
        if detail:
            message += f" ({detail})"
        super().__init__(message)


class TemplateRenderError(TemplateError):
    """A merchant template failed while rendering (e.g. its output grew too large)."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)


# Show the public path, globalcs.UnknownMarketError, in reprs and tracebacks; pickle
# finds the classes there through globalcs.__getattr__. doctest skips a class whose
# __module__ names another module, unless the module lists it in __test__.
__test__: dict[str, type[GlobalcsError]] = {}
for _name, _value in list(globals().items()):
    if isinstance(_value, type) and issubclass(_value, GlobalcsError):
        _value.__module__ = "globalcs"
        __test__[_name] = _value
del _name, _value
