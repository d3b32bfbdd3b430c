"""Money, dates, numbers and lists formatted by Babel, with the checks a message needs."""

from __future__ import annotations

import datetime as dt
import decimal
import functools
from collections.abc import Iterable
from typing import Any, Literal

from .._errors import InvalidOptionError, MoneyError, NaiveDatetimeError

ListStyle = Literal[
    "standard", "standard-short", "or", "or-short", "unit", "unit-short", "unit-narrow"
]

_NARROW_SPACES = {"\u202f": " ", "\u00a0": " ", "\u2009": " ", "\u2007": " "}


def check_money(value: object, name: str = "amount") -> decimal.Decimal:
    """A finite :class:`~decimal.Decimal`, or :class:`MoneyError` (floats are never exact).

    >>> check_money(decimal.Decimal("9.90"))
    Decimal('9.90')
    >>> check_money(9.9)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    globalcs._errors.MoneyError: invalid amount of money 9.9: amount must be a decimal.Decimal, ...
    """
    if isinstance(value, decimal.Decimal):
        if not value.is_finite():
            raise MoneyError(value, f"{name} must be finite, not {value}")
        return value
    kind = type(value).__name__
    hint = " (floats cannot hold 9.90 exactly)" if isinstance(value, float) else ""
    raise MoneyError(value, f"{name} must be a decimal.Decimal, not {kind}{hint}")


def check_currency(value: object) -> str:
    """An ISO 4217 code known to CLDR."""
    from babel.numbers import get_currency_name

    if not isinstance(value, str) or len(value) != 3 or not value.isalpha():
        raise InvalidOptionError("currency", value, reason="expected an ISO 4217 code like 'EUR'")
    code = value.upper()
    if get_currency_name(code, locale="en") == code and code != "XXX":
        raise InvalidOptionError("currency", value, reason="not an ISO 4217 currency")
    return code


def plain_spaces(text: str) -> str:
    """Replace the no-break and narrow spaces CLDR uses with plain spaces."""
    for special, plain in _NARROW_SPACES.items():
        text = text.replace(special, plain)
    return text


def money(amount: object, currency: str, locale: str, *, gsm: bool = False) -> str:
    """``amount`` in ``currency`` as written in ``locale``.

    With ``gsm=True`` the result uses only GSM-7 characters where possible: plain
    spaces, and the ISO code instead of a symbol outside the GSM alphabet.

    >>> money(decimal.Decimal("1234.5"), "EUR", "de_DE")
    '1.234,50\\xa0€'
    >>> money(decimal.Decimal("1234.5"), "INR", "en_IN", gsm=True)
    'INR 1,234.50'
    """
    from babel.numbers import format_currency

    value = check_money(amount)
    text = format_currency(value, currency, locale=locale)
    if gsm:
        from ._sms import is_gsm7

        text = plain_spaces(text)
        if not is_gsm7(text):
            plain = format_currency(
                value, currency, locale=locale, format="¤¤ #,##0.00", currency_digits=True
            )
            plain = plain_spaces(plain)
            if is_gsm7(plain):
                text = plain
    return text


def date(value: object, locale: str, *, style: str = "long") -> str:
    """A calendar date (``datetime.date``) in the locale's ``long``/``medium``/``short`` form."""
    from babel.dates import format_date

    if isinstance(value, dt.datetime):
        value = _aware(value, "date").date()
    if not isinstance(value, dt.date):
        raise InvalidOptionError("date", value, reason="expected a datetime.date")
    return format_date(value, format=style, locale=locale)


def _aware(value: dt.datetime, name: str) -> dt.datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveDatetimeError(value, name)
    return value


def datetime(value: object, locale: str, timezone: str, *, style: str = "long") -> str:
    """An aware datetime shown in ``timezone`` (the customer's), without seconds.

    >>> import zoneinfo
    >>> at = dt.datetime(2026, 12, 24, 16, 0, tzinfo=zoneinfo.ZoneInfo("UTC"))
    >>> datetime(at, "de_DE", "Europe/Berlin")
    '24. Dezember 2026, 17:00'
    """
    from zoneinfo import ZoneInfo

    if not isinstance(value, dt.datetime):
        raise InvalidOptionError("datetime", value, reason="expected an aware datetime.datetime")
    local = _aware(value, "datetime").astimezone(ZoneInfo(timezone))
    return str(_datetime_pattern(locale, style).apply(local, _babel_locale(locale)))


@functools.cache
def _babel_locale(locale: str) -> Any:
    from babel import Locale

    return Locale.parse(locale)


@functools.cache
def _datetime_pattern(locale: str, style: str) -> Any:
    # CLDR's "long" date-time joins a long date with a long time (seconds and
    # zone name); customers want the long date with the short time.
    from babel.dates import parse_pattern

    loc = _babel_locale(locale)
    glue = str(loc.datetime_formats[style])
    date_pattern = loc.date_formats[style].pattern
    time_pattern = loc.time_formats["short"].pattern
    return parse_pattern(glue.replace("{1}", date_pattern).replace("{0}", time_pattern))


def number(value: object, locale: str) -> str:
    """A number in the locale's decimal format."""
    from babel.numbers import format_decimal

    if isinstance(value, bool) or not isinstance(value, int | decimal.Decimal):
        raise InvalidOptionError("number", value, reason="expected an int or a Decimal")
    if isinstance(value, decimal.Decimal) and not value.is_finite():
        raise InvalidOptionError("number", value, reason="must be finite")
    return format_decimal(value, locale=locale)


def listing(values: Iterable[Any], locale: str, *, style: ListStyle = "standard") -> str:
    """Items joined as the locale writes a list ("a, b and c", "a, b und c")."""
    from babel.lists import format_list

    items = [str(v) for v in values]
    return format_list(items, style=style, locale=locale) if items else ""
