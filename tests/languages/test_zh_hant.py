"""Traditional Chinese (zh-Hant): Taiwanese service conventions — 您 vs 你, surname + 先生/小姐
(女士 at the very formal level), 親愛的…您好： greetings, Taiwan vocabulary."""

from __future__ import annotations

import datetime as dt
import decimal
from typing import Any

import globalcs
from tests.languages._local import neutral_greetings

CHEN = {"given_name": "美玲", "family_name": "陳", "gender": "female"}
LIN = {"given_name": "志明", "family_name": "林", "gender": "male"}
HUANG = {"given_name": "思妤", "family_name": "黃"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("1280")}


def _render(formality: str, customer: object = None, **options: Any) -> globalcs.Message:
    return globalcs.render(
        "order_confirmation",
        "TW",
        language="zh-Hant",
        formality=formality,
        customer=customer,
        **options,
        **ORDER,
    )


def _first(formality: str, customer: object = None, **options: Any) -> str:
    return _render(formality, customer, **options).text.splitlines()[0]


def test_formal_greetings_by_gender() -> None:
    assert _first("formal", CHEN) == "親愛的陳小姐您好："
    assert _first("formal", LIN) == "親愛的林先生您好："
    assert _first("very_formal", CHEN) == "尊敬的陳女士您好："


def test_unknown_gender_uses_the_full_name() -> None:
    assert _first("formal", HUANG) == "親愛的黃思妤您好："


def test_informal_and_generic_greetings() -> None:
    assert _first("informal", CHEN, channel="chat") == "陳美玲你好！"
    assert _first("formal") == "親愛的顧客您好："
    assert _first("neutral", channel="whatsapp") == "您好！"


def test_formal_texts_use_nin_and_never_ni() -> None:
    for formality in ("neutral", "formal", "very_formal"):
        text = _render(formality, CHEN, tone="apologetic").text
        assert "您" in text
        assert "你" not in text
    informal = _render("informal", CHEN, tone="apologetic").text
    assert "你" in informal
    assert "您" not in informal


def test_taiwan_vocabulary_and_traditional_characters() -> None:
    message = globalcs.render(
        "shipping_update",
        "TW",
        language="zh-Hant",
        formality="formal",
        order_id="A-1001",
        carrier="黑貓宅急便",
        expected_delivery=dt.date(2026, 12, 3),
        tracking_url="https://example.com/t/1",
    )
    assert message.subject == "您的訂單A-1001已出貨"
    assert "連結" in message.text
    assert "订单" not in message.text
    assert message.text.split("\n\n")[-1] == "敬祝\u3000平安順心\n客服中心"


def test_hong_kong_customers_get_traditional_chinese() -> None:
    message = globalcs.render("order_confirmation", "HK", customer=LIN, **ORDER)
    assert message.language == "zh-Hant-HK"  # Hong Kong's overlay of the Taiwan base


def test_sms_is_ucs2() -> None:
    message = _render("formal", channel="sms", brand="小店")
    assert message.encoding == "UCS-2"
    assert message.text.startswith("小店: 訂單A-1001已成立，總金額")


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("zh-Hant") == {
        "informal": ("Morgan Alex你好！", "你好！"),
        "neutral": ("Morgan Alex您好：", "您好："),
        "formal": ("親愛的Morgan Alex您好：", "親愛的顧客您好："),
        "very_formal": ("尊敬的Morgan Alex您好：", "尊敬的顧客您好："),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "zh-Hant"
    market = "TW"
