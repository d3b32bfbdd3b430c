"""``render``: a built-in customer-service message, written the way a local would."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from .._errors import (
    DataError,
    GlobalcsError,
    InvalidOptionError,
    MissingVariableError,
    UnknownIntentError,
)
from .._formality import Formality
from ..market._model import Market
from ..market._registry import get_market
from . import _format
from ._customer import Customer, Person, person, salutation
from ._filters import CONTEXT_KEY, Binding
from ._intents import COMMON_VARIABLES, INTENTS, Intent
from ._languages import (
    Language,
    catalog,
    language,
    language_tag,
    resolve_language,
    supported_languages,
)
from ._merchant import MerchantTexts, intent_spec, merged_catalog, signature_for, written_in
from ._message import Message, MessageKind
from ._sms import is_gsm7, sms_form, to_gsm7
from ._values import (
    PLACEHOLDER,
    chat_text,
    check_data,
    check_lines,
    check_text,
    check_url,
    escaped_data,
    fill,
    fill_format,
    format_template,
    header_text,
    whatsapp_text,
)

Tone = Literal["neutral", "friendly", "apologetic", "empathetic"]
MessageForm = Literal["email", "sms", "chat", "whatsapp"]
MessageChannel = Literal[
    MessageForm,
    "live_chat",
    "chatbot",
    "web_form",
    "line",
    "kakaotalk",
    "wechat",
    "facebook_messenger",
    "telegram",
    "viber",
    "zalo",
    "in_app",
]
"""What ``channel=`` accepts: a message form, or a market channel that has one
(``data/vocabularies/channels.toml``; a test keeps the two lists equal)."""

TONES: tuple[Tone, ...] = ("neutral", "friendly", "apologetic", "empathetic")
CHANNELS: tuple[MessageForm, ...] = ("email", "sms", "chat", "whatsapp")


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

    def __init__(
        self, lang: Language, register: str, merchant: MerchantTexts | None = None
    ) -> None:
        self.lang = lang
        self.register = register
        if merchant is None:
            self.texts: Mapping[str, str] = catalog(lang.catalog)
        else:
            self.texts = merged_catalog(merchant, lang)

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
    tone: Tone = "neutral",
    formality: Formality | str | None = None,
    channel: MessageChannel = "email",
    customer: Customer | Mapping[str, Any] | None = None,
    texts: MerchantTexts | None = None,
    **variables: Any,
) -> Message:
    """Write a built-in customer-service message for a customer in ``market``.

    ``texts``: a :class:`MerchantTexts`, the shop's own texts and intents over the
    built-in ones.

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
    route = _resolve_route(intent, market, language, tone, formality, channel, texts)
    return route.render(customer, variables)


def _resolve_route(
    intent: object,
    market: object,
    language: object,
    tone: object,
    formality: object,
    channel: object,
    texts: object = None,
) -> _Route:
    """Check a render's options and find their cached route."""
    target = get_market(market)
    language = _check_option_types(language, tone, formality, channel)
    if texts is not None:
        return _merchant_route(intent, market, target, language, tone, formality, channel, texts)
    return _route(
        _intent_name(intent), _market_key(market, target), language, tone, formality, channel
    )


def _merchant_route(
    intent: object,
    given: object,
    target: Market,
    language: str | None,
    tone: object,
    formality: object,
    channel: object,
    texts: object,
) -> _Route:
    """The route of a render with a merchant's texts: its own intents, and its brand
    voice's register where the caller passes none (a choice, like ``formality=``: the
    market's minimum does not raise it)."""
    if not isinstance(texts, MerchantTexts):
        raise InvalidOptionError("texts", texts, reason="expected a globalcs.MerchantTexts")
    if formality is None and texts.formality is not None:
        formality = texts.formality
    name = intent if type(intent) is str else intent_spec(texts, intent).name  # raises
    return _texts_route(name, _market_key(given, target), language, tone, formality, channel, texts)


@functools.lru_cache(maxsize=1024)
def _texts_route(
    intent: str,
    market: str | Market,
    language: str | None,
    tone: str,
    formality: object,
    channel: str,
    texts: MerchantTexts,
) -> _Route:
    """Like ``_route``, keyed on the merchant's texts too: two shops never share a plan."""
    from .._errors import UnknownLanguageError

    spec = intent_spec(texts, intent)
    options = _options(market, language, tone, formality, channel)
    if spec.name in texts.intents:
        languages = written_in(texts, spec.name)
        if options.language.tag not in languages:
            raise UnknownLanguageError(options.language.tag, languages)
    return _Route(spec, options, texts)


def _intent_name(intent: object) -> str:
    if not isinstance(intent, str) or intent not in INTENTS:
        raise UnknownIntentError(intent, INTENTS)
    return intent


def _market_key(given: object, target: Market) -> str | Market:
    """How options are cached for a market: the registry's markets by code, a caller's
    own ``Market`` (a copy with its own formality, say) by itself, so that its values,
    not the registry's, are the ones used. ``given`` is what the caller passed."""
    if not isinstance(given, Market):
        return target.code  # looked up in the registry just now
    try:
        if get_market(target.code) is target:
            return target.code
    except GlobalcsError:
        pass
    return target


@functools.lru_cache(maxsize=1024)
def _route(
    intent: str,
    market: str | Market,
    language: str | None,
    tone: str,
    formality: object,
    channel: str,
) -> _Route:
    return _Route(INTENTS[intent], _options(market, language, tone, formality, channel))


class _Route:
    """One intent in one market with one set of options, resolved once: everything a
    render decides before it sees the customer and the values."""

    __slots__ = (
        "_money",
        "_plans",
        "accepted",
        "escape",
        "escaped",
        "gsm",
        "options",
        "required",
        "row_accepted",
        "sender",
        "spec",
        "style",
        "texts",
    )

    def __init__(self, spec: Intent, options: Options, texts: MerchantTexts | None = None) -> None:
        self.spec = spec
        self.options = options
        self.texts = texts
        self.sender = None if texts is None else texts.sender
        if spec.name in INTENTS:
            self.accepted, self.required = _accepted(spec.name)
        else:
            self.accepted, self.required = _spec_accepted(spec)
        self.row_accepted = self.accepted | _ROW_KEYS
        sms = options.channel == "sms"
        # Keep money GSM-7-safe only where the SMS can be GSM-7 at all: an Arabic or
        # Japanese SMS is UCS-2 anyway, and there ر.س or ¥ costs nothing.
        self.gsm = sms and sms_can_be_gsm7(options.language.tag)
        if self.gsm and texts is not None:
            self.gsm = _texts_can_be_gsm7(texts, options.language.tag)
        self.style = "medium" if sms else "long"
        # WhatsApp reads formatting marks and team chats read mentions: the customer's
        # and caller's text is escaped for the channel.
        self.escape = _ESCAPES.get(options.channel)
        self.escaped: tuple[str, ...] = ()
        if self.escape is not None:
            self.escaped = (*(v.name for v in spec.variables if v.kind == "text"), "brand")
        self._money: _format.MoneyFormat | None = None
        self._plans: dict[tuple[bool, str, tuple[str, ...]], _Plan] = {}

    def render(
        self, customer: object, variables: Mapping[str, Any], *, row: bool = False
    ) -> Message:
        """The message for one customer; with ``row``, ``variables`` is a whole
        ``render_many`` row, its option keys (intent, market, ...) left aside."""
        options = self.options
        who = person(customer)
        values = self.prepare(variables, who, self.row_accepted if row else self.accepted)
        escape = self.escape
        if escape is not None:
            for name in self.escaped:
                if name in values:
                    values[name] = escape(values[name])
            if who is not None:
                who = _escaped_person(who, escape)
        address = salutation(options.language, options.formality, who, options.market.country)
        if address is None:
            key: tuple[bool, str, tuple[str, ...]] = (False, "unknown", tuple(values))
        else:
            key = (True, who.gender or "unknown" if who else "unknown", tuple(values))
            values["salutation"] = address
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = _plan(self, *key)
        return plan.fill(values)

    def prepare(
        self,
        variables: Mapping[str, Any],
        customer: Person | None,
        accepted: frozenset[str] | None = None,
    ) -> dict[str, str]:
        """Check the variables and format each one for the message's locale and channel;
        ``accepted``: the keys allowed in ``variables`` (a row's also hold its options)."""
        spec, market = self.spec, self.options.market
        accepted = self.accepted if accepted is None else accepted
        if not accepted.issuperset(variables):
            unknown = sorted(set(variables) - accepted)
            known = sorted(self.accepted - {"received_at", "sla_hours"})
            raise InvalidOptionError(f"variable for {spec.name}", unknown[0], known)
        given = variables
        if None in variables.values():
            given = {k: v for k, v in variables.items() if v is not None}
        for group in spec.one_of:
            if not any(name in given for name in group):
                raise MissingVariableError(" or ".join(group), spec.name)
        if spec.name in _DERIVING:
            given = _derive(spec, market, dict(given))
        for name in self.required:
            if name not in given:
                raise MissingVariableError(name, spec.name)
        locale = self.options.locale
        values: dict[str, str] = {}
        for var in spec.variables:
            raw = given.get(var.name)
            if raw is None:
                continue
            kind = var.kind
            if kind == "text":
                text = check_text(raw, var.name)
                if not text.strip():  # blank is not given: "Ihre Bestellung  wurde ..."
                    if var.name in self.required:
                        raise MissingVariableError(var.name, spec.name)
                    continue
                values[var.name] = text
            elif kind == "money":
                values[var.name] = self.money(raw, given.get("currency"))
            elif kind == "date":
                values[var.name] = _format.date(raw, locale, style=self.style)
            elif kind == "datetime":
                zone = customer.timezone if customer and customer.timezone else market.timezone
                at_time = self.options.language.at_time.get(self.style)
                values[var.name] = _format.datetime(
                    raw, locale, zone, style=self.style, at_time=at_time
                )
            elif kind == "url":
                values[var.name] = check_url(raw, var.name)
            else:
                values[var.name] = payment_method_name(raw, self.options.language.tag)
        if "currency" in given:
            values["currency"] = _format.check_currency(given["currency"])
        if "brand" in given:
            values["brand"] = check_text(given["brand"], "brand")
        elif self.sender is not None:
            values["brand"] = self.sender
        return values

    def money(self, amount: object, currency: object) -> str:
        """``amount`` in ``currency`` (the market's when None) for this message."""
        if currency is not None or self.gsm:
            code = self.options.market.currency if currency is None else currency
            return _format.money(
                amount, _format.check_currency(code), self.options.locale, gsm=self.gsm
            )
        compiled = self._money
        if compiled is None:
            code = _format.check_currency(self.options.market.currency)
            compiled = self._money = _format.money_format(self.options.locale, code)
        return compiled(_format.check_money(amount))


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
    # ``language`` is a parameter name in the option functions, shadowing the loader.
    return language(tag)


def _texts_can_be_gsm7(texts: MerchantTexts, tag: str) -> bool:
    """True when a merchant's SMS texts in a language fit the GSM-7 alphabet."""
    own = texts.texts.get(tag) or {}
    shorts = [v for k, v in own.items() if k.split("|")[0].endswith(".short")]
    return all(is_gsm7(to_gsm7(PLACEHOLDER.sub("", text))) for text in shorts)


@functools.lru_cache(maxsize=64)
def _accepted(intent: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The variable names a built-in intent accepts and those it requires."""
    return _spec_accepted(INTENTS[intent])


def _spec_accepted(spec: Intent) -> tuple[frozenset[str], tuple[str, ...]]:
    """The variable names an intent accepts (with the common ones) and those it requires."""
    known = frozenset(v.name for v in (*spec.variables, *COMMON_VARIABLES))
    return known | {"received_at", "sla_hours"}, spec.required


_DERIVING = frozenset(
    {"return_instructions", "privacy_request_received", "holiday_closure", "ticket_received"}
)


def _derive(spec: Intent, market: Market, given: dict[str, Any]) -> dict[str, Any]:
    """Add the values an intent can work out from the market (deadlines, holiday name)."""
    if spec.name == "return_instructions" and "return_deadline" not in given:
        from ..time._deadlines import withdrawal_deadline

        given["return_deadline"] = withdrawal_deadline(market, given["delivered_on"])
    elif spec.name == "privacy_request_received" and "due_date" not in given:
        from ..time._deadlines import dsar_due

        given["due_date"] = dsar_due(market, given["received_on"])
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
    return given


def _closing_holiday(market: Market, reopens_at: object) -> str | None:
    if not isinstance(reopens_at, dt.datetime):
        return None
    if reopens_at.tzinfo is None or reopens_at.utcoffset() is None:
        from .._errors import NaiveDatetimeError

        raise NaiveDatetimeError(reopens_at, "reopens_at")
    from zoneinfo import ZoneInfo

    day = reopens_at.astimezone(ZoneInfo(market.timezone)).date()
    holidays = {
        h.date: h for year in {day.year - 1, day.year} for h in market.holidays(year).records
    }
    for back in range(1, 8):
        found = holidays.get(day - dt.timedelta(days=back))
        if found:
            return found.local_name
    return None


CARD_FORMS = {"credit_card": "Credit card", "debit_card": "Debit card"}
"""Names a message may use for a card whose funding it knows: ``payment_method="credit_card"``
is a ``card`` with ``funding="credit"``."""


def payment_method_name(method: object, tag: str) -> str:
    """A payment method's name for customers: local for generic methods, the brand otherwise.

    ``method`` is a payment-method id, one of :data:`CARD_FORMS`, or a market's
    :class:`~globalcs.PaymentMethod` (a card is then named by its funding).
    """
    from ..market._loader import vocabulary
    from ..market._model import PaymentMethod

    vocab = vocabulary("payment_methods")
    if isinstance(method, PaymentMethod):
        funded = f"{method.funding}_card"
        method = funded if method.id == "card" and funded in CARD_FORMS else method.id
    if not isinstance(method, str) or (method not in vocab and method not in CARD_FORMS):
        raise InvalidOptionError("payment_method", method, sorted([*vocab, *CARD_FORMS]))
    local = catalog(language(tag).catalog).get(f"payment_method.{method}")
    if local:
        return str(local)
    return CARD_FORMS[method] if method in CARD_FORMS else vocab[method].name


def _tone_parts(
    writer: _Writer, market: Market, tone: str, spec: Intent, rapport: bool
) -> tuple[list[str], list[str]]:
    """The opening and closing sentences of a tone, scaled to the market's style.

    A friendly answer to the customer's own request opens with the pleasure of
    helping; a friendly notice the shop sends first opens with the rapport line
    (thanks for shopping with us, we hope you are well), and not twice where the
    market's e-mails open with it anyway (``rapport``).
    """
    style = market.communication.apology or "moderate"
    opening: list[str] = []
    closing: list[str] = []
    if rapport:
        opening.append(writer.body("rapport"))
    if tone == "apologetic":
        if style == "elaborate":
            opening.append(writer.body("tone.apologetic.elaborate"))
        else:
            opening.append(writer.body("tone.apologetic"))
        if style != "brief":
            closing.append(writer.body("tone.apologetic.close"))
    elif tone == "friendly" and not spec.answers_customer:
        if not rapport:
            opening.append(writer.body("rapport"))
        closing.append(writer.body("tone.friendly.close"))
    elif tone in ("friendly", "empathetic"):
        opening.append(writer.body(f"tone.{tone}"))
        closing.append(writer.body(f"tone.{tone}.close"))
    return opening, closing


def _body_template(
    spec: Intent, writer: _Writer, keys: frozenset[str], kind: str, market: Market
) -> str:
    if spec.name == "holiday_closure" and "holiday_name" not in keys:
        key = f"holiday_closure.{kind}_unnamed"
    elif spec.name == "privacy_request_received" and kind == "body" and not _law_sets_dsar(market):
        key = "privacy_request_received.body_policy"  # the date is the shop's, not the law's
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


def _law_sets_dsar(market: Market) -> bool:
    """Whether the market's privacy law (now or by an enacted amendment) fixes a period
    to answer a data-access request: only then may a message say the law set the date."""
    periods = [market.privacy.dsar_deadline, *(a.dsar_deadline for a in market.privacy.amendments)]
    return any(period is not None and period.amount is not None for period in periods)


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


def _greeting(
    writer: _Writer,
    formality: Formality,
    customer: Customer | Person | None,
    chat: bool,
    market: str | None = None,
) -> str:
    address = salutation(writer.lang, formality, customer, market)
    gender = customer.gender if customer is not None and customer.gender else "unknown"
    template = _greeting_template(writer, formality, address is not None, gender, chat)
    return fill(template, {"salutation": address or ""}, f"messages/{writer.lang.catalog}.po")


@dataclass(frozen=True, slots=True)
class _Plan:
    """A message with everything decided but the values, as ``str.format`` templates."""

    kind: MessageKind
    text: str
    subject: str | None
    url_keys: tuple[str, ...]
    where: str

    def fill(self, values: Mapping[str, str]) -> Message:
        text = fill_format(self.text, values, self.where)
        channel = self.kind.channel
        if channel == "sms":
            text, encoding, segments = sms_form(text)
            return Message(text, None, self.kind, encoding, segments)
        if channel != "email":
            return Message(text, None, self.kind)
        subject = header_text(fill_format(self.subject or "", values, self.where))
        urls = [values[k] for k in self.url_keys if k in values] if self.url_keys else ()
        return Message(text, subject, self.kind, _page=(subject, urls))


def _plan(route: _Route, named: bool, gender: str, keys: tuple[str, ...]) -> _Plan:
    """Choose and join the catalog texts for a route, a kind of address and a set of values."""
    spec, options = route.spec, route.options
    market, lang, formality, tone = (
        options.market,
        options.language,
        options.formality,
        options.tone,
    )
    channel = options.channel
    merchant = route.texts
    writer = _Writer(lang, lang.register(formality), merchant)
    rapport = channel == "email" and bool(market.communication.rapport_first)
    opening, closing = _tone_parts(writer, market, tone, spec, rapport)
    opener = merchant is None or merchant.opener
    if not opener:  # the brand voice goes straight to the matter
        opening = []
    subject = None
    present = frozenset(keys)
    if channel == "sms":
        # An SMS carries only a brief apology, wherever the culture is: one segment matters
        # more than warmth there.
        brief = [writer.body("tone.apologetic")] if tone == "apologetic" and opener else []
        text = _join(lang, [*brief, _body_template(spec, writer, present, "short", market)])
        if "brand" in present:
            text = "{brand}: " + text
        parts: list[str] = [text]
        joiner = ""
    elif channel in ("chat", "whatsapp"):
        greeting = _greeting_template(writer, formality, named, gender, chat=True)
        # A chat greeting may itself be the rapport line (Japanese: いつもご利用いただき…).
        opening = [sentence for sentence in opening if sentence not in greeting]
        parts = [
            greeting,
            _join(lang, [*opening, _body_template(spec, writer, present, "body", market)]),
        ]
        if closing:
            parts.append(_join(lang, closing))
        joiner = "\n"
    else:
        parts = [_greeting_template(writer, formality, named, gender, chat=False)]
        if opening:
            parts.append(_join(lang, opening))
        parts.append(_body_template(spec, writer, present, "body", market))
        if closing:
            parts.append(_join(lang, closing))
        signature = writer.body("signature" if "brand" in present else "signature.generic")
        if merchant is not None:
            signature = signature_for(merchant, lang.tag) or signature
        parts.append(f"{writer.address('closing', formality)}\n{signature}")
        joiner = "\n\n"
        subject = writer.body(f"{spec.name}.subject")
    where = f"messages/{lang.catalog}.po"
    if merchant is not None:  # a shop's text may print an optional variable not given
        given = {*present, "salutation"} if named else present
        for part in (*parts, subject or ""):
            for used in PLACEHOLDER.findall(part):
                if used not in given:
                    raise MissingVariableError(used, spec.name)
    kind = MessageKind(spec.name, market.code, lang, options.locale, formality, tone, channel)
    return _Plan(
        kind,
        joiner.join(format_template(part, where) for part in parts),
        format_template(subject, where) if subject is not None else None,
        tuple(v.name for v in spec.variables if v.kind == "url"),
        where,
    )


_ROW_OPTIONS = frozenset({"intent", "market", "language", "tone", "formality", "channel", "texts"})
_ROW_KEYS = _ROW_OPTIONS | {"customer"}


def render_many(
    rows: Iterable[Mapping[str, Any]], *, errors: Literal["raise", "collect"] = "raise"
) -> Iterator[Message | GlobalcsError]:
    """Render one message per row, lazily; each row holds ``render``'s keyword arguments
    (``texts`` too: a :class:`MerchantTexts`).

    Rows that share their intent, market and options share one resolved route, so a
    batch pays for option checks once. With ``errors="collect"`` a bad row yields its
    :class:`GlobalcsError` in place of a message; by default the error is raised after
    the earlier messages.

    >>> import globalcs
    >>> rows = [{"intent": "delivered", "market": "SE", "order_id": "A-1"},
    ...         {"intent": "delivered", "market": "SE", "order_id": None}]
    >>> [type(m).__name__ for m in globalcs.render_many(rows, errors="collect")]
    ['Message', 'MissingVariableError']
    """
    if errors not in ("raise", "collect"):
        raise InvalidOptionError("errors", errors, ("raise", "collect"))
    given: object = rows
    if isinstance(given, str | bytes | Mapping) or not isinstance(given, Iterable):
        raise InvalidOptionError("rows", rows, reason="expected an iterable of mappings")
    routes: dict[tuple[Any, ...], _Route] = {}
    for row in rows:
        try:
            if not isinstance(row, Mapping):
                raise InvalidOptionError("row", row, reason="each row must be a mapping")
            if "template" in row:
                yield _render_template_row(row)
                continue
            get = row.get
            options = (
                get("intent"),
                get("market"),
                get("language"),
                get("tone", "neutral"),
                get("formality"),
                get("channel", "email"),
                get("texts"),
            )
            try:
                route = routes.get(options)
            except TypeError:  # an unhashable option: let render() say what is wrong
                route = None
            if route is None:
                route = _row_route(*options)
                if len(routes) < 1024:
                    routes[options] = route
            yield route.render(row.get("customer"), row, row=True)
        except GlobalcsError as exc:
            if errors == "raise":
                raise
            yield exc


def _row_route(
    intent: object,
    market: object,
    language: object,
    tone: object,
    formality: object,
    channel: object,
    texts: object = None,
) -> _Route:
    if market is None:
        raise MissingVariableError("market", "render_many row")
    if intent is None:
        raise MissingVariableError("intent", "render_many row")
    return _resolve_route(intent, market, language, tone, formality, channel, texts)


def _render_template_row(row: Mapping[str, Any]) -> Message:
    from ._templates import render_template

    arguments = dict(row)
    market = arguments.pop("market", None)
    if market is None:
        raise MissingVariableError("market", "render_many row")
    return render_template(arguments.pop("template"), market, **arguments)


_RESERVED = frozenset({"customer", "market", "language", "formality", "tone", "channel"})


@dataclass(frozen=True, slots=True)
class Options:
    """A render's options, resolved once per combination: market, language, register,
    locale, tone and channel, and the template variables they give."""

    market: Market
    language: Language
    locale: str
    formality: Formality
    tone: str
    channel: str
    values: Mapping[str, Any]
    template_kind: MessageKind


_ESCAPES: dict[str, Callable[[str], str]] = {"whatsapp": whatsapp_text, "chat": chat_text}
"""How values are escaped on a channel: WhatsApp formatting marks, team-chat mentions."""


def _escaped_person(who: Person, escape: Callable[[str], str]) -> Person:
    return who._replace(
        given_name=escape(who.given_name),
        family_name=escape(who.family_name),
        title=escape(who.title),
    )


def template_context(
    market: object,
    *,
    language: str | None,
    tone: str,
    formality: object,
    channel: str,
    customer: object,
    variables: Mapping[str, Any],
) -> tuple[Options, dict[str, Any]]:
    """Resolve the options of ``render_template`` and build the template's variables."""
    target = get_market(market)
    tag = _check_option_types(language, tone, formality, channel)
    base = _options(_market_key(market, target), tag, tone, formality, channel)
    who = person(customer)
    if not _RESERVED.isdisjoint(variables):
        clash = sorted(_RESERVED.intersection(variables))
        raise InvalidOptionError("variable", clash[0], reason="this name is reserved")
    check_data(variables)  # the characters check_text refuses, line breaks allowed
    escape = _ESCAPES.get(base.channel)
    if escape is not None:  # values never format or alert: shown as typed
        variables = escaped_data(variables, escape)
        if who is not None:
            who = _escaped_person(who, escape)
    values: dict[str, Any] = {**variables, **base.values}
    if who is not None:
        values["customer"] = {
            "given_name": who.given_name,
            "family_name": who.family_name,
            "gender": who.gender,
            "title": who.title,
            "timezone": who.timezone,
        }
    values[CONTEXT_KEY] = Binding(
        base.market, base.language, base.locale, base.formality, channel, who
    )
    return base, values


@functools.lru_cache(maxsize=1024)
def _options(
    market: str | Market, language: str | None, tone: str, formality: object, channel: str
) -> Options:
    """Resolve a render's options once per combination: market, language, register, locale."""
    from ..market._derived import babel_locale

    target = market if isinstance(market, Market) else get_market(market)
    if tone not in TONES:
        raise InvalidOptionError("tone", tone, TONES)
    channel = message_channel(channel)
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
    kind = MessageKind("template", target.code, lang, locale, chosen, tone, channel)
    return Options(target, lang, locale, chosen, tone, channel, values, kind)


def message_channel(channel: str) -> str:
    """The message form for a channel: one of :data:`CHANNELS`, or a market channel's id.

    A market channel is written in its form from ``data/vocabularies/channels.toml``:
    LINE, KakaoTalk or live chat as ``chat``, a web form as ``email``. A channel
    without a written form (``phone``) is an :class:`InvalidOptionError`.

    >>> message_channel("line"), message_channel("email")
    ('chat', 'email')
    """
    if channel in CHANNELS:
        return channel
    from ..market._loader import vocabulary

    entry = vocabulary("channels").get(channel)
    if entry is None or entry.message is None:
        known = [*CHANNELS, *(k for k, v in vocabulary("channels").items() if v.message)]
        reason = "has no written form" if entry is not None else ""
        raise InvalidOptionError("channel", channel, sorted(set(known)), reason=reason)
    return entry.message


def _check_option_types(
    language: object, tone: object, formality: object, channel: object
) -> str | None:
    """Refuse unhashable or odd option types before the option caches see them; the
    language comes back as a tag (a Babel ``Locale`` is accepted)."""
    if not isinstance(formality, Formality | str | None):
        raise InvalidOptionError("formality", formality, [f.value for f in Formality])
    if not isinstance(tone, str):
        raise InvalidOptionError("tone", tone, TONES)
    if not isinstance(channel, str):
        raise InvalidOptionError("channel", channel, CHANNELS)
    if language is None or type(language) is str:
        return language
    return language_tag(language)


def finish_template_message(options: Options, text: str, subject: str | None) -> Message:
    """Wrap a rendered merchant template as a :class:`Message` for its channel."""
    kind = options.template_kind
    # The data was checked; this also catches the template's own text and filters.
    check_lines(text, "template text")
    if options.channel == "sms":
        text, encoding, segments = sms_form(text)
        return Message(text, None, kind, encoding, segments)
    if options.channel == "email":
        subject = header_text(subject) if subject else subject
        # The links are found when the page is built.
        return Message(text, subject, kind, _page=(subject or "", None))
    return Message(text, None, kind)
