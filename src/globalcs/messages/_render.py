"""``render``: a built-in customer-service message, written the way a local would."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping
from typing import Any

from .._errors import InvalidOptionError, MissingVariableError, UnknownIntentError
from .._formality import Formality
from .._record import record
from ..market._model import Market
from ..market._registry import get_market
from . import _format
from ._customer import Customer, Person, person, salutation
from ._filters import CONTEXT_KEY, Binding
from ._intents import COMMON_VARIABLES, INTENTS, Intent
from ._languages import Language, catalog, language, lineage, supported_languages
from ._merchant import MerchantTexts, intent_spec, signature_for, texts_in, written_in
from ._message import END_ISOLATE, ISOLATE, RIGHT_TO_LEFT_MARK, Message, is_right_to_left
from ._options import (
    MessageChannel,
    Options,
    Tone,
    check_option_types,
    market_key,
    resolve_options,
)
from ._phrases import (
    Writer,
    body_template,
    greeting_template,
    join_sentences,
    payment_method_name,
    payment_steps_key,
    tone_for,
    tone_parts,
)
from ._sms import is_gsm7, sms_form, to_gsm7
from ._values import (
    PLACEHOLDER,
    chat_text,
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


_ROW_OPTIONS = frozenset({"intent", "market", "language", "tone", "formality", "channel", "texts"})


_ROW_KEYS = _ROW_OPTIONS | {"customer"}


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
    route = resolve_route(intent, market, language, tone, formality, channel, texts)
    return route.render(customer, variables)


def resolve_route(
    intent: object,
    market: object,
    language: object,
    tone: object,
    formality: object,
    channel: object,
    texts: object = None,
) -> Route:
    """Check a render's options and find their cached route."""
    target = get_market(market)
    language = check_option_types(language, tone, formality, channel)
    if texts is not None:
        return _merchant_route(intent, market, target, language, tone, formality, channel, texts)
    return _route(
        _intent_name(intent), market_key(market, target), language, tone, formality, channel
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
) -> Route:
    """The route of a render with a merchant's texts: its own intents, and its brand
    voice's register where the caller passes none (a choice, like ``formality=``: the
    market's minimum does not raise it)."""
    if not isinstance(texts, MerchantTexts):
        raise InvalidOptionError("texts", texts, reason="expected a globalcs.MerchantTexts")
    if formality is None and texts.formality is not None:
        formality = texts.formality
    name = intent if type(intent) is str else intent_spec(texts, intent).name  # raises
    return _texts_route(name, market_key(given, target), language, tone, formality, channel, texts)


@functools.lru_cache(maxsize=1024)
def _texts_route(
    intent: str,
    market: str | Market,
    language: str | None,
    tone: str,
    formality: object,
    channel: str,
    texts: MerchantTexts,
) -> Route:
    """Like ``_route``, keyed on the merchant's texts too: two shops never share a plan."""
    from .._errors import UnknownLanguageError

    spec = intent_spec(texts, intent)
    options = resolve_options(market, language, tone, formality, channel)
    if spec.name in texts.intents:
        languages = written_in(texts, spec.name)
        if not set(lineage(options.language)) & set(languages):  # en-US may use en's
            raise UnknownLanguageError(options.language.tag, languages)
    return Route(spec, options, texts)


def _intent_name(intent: object) -> str:
    if not isinstance(intent, str) or intent not in INTENTS:
        raise UnknownIntentError(intent, INTENTS)
    return intent


@functools.lru_cache(maxsize=1024)
def _route(
    intent: str,
    market: str | Market,
    language: str | None,
    tone: str,
    formality: object,
    channel: str,
) -> Route:
    return Route(INTENTS[intent], resolve_options(market, language, tone, formality, channel))


class Route:
    """One intent in one market with one set of options, resolved once: everything a
    render decides before it sees the customer and the values."""

    __slots__ = (
        "_money",
        "_plans",
        "accepted",
        "escape",
        "escaped",
        "gsm",
        "isolate",
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
        # In a right-to-left message every value is a directional isolate, so an order id
        # or an amount keeps its own order ("A-1001", not "1001-A"); an SMS keeps its
        # segments instead (amounts carry CLDR's direction marks there too).
        self.isolate = options.language.direction == "rtl" and not sms
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
            unnamed = "neutral" if who is not None and who.gender == "neutral" else "unknown"
            key: tuple[bool, str, tuple[str, ...]] = (False, unnamed, tuple(values))
        else:
            key = (True, who.gender or "unknown" if who else "unknown", tuple(values))
            values["salutation"] = address
        if self.isolate:
            for name, value in values.items():
                if not is_right_to_left(value):
                    values[name] = f"{ISOLATE}{value}{END_ISOLATE}"
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
            given = _derive(spec, market, dict(given), self.options.language.tag)
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
        if spec.name == "payment_instructions":
            values["payment_steps"] = self.payment_steps(given["payment_method"], values)
        if "currency" in given:
            values["currency"] = _format.check_currency(given["currency"])
        if "brand" in given:
            values["brand"] = check_text(given["brand"], "brand")
        elif self.sender is not None:
            values["brand"] = self.sender
        if "brand" not in values and self.options.channel == "sms" and market.sms_sender_required:
            raise MissingVariableError("brand", spec.name)  # carriers block unsigned SMS
        return values

    def payment_steps(self, method: object, values: Mapping[str, str]) -> str:
        """How to pay by ``method`` after ordering, in the message's language and register
        (a shop's own ``payment_steps.*`` text first)."""
        options = self.options
        lang = options.language
        writer = Writer(lang, lang.register(options.formality), self.texts)
        text = writer.body(payment_steps_key(method))
        where = f"messages/{lang.catalog}.po"
        return fill(text, {"payment_method": values["payment_method"]}, where)

    def money(self, amount: object, currency: object) -> str:
        """``amount`` in ``currency`` (the market's when None) for this message."""
        converted = _format.conversion_text(amount, self.options.locale, gsm=self.gsm)
        if converted is not None:  # a ConvertedAmount: the customer's currency and the shop's
            return converted
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


@functools.lru_cache(maxsize=64)
def sms_can_be_gsm7(tag: str) -> bool:
    """True when the language's SMS texts fit the GSM-7 alphabet (after typography)."""
    texts = catalog(language(tag).catalog)
    shorts = [v for k, v in texts.items() if k.split("|")[0].endswith((".short", ".short_unnamed"))]
    return all(is_gsm7(to_gsm7(PLACEHOLDER.sub("", text))) for text in shorts)


def _texts_can_be_gsm7(texts: MerchantTexts, tag: str) -> bool:
    """True when a merchant's SMS texts in a language fit the GSM-7 alphabet."""
    own = texts_in(texts, language(tag))
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


def _derive(spec: Intent, market: Market, given: dict[str, Any], tag: str = "en") -> dict[str, Any]:
    """Add the values an intent can work out from the market (deadlines, holiday name)."""
    if spec.name == "return_instructions" and "return_deadline" not in given:
        from ..time._deadlines import withdrawal_deadline

        given["return_deadline"] = withdrawal_deadline(market, given["delivered_on"])
    elif spec.name == "privacy_request_received" and "due_date" not in given:
        from ..time._deadlines import dsar_due

        given["due_date"] = dsar_due(market, given["received_on"])
    elif spec.name == "holiday_closure" and "holiday_name" not in given and "reopens_at" in given:
        name = _closing_holiday(market, given["reopens_at"], tag)
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


def _closing_holiday(market: Market, reopens_at: object, tag: str) -> str | None:
    """The name, in the message's language, of the public holiday the desk closes for:
    python-holidays' own name in that language where it has one, the market's local
    name when the message is in the market's language, the English name otherwise
    (a French message in Switzerland says "Noël", not "Weihnachten")."""
    if not isinstance(reopens_at, dt.datetime):
        return None
    if reopens_at.tzinfo is None or reopens_at.utcoffset() is None:
        from .._errors import NaiveDatetimeError

        raise NaiveDatetimeError(reopens_at, "reopens_at")
    from zoneinfo import ZoneInfo

    from .._errors import UnknownLanguageError

    day = reopens_at.astimezone(ZoneInfo(market.timezone)).date()
    years = {day.year - 1, day.year}
    try:
        named = {
            h.date: h.local_name for y in years for h in market.holidays(y, language=tag).records
        }
    except UnknownLanguageError:
        # The calendar's own names are in its own language (Kazakh for KZ): use them only
        # for a message in that language, else the English name.
        from ..market._holidays import holiday_languages

        own = holiday_languages(market.country)[:1]
        local = any(tag.split("-")[0] == lang.split("_")[0] for lang in own)
        named = {
            h.date: h.local_name if local else h.name
            for y in years
            for h in market.holidays(y).records
        }
    for back in range(1, 8):
        found = named.get(day - dt.timedelta(days=back))
        if found:
            return found
    return None


_ISOLATES = ISOLATE + END_ISOLATE


@record
class _Plan:
    """A message with everything decided but the values, as ``str.format`` templates."""

    intent: str
    options: Options
    text: str
    subject: str | None
    url_keys: tuple[str, ...]
    where: str
    dotted: tuple[str, ...] = ()
    """Placeholders a full stop follows in the text: a value that ends with its own
    (``9:00 a.m.``, ``Acme Inc.``) takes the sentence's, as style guides ask."""

    def fill(self, values: Mapping[str, str]) -> Message:
        for key in self.dotted:
            if values.get(key, "").endswith("."):
                values = {**values, key: values[key][:-1]}
        text = fill_format(self.text, values, self.where)
        channel = self.options.channel
        if channel == "sms":
            text, encoding, segments = sms_form(text)
            return Message(text, None, self.intent, self.options, encoding, segments)
        if channel != "email":
            return Message(text, None, self.intent, self.options)
        subject = fill_format(self.subject or "", values, self.where)
        if ISOLATE in subject:  # a header line takes no direction controls
            subject = subject.replace(ISOLATE, "").replace(END_ISOLATE, "")
        subject = header_text(subject)
        urls = [values[k].strip(_ISOLATES) for k in self.url_keys if k in values]
        return Message(text, subject, self.intent, self.options, _page=(subject, urls))


def _plan(route: Route, named: bool, gender: str, keys: tuple[str, ...]) -> _Plan:
    """Choose and join the catalog texts for a route, a kind of address and a set of values."""
    spec, options = route.spec, route.options
    market, lang, formality = options.market, options.language, options.formality
    tone = tone_for(route.spec, lang, options.tone)
    channel = options.channel
    merchant = route.texts
    writer = Writer(lang, lang.register(formality), merchant)
    rapport = channel == "email" and bool(market.communication.rapport_first)
    opening, closing = tone_parts(writer, market, tone, spec, rapport)
    opener = merchant is None or merchant.opener
    if not opener:  # the brand voice goes straight to the matter
        opening = []
    subject = None
    present = frozenset(keys)
    if channel == "sms":
        # An SMS carries only a brief apology, wherever the culture is: one segment matters
        # more than warmth there.
        brief = [writer.body("tone.apologetic")] if tone == "apologetic" and opener else []
        text = join_sentences(lang, [*brief, body_template(spec, writer, present, "short", market)])
        if "brand" in present:
            text = market.sms_sender + text
            if lang.direction == "rtl":  # a Latin brand first would make the SMS read LTR
                text = RIGHT_TO_LEFT_MARK + text
        parts: list[str] = [text]
        joiner = ""
    elif channel in ("chat", "whatsapp"):
        greeting = greeting_template(writer, formality, named, gender, chat=True)
        # A chat greeting may itself be the rapport line (Japanese: いつもご利用いただき…).
        opening = [sentence for sentence in opening if sentence not in greeting]
        parts = [
            greeting,
            join_sentences(lang, [*opening, body_template(spec, writer, present, "body", market)]),
        ]
        if closing:
            parts.append(join_sentences(lang, closing))
        joiner = "\n"
    else:
        parts = [greeting_template(writer, formality, named, gender, chat=False)]
        if opening:
            parts.append(join_sentences(lang, opening))
        parts.append(body_template(spec, writer, present, "body", market))
        # DIN 5008: "Sehr geehrte Frau Müller, / vielen Dank". A shop's own text is used
        # as written: it may start with a noun, which keeps its capital.
        if parts[0].endswith(",") and (merchant is None or _built_in(parts[1], lang)):
            parts[1] = lang.after_greeting(parts[1])
        if closing:
            parts.append(join_sentences(lang, closing))
        signature = writer.body("signature" if "brand" in present else "signature.generic")
        if merchant is not None:
            signature = signature_for(merchant, lang) or signature
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
    text = joiner.join(format_template(part, where) for part in parts)
    return _Plan(
        spec.name,
        options,
        text,
        format_template(subject, where) if subject is not None else None,
        tuple(v.name for v in spec.variables if v.kind == "url"),
        where,
        tuple(sorted(set(_DOTTED.findall(text)))),
    )


# A placeholder followed by a full stop (and not by an ellipsis).
_DOTTED = re.compile(r"(?<!\{)\{(\w+)\}\.(?!\.)")


def _built_in(paragraph: str, lang: Language) -> bool:
    """Whether a paragraph opens with one of the built-in catalog's texts."""
    return paragraph.startswith(_catalog_texts(lang.catalog))


@functools.cache
def _catalog_texts(name: str) -> tuple[str, ...]:
    return tuple(str(text) for text in catalog(name).values() if text)


_RESERVED = frozenset({"customer", "market", "language", "formality", "tone", "channel"})


_ESCAPES: dict[str, Callable[[str], str]] = {"whatsapp": whatsapp_text, "chat": chat_text}
"""How values are escaped on a channel: WhatsApp formatting marks, team-chat mentions."""


def _escaped_person(who: Person, escape: Callable[[str], str]) -> Person:
    return who._replace(
        given_name=escape(who.given_name),
        family_name=escape(who.family_name),
        title=escape(who.title),
        given_name_vocative=escape(who.given_name_vocative),
        family_name_vocative=escape(who.family_name_vocative),
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
    """Resolve the options of ``render_template`` and build the template's variables
    (``variables`` as :func:`~globalcs.messages._templates.plain_variables` copied and
    checked them)."""
    target = get_market(market)
    tag = check_option_types(language, tone, formality, channel)
    base = resolve_options(market_key(market, target), tag, tone, formality, channel)
    who = person(customer)
    if not _RESERVED.isdisjoint(variables):
        clash = sorted(_RESERVED.intersection(variables))
        raise InvalidOptionError("variable", clash[0], reason="this name is reserved")
    escape = _ESCAPES.get(base.channel)
    if escape is not None:  # values never format or alert: shown as typed
        variables = escaped_data(variables, escape)
        if who is not None:
            who = _escaped_person(who, escape)
    values: dict[str, Any] = {**variables, **_option_values(base)}
    values[CONTEXT_KEY] = Binding(base, who)
    if who is not None:
        values["customer"] = {
            "given_name": who.given_name,
            "family_name": who.family_name,
            "gender": who.gender,
            "title": who.title,
            "timezone": who.timezone,
            "given_name_vocative": who.given_name_vocative,
            "family_name_vocative": who.family_name_vocative,
        }
    return base, values


@functools.lru_cache(maxsize=256)
def _option_values(options: Options) -> Mapping[str, Any]:
    """The variables a merchant template reads about its render's options."""
    market = options.market
    return {
        "customer": None,
        "market": {
            "code": market.code,
            "name": market.name,
            "currency": market.currency,
            "timezone": market.timezone,
        },
        "language": options.language.tag,
        "formality": options.formality.value,
        "tone": options.tone,
        "channel": options.channel,
    }


def finish_template_message(options: Options, text: str, subject: str | None) -> Message:
    """Wrap a rendered merchant template as a :class:`Message` for its channel."""
    # The data was checked; this also catches the template's own text and filters.
    check_lines(text, "template text")
    if options.channel == "sms":
        text, encoding, segments = sms_form(text)
        return Message(text, None, "template", options, encoding, segments)
    if options.channel == "email":
        subject = header_text(subject) if subject else subject
        # The links are found when the page is built.
        return Message(text, subject, "template", options, _page=(subject or "", None))
    return Message(text, None, "template", options)
