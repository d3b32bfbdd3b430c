"""``render``: a built-in customer-service message, written the way a local would."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
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
from ._customer import Customer, salutation
from ._intents import COMMON_VARIABLES, INTENTS, Intent
from ._languages import Language, catalog, language, resolve_language, supported_languages
from ._message import Message, find_urls
from ._sms import is_gsm7, sms_encoding, to_gsm7
from ._values import (
    PLACEHOLDER,
    check_text,
    check_url,
    fill,
    fill_pieces,
    split_template,
)

TONES = ("neutral", "friendly", "apologetic", "empathetic")
CHANNELS = ("email", "sms", "chat", "whatsapp")


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


def choose_formality(market: Market, channel: str, formality: object) -> Formality:
    """The register for a message: explicit, or the market's default for the channel."""
    if formality is not None:
        return Formality.parse(formality)
    chosen = market.formality if channel == "email" else market.messaging_formality
    return max(chosen, market.minimum_formality)


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
    return all(is_gsm7(to_gsm7(PLACEHOLDER.sub("", text))) for text in shorts)


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
            values[var.name] = check_text(raw, var.name)
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
        values["brand"] = check_text(given["brand"], "brand")
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
        object.__setattr__(
            self, "_split_parts", tuple(split_template(p, where) for p in self.parts)
        )
        if self.subject is not None:
            object.__setattr__(self, "_split_subject", split_template(self.subject, where))

    def fill(self, values: Mapping[str, str]) -> Message:
        parts = [s[0] if len(s) == 1 else fill_pieces(s, values) for s in self._split_parts]
        text = self.joiner.join(parts)
        subject = fill_pieces(self._split_subject, values) if self.subject is not None else None
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
        page = (lang, subject or "", paragraphs, find_urls(text))
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
