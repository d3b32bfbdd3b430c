"""Hong Kong written Chinese (zh-Hant-HK), an overlay on zh-Hant: the Hong Kong market picks
it; 已確認, 發貨, 送貨地址, 電郵, 帳戶, 私隱, 扣帳卡, 網上銀行, 按此, 個案 and 客戶服務部 for
Taiwan's words; 您/你, 先生/小姐/女士 and the greetings as in zh-Hant."""

from __future__ import annotations

import datetime as dt
import decimal
from typing import Any

import globalcs
from tests.languages._local import neutral_greetings

CHAN = {"given_name": "大文", "family_name": "陳", "gender": "male"}
WONG = {"given_name": "美玲", "family_name": "黃", "gender": "female"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("1280")}


def _render(intent: str, formality: str | None = None, **variables: Any) -> globalcs.Message:
    variables.setdefault("customer", CHAN)
    return globalcs.render(intent, "HK", formality=formality, brand="小店", **variables)


def test_the_hong_kong_market_picks_hong_kong_chinese() -> None:
    assert _render("order_confirmation", **ORDER).language == "zh-Hant-HK"
    assert globalcs.render("order_confirmation", "HK", language="zh", **ORDER).language == (
        "zh-Hant-HK"
    )
    taiwan = globalcs.render("order_confirmation", "TW", language="zh-Hant", **ORDER)
    assert taiwan.language == "zh-Hant"


def test_order_and_shipping_vocabulary() -> None:
    message = _render("order_confirmation", "formal", **ORDER)
    assert message.subject == "您的訂單A-1001已確認"
    assert "商品發貨後，我們將立即通知您。" in message.text
    assert message.text.splitlines()[-1] == "小店客戶服務部"
    shipped = _render(
        "shipping_update",
        "informal",
        order_id="A-1001",
        carrier="順豐速運",
        expected_delivery=dt.date(2026, 12, 3),
        tracking_url="https://example.com/t/1",
    )
    assert shipped.subject == "你的訂單A-1001已發貨"
    assert "按此查詢送貨狀態：https://example.com/t/1" in shipped.text
    assert "出貨" not in message.text + shipped.text
    address = _render("address_problem", "formal", order_id="A-1001")
    assert address.subject == "請確認訂單A-1001的送貨地址"


def test_e_mail_account_privacy_and_case_words() -> None:
    verify = _render("account_verification", "formal", verify_url="https://s.example/a/1")
    assert verify.subject == "請確認電郵地址"
    assert "啟用帳戶" in verify.text
    assert "帳號" not in verify.text
    privacy = _render(
        "privacy_request_received", "formal", request_id="P-9", due_date=dt.date(2027, 1, 20)
    )
    assert privacy.subject == "您的個人資料要求（編號：P-9）"
    ticket = _render(
        "ticket_received",
        "formal",
        ticket_id="T-7",
        response_due=dt.datetime(2027, 1, 4, 9, tzinfo=dt.UTC),
    )
    assert ticket.subject == "您的問題已受理（個案編號：T-7）"


def test_payment_words() -> None:
    failed = _render(
        "payment_failed",
        "formal",
        order_id="A-1",
        amount=decimal.Decimal("99"),
        payment_method="card",
    )
    assert "（付款方式：信用卡／扣帳卡）" in failed.text
    assert "簽帳金融卡" not in failed.text


def test_what_zh_hant_hk_inherits_from_zh_hant() -> None:
    assert _render("order_confirmation", "formal", customer=WONG, **ORDER).text.startswith(
        "親愛的黃小姐您好："
    )
    assert _render("order_confirmation", "very_formal", customer=WONG, **ORDER).text.startswith(
        "尊敬的黃女士您好："
    )
    text = _render("order_confirmation", "formal", **ORDER).text
    assert text.split("\n\n")[-1] == "敬祝\u3000平安順心\n小店客戶服務部"


def test_register_checker_passes_in_both_registers() -> None:
    formal = _render("delivery_failed", "formal", order_id="A-1", carrier="順豐速運").text
    informal = _render("delivery_failed", "informal", order_id="A-1", carrier="順豐速運").text
    assert "請您確認送貨地址" in formal
    assert globalcs.check_register(formal, "zh-Hant-HK", "formal") == []
    assert globalcs.check_register(informal, "zh-Hant-HK", "informal") == []
    assert "你" in informal
    assert "您" not in informal


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("zh-Hant-HK") == {
        "informal": ("Morgan Alex你好！", "你好！"),
        "neutral": ("Morgan Alex您好：", "您好："),
        "formal": ("親愛的Morgan Alex您好：", "親愛的顧客您好："),
        "very_formal": ("尊敬的Morgan Alex您好：", "尊敬的顧客您好："),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "zh-Hant-HK"
    market = "HK"
