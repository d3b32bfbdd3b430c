"""``render``: a built-in customer-service message, written the way a local would."""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .._errors import (
    DataError,
    GlobalcsError,
    InvalidOptionError,
    MissingVariableError,
    UnknownIntentError,
    UnknownLanguageError,
)
from .._formality import Formality
from ..market._model import Market
from . import _format
from ._intents import COMMON_VARIABLES, INTENTS, Intent
from ._languages import Language, catalog, language, resolve_language, supported_languages
from ._sms import is_gsm7, sms_encoding, to_gsm7

TONES = ("neutral", "friendly", "apologetic", "empathetic")
CHANNELS = ("email", "sms", "chat", "whatsapp")
GENDERS = ("female", "male")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_MAX_TEXT = 1000
_LINE_BREAKS = re.compile("[\r\n\x00\x0b\x0c\x1b\x85\u2028\u2029]")


_CUSTOMER_FIELDS = frozenset({"given_name", "family_name", "gender", "title", "timezone"})


@dataclass(frozen=True, slots=True)
class Customer:
    """Who a message is for. Every field is optional.

    >>> Customer(given_name="Anna", family_name="Müller", gender="female").gender
    'female'
    """

    given_name: str = ""
    family_name: str = ""
    gender: Literal["female", "male"] | None = None
    title: str = ""
    timezone: str | None = None

    def __post_init__(self) -> None:
        _check_text(self.given_name, "customer.given_name")
        _check_text(self.family_name, "customer.family_name")
        if self.title != "":
            _check_text(self.title, "customer.title")
        if self.gender is not None and self.gender not in GENDERS:
            raise InvalidOptionError("customer.gender", self.gender, (*GENDERS, "None"))
        if self.timezone is not None:
            _check_timezone(self.timezone)

    @classmethod
    def parse(cls, value: object) -> Customer | None:
        """Accept a ``Customer``, a mapping of its fields, or None."""
        if value is None or isinstance(value, Customer):
            return value
        if isinstance(value, Mapping):
            if not _CUSTOMER_FIELDS.issuperset(value):
                unknown = sorted(set(value) - _CUSTOMER_FIELDS)
                raise InvalidOptionError("customer field", unknown[0], sorted(_CUSTOMER_FIELDS))
            fields = dict(value)
            if fields.get("gender") in ("", "unknown", "other", "diverse"):
                fields["gender"] = None
            return cls(**fields)
        raise InvalidOptionError("customer", value, reason="expected a Customer or a mapping")


@dataclass(frozen=True, slots=True)
class Message:
    """A rendered message, ready to send on its channel."""

    text: str
    subject: str | None
    language: str
    locale: str
    formality: Formality
    tone: str
    channel: str
    intent: str
    market: str
    encoding: str | None = None
    segments: int | None = None
    direction: str = "ltr"
    _page: Any = field(default=None, repr=False, compare=False)

    @property
    def html(self) -> str | None:
        """The e-mail as an HTML document (``lang``, ``dir``, every value escaped); None
        for other channels. Built on first access."""
        page = self._page
        if page is None or isinstance(page, str):
            return page
        built = _html(*page)
        object.__setattr__(self, "_page", built)
        return built

    def __str__(self) -> str:
        return self.text


def intents() -> tuple[str, ...]:
    """The names of the built-in intents.

    >>> import globalcs
    >>> globalcs.intents()[:3]
    ('order_confirmation', 'shipping_update', 'delivery_delay')
    """
    return tuple(INTENTS)


def intent_info(name: str) -> Intent:
    """The description and variables of a built-in intent."""
    if name not in INTENTS:
        raise UnknownIntentError(name, INTENTS)
    return INTENTS[name]


def languages() -> tuple[str, ...]:
    """The languages messages can be written in (catalog tags such as ``pt-BR``)."""
    return supported_languages()


def _check_text(value: object, name: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise InvalidOptionError(name, value, reason="expected text")
    if len(value) > _MAX_TEXT:
        raise InvalidOptionError(name, value[:40], reason=f"longer than {_MAX_TEXT} characters")
    if _LINE_BREAKS.search(value):
        raise InvalidOptionError(
            name, value, reason="line breaks and control characters are not allowed in a variable"
        )
    return value


def _check_timezone(name: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if (
        not isinstance(name, str)
        or not re.fullmatch(r"[A-Za-z0-9_+\-/]{1,60}", name)
        or name.startswith("/")
        or ".." in name
    ):
        raise InvalidOptionError("timezone", name, reason="not an IANA time zone name")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidOptionError("timezone", name, reason="not an IANA time zone name") from None
    return name


def check_url(value: object, name: str = "url") -> str:
    """An absolute http(s) URL without spaces or control characters."""
    text = _check_text(value, name)
    if not re.fullmatch(r"https?://[^\s<>\"'`\\\x00-\x1f\x7f]+", text, flags=re.IGNORECASE):
        raise InvalidOptionError(name, text, reason="only absolute http(s) URLs are allowed")
    return text


def choose_formality(market: Market, channel: str, formality: object) -> Formality:
    """The register for a message: explicit, or the market's default for the channel."""
    if formality is not None:
        return Formality.parse(formality)
    chosen = market.formality if channel == "email" else market.messaging_formality
    return max(chosen, market.minimum_formality)


def salutation(lang: Language, formality: Formality, customer: Customer | None) -> str | None:
    """The honorific and name for a greeting (``Frau Müller``, ``山田 太郎 様``), or None."""
    if customer is None or not (customer.given_name or customer.family_name):
        return None
    forms = lang.salutation[formality.value]
    gender = customer.gender or "unknown"
    order = []
    if customer.title:
        order += [f"titled_{gender}", "titled"]
    order += [gender, "unknown"]
    given = customer.given_name
    if lang.name_order == "family_given" and given and not _is_cjk(customer.family_name + given):
        given = " " + given  # "김민준" but "Lindqvist Anna", never "LindqvistAnna"
    values = {"given": given, "family": customer.family_name, "title": customer.title}
    for key in order:
        template = forms.get(key)
        if template is None:
            continue
        pieces = _split_cached(template)
        if all(values.get(name) for name in pieces[1::2]):
            return " ".join(_fill_split(pieces, values).split())
    if lang.name_order == "family_given" and customer.family_name and not customer.given_name:
        # Family name first, honorific after it: 山田様 and 김 고객님 read well without a
        # given name, so drop the missing part rather than fall back to a generic greeting.
        template = forms.get(gender) or forms["unknown"]
        return " ".join(_fill(template, values | {"given": "", "title": ""}).split()) or None
    return None


def _is_cjk(text: str) -> bool:
    return any(
        "\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"
        for ch in text
    )


def _fill(template: str, values: Mapping[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        return values[match[1]]

    return _PLACEHOLDER.sub(replace, template)


class _Writer:
    """Looks texts up in one language's catalog for one register."""

    def __init__(self, lang: Language, register: str) -> None:
        self.lang = lang
        self.register = register
        self.texts = catalog(lang.catalog)

    def address(self, key: str, formality: Formality, gender: str | None = None) -> str:
        if gender:
            text = self.texts.get(f"{key}|{formality.value}|{gender}")
            if text:
                return str(text)
        return self._get(f"{key}|{formality.value}")

    def body(self, key: str) -> str:
        return self._get(f"{key}|{self.register}")

    def has(self, key: str) -> bool:
        return f"{key}|{self.register}" in self.texts

    def _get(self, context: str) -> str:
        text = self.texts.get(context)
        if not text:
            raise DataError(f"messages/{self.lang.catalog}.po", context, "missing translation")
        return str(text)


def fill(template: str, values: Mapping[str, str], where: str) -> str:
    """Substitute ``{name}`` placeholders; an unknown placeholder is a catalog error."""

    def replace(match: re.Match[str]) -> str:
        if match[1] not in values:
            raise DataError(where, match[1], "placeholder has no value")
        return values[match[1]]

    return _PLACEHOLDER.sub(replace, template)


def render(
    intent: str,
    market: object,
    *,
    language: str | None = None,
    tone: str = "neutral",
    formality: Formality | str | None = None,
    channel: str = "email",
    customer: Customer | Mapping[str, Any] | None = None,
    **variables: Any,
) -> Message:
    """Write a built-in customer-service message for a customer in ``market``.

    >>> import decimal, globalcs
    >>> msg = globalcs.render("order_confirmation", "DE", order_id="A-1001",
    ...                       total=decimal.Decimal("49.90"),
    ...                       customer={"given_name": "Anna", "family_name": "Müller",
    ...                                 "gender": "female"})
    >>> print(msg.subject)
    Ihre Bestellung A-1001 ist bestätigt
    >>> print(msg.text.splitlines()[0])
    Sehr geehrte Frau Müller,
    """
    from ..market._registry import get_market

    spec = intent_info(intent)
    target = get_market(market)
    _check_option_types(language, tone, formality, channel)
    options = _options(target.code, language, tone, formality, channel)
    tag, lang, register_formality = options.language.tag, options.language, options.formality
    person = Customer.parse(customer)
    locale = options.locale
    values = _prepare(spec, target, variables, locale, channel, person, tag)
    address = salutation(lang, register_formality, person)
    gender = person.gender if person is not None and person.gender else "unknown"
    plan = _plan(
        spec.name,
        target.code,
        tag,
        locale,
        register_formality,
        tone,
        channel,
        address is not None,
        gender,
        frozenset(values),
    )
    if address is not None:
        values["salutation"] = address
    return plan.fill(values)


def _language_for(market: Market, requested: str | None) -> str:
    return _language_for_code(market.code, market.country, market.languages, requested)


@functools.lru_cache(maxsize=4096)
def _language_for_code(
    code: str, country: str, languages: tuple[str, ...], requested: str | None
) -> str:
    if requested is not None:
        return resolve_language(requested, country)
    for candidate in languages:
        try:
            return resolve_language(candidate, country)
        except GlobalcsError:
            continue
    return "en"


@functools.lru_cache(maxsize=64)
def sms_can_be_gsm7(tag: str) -> bool:
    """True when the language's SMS texts fit the GSM-7 alphabet (after typography)."""
    texts = catalog(language(tag).catalog)
    shorts = [v for k, v in texts.items() if k.split("|")[0].endswith((".short", ".short_unnamed"))]
    return all(is_gsm7(to_gsm7(_PLACEHOLDER.sub("", text))) for text in shorts)


def _language_profile(tag: str) -> Language:
    return language(tag)


@functools.lru_cache(maxsize=64)
def _accepted(intent: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The variable names an intent accepts (with the common ones) and those it requires."""
    spec = INTENTS[intent]
    known = frozenset(v.name for v in (*spec.variables, *COMMON_VARIABLES))
    return known | {"received_at", "sla_hours"}, spec.required


_DERIVING = frozenset(
    {"return_instructions", "privacy_request_received", "holiday_closure", "ticket_received"}
)


def _prepare(
    spec: Intent,
    market: Market,
    variables: Mapping[str, Any],
    locale: str,
    channel: str,
    customer: Customer | None,
    tag: str,
) -> dict[str, str]:
    accepted, required = _accepted(spec.name)
    if not accepted.issuperset(variables):
        unknown = sorted(set(variables) - accepted)
        known = sorted(accepted - {"received_at", "sla_hours"})
        raise InvalidOptionError(f"variable for {spec.name}", unknown[0], known)
    given = {k: v for k, v in variables.items() if v is not None}
    for group in spec.one_of:
        if not any(name in given for name in group):
            raise MissingVariableError(" or ".join(group), spec.name)
    if spec.name in _DERIVING:
        _derive(spec, market, given)
    for name in required:
        if name not in given:
            raise MissingVariableError(name, spec.name)
    sms = channel == "sms"
    style = "medium" if sms else "long"
    # Keep money GSM-7-safe only where the SMS can be GSM-7 at all: an Arabic or
    # Japanese SMS is UCS-2 anyway, and there ر.س or ¥ costs nothing.
    gsm = sms and sms_can_be_gsm7(tag)
    values: dict[str, str] = {}
    for var in spec.variables:
        raw = given.get(var.name)
        if raw is None:
            continue
        kind = var.kind
        if kind == "text":
            values[var.name] = _check_text(raw, var.name)
        elif kind == "money":
            currency = _format.check_currency(given.get("currency", market.currency))
            values[var.name] = _format.money(raw, currency, locale, gsm=gsm)
        elif kind == "date":
            values[var.name] = _format.date(raw, locale, style=style)
        elif kind == "datetime":
            zone = customer.timezone if customer and customer.timezone else market.timezone
            values[var.name] = _format.datetime(raw, locale, zone, style=style)
        elif kind == "url":
            values[var.name] = check_url(raw, var.name)
        else:
            values[var.name] = payment_method_name(raw, tag)
    if "currency" in given:
        _format.check_currency(given["currency"])
    if "brand" in given:
        values["brand"] = _check_text(given["brand"], "brand")
    return values


def _derive(spec: Intent, market: Market, given: dict[str, Any]) -> None:
    if spec.name == "return_instructions" and "return_deadline" not in given:
        given["return_deadline"] = market.returns.withdrawal_deadline(
            given["delivered_on"], market=market
        )
    elif spec.name == "privacy_request_received" and "due_date" not in given:
        given["due_date"] = market.privacy.dsar_due(given["received_on"])
    elif spec.name == "holiday_closure" and "holiday_name" not in given and "reopens_at" in given:
        name = _closing_holiday(market, given["reopens_at"])
        if name:
            given["holiday_name"] = name
    elif spec.name == "ticket_received" and "response_due" not in given and "received_at" in given:
        from ..time._sla import response_due

        given["response_due"] = response_due(
            market, given["received_at"], given.get("sla_hours", 24)
        )
    given.pop("received_at", None)
    given.pop("sla_hours", None)


def _closing_holiday(market: Market, reopens_at: object) -> str | None:
    if not isinstance(reopens_at, dt.datetime):
        return None
    if reopens_at.tzinfo is None or reopens_at.utcoffset() is None:
        from .._errors import NaiveDatetimeError

        raise NaiveDatetimeError(reopens_at, "reopens_at")
    from zoneinfo import ZoneInfo

    day = reopens_at.astimezone(ZoneInfo(market.timezone)).date()
    holidays = {h.date: h for year in {day.year - 1, day.year} for h in market.holidays(year)}
    for back in range(1, 8):
        found = holidays.get(day - dt.timedelta(days=back))
        if found:
            return found.local_name
    return None


def payment_method_name(method: object, tag: str) -> str:
    """A payment method's name for customers: local for generic methods, the brand otherwise."""
    from ..market._loader import vocabulary

    vocab = vocabulary("payment_methods")
    if not isinstance(method, str) or method not in vocab:
        raise InvalidOptionError("payment_method", method, sorted(vocab))
    local = catalog(language(tag).catalog).get(f"payment_method.{method}")
    return str(local) if local else vocab[method].name


def _tone_parts(writer: _Writer, market: Market, tone: str) -> tuple[list[str], list[str]]:
    style = market.communication.apology or "moderate"
    opening: list[str] = []
    closing: list[str] = []
    if tone == "apologetic":
        if style == "elaborate":
            opening.append(writer.body("tone.apologetic.elaborate"))
        else:
            opening.append(writer.body("tone.apologetic"))
        if style != "brief":
            closing.append(writer.body("tone.apologetic.close"))
    elif tone in ("friendly", "empathetic"):
        opening.append(writer.body(f"tone.{tone}"))
        closing.append(writer.body(f"tone.{tone}.close"))
    return opening, closing


def _body_template(spec: Intent, writer: _Writer, keys: frozenset[str], kind: str) -> str:
    if spec.name == "holiday_closure" and "holiday_name" not in keys:
        key = f"holiday_closure.{kind}_unnamed"
    else:
        key = f"{spec.name}.{kind}"
    parts = [writer.body(key)]
    extras = {
        "shipping_update": ("tracking_url", "tracking"),
        "payment_failed": ("payment_method", "method"),
        "ticket_received": ("response_due", "due"),
    }
    if spec.name in extras:
        variable, suffix = extras[spec.name]
        if variable in keys:
            if kind == "body":
                parts.append(writer.body(f"{spec.name}.{suffix}"))
            elif variable == "tracking_url":
                parts.append("{tracking_url}")
    return _join(writer.lang, parts)


def _join(lang: Language, sentences: Iterable[str]) -> str:
    glue = "" if lang.tag in {"ja", "zh-Hans", "zh-Hant"} else " "
    return glue.join(s for s in sentences if s)


def _greeting_template(
    writer: _Writer, formality: Formality, named: bool, gender: str, chat: bool
) -> str:
    key = "greeting.chat" if chat else "greeting"
    if not named:
        return writer.address(f"{key}.generic", formality)
    return writer.address(key, formality, gender)


def _greeting(writer: _Writer, formality: Formality, customer: Customer | None, chat: bool) -> str:
    address = salutation(writer.lang, formality, customer)
    gender = customer.gender if customer is not None and customer.gender else "unknown"
    template = _greeting_template(writer, formality, address is not None, gender, chat)
    return fill(template, {"salutation": address or ""}, f"messages/{writer.lang.catalog}.po")


def _split(template: str, where: str) -> tuple[str, ...]:
    """``"Order {id} ok"`` -> ``("Order ", "id", " ok")``: literals at even, names at odd places."""
    pieces = _PLACEHOLDER.split(template)
    for name in pieces[1::2]:
        if not name:
            raise DataError(where, template, "empty placeholder")
    return tuple(pieces)


@functools.lru_cache(maxsize=1024)
def _split_cached(template: str) -> tuple[str, ...]:
    return _split(template, "salutation")


def _fill_split(pieces: tuple[str, ...], values: Mapping[str, str]) -> str:
    if len(pieces) == 1:
        return pieces[0]
    out = list(pieces)
    for index in range(1, len(out), 2):
        try:
            out[index] = values[out[index]]
        except KeyError:
            raise DataError("catalog", out[index], "placeholder has no value") from None
    return "".join(out)


@dataclass(frozen=True, slots=True)
class _Plan:
    """A message with everything decided but the values: cached per combination of options."""

    intent: str
    market: str
    language: Language
    locale: str
    formality: Formality
    tone: str
    channel: str
    subject: str | None
    parts: tuple[str, ...]
    joiner: str
    url_keys: tuple[str, ...]
    _split_parts: tuple[tuple[str, ...], ...] = ()
    _split_subject: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        where = f"messages/{self.language.catalog}.po"
        object.__setattr__(self, "_split_parts", tuple(_split(p, where) for p in self.parts))
        if self.subject is not None:
            object.__setattr__(self, "_split_subject", _split(self.subject, where))

    def fill(self, values: Mapping[str, str]) -> Message:
        parts = [_fill_split(split, values) for split in self._split_parts]
        text = self.joiner.join(parts)
        subject = _fill_split(self._split_subject, values) if self.subject is not None else None
        encoding = segments = None
        page = None
        if self.channel == "sms":
            plain = to_gsm7(text)
            if plain is not text and is_gsm7(plain):
                text = plain
            encoding, segments = sms_encoding(text)
        elif self.channel == "email":
            urls = [values[k] for k in self.url_keys if k in values]
            page = (self.language, subject or "", parts, urls)
        return Message(
            text=text,
            subject=subject,
            _page=page,
            language=self.language.tag,
            locale=self.locale,
            formality=self.formality,
            tone=self.tone,
            channel=self.channel,
            intent=self.intent,
            market=self.market,
            encoding=encoding,
            segments=segments,
            direction=self.language.direction,
        )


@functools.lru_cache(maxsize=4096)
def _plan(
    intent: str,
    market_code: str,
    tag: str,
    locale: str,
    formality: Formality,
    tone: str,
    channel: str,
    named: bool,
    gender: str,
    keys: frozenset[str],
) -> _Plan:
    from ..market._registry import get_market

    spec = INTENTS[intent]
    market = get_market(market_code)
    lang = language(tag)
    writer = _Writer(lang, lang.register(formality))
    opening, closing = _tone_parts(writer, market, tone)
    subject = None
    url_keys = tuple(v.name for v in spec.variables if v.kind == "url")
    if channel == "sms":
        # An SMS carries only a brief apology, wherever the culture is: one segment matters
        # more than warmth there.
        brief = [writer.body("tone.apologetic")] if tone == "apologetic" else []
        text = _join(lang, [*brief, _body_template(spec, writer, keys, "short")])
        if "brand" in keys:
            text = "{brand}: " + text
        parts: tuple[str, ...] = (text,)
        joiner = ""
    elif channel in ("chat", "whatsapp"):
        lines = [
            _greeting_template(writer, formality, named, gender, chat=True),
            _join(lang, [*opening, _body_template(spec, writer, keys, "body")]),
        ]
        if closing:
            lines.append(_join(lang, closing))
        parts, joiner = tuple(lines), "\n"
    else:
        if market.communication.rapport_first:
            opening.insert(0, writer.body("rapport"))
        paragraphs = [_greeting_template(writer, formality, named, gender, chat=False)]
        if opening:
            paragraphs.append(_join(lang, opening))
        paragraphs.append(_body_template(spec, writer, keys, "body"))
        if closing:
            paragraphs.append(_join(lang, closing))
        signature = writer.body("signature" if "brand" in keys else "signature.generic")
        paragraphs.append(f"{writer.address('closing', formality)}\n{signature}")
        parts, joiner = tuple(paragraphs), "\n\n"
        subject = writer.body(f"{spec.name}.subject")
    return _Plan(
        intent,
        market_code,
        lang,
        locale,
        formality,
        tone,
        channel,
        subject,
        parts,
        joiner,
        url_keys,
    )


def _html(lang: Language, subject: str, paragraphs: Iterable[str], urls: Iterable[str]) -> str:
    escaped_urls = [html.escape(u) for u in urls]
    body: list[str] = []
    for paragraph in paragraphs:
        escaped = html.escape(paragraph).replace("\n", "<br>\n")
        for url in escaped_urls:
            escaped = escaped.replace(url, f'<a href="{url}">{url}</a>')
        body.append(f"<p>{escaped}</p>")
    return (
        f'<!DOCTYPE html>\n<html lang="{html.escape(lang.tag)}" dir="{lang.direction}">\n'
        f'<head><meta charset="utf-8"><title>{html.escape(subject)}</title></head>\n'
        f"<body>\n{chr(10).join(body)}\n</body>\n</html>\n"
    )


def render_many(
    rows: Iterable[Mapping[str, Any]], *, errors: Literal["raise", "collect"] = "raise"
) -> Iterator[Message | GlobalcsError]:
    """Render one message per row, lazily; each row holds ``render``'s keyword arguments.

    With ``errors="collect"`` a bad row yields its :class:`GlobalcsError` in place
    of a message; by default the error is raised after the earlier messages.
    """
    if errors not in ("raise", "collect"):
        raise InvalidOptionError("errors", errors, ("raise", "collect"))
    for row in rows:
        try:
            if not isinstance(row, Mapping):
                raise InvalidOptionError("row", row, reason="each row must be a mapping")
            arguments = dict(row)
            market = arguments.pop("market", None)
            if market is None:
                raise MissingVariableError("market", "render_many row")
            if "template" in arguments:
                from ._templates import render_template

                yield render_template(arguments.pop("template"), market, **arguments)
                continue
            intent = arguments.pop("intent", None)
            if intent is None:
                raise MissingVariableError("intent", "render_many row")
            yield render(intent, market, **arguments)
        except GlobalcsError as exc:
            if errors == "raise":
                raise
            yield exc


@dataclass(frozen=True, slots=True)
class TemplateContext:
    """Everything a merchant template render needs, resolved once."""

    market: Market
    language: Language
    locale: str
    formality: Formality
    tone: str
    channel: str
    values: Mapping[str, Any]


def template_context(
    market: object,
    *,
    language: str | None,
    tone: str,
    formality: object,
    channel: str,
    customer: object,
    variables: Mapping[str, Any],
) -> TemplateContext:
    """Resolve the options of ``render_template`` and build the template's variables."""
    from ..market._registry import get_market
    from ._filters import CONTEXT_KEY, Binding

    target = get_market(market)
    _check_option_types(language, tone, formality, channel)
    base = _options(target.code, language, tone, formality, channel)
    person = Customer.parse(customer)
    reserved = {"customer", "market", "language", "formality", "tone", "channel"}
    clash = sorted(reserved & set(variables))
    if clash:
        raise InvalidOptionError("variable", clash[0], reason="this name is reserved")
    values: dict[str, Any] = dict(variables)
    values.update(base.values)
    if person is not None:
        values["customer"] = {
            "given_name": person.given_name,
            "family_name": person.family_name,
            "gender": person.gender,
            "title": person.title,
            "timezone": person.timezone,
        }
    values[CONTEXT_KEY] = Binding(
        base.market, base.language, base.locale, base.formality, channel, person
    )
    return TemplateContext(
        base.market, base.language, base.locale, base.formality, tone, channel, values
    )


@functools.lru_cache(maxsize=1024)
def _options(
    code: str, language: str | None, tone: str, formality: object, channel: str
) -> TemplateContext:
    """Resolve a render's options once per combination: market, language, register, locale."""
    from ..market._derived import babel_locale
    from ..market._registry import get_market

    target = get_market(code)
    if tone not in TONES:
        raise InvalidOptionError("tone", tone, TONES)
    if channel not in CHANNELS:
        raise InvalidOptionError("channel", channel, CHANNELS)
    tag = _language_for(target, language)
    lang = _language_profile(tag)
    chosen = choose_formality(target, channel, formality)
    locale = babel_locale(tag, target.country)
    values = {
        "customer": None,
        "market": {
            "code": target.code,
            "name": target.name,
            "currency": target.currency,
            "timezone": target.timezone,
        },
        "language": tag,
        "formality": chosen.value,
        "tone": tone,
        "channel": channel,
    }
    return TemplateContext(target, lang, locale, chosen, tone, channel, values)


def _check_option_types(language: object, tone: object, formality: object, channel: object) -> None:
    # Options are cached by value, so refuse unhashable or odd types before the cache sees them.
    if not isinstance(formality, Formality | str | None):
        raise InvalidOptionError("formality", formality, [f.value for f in Formality])
    if not isinstance(tone, str):
        raise InvalidOptionError("tone", tone, TONES)
    if not isinstance(channel, str):
        raise InvalidOptionError("channel", channel, CHANNELS)
    if language is not None and not isinstance(language, str):
        raise UnknownLanguageError(language, supported_languages())


def finish_template_message(context: TemplateContext, text: str, subject: str | None) -> Message:
    """Wrap a rendered merchant template as a :class:`Message` for its channel."""
    lang = context.language
    if context.channel == "sms":
        plain = to_gsm7(text)
        text = plain if is_gsm7(plain) else text
        encoding, segments = sms_encoding(text)
        return Message(
            text=text,
            subject=None,
            language=lang.tag,
            locale=context.locale,
            formality=context.formality,
            tone=context.tone,
            channel="sms",
            intent="template",
            market=context.market.code,
            encoding=encoding,
            segments=segments,
            direction=lang.direction,
        )
    page = None
    if context.channel == "email":
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
        page = (lang, subject or "", paragraphs, _urls(text))
    return Message(
        text=text,
        subject=subject if context.channel == "email" else None,
        _page=page,
        language=lang.tag,
        locale=context.locale,
        formality=context.formality,
        tone=context.tone,
        channel=context.channel,
        intent="template",
        market=context.market.code,
        direction=lang.direction,
    )


def _urls(text: str) -> list[str]:
    return re.findall(r"https?://[^\s<>\"'`]+", text)
