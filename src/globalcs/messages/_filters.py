"""Filters shared by merchant templates and the Jinja2 extension.

Each filter reads the market, language and register of the render from the
template context, so ``{{ total|money }}`` is written as the customer's
locale writes money.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, NamedTuple

from .._errors import InvalidOptionError, TemplateSecurityError
from . import _format
from ._options import Options

CONTEXT_KEY = "_globalcs"


class Binding(NamedTuple):
    """The render a filter runs in: its options, and the customer it writes to (made
    for every render, so a light tuple)."""

    options: Options
    customer: Any = None


def _binding(context: Any) -> Binding:
    found = context.get(CONTEXT_KEY)
    if isinstance(found, Binding):
        return found
    from ._jinja_binding import binding_from_environment

    binding: Binding = binding_from_environment(context)
    # Kept for the rest of this render, so that every filter of one render reads one
    # configuration even while another thread installs new defaults.
    context.vars[CONTEXT_KEY] = binding
    return binding


def _options(context: Any) -> Options:
    return _binding(context).options


def money(context: Any, amount: object, currency: str | None = None) -> str:
    b = _options(context)
    converted = _format.conversion_text(amount, b.locale, gsm=b.channel == "sms")
    if converted is not None:
        return converted
    code = _format.check_currency(currency) if currency else b.market.currency
    return _format.money(amount, code, b.locale, gsm=b.channel == "sms")


def converted(
    context: Any,
    amount: object,
    to: str,
    rate: object = None,
    currency: str | None = None,
    allow_stale: bool = False,
) -> str:
    """``{{ total|converted("JPY") }}``: the amount in the customer's currency with the
    shop's original (``currency``, by default the market's), at the caller's ``rate`` (a
    ``Decimal``, or in a merchant template a string such as ``"160.5"``) or
    the bundled ECB reference rates (refused when more than a week old, unless
    ``allow_stale=True``)."""
    from ._currency import converted_money, rate_from_text

    if isinstance(rate, str):  # merchant templates take constants only: a rate as "160.5"
        rate = rate_from_text(rate)
    b = _options(context)
    code = _format.check_currency(currency) if currency else b.market.currency
    return converted_money(
        amount, code, to, b.locale, rate=rate, allow_stale=allow_stale, gsm=b.channel == "sms"
    )


def date(context: Any, value: object, style: str = "long") -> str:
    b = _options(context)
    return _format.date(value, b.locale, style=_style(style))


def datetime(context: Any, value: object, style: str = "long") -> str:
    binding = _binding(context)
    b = binding.options
    zone = b.market.timezone
    customer = _customer(binding.customer)
    if customer is not None and customer.timezone:
        zone = customer.timezone
    length = _style(style)
    at_time = b.language.at_time.get(length)
    return _format.datetime(value, b.locale, zone, style=length, at_time=at_time)


def _style(style: object) -> str:
    if style not in ("short", "medium", "long", "full"):
        raise InvalidOptionError("style", style, ("short", "medium", "long", "full"))
    return str(style)


def number(context: Any, value: object) -> str:
    return _format.number(value, _options(context).locale)


def listing(context: Any, values: Iterable[Any], style: str = "standard") -> str:
    allowed = ("standard", "standard-short", "or", "or-short", "unit", "unit-short", "unit-narrow")
    if style not in allowed:
        raise InvalidOptionError("style", style, allowed)
    return _format.listing(values, _options(context).locale, style=style)  # type: ignore[arg-type]


def _customer(value: object) -> Any:
    from ._customer import Customer, Person, person

    if value is None or isinstance(value, Person):
        return value
    if isinstance(value, Mapping):
        return person({k: v for k, v in value.items() if v is not None})
    if isinstance(value, Customer):
        return person(value)
    raise InvalidOptionError("customer", value, reason="expected a customer mapping")


def salutation(context: Any, customer: object = None) -> str:
    """Honorific and name (``Frau Müller``), or an empty string without a name."""
    from ._customer import salutation as build

    b = _options(context)
    return build(b.language, b.formality, _customer(customer), b.market.country) or ""


def name(context: Any, customer: object = None) -> str:
    """The customer's full name in the language's order (family name first in ja, zh, ko)."""
    person = _customer(customer)
    if person is None:
        return ""
    parts = [person.given_name, person.family_name]
    if _options(context).language.name_order == "family_given":
        parts.reverse()
    return " ".join(p for p in parts if p)


def greeting(context: Any, customer: object = None) -> str:
    """The greeting line for the channel and register (``Sehr geehrte Frau Müller,``)."""
    from ._phrases import Writer, greeting_text

    b = _options(context)
    writer = Writer(b.language, b.language.register(b.formality))
    chat = b.channel != "email"
    return greeting_text(writer, b.formality, _customer(customer), chat, b.market.country)


def closing(context: Any, _: object = None) -> str:
    """The complimentary close for the register (``Mit freundlichen Grüßen``)."""
    from ._phrases import Writer

    b = _options(context)
    return Writer(b.language, b.language.register(b.formality)).address("closing", b.formality)


def payment_method_name(context: Any, method: object) -> str:
    from ._phrases import payment_method_name as local_name

    return local_name(method, _options(context).language.tag)


def url(context: Any, value: object) -> str:
    """A link target, refused unless it is an absolute http(s) URL."""
    from ._values import check_url

    try:
        return check_url(value, "url")
    except InvalidOptionError:
        raise TemplateSecurityError("an unsafe URL (only http and https are allowed)") from None


FILTERS: dict[str, Callable[..., str]] = {
    "money": money,
    "converted": converted,
    "date": date,
    "datetime": datetime,
    "number": number,
    "listing": listing,
    "salutation": salutation,
    "name": name,
    "greeting": greeting,
    "closing": closing,
    "payment_method_name": payment_method_name,
    "url": url,
}


def install(
    environment: Any,
    *,
    contextual: bool = True,
    names: Mapping[str, str] | None = None,
    replace: bool = True,
) -> None:
    """Add the filters to a Jinja2 environment.

    ``names`` maps a filter of :data:`FILTERS` to the name it gets there (by default every
    filter under its own name, as merchant templates use them). With ``replace=False`` a
    name that already holds another filter raises :class:`InvalidOptionError`, and nothing
    is added:

    >>> import jinja2
    >>> env = jinja2.Environment()
    >>> env.filters["price"] = str
    >>> install(env, names={"money": "price", "date": "day"}, replace=False)
    Traceback (most recent call last):
      ...
    globalcs.InvalidOptionError: invalid filter name 'price': the environment already has a \
filter of that name, and globalcs does not replace it
    >>> "day" in env.filters
    False
    """
    from jinja2 import pass_context

    chosen = {key: key for key in FILTERS} if names is None else dict(names)
    if not replace:
        for key, filter_name in chosen.items():
            found = environment.filters.get(filter_name)
            if found is not None and found is not FILTERS[key]:
                raise InvalidOptionError(
                    "filter name",
                    filter_name,
                    reason="the environment already has a filter of that name, "
                    "and globalcs does not replace it",
                )
    for key, filter_name in chosen.items():
        environment.filters[filter_name] = pass_context(FILTERS[key])


def uninstall(environment: Any, names: Mapping[str, str]) -> None:
    """Remove the filters :func:`install` added under ``names``, leaving alone a filter
    that has since been replaced by another one.

    >>> import jinja2
    >>> env = jinja2.Environment()
    >>> install(env, names={"money": "price"})
    >>> uninstall(env, {"money": "price"})
    >>> "price" in env.filters
    False
    """
    for key, filter_name in names.items():
        if environment.filters.get(filter_name) is FILTERS[key]:
            environment.filters.pop(filter_name, None)
