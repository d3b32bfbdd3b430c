"""payment_instructions says how to pay by the customer's method: its own steps for the
best-known vouchers, its kind's otherwise, in every language and register; a method
paid at checkout is refused."""

from __future__ import annotations

import datetime as dt
import decimal
from typing import Any

import pytest

import globalcs
from globalcs.messages._languages import catalog, language
from globalcs.messages._phrases import payment_method_name

FORMALITIES = list(globalcs.Formality)

# A method of every kind that is paid after ordering, and the text it must get.
STEPS = {
    "konbini": "konbini",
    "oxxo": "oxxo",
    "boleto": "boleto",
    "multibanco": "multibanco",
    "fawry": "voucher",
    "rapipago": "voucher",
    "pagoefectivo": "voucher",
    "bank_transfer": "bank_transfer",
    "prepayment": "bank_transfer",
    "invoice": "bank_transfer",
    "pix": "real_time_payment",
    "promptpay": "real_time_payment",
}


def _variables(method: object) -> dict[str, Any]:
    return {
        "order_id": "A-1",
        "amount": decimal.Decimal("49"),
        "payment_method": method,
        "reference": "R-77",
        "pay_by": dt.date(2026, 12, 9),
    }


@pytest.mark.parametrize("tag", globalcs.languages())
def test_every_language_says_how_to_pay_by_every_kind_of_method(tag: str) -> None:
    profile = language(tag)
    texts = catalog(profile.catalog)
    for formality in FORMALITIES:
        register = profile.register(formality)
        for method, key in STEPS.items():
            message = globalcs.render(
                "payment_instructions",
                "SG",  # a market no variant belongs to: every tag stays itself
                language=tag,
                formality=formality,
                **_variables(method),
            )
            name = payment_method_name(method, tag)
            steps = texts[f"payment_steps.{key}|{register}"].replace("{payment_method}", name)
            assert steps in message.text, (tag, formality, method)
            assert "{" not in message.text


def test_the_steps_follow_the_body_in_the_customers_words() -> None:
    japan = globalcs.render("payment_instructions", "JP", **_variables("konbini"))
    assert "コンビニのレジ" in japan.text
    mexico = globalcs.render("payment_instructions", "MX", **_variables("oxxo"))
    assert "Muestre la referencia en la caja de cualquier tienda OXXO" in mexico.text
    # A voucher without steps of its own names its payment points.
    egypt = globalcs.render("payment_instructions", "EG", **_variables("fawry"))
    assert "نقاط دفع فوري" in egypt.text  # the brand as Egyptians write it
    germany = globalcs.render("payment_instructions", "DE", **_variables("invoice"))
    assert "Verwendungszweck Ihrer Überweisung" in germany.text
    # A market's own PaymentMethod record is accepted like its id.
    (pix,) = [m for m in globalcs.get_market("BR").payment_methods if m.id == "pix"]
    brazil = globalcs.render("payment_instructions", "BR", **_variables(pix))
    assert brazil.text == globalcs.render("payment_instructions", "BR", **_variables("pix")).text


def test_an_sms_keeps_to_the_essentials() -> None:
    email = globalcs.render("payment_instructions", "DE", **_variables("konbini"))
    assert "Kasse" in email.text
    sms = globalcs.render("payment_instructions", "DE", channel="sms", **_variables("konbini"))
    assert "Kasse" not in sms.text
    assert sms.segments == 1


@pytest.mark.parametrize(
    "method", ["card", "credit_card", "paypal", "klarna", "cash_on_delivery", "yape", "knet"]
)
def test_a_method_paid_at_checkout_is_refused(method: str) -> None:
    with pytest.raises(globalcs.InvalidOptionError, match="paid at checkout") as caught:
        globalcs.render("payment_instructions", "DE", **_variables(method))
    assert caught.value.value == method
    assert "konbini" in caught.value.supported
    row = {"intent": "payment_instructions", "market": "DE", **_variables(method)}
    (result,) = globalcs.render_many([row], errors="collect")
    assert isinstance(result, globalcs.InvalidOptionError)


def test_an_unknown_method_is_named() -> None:
    with pytest.raises(globalcs.InvalidOptionError, match="'bitcoin'"):
        globalcs.render("payment_instructions", "DE", **_variables("bitcoin"))


def test_a_shop_may_write_its_own_steps() -> None:
    own = "Zahlen Sie bequem per {payment_method} an jeder Konbini-Kasse."
    texts = globalcs.MerchantTexts.from_mapping(
        {"texts": {"de": {"payment_steps.voucher|formal": own}}}
    )
    message = globalcs.render(
        "payment_instructions", "DE", texts=texts, formality="formal", **_variables("fawry")
    )
    assert "Zahlen Sie bequem per Fawry an jeder Konbini-Kasse." in message.text
