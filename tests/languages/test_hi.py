"""Hindi (hi): आप for every customer, सुश्री/श्री and जी in greetings, Indian e-commerce vocabulary,
gender-neutral bodies, UCS-2 SMS."""

from __future__ import annotations

import datetime as dt
import decimal
import re
from typing import Any

import globalcs
from globalcs.messages._languages import language
from tests.languages._local import neutral_greetings

PRIYA = {"given_name": "प्रिया", "family_name": "शर्मा", "gender": "female"}
RAHUL = {"given_name": "राहुल", "family_name": "वर्मा", "gender": "male"}
KIRAN = {"given_name": "किरण", "family_name": "सिंह"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("1249.90")}
T_FORMS = re.compile(
    r"(?<![\u0900-\u097F])(?:तुम|तुम्हारा|तुम्हारी|तुम्हारे|तुम्हें|तू|तेरा|तेरी|तेरे|तुझे)(?![\u0900-\u097F])"
)


def _first_line(formality: str, customer: object, channel: str = "email") -> str:
    message = globalcs.render(
        "order_confirmation",
        "IN",
        language="hi",
        formality=formality,
        channel=channel,
        customer=customer,
        **ORDER,
    )
    return message.text.splitlines()[0]


def test_formal_greeting_uses_sushri_shri_and_ji_without_guessing() -> None:
    assert _first_line("formal", PRIYA) == "प्रिय सुश्री प्रिया शर्मा,"
    assert _first_line("formal", RAHUL) == "प्रिय श्री राहुल वर्मा,"
    assert _first_line("formal", KIRAN) == "प्रिय किरण सिंह जी,"
    assert _first_line("very_formal", RAHUL) == "आदरणीय श्री राहुल वर्मा जी,"


def test_informal_and_chat_greetings_use_the_given_name_with_ji() -> None:
    assert _first_line("informal", PRIYA, "chat") == "नमस्ते प्रिया जी!"
    assert _first_line("neutral", RAHUL) == "नमस्ते राहुल जी,"


def test_generic_greeting_and_closing() -> None:
    formal = globalcs.render(
        "order_confirmation", "IN", language="hi", formality="formal", **ORDER
    ).text
    assert formal.splitlines()[0] == "प्रिय ग्राहक,"
    assert formal.splitlines()[-2] == "सादर,"
    neutral = globalcs.render(
        "order_confirmation", "IN", language="hi", formality="neutral", **ORDER
    ).text
    assert neutral.splitlines()[0] == "नमस्ते,"
    assert neutral.splitlines()[-2] == "धन्यवाद,"


def test_every_message_says_aap_and_never_tum_or_tu() -> None:
    profile = language("hi")
    assert profile.registers == ("formal",)
    assert set(profile.register_for.values()) == {"formal"}
    for formality in globalcs.Formality:
        for channel in ("email", "chat", "sms"):
            message = globalcs.render(
                "shipping_update",
                "IN",
                language="hi",
                formality=formality,
                channel=channel,
                customer=PRIYA,
                tone="apologetic",
                order_id="A-1001",
                carrier="Delhivery",
                expected_delivery=dt.date(2026, 12, 3),
            )
            assert not T_FORMS.search(message.text), message.text
            if channel != "sms":
                assert "आपका ऑर्डर" in message.text


def test_uses_indian_e_commerce_words() -> None:
    refund = globalcs.render(
        "refund_processed",
        "IN",
        language="hi",
        order_id="A-1001",
        amount=decimal.Decimal("499"),
    )
    assert refund.subject == "ऑर्डर A-1001 के लिए आपका रिफ़ंड"
    assert "₹499.00" in refund.text
    cod = globalcs.render(
        "payment_failed",
        "IN",
        language="hi",
        order_id="A-1001",
        amount=decimal.Decimal("499"),
        payment_method="cash_on_delivery",
    )
    assert "भुगतान का तरीका: कैश ऑन डिलीवरी" in cod.text


def test_body_is_the_same_for_women_and_men() -> None:
    bodies = {
        globalcs.render(
            "return_instructions",
            "IN",
            language="hi",
            formality="formal",
            customer=person,
            order_id="A-1001",
            return_deadline=dt.date(2026, 12, 17),
        ).text.split("\n", 1)[1]
        for person in (PRIYA, RAHUL)
    }
    assert len(bodies) == 1


def test_sms_is_ucs2_and_fits_one_segment() -> None:
    sms = globalcs.render(
        "delivered", "IN", language="hi", channel="sms", brand="Bazaar", order_id="A-1001"
    )
    assert sms.encoding == "UCS-2"
    assert sms.segments == 1
    assert sms.text == "Bazaar: ऑर्डर A-1001 डिलीवर हो गया।"


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("hi") == {
        "informal": ("नमस्ते Alex जी,", "नमस्ते,"),
        "neutral": ("नमस्ते Alex जी,", "नमस्ते,"),
        "formal": ("प्रिय Alex Morgan जी,", "प्रिय ग्राहक,"),
        "very_formal": ("आदरणीय Alex Morgan जी,", "आदरणीय ग्राहक,"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "hi"
    market = "IN"
