"""Japanese (ja): keigo levels, 様 after the name in family-given order, rapport before business,
no plain form to customers, UCS-2 SMS."""

from __future__ import annotations

import decimal
import re
from typing import Any

import pytest

import globalcs
from tests.languages._local import neutral_greetings

YAMADA = {"given_name": "太郎", "family_name": "山田", "gender": "male"}
SATO = {"given_name": "花子", "family_name": "佐藤", "gender": "female"}
UNKNOWN = {"given_name": "ひかる", "family_name": "高橋"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("4980")}
PLAIN_FORM = re.compile(r"(?:だ|である|だよ|だね|する|(?<!ま)した)[。！]")


def _render(formality: str, customer: object = None, **options: Any) -> globalcs.Message:
    return globalcs.render(
        "order_confirmation",
        "JP",
        language="ja",
        formality=formality,
        customer=customer,
        **options,
        **ORDER,
    )


def test_email_greeting_is_the_name_with_sama_in_family_given_order() -> None:
    assert _render("very_formal", YAMADA).text.splitlines()[0] == "山田 太郎 様"
    assert _render("very_formal", SATO).text.splitlines()[0] == "佐藤 花子 様"
    assert _render("very_formal", UNKNOWN).text.splitlines()[0] == "高橋 ひかる 様"
    assert _render("formal", SATO).text.splitlines()[0] == "佐藤様"


def test_informal_still_uses_sama_and_polite_forms() -> None:
    message = _render("informal", YAMADA, channel="chat")
    assert message.text.splitlines()[0] == "山田様、こんにちは。"
    assert "です。" in message.text or "ます。" in message.text
    assert not PLAIN_FORM.search(message.text)


def test_generic_greeting_and_rapport_line() -> None:
    lines = _render("very_formal").text.split("\n\n")
    assert lines[0] == "お客様"
    assert lines[1].startswith("いつもご利用いただき、誠にありがとうございます。")
    assert lines[-1].startswith("今後ともよろしくお願い申し上げます。")


def test_very_formal_uses_full_keigo_and_formal_teineigo() -> None:
    very = _render("very_formal", YAMADA, tone="apologetic").text
    assert "誠に" in very
    assert "いたします" in very
    assert not re.search(r"ください(?!ま)", very)
    formal = _render("formal", YAMADA, channel="chat").text
    assert "お知らせします。" in formal
    assert "誠に" not in formal
    assert globalcs.check_register(very, "ja", "very_formal") == []
    assert globalcs.check_register(formal, "ja", "formal") == []


def test_checker_flags_teineigo_in_a_very_formal_text() -> None:
    findings = globalcs.check_register(
        "誠にありがとうございます。ご確認ください。", "ja", "very_formal"
    )
    assert [f.text for f in findings] == ["ください"]


@pytest.mark.parametrize("formality", ["formal", "very_formal"])
def test_checker_flags_the_plain_copula_at_any_formality(formality: str) -> None:
    text = "ご注文を受け付けました。発送はまだだ。在庫は十分である。"
    findings = globalcs.check_register(text, "ja", formality)
    assert [(f.kind, f.text) for f in findings] == [
        ("never_to_customers", "だ"),
        ("never_to_customers", "である"),
    ]
    # だ inside a polite form, and katakana ダ, are not the plain copula.
    polite = "カナダへのお届けでしたでしょうか。ご確認ください。"
    assert [f.kind for f in globalcs.check_register(polite, "ja", "formal")] == []


def test_sentences_are_joined_without_spaces_and_use_full_width_punctuation() -> None:
    body = _render("formal").text.split("\n\n")[2]
    assert " " not in body
    assert "（注文番号：A-1001" in body


def test_sms_is_ucs2_and_short() -> None:
    message = _render("formal", channel="sms", brand="ショップ")
    assert message.encoding == "UCS-2"
    assert message.segments == 1
    assert message.text.startswith("ショップ: ご注文（A-1001）を承りました。")


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("ja") == {
        "informal": ("Morgan様", "お客様"),
        "neutral": ("Morgan様", "お客様"),
        "formal": ("Morgan様", "お客様"),
        "very_formal": ("Morgan Alex 様", "お客様"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "ja"
    market = "JP"
    # Issue 10's review: a delay notice without an apology (申し訳ございません,
    # お詫び申し上げます) reads as rude to a Japanese customer, whatever the tone.
    neutral_delay_apology = "申し訳|お詫び"
