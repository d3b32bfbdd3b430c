"""Vietnamese (vi): anh/chị + given name in the greeting ('anh/chị' when the gender is unknown),
Quý khách in the body at every formality from neutral up, bạn / chúng mình for casual brands,
UCS-2 SMS (the tone marks are not in GSM-7)."""

from __future__ import annotations

import datetime as dt
import decimal
import zoneinfo
from collections.abc import Mapping
from typing import Any

import globalcs
from tests.languages._local import neutral_greetings

THU = {"given_name": "Thu", "family_name": "Nguyễn", "gender": "female"}
MINH = {"given_name": "Minh", "family_name": "Trần", "gender": "male"}
AN = {"given_name": "An", "family_name": "Lê"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("250000")}


def _render(
    formality: str,
    customer: Mapping[str, str] | None = None,
    intent: str = "order_confirmation",
    **options: Any,
) -> globalcs.Message:
    variables = options.pop("variables", ORDER)
    return globalcs.render(
        intent, "VN", language="vi", formality=formality, customer=customer, **variables, **options
    )


def _first_line(formality: str, customer: Mapping[str, str] | None, channel: str = "email") -> str:
    return _render(formality, customer, channel=channel).text.splitlines()[0]


def test_anh_and_chi_with_the_given_name() -> None:
    assert _first_line("neutral", THU) == "Xin chào chị Thu,"
    assert _first_line("neutral", MINH) == "Xin chào anh Minh,"
    assert _first_line("formal", THU) == "Kính gửi chị Thu,"
    assert _first_line("formal", MINH) == "Kính gửi anh Minh,"
    # an unknown gender is not guessed: the template form anh/chị
    assert _first_line("neutral", AN) == "Xin chào anh/chị An,"
    assert _first_line("formal", AN) == "Kính gửi anh/chị An,"


def test_chat_greetings() -> None:
    assert _first_line("neutral", MINH, "whatsapp") == "Chào anh Minh,"
    assert _first_line("formal", THU, "chat") == "Xin chào chị Thu,"
    assert _first_line("very_formal", THU, "chat") == "Kính chào Quý khách Nguyễn Thu,"
    assert _first_line("informal", THU, "chat") == "Chào bạn Thu!"
    assert _first_line("neutral", None, "chat") == "Xin chào,"


def test_very_formal_uses_quy_khach_and_the_full_name_in_vietnamese_order() -> None:
    assert _first_line("very_formal", THU) == "Kính gửi Quý khách Nguyễn Thu,"
    assert _first_line("very_formal", MINH) == "Kính gửi Quý khách Trần Minh,"
    assert _first_line("very_formal", AN) == "Kính gửi Quý khách Lê An,"
    assert _first_line("very_formal", {**MINH, "title": "TS."}) == "Kính gửi TS. Trần Minh,"
    # a customer without a family name gets the generic letter opening
    assert _first_line("very_formal", {"given_name": "Thu", "gender": "female"}) == (
        "Kính gửi Quý khách hàng,"
    )


def test_family_name_alone_is_never_used_to_address_a_customer() -> None:
    # "chị Nguyễn" is not said: the generic greeting instead
    assert _first_line("formal", {"family_name": "Nguyễn", "gender": "female"}) == (
        "Kính gửi Quý khách,"
    )
    assert _first_line("neutral", {"family_name": "Trần", "gender": "male"}) == (
        "Xin chào Quý khách,"
    )


def test_informal_and_generic_greetings() -> None:
    assert _first_line("informal", THU) == "Chào bạn Thu,"
    assert _first_line("informal", None) == "Chào bạn,"
    assert _first_line("neutral", None) == "Xin chào Quý khách,"
    assert _first_line("formal", None) == "Kính gửi Quý khách,"
    assert _first_line("very_formal", None) == "Kính gửi Quý khách hàng,"


def test_formal_body_uses_quy_khach_and_informal_ban() -> None:
    formal = _render("formal", THU).text
    informal = _render("informal", THU).text
    assert "Cảm ơn Quý khách đã đặt hàng. Chúng tôi đã nhận được đơn hàng A-1001" in formal
    assert "250.000\u00a0₫" in formal  # CLDR: no-break space before the symbol
    assert "bạn" not in formal.lower()
    assert "Cảm ơn bạn đã đặt hàng! Chúng mình đã nhận được đơn hàng A-1001" in informal
    assert "Quý khách" not in informal
    assert globalcs.check_register(formal, "vi", "formal") == []
    assert globalcs.check_register(informal, "vi", "informal") == []
    assert {f.kind for f in globalcs.check_register(informal, "vi", "formal")} == {"wrong_register"}
    assert {f.kind for f in globalcs.check_register(formal, "vi", "informal")} == {"wrong_register"}


def test_neutral_writes_quy_khach_and_the_body_is_the_same_for_women_and_men() -> None:
    for_thu = _render("neutral", THU).text.split("\n\n", 1)[1]
    for_minh = _render("neutral", MINH).text.split("\n\n", 1)[1]
    assert for_thu == for_minh
    assert "Xin cảm ơn Quý khách đã lựa chọn chúng tôi." in for_thu


def test_register_checker_markers_and_lookalikes() -> None:
    mixed = globalcs.check_register("Quý khách vui lòng kiểm tra đơn hàng của bạn.", "vi", "formal")
    assert [(f.kind, f.text) for f in mixed] == [("mixed_register", "bạn")]
    casual = globalcs.check_register("Chúng mình đã gửi hàng.", "vi", "formal")
    assert [(f.kind, f.text) for f in casual] == [("wrong_register", "Chúng mình")]
    lower = globalcs.check_register("Cảm ơn quý khách.", "vi", "informal")
    assert [(f.kind, f.text) for f in lower] == [("wrong_register", "quý khách")]
    # bạn as the noun "friend" (bạn bè, tình bạn, kết bạn) is not a way of address,
    # and quý alone is an adjective
    assert (
        globalcs.check_register(
            "Quý khách có thể tặng quà cho bạn bè, vì tình bạn.", "vi", "formal"
        )
        == []
    )
    assert globalcs.check_register("Kết bạn với chúng tôi, Quý khách nhé.", "vi", "formal") == []
    assert globalcs.check_register("Bạn nhận được món quà quý giá.", "vi", "informal") == []
    # but the pronoun before a verb or a noun is caught: "Bạn đọc kỹ", "gửi bạn hàng mới"
    assert [f.text for f in globalcs.check_register("Bạn đọc kỹ nhé.", "vi", "formal")] == ["Bạn"]


def test_insulting_pronouns_are_never_used_but_lookalikes_pass() -> None:
    findings = globalcs.check_register("Mày kiểm tra lại đơn hàng đi.", "vi", "informal")
    assert [(f.kind, f.text) for f in findings] == [("never_to_customers", "Mày")]
    tao = globalcs.check_register("Tao đã gửi hàng.", "vi", "formal")
    assert [f.kind for f in tao] == ["never_to_customers"]
    # máy (machine), tạo (create), lông mày (eyebrow), tao nhã / thanh tao (elegant)
    ok = "Quý khách tạo tài khoản trên máy tính; bút kẻ lông mày có thiết kế tao nhã, thanh tao."
    assert globalcs.check_register(ok, "vi", "formal") == []


def test_closings() -> None:
    def closing(formality: str) -> str:
        return _render(formality, MINH, brand="Lá Shop").text.split("\n\n")[-1]

    assert closing("informal") == "Thân mến,\nĐội ngũ Lá Shop"
    assert closing("neutral") == "Trân trọng,\nBộ phận Chăm sóc khách hàng Lá Shop"
    assert closing("formal") == "Trân trọng,\nBộ phận Chăm sóc khách hàng Lá Shop"
    assert closing("very_formal") == "Trân trọng kính chào,\nBộ phận Chăm sóc khách hàng Lá Shop"
    assert _render("formal", MINH).text.endswith("Trân trọng,\nBộ phận Chăm sóc khách hàng")


def test_vietnam_defaults_to_vietnamese_formal() -> None:
    message = globalcs.render("delivered", "VN", customer=THU, order_id="A-1001")
    assert message.language == "vi"
    assert message.formality is globalcs.Formality.FORMAL
    assert message.subject == "Đơn hàng A-1001 đã được giao thành công"
    assert "Đơn hàng A-1001 của Quý khách đã được giao thành công." in message.text


def test_date_and_time_read_luc_and_ngay() -> None:
    due = dt.datetime(2027, 1, 4, 9, tzinfo=zoneinfo.ZoneInfo("UTC"))
    message = _render(
        "formal", THU, "ticket_received", variables={"ticket_id": "T-7", "response_due": due}
    )
    assert (
        "Chúng tôi sẽ phản hồi Quý khách chậm nhất lúc 16:00 ngày 4 tháng 1, 2027." in message.text
    )


def test_sms_is_ucs2() -> None:
    for formality in ("informal", "formal"):
        sms = globalcs.render(
            "delivered",
            "VN",
            language="vi",
            channel="sms",
            formality=formality,
            brand="Lá Shop",
            order_id="A-1001",
        )
        assert sms.text == "Lá Shop: Đơn hàng A-1001 đã được giao thành công."
        assert sms.encoding == "UCS-2"
        assert sms.segments == 1
    longer = globalcs.render(
        "payment_failed",
        "VN",
        language="vi",
        channel="sms",
        formality="formal",
        order_id="A-1001",
        amount=decimal.Decimal("99000"),
    )
    assert longer.text == (
        "Thanh toán 99.000\u00a0₫ cho đơn hàng A-1001 không thành công. "
        "Vui lòng cập nhật thông tin thanh toán."
    )
    assert longer.encoding == "UCS-2"
    assert longer.segments == 2  # 97 characters: over 70, so two segments of 67


def test_email_html_is_vietnamese_left_to_right() -> None:
    message = _render("formal", THU)
    assert message.html is not None
    assert 'lang="vi"' in message.html
    assert 'dir="ltr"' in message.html
    assert "<p>Kính gửi chị Thu,</p>" in message.html
    assert message.subject == "Xác nhận đơn hàng A-1001"


def test_local_payment_method_names() -> None:
    message = _render(
        "formal",
        THU,
        "payment_failed",
        variables={
            "order_id": "A-1001",
            "amount": decimal.Decimal("99000"),
            "payment_method": "cash_on_delivery",
        },
    )
    assert "Phương thức thanh toán: thanh toán khi nhận hàng (COD)" in message.text
    steps = _render(
        "formal",
        THU,
        "payment_instructions",
        variables={
            "order_id": "A-1001",
            "amount": decimal.Decimal("99000"),
            "payment_method": "bank_transfer",
            "reference": "A1001",
            "pay_by": dt.date(2026, 12, 7),
        },
    ).text
    assert "qua chuyển khoản ngân hàng chậm nhất vào ngày 7 tháng 12, 2026" in steps
    assert "ghi chính xác mã thanh toán vào nội dung chuyển khoản" in steps


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("vi") == {
        "informal": ("Chào bạn Alex,", "Chào bạn,"),
        "neutral": ("Xin chào Quý khách Alex,", "Xin chào Quý khách,"),
        "formal": ("Kính gửi Quý khách Alex,", "Kính gửi Quý khách,"),
        "very_formal": ("Kính gửi Quý khách Morgan Alex,", "Kính gửi Quý khách hàng,"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "vi"
    market = "VN"
