"""Money, dates, numbers and lists formatted by Babel, with the checks a message needs."""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import re
from collections.abc import Iterable
from typing import Any, Literal

from .._errors import InvalidOptionError, MoneyError, NaiveDatetimeError
from ._sms import is_gsm7, to_gsm7

ListStyle = Literal[
    "standard", "standard-short", "or", "or-short", "unit", "unit-short", "unit-narrow"
]


MAX_MONEY_DIGITS = 18
"""Amounts of 10**18 or more are refused: no price or refund is that large, and Babel
cannot round them in the default decimal context."""

# Rounding money must not depend on the caller's decimal context (its precision or traps).
_CONTEXT = decimal.Context(prec=MAX_MONEY_DIGITS + 12, rounding=decimal.ROUND_HALF_EVEN)


def check_money(value: object, name: str = "amount") -> decimal.Decimal:
    """A finite :class:`~decimal.Decimal` below 10**18, or :class:`MoneyError`
    (floats are never exact).

    >>> check_money(decimal.Decimal("9.90"))
    Decimal('9.90')
    >>> check_money(9.9)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    globalcs.MoneyError: invalid amount of money 9.9: amount must be a decimal.Decimal, ...
    """
    if isinstance(value, decimal.Decimal):
        if not value.is_finite():
            raise MoneyError(value, f"{name} must be finite, not {value}")
        if value and value.adjusted() >= MAX_MONEY_DIGITS:
            raise MoneyError(value, f"{name} must be below 10**{MAX_MONEY_DIGITS}")
        return value
    kind = type(value).__name__
    hint = " (floats cannot hold 9.90 exactly)" if isinstance(value, float) else ""
    raise MoneyError(value, f"{name} must be a decimal.Decimal, not {kind}{hint}")


def check_currency(value: object) -> str:
    """An ISO 4217 code known to CLDR."""
    if type(value) is str and value in _known_currencies():
        return value
    if not isinstance(value, str) or len(value) != 3 or not value.isalpha():
        raise InvalidOptionError("currency", value, reason="expected an ISO 4217 code like 'EUR'")
    code = value.upper()
    if code not in _known_currencies():
        raise InvalidOptionError("currency", value, reason="not an ISO 4217 currency")
    return code


@functools.cache
def _known_currencies() -> frozenset[str]:
    from babel.core import get_global

    return frozenset(get_global("all_currencies"))


class MoneyFormat:
    """A currency format for one locale, currency and pattern, compiled once.

    Babel's ``format_currency`` parses the locale and evaluates plural rules on
    every call; this does the same formatting from precomputed parts. It checks
    itself against Babel when built, positive and negative amounts apart, and
    defers to Babel only for a sign whose output it does not reproduce.

    Two things Babel does are kept on purpose. A negative amount takes the
    pattern's ASCII hyphen-minus, as Babel writes it, not the locale's CLDR
    minus sign (U+2212 in Swedish, LRM and hyphen in Arabic): Babel 2.19 never
    puts that sign into a currency pattern. And where the group separator is an
    apostrophe (Swiss German, French and Italian), Babel's removal of quoted
    pattern text runs over the formatted number and eats the separators of
    1'234'567; this format writes them, and is checked against Babel's digits
    without grouping there.

    >>> swiss = MoneyFormat("de_CH", "CHF")
    >>> swiss(decimal.Decimal("-1234567.5")), swiss.exact
    ("CHF-1'234'567.50", (True, True))
    >>> MoneyFormat("sv_SE", "SEK")(decimal.Decimal("-12.5"))
    '-12,50\xa0kr'
    """

    _PROBES = ("0", "0.5", "7", "1234.5", "999999.99", "1234567.891", "12345678901.005", "0.015")

    def __init__(
        self, locale: str, currency: str, pattern: str | None = None, *, plain: bool = False
    ) -> None:
        from babel.numbers import parse_pattern

        loc = _babel_locale(locale)
        self.locale, self.currency, self.pattern, self.plain = locale, currency, pattern, plain
        # plain: CLDR's no-break and narrow spaces (and other typography) made plain, for SMS.
        finish = to_gsm7 if plain else str
        parsed = loc.currency_formats["standard"] if pattern is None else parse_pattern(pattern)
        symbols = loc.number_symbols["latn"]
        symbol = loc.currency_symbols.get(currency, currency)
        self.digits = _currency_digits(currency)
        self.exponent = decimal.Decimal(1).scaleb(-self.digits)
        self.primary: int = parsed.grouping[0]
        self.secondary: int = parsed.grouping[1]
        self.group = finish(str(symbols["group"]))
        # Python groups digits by three with "," and writes "." before the fraction;
        # the locale's signs replace them in one translation.
        self.signs = str.maketrans({",": self.group, ".": finish(str(symbols["decimal"]))})

        def affix(text: object) -> str:
            # As Babel: ¤¤ is the ISO code, ¤ the symbol, 'quoted' text loses its quotes.
            written = str(text).replace("¤¤", currency).replace("¤", symbol)
            return finish(_QUOTED.sub(lambda m: m.group(1) or "'", written))

        self.prefixes: tuple[str, str] = (affix(parsed.prefix[0]), affix(parsed.prefix[1]))
        self.suffixes: tuple[str, str] = (affix(parsed.suffix[0]), affix(parsed.suffix[1]))
        simple = (
            parsed.scale == 0
            and not parsed.exp_prec
            and "@" not in parsed.pattern
            and "¤¤¤" not in parsed.pattern
        )
        self.exact: tuple[bool, bool] = (
            simple and self._agrees(self._PROBES),
            simple and self._agrees("-" + probe for probe in self._PROBES),
        )

    def _agrees(self, probes: Iterable[str]) -> bool:
        for probe in probes:
            value = decimal.Decimal(probe).quantize(self.exponent, context=_CONTEXT)
            fast, babel = self._fast(value), self._babel(value)
            if fast == babel:
                continue
            # Babel's unquoting eats apostrophe separators: compare its ungrouped digits.
            if "'" not in self.group or fast.replace(self.group, "") != self._babel(
                value, grouped=False
            ):
                return False
        return True

    def _babel(self, value: decimal.Decimal, *, grouped: bool = True) -> str:
        from babel.numbers import format_currency

        with decimal.localcontext(_CONTEXT):
            text = format_currency(
                value,
                self.currency,
                self.pattern,
                locale=self.locale,
                currency_digits=True,
                group_separator=grouped,
            )
        return to_gsm7(text) if self.plain else text

    def _fast(self, value: decimal.Decimal) -> str:
        negative = int(value.is_signed())
        rounded = value.copy_abs().quantize(self.exponent, context=_CONTEXT)
        if self.primary == self.secondary == 3:
            number = f"{rounded:,f}".translate(self.signs)
        else:
            number = self._group(f"{rounded:f}")
        return self.prefixes[negative] + number + self.suffixes[negative]

    def _group(self, digits: str) -> str:
        # Grouping other than by threes: the Indian 12,34,567 (primary 3, secondary 2).
        whole, _, fraction = digits.partition(".")
        groups = [whole[-self.primary :]] if len(whole) > self.primary else [whole]
        rest = whole[: -self.primary] if len(whole) > self.primary else ""
        while rest:
            groups.insert(0, rest[-self.secondary :])
            rest = rest[: -self.secondary]
        number = ",".join(groups) + ("." + fraction if fraction else "")
        return number.translate(self.signs)

    def __call__(self, value: decimal.Decimal) -> str:
        if value.as_tuple().exponent < -self.digits:  # type: ignore[operator]
            exact = value.quantize(self.exponent, context=_CONTEXT)
            if exact != value:
                raise MoneyError(
                    value,
                    f"{value} has more decimals than {self.currency} uses ({self.digits}): "
                    "round it first, e.g. with globalcs.round_money()",
                )
            value = exact
        if not value:
            value = _ZERO  # never "-0.00": a zero amount has no sign
        return self._fast(value) if self.exact[value.is_signed()] else self._babel(value)


_QUOTED = re.compile(r"'([^']*)'")
_ZERO = decimal.Decimal(0)

RoundingRule = Literal["half_even", "half_up", "down", "up"]
_ROUNDING: dict[str, str] = {
    "half_even": decimal.ROUND_HALF_EVEN,
    "half_up": decimal.ROUND_HALF_UP,
    "down": decimal.ROUND_DOWN,
    "up": decimal.ROUND_UP,
}


def round_money(
    amount: object, currency: str, *, rule: RoundingRule = "half_even"
) -> decimal.Decimal:
    """``amount`` rounded to the decimals ``currency`` uses, by a rule the caller names.

    Messages refuse an amount with more decimals than its currency has (¥1,234.5
    or €49.985) rather than round it silently; this is the explicit way to round
    first. ``rule`` is ``"half_even"`` (to the even neighbour on a tie, as
    accountants and IEEE 754 do), ``"half_up"`` (ties away from zero, the
    commercial rule in most price displays), ``"down"`` (towards zero) or
    ``"up"`` (away from zero). The decimals are CLDR's (ISO 4217's minor units,
    with CLDR's corrections: the forint and the yen have none).

    >>> import decimal
    >>> round_money(decimal.Decimal("49.985"), "EUR")
    Decimal('49.98')
    >>> round_money(decimal.Decimal("49.985"), "EUR", rule="half_up")
    Decimal('49.99')
    >>> round_money(decimal.Decimal("1234.5"), "JPY")
    Decimal('1234')
    >>> round_money(decimal.Decimal("-0.001"), "USD")
    Decimal('0.00')
    """
    value = check_money(amount)
    code = check_currency(currency)
    if not isinstance(rule, str) or rule not in _ROUNDING:
        raise InvalidOptionError("rule", rule, tuple(_ROUNDING))
    exponent = decimal.Decimal(1).scaleb(-_currency_digits(code))
    rounded = value.quantize(exponent, rounding=_ROUNDING[rule], context=_CONTEXT)
    return rounded if rounded else rounded.copy_abs()  # no negative zero


@functools.cache
def _currency_digits(currency: str) -> int:
    from babel.numbers import get_currency_precision

    digits: int = get_currency_precision(currency)
    return digits


@functools.lru_cache(maxsize=2048)
def money_format(
    locale: str, currency: str, pattern: str | None = None, *, plain: bool = False
) -> MoneyFormat:
    """The compiled money format for a locale, currency and pattern; without a pattern, the
    one local shops use (:func:`retail_pattern`), else CLDR's default for the locale."""
    if pattern is None:
        pattern = retail_pattern(locale, currency)
    return MoneyFormat(locale, currency, pattern, plain=plain)


@functools.lru_cache(maxsize=1024)
def retail_pattern(locale: str, currency: str) -> str | None:
    """The pattern the language profile of ``locale`` gives for ``currency`` (its
    ``[money]`` table, sourced), or None where CLDR's default stands.

    >>> retail_pattern("ko_KR", "KRW"), retail_pattern("ko_KR", "USD")
    ('#,##0원', None)
    >>> money(decimal.Decimal("1690000"), "KRW", "ko_KR")
    '1,690,000원'
    """
    from ._languages import language, supported_languages

    parts = locale.replace("_", "-").split("-")
    supported = supported_languages()
    for size in range(len(parts), 0, -1):
        tag = "-".join(parts[:size])
        if tag in supported:
            found = language(tag).money.get(currency)
            return None if found is None else str(found)
    return None


_ISO_CODE_PATTERN = "¤¤ #,##0.00"


@functools.lru_cache(maxsize=2048)
def sms_money_formats(locale: str, currency: str) -> tuple[MoneyFormat, MoneyFormat]:
    """The formats (for positive and for negative amounts) whose output is GSM-7 where
    possible: the locale's own with plain spaces if that is GSM-7, else the ISO code in
    place of the symbol, else the locale's own anyway."""
    standard = money_format(locale, currency, plain=True)
    coded = money_format(locale, currency, _ISO_CODE_PATTERN, plain=True)

    def choose(probe: decimal.Decimal) -> MoneyFormat:
        probe = probe.quantize(standard.exponent, context=_CONTEXT)  # the currency's decimals
        if is_gsm7(standard(probe)) or not is_gsm7(coded(probe)):
            return standard
        return coded

    return choose(decimal.Decimal("1234567.89")), choose(decimal.Decimal("-1234567.89"))


@functools.lru_cache(maxsize=1024)
def _date_pattern(locale: str, style: str) -> Any:
    return _babel_locale(locale).date_formats[style]


def plain_spaces(text: str) -> str:
    """Replace the no-break and narrow spaces CLDR uses with plain spaces."""
    return to_gsm7(text)


def money(amount: object, currency: str, locale: str, *, gsm: bool = False) -> str:
    """``amount`` in ``currency`` as written in ``locale``.

    With ``gsm=True`` the result uses only GSM-7 characters where possible: plain
    spaces, and the ISO code instead of a symbol outside the GSM alphabet.

    >>> money(decimal.Decimal("1234.5"), "EUR", "de_DE")
    '1.234,50\\xa0€'
    >>> money(decimal.Decimal("1234.5"), "INR", "en_IN", gsm=True)
    'INR 1,234.50'
    """
    value = check_money(amount)
    if gsm:
        return sms_money_formats(locale, currency)[value.is_signed()](value)
    return money_format(locale, currency)(value)


def conversion_text(value: object, locale: str, *, gsm: bool = False) -> str | None:
    """A :class:`~globalcs.ConvertedAmount` written in ``locale``, or None for any other
    value (a money variable then formats it as an amount in one currency)."""
    if type(value) is decimal.Decimal:
        return None
    from ._currency import ConvertedAmount

    return value.text(locale, gsm=gsm) if isinstance(value, ConvertedAmount) else None


def date(value: object, locale: str, *, style: str = "long") -> str:
    """A calendar date (``datetime.date``) in the locale's ``long``/``medium``/``short`` form,
    in the calendar its language writes dates in (Thai: the Buddhist Era).

    >>> date(dt.date(2026, 12, 24), "de_DE"), date(dt.date(2026, 12, 24), "th_TH")
    ('24. Dezember 2026', '24 ธันวาคม 2569')
    """
    if isinstance(value, dt.datetime):
        value = _aware(value, "date").date()
    if not isinstance(value, dt.date):
        raise InvalidOptionError("date", value, reason="expected a datetime.date")
    calendar = _era_calendar(locale)
    if calendar is not None:
        pattern = _in_era(str(calendar.patterns[style]), value.year, calendar)
        return str(_parsed(pattern).apply(value, _babel_locale(locale)))
    return str(_date_pattern(locale, style).apply(value, _babel_locale(locale)))


@functools.lru_cache(maxsize=256)
def _era_calendar(locale: str) -> Any:
    """The :class:`~globalcs.messages._languages.EraCalendar` of the locale's language,
    or None where dates are Gregorian."""
    from ._languages import language, supported_languages

    tag = locale.split("_")[0]
    return language(tag).calendar if tag in supported_languages() else None


def _in_era(pattern: str, year: int, calendar: Any) -> str:
    """``pattern`` with its year (``y``, ``yy``) and era (``G``) fields written out as
    quoted text of ``calendar``'s year and era, so Babel's Gregorian formatter prints them."""
    shown = str(year + calendar.year_offset)
    out: list[str] = []
    quoted = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        run = len(pattern) - len(pattern[index:].lstrip(char)) - index if char in "yG" else 1
        if char == "'":
            quoted = not quoted
            out.append(char)
        elif quoted or char not in "yG":
            out.append(char)
        else:
            text = calendar.era if char == "G" else (shown[-2:] if run == 2 else shown)
            out.append("'" + text.replace("'", "''") + "'")
        index += run
    return "".join(out)


@functools.lru_cache(maxsize=1024)
def _parsed(pattern: str) -> Any:
    from babel.dates import parse_pattern

    return parse_pattern(pattern)


def _aware(value: dt.datetime, name: str) -> dt.datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveDatetimeError(value, name)
    return value


def shown_at(value: dt.datetime, zone: dt.tzinfo, name: str = "datetime") -> dt.datetime:
    """The instant ``value`` names, on the clock of ``zone``: what a message shows.

    It is the instant the calendar computes: a pytz zone attached with
    ``tzinfo=`` (which pytz gives its local mean time, Berlin +00:53) is read as
    the calendar reads it, as wall time in that zone; and the instant always
    passes through UTC, so a wall time that does not exist (02:30 on the day
    clocks spring forward) is shown as the real time it stands for (03:30), and an
    ambiguous one (02:30 on the day they fall back) as the first of the two unless
    its ``fold`` is 1, as PEP 495 defines.

    >>> import zoneinfo
    >>> berlin = zoneinfo.ZoneInfo("Europe/Berlin")
    >>> shown_at(dt.datetime(2026, 3, 29, 2, 30, tzinfo=berlin), berlin).isoformat()
    '2026-03-29T03:30:00+02:00'
    """
    from ..time._zones import aware

    checked = aware(value, name)
    try:
        return checked.astimezone(dt.UTC).astimezone(zone)
    except OverflowError:
        raise InvalidOptionError(
            name, value, reason="outside the dates a message can show (years 1 to 9999)"
        ) from None


def datetime(
    value: object, locale: str, timezone: str, *, style: str = "long", at_time: str | None = None
) -> str:
    """An aware datetime shown in ``timezone`` (the customer's), without seconds.

    ``at_time`` is the language's CLDR pattern for a moment on a date (``{1} 'um' {0}``);
    without it, the locale's plain date-time pattern joins the two.

    >>> import zoneinfo
    >>> at = dt.datetime(2026, 12, 24, 16, 0, tzinfo=zoneinfo.ZoneInfo("UTC"))
    >>> datetime(at, "de_DE", "Europe/Berlin")
    '24. Dezember 2026, 17:00'
    >>> datetime(at, "fi_FI", "Europe/Helsinki", at_time="{1} 'klo' {0}")
    '24. joulukuuta 2026 klo 18.00'
    """
    from zoneinfo import ZoneInfo

    if not isinstance(value, dt.datetime):
        raise InvalidOptionError("datetime", value, reason="expected an aware datetime.datetime")
    local = shown_at(value, ZoneInfo(timezone))
    calendar = _era_calendar(locale)
    if calendar is not None:
        glue, _, time_pattern = _datetime_parts(locale, style, at_time)
        date_pattern = _in_era(str(calendar.patterns[style]), local.year, calendar)
        pattern = glue.replace("{1}", date_pattern).replace("{0}", time_pattern)
        return str(_parsed(pattern).apply(local, _babel_locale(locale)))
    return str(_datetime_pattern(locale, style, at_time).apply(local, _babel_locale(locale)))


@functools.lru_cache(maxsize=1024)
def _babel_locale(locale: str) -> Any:
    from babel import Locale

    return Locale.parse(locale)


@functools.cache
def _datetime_parts(locale: str, style: str, at_time: str | None = None) -> tuple[str, str, str]:
    # CLDR's "long" date-time joins a long date with a long time (seconds and
    # zone name); customers want the long date with the short time.
    loc = _babel_locale(locale)
    glue = at_time or str(loc.datetime_formats[style])
    return glue, loc.date_formats[style].pattern, loc.time_formats["short"].pattern


@functools.cache
def _datetime_pattern(locale: str, style: str, at_time: str | None = None) -> Any:
    glue, date_pattern, time_pattern = _datetime_parts(locale, style, at_time)
    return _parsed(glue.replace("{1}", date_pattern).replace("{0}", time_pattern))


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
