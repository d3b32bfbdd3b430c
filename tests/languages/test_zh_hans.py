"""Simplified Chinese (zh-Hans): 您 in formal messages and 你 in informal ones, surname + 先生/女士,
the full name when the gender is unknown, full-width punctuation."""

from __future__ import annotations

import decimal
from typing import Any

import pytest

import globalcs
from tests.languages._local import neutral_greetings

LI = {"given_name": "丽", "family_name": "李", "gender": "female"}
WANG = {"given_name": "强", "family_name": "王", "gender": "male"}
ZHANG = {"given_name": "伟", "family_name": "张"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("299.00")}


def _render(formality: str, customer: object = None, **options: Any) -> globalcs.Message:
    return globalcs.render(
        "order_confirmation",
        "CN",
        language="zh-Hans",
        formality=formality,
        customer=customer,
        **options,
        **ORDER,
    )


def test_formal_greeting_uses_the_surname_and_title_then_ninhao() -> None:
    assert _render("formal", LI).text.startswith("尊敬的李女士：\n您好！\n\n")
    assert _render("formal", WANG).text.startswith("尊敬的王先生：\n您好！")


def test_unknown_gender_uses_the_full_name_without_a_title() -> None:
    first = _render("formal", ZHANG).text.splitlines()[0]
    assert first == "尊敬的张伟："
    assert "先生" not in first
    assert "女士" not in first


def test_informal_greeting_uses_ni() -> None:
    assert _render("informal", LI, channel="chat").text.splitlines()[0] == "李丽，你好！"


def test_generic_greetings() -> None:
    assert _render("formal").text.startswith("尊敬的客户：\n您好！")
    assert _render("neutral", channel="chat").text.splitlines()[0] == "您好！"


def test_formal_texts_use_nin_and_never_ni() -> None:
    for formality in ("neutral", "formal", "very_formal"):
        for tone in ("apologetic", "empathetic", "friendly"):
            text = _render(formality, LI, tone=tone).text
            assert "您" in text
            assert "你" not in text
    informal = _render("informal", LI, tone="empathetic").text
    assert "你" in informal
    assert "您" not in informal


def test_full_width_punctuation_and_no_spaces_between_sentences() -> None:
    body = _render("formal", WANG).text.split("\n\n")[2]
    expected = (
        "感谢您的订购。我们已收到您的订单A-1001，订单总额为¥299.00。商品发出后，我们会及时通知您。"
    )
    assert body == expected
    assert not any(mark in body for mark in [",", ":", "!", "?", " "])


def test_sms_is_ucs2_and_signed_in_brackets_in_the_mainland() -> None:
    # Mainland carriers block an SMS without its sender's signature in 【】 at the start.
    message = _render("formal", channel="sms", brand="小店")
    assert message.encoding == "UCS-2"
    assert message.text == "【小店】订单A-1001已确认，总额¥299.00。"
    with pytest.raises(globalcs.MissingVariableError, match="brand"):
        _render("formal", channel="sms")
    # Other markets that read Simplified Chinese (Singapore) keep the usual prefix.
    singapore = globalcs.render(
        "order_confirmation", "SG", language="zh-Hans", channel="sms", brand="小店", **ORDER
    )
    assert singapore.text.startswith("小店: ")


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("zh-Hans") == {
        "informal": ("Morgan Alex，你好！", "你好！"),
        "neutral": ("Morgan Alex，您好！", "您好！"),
        "formal": ("尊敬的Morgan Alex：", "尊敬的客户："),
        "very_formal": ("尊敬的Morgan Alex：", "尊敬的客户："),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "zh-Hans"
    market = "CN"
