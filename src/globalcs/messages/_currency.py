"""An amount in the customer's currency beside the shop's original: "≈ ¥18,500 (USD 123.00)".

The rate is the caller's (a ``Decimal``: units of the target currency per unit of the
source), or comes from a dated set of euro reference rates: the caller's own
(:func:`exchange_rates`) or the European Central Bank's set bundled with globalcs
(:func:`ecb_reference_rates`). A dated set is refused once it is older than
``max_age_days`` on the day of the message, unless the caller passes ``allow_stale=True``:
a stale rate is never used silently. Cross rates go through the euro. The converted
amount is rounded to its currency's decimals (CLDR's: none for the yen, three for the
Kuwaiti dinar), half to even unless the caller names another rule.
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
from collections.abc import Mapping

from .._errors import ExchangeRateError, InvalidOptionError, StaleRatesError
from .._record import record
from ..market._model import FrozenMap
from . import _format

DEFAULT_MAX_AGE_DAYS = 7
"""The ECB publishes a set on each TARGET working day; a week spans a weekend together
with the closing days around Easter or Christmas, so a set older than that is one that
no update followed."""

_CONTEXT = decimal.Context(prec=40, rounding=decimal.ROUND_HALF_EVEN)


def check_rate(value: object, name: str = "rate") -> decimal.Decimal:
    """A finite, positive :class:`~decimal.Decimal` exchange rate, or :class:`ExchangeRateError`.

    >>> check_rate(decimal.Decimal("150.40"))
    Decimal('150.40')
    >>> check_rate(0.9)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    globalcs.ExchangeRateError: invalid exchange rate 0.9: rate must be a decimal.Decimal, ...
    """
    if not isinstance(value, decimal.Decimal):
        kind = type(value).__name__
        hint = (
            f" (floats are inexact: write Decimal('{value}'))" if isinstance(value, float) else ""
        )
        raise ExchangeRateError(value, f"{name} must be a decimal.Decimal, not {kind}{hint}")
    if not value.is_finite():
        raise ExchangeRateError(value, f"{name} must be finite")
    if value <= 0:
        raise ExchangeRateError(value, f"{name} must be greater than zero")
    return value


def check_locale(value: object) -> str:
    """A locale Babel knows, as ``de_DE`` (``de-DE`` is read too), or
    :class:`InvalidOptionError`.

    >>> check_locale("de-DE")
    'de_DE'
    """
    if isinstance(value, str) and 0 < len(value) <= 40:
        from babel import UnknownLocaleError

        identifier = value.replace("-", "_")
        try:
            _format._babel_locale(identifier)
        except (UnknownLocaleError, ValueError, TypeError):
            pass
        else:
            return identifier
    raise InvalidOptionError("locale", value, reason="expected a CLDR locale such as 'de_DE'")


def rate_from_text(text: str) -> decimal.Decimal:
    """A rate written as a decimal string ("160.5"), as a merchant template gives one.

    >>> rate_from_text("160.5")
    Decimal('160.5')
    """
    try:
        value = decimal.Decimal(text.strip())
    except decimal.InvalidOperation:
        raise ExchangeRateError(text, "rate must be a decimal number such as '160.5'") from None
    return check_rate(value)


@record
class ExchangeRates:
    """Euro reference rates of one day: units of each currency per 1 euro.

    >>> rates = ecb_reference_rates()
    >>> rates.as_of, rates.per_euro["USD"], rates.publisher
    (datetime.date(2024, 6, 28), Decimal('1.0705'), 'European Central Bank')
    >>> round(rates.rate("USD", "JPY"), 4)
    Decimal('160.6165')
    >>> rates.as_of_text("de_DE")
    '28. Juni 2024'
    """

    as_of: dt.date
    per_euro: Mapping[str, decimal.Decimal]
    publisher: str = ""
    url: str = ""

    def __post_init__(self) -> None:
        # Checked however the set is made: each rate a positive Decimal, the euro's 1.
        per_euro, as_of = self.per_euro, self.as_of
        if not isinstance(per_euro, Mapping):
            raise InvalidOptionError(
                "per_euro", per_euro, reason="expected a mapping of currencies"
            )
        if not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime):
            raise InvalidOptionError("as_of", as_of, reason="expected a datetime.date")
        for name in ("publisher", "url"):
            if not isinstance(getattr(self, name), str):
                raise InvalidOptionError(name, getattr(self, name), reason="expected a str")
        checked = {"EUR": decimal.Decimal(1)}
        for code, value in per_euro.items():
            checked[_format.check_currency(code)] = check_rate(value, f"rate for {code}")
        if checked["EUR"] != 1:
            raise ExchangeRateError(checked["EUR"], "the euro's rate per euro must be 1")
        object.__setattr__(self, "per_euro", FrozenMap(checked))

    def rate(self, source: str, target: str) -> decimal.Decimal:
        """Units of ``target`` per unit of ``source``, crossed through the euro."""
        have, want = self._per_euro(source), self._per_euro(target)
        return _CONTEXT.divide(want, have)

    def _per_euro(self, currency: str) -> decimal.Decimal:
        code = _format.check_currency(currency)
        found = self.per_euro.get(code)
        if found is None:
            raise InvalidOptionError(
                "currency", currency, tuple(sorted(self.per_euro)), "no rate for it in this set"
            )
        return found

    def age_days(self, on: dt.date) -> int:
        """Whole days from the rates' date to ``on``."""
        return (on - self.as_of).days

    def check_fresh(self, on: dt.date, max_age_days: int = DEFAULT_MAX_AGE_DAYS) -> None:
        """Raise :class:`StaleRatesError` when the set is older than ``max_age_days`` on ``on``
        (or dated after it).

        >>> ecb_reference_rates().check_fresh(dt.date(2024, 7, 2))
        >>> ecb_reference_rates().check_fresh(dt.date(2026, 12, 4))  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        globalcs.StaleRatesError: exchange rates of 2024-06-28 are 889 days old on 2026-12-04 ...
        """
        if isinstance(max_age_days, bool) or not isinstance(max_age_days, int) or max_age_days < 0:
            raise InvalidOptionError("max_age_days", max_age_days, reason="expected an int ≥ 0")
        if not isinstance(on, dt.date) or isinstance(on, dt.datetime):
            raise InvalidOptionError("on", on, reason="expected a datetime.date")
        if not 0 <= self.age_days(on) <= max_age_days:
            raise StaleRatesError(self.as_of, on, max_age_days)

    def as_of_text(self, locale: str, *, style: str = "long") -> str:
        """The rates' date as ``locale`` writes it, to print beside a converted amount."""
        if style not in ("short", "medium", "long", "full"):
            raise InvalidOptionError("style", style, ("short", "medium", "long", "full"))
        return _format.date(self.as_of, check_locale(locale), style=style)


def exchange_rates(
    per_euro: Mapping[str, object], *, as_of: dt.date, publisher: str = "", url: str = ""
) -> ExchangeRates:
    """A dated set of the caller's own euro rates (units of each currency per 1 euro).

    >>> mine = exchange_rates({"USD": decimal.Decimal("1.08")}, as_of=dt.date(2026, 12, 3))
    >>> mine.rate("EUR", "USD"), sorted(mine.per_euro)
    (Decimal('1.08'), ['EUR', 'USD'])
    """
    return ExchangeRates(as_of, per_euro, publisher, url)  # type: ignore[arg-type]


@functools.cache
def ecb_reference_rates() -> ExchangeRates:
    """The European Central Bank's euro reference rates bundled with globalcs: one day's
    set, its date in ``.as_of`` (read from ``data/rates/ecb.toml``, with its source)."""
    from .._data import read_toml
    from ..market._schema import Table, read_sources

    path = "rates/ecb.toml"
    root = Table(path, "", read_toml(path))
    if root.integer("schema") != 1:
        raise root.fail("schema", "unsupported schema version")
    as_of = root.get("as_of", dt.date)
    root.get("review_by", dt.date)
    if root.text("base") != "EUR":
        raise root.fail("base", "the bundled rates must be per euro")
    table = root.table("rates")
    rates: dict[str, object] = {}
    for code in table.data:
        try:
            rates[code] = decimal.Decimal(table.text(code))
        except decimal.InvalidOperation:
            raise table.fail(code, "expected a decimal number as a string") from None
    sources = read_sources(root)
    root.done()
    (source,) = sources.values()
    return exchange_rates(rates, as_of=as_of, publisher=source.publisher, url=source.url)


def convert_money(
    amount: object,
    source: str,
    target: str,
    *,
    rate: object = None,
    rates: ExchangeRates | None = None,
    on: dt.date | None = None,
    max_age_days: int = DEFAULT_MAX_AGE_DAYS,
    allow_stale: bool = False,
    rule: _format.RoundingRule = "half_even",
) -> decimal.Decimal:
    """``amount`` of ``source`` in ``target``, rounded to ``target``'s decimals.

    >>> convert_money(decimal.Decimal("123.00"), "USD", "JPY", rate=decimal.Decimal("150.4"))
    Decimal('18499')
    >>> convert_money(
    ...     decimal.Decimal("123.00"), "USD", "KWD", rate=decimal.Decimal("0.30712")
    ... )
    Decimal('37.776')
    >>> convert_money(decimal.Decimal("100"), "EUR", "USD", on=dt.date(2024, 7, 1))
    Decimal('107.05')
    """
    value = _format.check_money(amount)
    have, want = _format.check_currency(source), _format.check_currency(target)
    factor = _rate(have, want, rate, rates, on, max_age_days, allow_stale)
    return _format.round_money(_CONTEXT.multiply(value, factor), want, rule=rule)


def _rate(
    have: str,
    want: str,
    rate: object,
    rates: ExchangeRates | None,
    on: dt.date | None,
    max_age_days: int,
    allow_stale: bool,
) -> decimal.Decimal:
    if rate is not None:
        if rates is not None:
            raise InvalidOptionError("rate", rate, reason="give a rate or a set of rates, not both")
        return check_rate(rate)
    if rates is None:
        rates = ecb_reference_rates()
    elif not isinstance(rates, ExchangeRates):
        raise InvalidOptionError("rates", rates, reason="expected globalcs.ExchangeRates")
    if not isinstance(allow_stale, bool):
        raise InvalidOptionError("allow_stale", allow_stale, reason="expected True or False")
    if not allow_stale:
        rates.check_fresh(dt.datetime.now(dt.UTC).date() if on is None else on, max_age_days)
    return rates.rate(have, want)


def converted_money(
    amount: object,
    source: str,
    target: str,
    locale: str,
    *,
    rate: object = None,
    rates: ExchangeRates | None = None,
    on: dt.date | None = None,
    max_age_days: int = DEFAULT_MAX_AGE_DAYS,
    allow_stale: bool = False,
    gsm: bool = False,
) -> str:
    """The amount in ``target`` (approximate) with the original in ``source`` after it, as
    ``locale`` writes money; the original carries its ISO code, so "$" is never ambiguous.

    >>> usd = decimal.Decimal("123.00")
    >>> converted_money(usd, "USD", "JPY", "en_US", rate=decimal.Decimal("150.4"))
    '≈ ¥18,499 (USD\\xa0123.00)'
    >>> converted_money(usd, "USD", "EUR", "de_DE", on=dt.date(2024, 7, 1))
    '≈ 114,90\\xa0€ (123,00\\xa0USD)'
    >>> converted_money(usd, "USD", "USD", "en_US")
    '$123.00'
    """
    value = _format.check_money(amount)
    have, want = _format.check_currency(source), _format.check_currency(target)
    locale = check_locale(locale)
    original = _format.money(value, have, locale, gsm=gsm)
    if have == want:
        return original
    converted = convert_money(
        value,
        have,
        want,
        rate=rate,
        rates=rates,
        on=on,
        max_age_days=max_age_days,
        allow_stale=allow_stale,
    )
    coded = _format.money_format(locale, have, iso_pattern(locale), plain=gsm)(value)
    approximately = "~" if gsm else "≈ "
    return f"{approximately}{_format.money(converted, want, locale, gsm=gsm)} ({coded})"


@functools.lru_cache(maxsize=256)
def iso_pattern(locale: str) -> str:
    """The locale's currency pattern with the ISO code in place of the symbol, spaced from
    the digits by a no-break space as CLDR's currency spacing rule says for a code of
    letters (UTS #35, Numbers, "Currencies")."""
    pattern = str(_format._babel_locale(locale).currency_formats["standard"].pattern)
    parts = []
    for part in pattern.split(";"):
        part = part.replace("¤", "¤¤")
        before, sign, after = part.partition("¤¤")
        if sign and after[:1] and after[0] in "#0":
            after = "\xa0" + after
        if sign and before[-1:] and before[-1] in "#0":
            before += "\xa0"
        parts.append(before + sign + after)
    return ";".join(parts)


@record
class ConvertedAmount:
    """An amount to show in the customer's currency beside the shop's, as a value for the
    money variables of built-in messages (``amount=``, ``total=``) and for the ``money``
    filter: the message writes it in its own locale with :func:`converted_money`.

    >>> refund = ConvertedAmount(
    ...     decimal.Decimal("123.00"), "USD", "JPY", rate=decimal.Decimal("150.40")
    ... )
    >>> import globalcs
    >>> text = globalcs.render("refund_processed", "JP", order_id="A-1", amount=refund).text
    >>> "≈ ￥18,499 (USD\xa0123.00)" in text
    True
    """

    amount: decimal.Decimal
    currency: str
    to: str
    rate: decimal.Decimal | None = None
    rates: ExchangeRates | None = None
    on: dt.date | None = None
    max_age_days: int = DEFAULT_MAX_AGE_DAYS
    allow_stale: bool = False

    def __post_init__(self) -> None:
        # Checked when made, so a bad value fails where it is written, not at render time.
        object.__setattr__(self, "amount", _format.check_money(self.amount))
        object.__setattr__(self, "currency", _format.check_currency(self.currency))
        object.__setattr__(self, "to", _format.check_currency(self.to))
        if self.rate is not None:
            check_rate(self.rate)
            if self.rates is not None:
                raise InvalidOptionError(
                    "rate", self.rate, reason="give a rate or a set of rates, not both"
                )
        elif self.rates is not None and not isinstance(self.rates, ExchangeRates):
            raise InvalidOptionError("rates", self.rates, reason="expected globalcs.ExchangeRates")

    def text(self, locale: str, *, gsm: bool = False) -> str:
        """The display in ``locale`` (with ``gsm``: GSM-7 where possible, for SMS)."""
        return converted_money(
            self.amount,
            self.currency,
            self.to,
            locale,
            rate=self.rate,
            rates=self.rates,
            on=self.on,
            max_age_days=self.max_age_days,
            allow_stale=self.allow_stale,
            gsm=gsm,
        )
