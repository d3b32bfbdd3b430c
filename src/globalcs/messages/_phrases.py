"""The phrases of a built-in message: catalog look-ups by register, the tone's sentences,
the body, greeting and payment-method names."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .._errors import DataError, InvalidOptionError
from .._formality import Formality
from ..market._model import Market
from ._customer import Customer, Person, salutation
from ._intents import Intent
from ._languages import Language, catalog, language, lineage
from ._merchant import MerchantTexts, merged_catalog
from ._values import fill


class Writer:
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
        """A greeting or closing for a customer's gender; a ``neutral`` customer's is the
        catalog's own ``|neutral`` text, else the one for an unknown gender."""
        genders = ("neutral", "unknown") if gender == "neutral" else (gender,) if gender else ()
        for each in genders:
            text = self.texts.get(f"{key}|{formality.value}|{each}")
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
    if method in CARD_FORMS:
        return CARD_FORMS[method]
    entry = vocab[method]
    for line in reversed(lineage(language(tag))):  # a variant's own name, else its base's
        if line in entry.names:
            return entry.names[line]
    return entry.name


_STEPS_OF_METHOD = frozenset({"konbini", "oxxo", "boleto", "multibanco"})
_STEPS_OF_KIND = {
    "voucher": "voucher",
    "bank_transfer": "bank_transfer",
    "invoice": "bank_transfer",
    "real_time_payment": "real_time_payment",
}


def payment_steps_key(method: object) -> str:
    """The catalog text that says how to pay by ``method`` after ordering: its own for
    the best-known vouchers, else its kind's. A method paid at checkout (a card, a
    wallet, buy now pay later, cash on delivery) has none.

    >>> payment_steps_key("konbini"), payment_steps_key("fawry"), payment_steps_key("pix")
    ('payment_steps.konbini', 'payment_steps.voucher', 'payment_steps.real_time_payment')
    >>> payment_steps_key("paypal")
    Traceback (most recent call last):
      ...
    globalcs.InvalidOptionError: invalid payment_method 'paypal': is paid at checkout; \
payment instructions are for methods paid after ordering; valid values: bank_transfer, ...
    """
    from ..market._loader import vocabulary
    from ..market._model import PaymentMethod

    vocab = vocabulary("payment_methods")
    found = method.id if isinstance(method, PaymentMethod) else method
    if found in _STEPS_OF_METHOD:
        return f"payment_steps.{found}"
    entry = vocab.get(found) if isinstance(found, str) else None
    if entry is not None and entry.kind in _STEPS_OF_KIND:
        return f"payment_steps.{_STEPS_OF_KIND[entry.kind]}"
    paid_later = sorted(k for k, v in vocab.items() if v.kind in _STEPS_OF_KIND)
    reason = "is paid at checkout; payment instructions are for methods paid after ordering"
    raise InvalidOptionError("payment_method", found, paid_later, reason=reason)


def tone_for(spec: Intent, lang: Language, tone: str) -> str:
    """The tone a message is written in: no apology where the intent has nothing to
    apologise for (an order confirmation asked for in ``apologetic`` is written
    ``neutral``), and an apology in the neutral tone where the intent expects one and
    the language's culture reads its absence as rude (a Japanese delay notice).

    >>> from globalcs.messages._intents import INTENTS
    >>> tone_for(INTENTS["order_confirmation"], language("en"), "apologetic")
    'neutral'
    >>> tone_for(INTENTS["delivery_delay"], language("ja"), "neutral")
    'apologetic'
    >>> tone_for(INTENTS["delivery_delay"], language("en"), "neutral")
    'neutral'
    """
    if tone == "apologetic" and spec.apology == "never":
        return "neutral"
    if tone == "neutral" and spec.apology == "expected" and lang.apologises_unasked:
        return "apologetic"
    return tone


def tone_parts(
    writer: Writer, market: Market, tone: str, spec: Intent, rapport: bool
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


def body_template(
    spec: Intent, writer: Writer, keys: frozenset[str], kind: str, market: Market
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
    if spec.name == "payment_instructions" and kind == "body":
        parts.append("{payment_steps}")  # how to pay by the customer's method
    elif spec.name in extras:
        variable, suffix = extras[spec.name]
        if variable in keys:
            if kind == "body":
                parts.append(writer.body(f"{spec.name}.{suffix}"))
            elif variable == "tracking_url":
                parts.append("{tracking_url}")
    return join_sentences(writer.lang, parts)


def _law_sets_dsar(market: Market) -> bool:
    """Whether the market's privacy law (now or by an enacted amendment) fixes a period
    to answer a data-access request: only then may a message say the law set the date."""
    periods = [market.privacy.dsar_deadline, *(a.dsar_deadline for a in market.privacy.amendments)]
    return any(period is not None and period.amount is not None for period in periods)


def join_sentences(lang: Language, sentences: Iterable[str]) -> str:
    glue = "" if lang.tag in {"ja", "zh-Hans", "zh-Hant"} else " "
    return glue.join(s for s in sentences if s)


def greeting_template(
    writer: Writer, formality: Formality, named: bool, gender: str, chat: bool
) -> str:
    key = "greeting.chat" if chat else "greeting"
    if not named:
        neutral = gender if gender == "neutral" else None  # "Guten Tag," not "Damen und Herren"
        return writer.address(f"{key}.generic", formality, neutral)
    return writer.address(key, formality, gender)


def greeting_text(
    writer: Writer,
    formality: Formality,
    customer: Customer | Person | None,
    chat: bool,
    market: str | None = None,
) -> str:
    address = salutation(writer.lang, formality, customer, market)
    gender = customer.gender if customer is not None and customer.gender else "unknown"
    template = greeting_template(writer, formality, address is not None, gender, chat)
    return fill(template, {"salutation": address or ""}, f"messages/{writer.lang.catalog}.po")
