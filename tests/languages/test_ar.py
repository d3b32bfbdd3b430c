"""Arabic (ar): Modern Standard Arabic service conventions — gendered greetings, the plural of
respect in the formal register, gender-neutral bodies, right-to-left output."""

from __future__ import annotations

import datetime as dt
import decimal
import re
from typing import Any

import globalcs
from globalcs.messages._languages import catalog
from tests.languages._local import neutral_greetings

SARA = {"given_name": "سارة", "family_name": "الأحمد", "gender": "female"}
MOHAMMED = {"given_name": "محمد", "family_name": "العتيبي", "gender": "male"}
NOOR = {"given_name": "نور", "family_name": "حداد"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("249.90")}
SHIPPING: dict[str, Any] = {
    "order_id": "A-1001",
    "carrier": "Aramex",
    "expected_delivery": dt.date(2026, 12, 3),
}
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _first_line(formality: str, customer: object, channel: str = "email") -> str:
    message = globalcs.render(
        "order_confirmation",
        "SA",
        language="ar",
        formality=formality,
        channel=channel,
        customer=customer,
        **ORDER,
    )
    return message.text.splitlines()[0]


def test_formal_greeting_follows_the_customers_gender_and_never_guesses() -> None:
    assert _first_line("formal", SARA) == "عزيزتي السيدة سارة الأحمد،"
    assert _first_line("formal", MOHAMMED) == "عزيزي السيد محمد العتيبي،"
    unknown = _first_line("formal", NOOR)
    assert unknown == "تحية طيبة نور حداد،"
    assert "عزيز" not in unknown
    assert _first_line("very_formal", SARA) == "حضرة السيدة سارة الأحمد المحترمة،"
    assert _first_line("very_formal", MOHAMMED) == "حضرة السيد محمد العتيبي المحترم،"


def test_chat_uses_ustadh_and_the_given_name() -> None:
    assert _first_line("neutral", SARA, "chat") == "مرحبًا أستاذة سارة،"
    assert _first_line("neutral", MOHAMMED, "whatsapp") == "مرحبًا أستاذ محمد،"
    assert _first_line("informal", SARA, "chat") == "أهلًا سارة!"


def test_generic_greeting_addresses_women_and_men() -> None:
    assert _first_line("formal", None) == "عزيزي العميل، عزيزتي العميلة،"
    assert _first_line("neutral", None) == "مرحبًا،"


def test_formal_body_uses_the_plural_of_respect_and_neutral_the_singular() -> None:
    formal = globalcs.render("shipping_update", "SA", language="ar", formality="formal", **SHIPPING)
    neutral = globalcs.render(
        "shipping_update", "SA", language="ar", formality="neutral", **SHIPPING
    )
    assert "طلبكم" in formal.text
    assert "طلبك " not in formal.text
    assert "طلبك " in neutral.text
    assert "طلبكم" not in neutral.text
    assert globalcs.check_register(formal.text, "ar", "formal") == []
    assert globalcs.check_register(neutral.text, "ar", "neutral") == []
    findings = globalcs.check_register(neutral.text, "ar", "formal")
    assert findings
    assert {f.kind for f in findings} == {"wrong_register"}
    assert globalcs.check_register("السلام عليكم، طلبك في الطريق إليك.", "ar", "neutral") == []


def test_body_is_the_same_for_women_and_men() -> None:
    for formality in ("neutral", "formal"):
        bodies = {
            globalcs.render(
                "order_confirmation",
                "EG",
                language="ar",
                formality=formality,
                customer=person,
                tone="empathetic",
                **ORDER,
            ).text.split("\n", 1)[1]
            for person in (SARA, MOHAMMED)
        }
        assert len(bodies) == 1, bodies


def test_saudi_email_opens_with_rapport_and_closes_formally() -> None:
    message = globalcs.render(
        "order_confirmation", "SA", language="ar", formality="formal", customer=SARA, **ORDER
    )
    paragraphs = message.text.split("\n\n")
    assert paragraphs[1] == "نشكركم على ثقتكم بنا."
    assert paragraphs[-1].splitlines()[0] == "مع أطيب التحيات،"
    assert message.subject == "تم تأكيد طلبكم رقم A-1001"


def test_right_to_left_without_bidi_controls_in_the_catalog() -> None:
    message = globalcs.render("delivered", "AE", language="ar", order_id="A-1001")
    assert message.direction == "rtl"
    assert message.html is not None
    assert 'dir="rtl"' in message.html
    assert not [k for k, v in catalog("ar").items() if BIDI_CONTROLS.search(v)]


def test_sms_is_ucs2_short_and_pronoun_free() -> None:
    texts = set()
    for formality in ("neutral", "formal"):
        sms = globalcs.render(
            "delivered",
            "SA",
            language="ar",
            channel="sms",
            formality=formality,
            brand="Souq",
            order_id="A-1001",
        )
        assert sms.encoding == "UCS-2"
        assert sms.segments == 1
        texts.add(sms.text)
    # A right-to-left mark first, so the phone reads the SMS right to left although the
    # brand is in Latin letters.
    assert texts == {"\u200fSouq: تم توصيل الطلب A-1001."}


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("ar") == {
        "informal": ("أهلًا \u2068Alex\u2069،", "أهلًا،"),
        "neutral": ("مرحبًا \u2068Alex Morgan\u2069،", "مرحبًا،"),
        "formal": ("تحية طيبة \u2068Alex Morgan\u2069،", "تحية طيبة،"),
        "very_formal": ("تحية طيبة \u2068Alex Morgan\u2069،", "تحية طيبة،"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "ar"
    market = "SA"
