"""Korean (ko): 합쇼체 in formal messages, 해요체 in chat, full name + 고객님, particles that never
depend on an inserted value."""

from __future__ import annotations

import datetime as dt
import decimal
import re
from typing import Any

import globalcs
from tests.languages._local import neutral_greetings

KIM = {"given_name": "민준", "family_name": "김", "gender": "male"}
LEE = {"given_name": "서연", "family_name": "이", "gender": "female"}
PARK = {"given_name": "지우", "family_name": "박"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("39000")}
HAEYO = re.compile(r"요[.?!]")
HASIPSIO = re.compile(r"(?:습니다|니까|십시오)")


def _render(formality: str, customer: object = None, **options: Any) -> globalcs.Message:
    return globalcs.render(
        "order_confirmation",
        "KR",
        language="ko",
        formality=formality,
        customer=customer,
        **options,
        **ORDER,
    )


def test_formal_greeting_is_full_name_with_gogaeknim_for_any_gender() -> None:
    assert _render("formal", KIM).text.splitlines()[0] == "김민준 고객님, 안녕하십니까."
    assert _render("formal", LEE).text.splitlines()[0] == "이서연 고객님, 안녕하십니까."
    assert _render("formal", PARK).text.splitlines()[0] == "박지우 고객님, 안녕하십니까."


def test_informal_and_chat_greetings_use_haeyo() -> None:
    assert _render("informal", KIM).text.splitlines()[0] == "김민준 고객님, 안녕하세요!"
    assert _render("neutral", KIM, channel="chat").text.splitlines()[0] == (
        "김민준 고객님, 안녕하세요."
    )


def test_generic_greeting_and_closing() -> None:
    paragraphs = _render("formal").text.split("\n\n")
    assert paragraphs[0] == "고객님, 안녕하십니까."
    assert paragraphs[-1] == "감사합니다.\n고객센터 드림"


def test_formal_body_is_hasipsio_and_neutral_body_is_haeyo() -> None:
    formal = _render("formal", KIM, tone="empathetic").text
    assert HASIPSIO.search(formal)
    assert not HAEYO.search(formal)
    neutral = _render("neutral", KIM, channel="chat", tone="empathetic").text
    assert HAEYO.search(neutral)
    assert not HASIPSIO.search(neutral)


def test_checker_flags_haeyo_in_a_formal_text() -> None:
    findings = globalcs.check_register("주문이 접수되었습니다. 곧 보내 드릴게요.", "ko", "formal")
    assert [(f.kind, f.found) for f in findings] == [("mixed_register", "neutral")]


def test_inserted_values_never_carry_a_variable_particle() -> None:
    message = globalcs.render(
        "shipping_update",
        "KR",
        language="ko",
        formality="formal",
        order_id="B-7",
        carrier="CJ대한통운",
        expected_delivery=dt.date(2026, 12, 3),
    )
    assert "(주문번호 B-7)이 CJ대한통운에 인계되었습니다." in message.text
    assert "2026년 12월 3일까지" in message.text


def test_sms_is_ucs2() -> None:
    message = _render("formal", channel="sms", brand="가게")
    assert message.encoding == "UCS-2"
    assert message.text == "가게: 주문 접수 완료(주문번호 A-1001, 결제 금액 39,000원)"


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("ko") == {
        "informal": ("Morgan Alex 고객님, 안녕하세요!", "고객님, 안녕하세요!"),
        "neutral": ("Morgan Alex 고객님, 안녕하세요.", "고객님, 안녕하세요."),
        "formal": ("Morgan Alex 고객님, 안녕하십니까.", "고객님, 안녕하십니까."),
        "very_formal": ("Morgan Alex 고객님, 안녕하십니까.", "고객님, 안녕하십니까."),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "ko"
    market = "KR"
    # Issue 10's review: a delay notice without an apology (죄송합니다, 사과드립니다) reads as rude
    # to a Korean customer, whatever the tone.
    neutral_delay_apology = "죄송|사과"
