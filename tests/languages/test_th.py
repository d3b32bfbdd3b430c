"""Thai (th): คุณ + given name for every customer whatever the gender, the full name only in the
very formal letter; the neutral register says คุณ and the formal one the deferential ท่าน; no
sentence-final particles (ครับ / ค่ะ mark the writer's gender) and no full stops; UCS-2 SMS."""

from __future__ import annotations

import datetime as dt
import decimal
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import globalcs
from tests.languages._local import neutral_greetings

SOMYING = {"given_name": "สมหญิง", "family_name": "ใจดี", "gender": "female"}
SOMCHAI = {"given_name": "สมชาย", "family_name": "รักไทย", "gender": "male"}
NAPA = {"given_name": "นภา", "family_name": "ศรีสุข"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("1290")}


def _render(
    formality: str, customer: object = None, intent: str = "order_confirmation", **options: Any
) -> globalcs.Message:
    variables = ORDER if intent == "order_confirmation" else options.pop("variables")
    return globalcs.render(
        intent,
        "TH",
        language="th",
        formality=formality,
        customer=customer,
        **variables,
        **options,
    )


def _first_line(formality: str, customer: object, channel: str = "email") -> str:
    return _render(formality, customer, channel=channel).text.splitlines()[0]


def test_khun_and_the_given_name_for_women_men_and_unknown_gender() -> None:
    for formality in ("informal", "neutral"):
        assert _first_line(formality, SOMYING) == "สวัสดี คุณสมหญิง"
        assert _first_line(formality, SOMCHAI) == "สวัสดี คุณสมชาย"
        assert _first_line(formality, NAPA) == "สวัสดี คุณนภา"
    assert _first_line("formal", SOMYING) == "เรียน คุณสมหญิง"
    assert _first_line("formal", SOMCHAI) == "เรียน คุณสมชาย"
    assert _first_line("formal", NAPA) == "เรียน คุณนภา"


def test_very_formal_adds_the_family_name_and_a_title_replaces_khun() -> None:
    assert _first_line("very_formal", SOMYING) == "เรียน คุณสมหญิง ใจดี"
    assert _first_line("very_formal", SOMCHAI) == "เรียน คุณสมชาย รักไทย"
    assert _first_line("very_formal", NAPA) == "เรียน คุณนภา ศรีสุข"
    assert _first_line("very_formal", {**SOMCHAI, "title": "ดร."}) == "เรียน ดร.สมชาย รักไทย"
    assert _first_line("neutral", {**SOMCHAI, "title": "ดร."}) == "สวัสดี ดร.สมชาย"
    # a customer known only by the family name is not addressed as "คุณใจดี"
    assert _first_line("formal", {"family_name": "ใจดี"}) == "เรียน ท่านลูกค้า"


def test_generic_and_chat_greetings() -> None:
    assert _first_line("informal", None) == "สวัสดี"
    assert _first_line("neutral", None) == "สวัสดี คุณลูกค้า"
    assert _first_line("formal", None) == "เรียน ท่านลูกค้า"
    assert _first_line("very_formal", None) == "เรียน ท่านลูกค้าผู้มีอุปการคุณ"
    assert _first_line("formal", SOMYING, "chat") == "สวัสดี คุณสมหญิง"
    assert _first_line("very_formal", SOMYING, "whatsapp") == "เรียน คุณสมหญิง ใจดี"
    assert _first_line("neutral", None, "chat") == "สวัสดี"


def test_neutral_body_says_khun_and_formal_body_says_than() -> None:
    neutral = _render("neutral", SOMYING).text
    formal = _render("formal", SOMYING).text
    assert (
        "ขอบคุณสำหรับคำสั่งซื้อ เราได้รับคำสั่งซื้อ A-1001 ยอดรวม ฿1,290.00 แล้ว และจะแจ้งให้คุณทราบทันทีที่จัดส่งสินค้า"
    ) in neutral
    assert (
        "ขอบคุณสำหรับคำสั่งซื้อ ทางเราได้รับคำสั่งซื้อหมายเลข A-1001 ยอดรวม ฿1,290.00 "
        "เรียบร้อยแล้ว และจะแจ้งให้ท่านทราบทันทีที่จัดส่งสินค้า"
    ) in formal
    assert "ท่าน" not in neutral
    assert "ให้คุณ" not in formal
    assert globalcs.check_register(neutral, "th", "neutral") == []
    assert globalcs.check_register(formal, "th", "formal") == []
    assert {f.kind for f in globalcs.check_register(neutral, "th", "formal")} == {"wrong_register"}
    assert {f.kind for f in globalcs.check_register(formal, "th", "neutral")} == {"wrong_register"}


def test_no_gendered_particles_and_no_full_stops() -> None:
    for formality in ("informal", "formal", "very_formal"):
        for customer in (SOMYING, SOMCHAI, None):
            text = _render(formality, customer, tone="apologetic").text
            for particle in ("ครับ", "ค่ะ", "คะ"):
                assert particle not in text
            assert "." not in text.replace("฿1,290.00", "")
    # the body does not change with the customer's gender
    female = _render("formal", SOMYING).text.split("\n\n", 1)[1]
    male = _render("formal", SOMCHAI).text.split("\n\n", 1)[1]
    assert female == male


def test_closings_and_signatures() -> None:
    formal = _render("formal", SOMCHAI, brand="ShopTH").text.split("\n\n")[-1]
    assert formal == "ขอแสดงความนับถือ\nฝ่ายบริการลูกค้า ShopTH"
    neutral = _render("neutral", SOMCHAI, brand="ShopTH").text.split("\n\n")[-1]
    assert neutral == "ด้วยความนับถือ\nทีมงาน ShopTH"
    informal = _render("informal", SOMCHAI).text.split("\n\n")[-1]
    assert informal == "ขอบคุณ\nทีมบริการลูกค้า"


def test_thailand_defaults_to_the_formal_register_with_rapport_first() -> None:
    message = globalcs.render("delivered", "TH", customer=SOMCHAI, order_id="A-1001")
    assert message.language == "th"
    assert message.formality is globalcs.Formality.FORMAL
    assert message.text.split("\n\n")[:3] == [
        "เรียน คุณสมชาย",
        "ขอขอบพระคุณที่ไว้วางใจเลือกใช้บริการของเรา",
        "คำสั่งซื้อหมายเลข A-1001 ของท่านจัดส่งถึงเรียบร้อยแล้ว ทางเราหวังเป็นอย่างยิ่งว่าท่านจะพึงพอใจกับสินค้า",
    ]


def test_ticket_due_joins_date_and_time_with_wela() -> None:
    due = dt.datetime(2027, 1, 4, 2, 0, tzinfo=dt.UTC)
    message = _render(
        "neutral",
        SOMYING,
        intent="ticket_received",
        variables={"ticket_id": "T-7", "response_due": due},
    )
    assert "เราจะตอบกลับคุณภายในวันที่ 4 มกราคม" in message.text
    # 02:00 UTC is 09:00 in Bangkok; the year is the Buddhist Era's, as for a date alone.
    assert "4 มกราคม 2570 เวลา 09:00 น." in message.text


def test_dates_count_years_in_the_buddhist_era() -> None:
    # B.E. = Gregorian + 543 (CLDR: Thailand's first calendar is the Buddhist one).
    delay = {"order_id": "A-1", "new_delivery_date": dt.date(2026, 12, 24)}
    email = _render("formal", SOMYING, intent="delivery_delay", variables=dict(delay))
    assert "24 ธันวาคม 2569" in email.text
    assert "2026" not in email.text
    assert "ค.ศ." not in email.text
    sms = _render("formal", SOMYING, intent="delivery_delay", variables=dict(delay), channel="sms")
    assert "24 ธ.ค. 2569" in sms.text


def test_the_year_turns_with_the_gregorian_one() -> None:
    from globalcs.messages._format import date

    assert date(dt.date(2026, 12, 31), "th_TH") == "31 ธันวาคม 2569"
    assert date(dt.date(2027, 1, 1), "th_TH") == "1 มกราคม 2570"
    assert date(dt.date(2027, 1, 1), "th_TH", style="short") == "1/1/70"
    assert date(dt.date(2027, 1, 1), "th_TH", style="full") == "วันศุกร์ที่ 1 มกราคม พ.ศ. 2570"


@given(st.dates())
def test_every_date_is_shifted_by_543_years_and_nothing_else(day: dt.date) -> None:
    from babel.dates import format_date

    from globalcs.messages._format import _era_calendar, _in_era, date

    assert (
        date(day, "th_TH", style="short") == f"{day.day}/{day.month}/{(day.year + 543) % 100:02d}"
    )
    long = date(day, "th_TH")
    assert long.endswith(f" {day.year + 543}")
    # Day and month are Babel's own: only the year field was replaced.
    assert long.rsplit(" ", 1)[0] == format_date(day, "d MMMM", locale="th_TH")
    assert _in_era("'y' d y", day.year, _era_calendar("th_TH")) == f"'y' d '{day.year + 543}'"


def test_a_merchant_template_date_filter_writes_the_buddhist_year() -> None:
    text = globalcs.render_template("{{ day|date }}", "TH", day=dt.date(2026, 5, 1)).text
    assert text == "1 พฤษภาคม 2569"


def test_other_languages_in_thailand_keep_the_gregorian_year() -> None:
    delay = {"order_id": "A-1", "new_delivery_date": dt.date(2026, 12, 24)}
    english = globalcs.render("delivery_delay", "TH", language="en", **delay)
    assert "December 24, 2026" in english.text


def test_checker_flags_than_in_a_neutral_text_and_khun_in_a_formal_one() -> None:
    check = globalcs.check_register
    found = check("ท่านสามารถติดตามพัสดุได้ คำสั่งซื้อของคุณจัดส่งแล้ว", "th", "formal")
    assert [(f.kind, f.found, f.text) for f in found] == [("mixed_register", "neutral", "ของคุณ")]
    found = check("คุณสามารถติดตามพัสดุได้ที่ลิงก์นี้", "th", "very_formal")
    assert [(f.kind, f.text) for f in found] == [("wrong_register", "คุณ")]
    found = check("คำสั่งซื้อของท่านจัดส่งแล้ว", "th", "informal")
    assert [(f.kind, f.found, f.text) for f in found] == [("wrong_register", "formal", "ท่าน")]
    assert [f.kind for f in check("มึงรอไปก่อน", "th", "neutral")] == ["never_to_customers"]


def test_words_that_contain_the_markers_are_not_flagged() -> None:
    check = globalcs.check_register
    # ขอบคุณ (thank you), คุณภาพ (quality), ผู้มีอุปการคุณ and the title before a name
    assert check("ขอบคุณที่ใช้บริการ สินค้าคุณภาพดีในราคาคุ้มค่า", "th", "formal") == []
    assert check("เรียน คุณสมชาย ใจดี", "th", "formal") == []
    assert check("เรียน ท่านลูกค้าผู้มีอุปการคุณ", "th", "formal") == []
    # เท่านั้น ('only') and ท่าน้ำ ('pier') spell ท่าน but are not the pronoun
    assert check("ส่งฟรีเฉพาะวันนี้เท่านั้น", "th", "neutral") == []
    assert check("รับพัสดุได้ที่ท่าน้ำนนท์", "th", "neutral") == []
    assert check("หน้าตาขมึงทึง", "th", "neutral") == []


def test_sms_is_ucs2_and_one_segment() -> None:
    for formality in ("neutral", "formal"):
        sms = globalcs.render(
            "delivered",
            "TH",
            language="th",
            channel="sms",
            formality=formality,
            brand="ShopTH",
            order_id="A-1001",
        )
        assert sms.text == "ShopTH: คำสั่งซื้อ A-1001 จัดส่งสำเร็จแล้ว"
        assert sms.encoding == "UCS-2"
        assert sms.segments == 1


def test_email_html_is_thai_left_to_right() -> None:
    message = _render("formal", SOMYING)
    assert message.subject == "คำสั่งซื้อหมายเลข A-1001 ของท่านได้รับการยืนยันแล้ว"
    assert message.html is not None
    assert '<html lang="th" dir="ltr">' in message.html
    assert "<p>เรียน คุณสมหญิง</p>" in message.html


def test_payment_method_has_its_thai_name() -> None:
    message = _render(
        "neutral",
        SOMYING,
        intent="payment_failed",
        variables={
            "order_id": "A-1001",
            "amount": decimal.Decimal("590"),
            "payment_method": "cash_on_delivery",
        },
    )
    assert "(ช่องทางการชำระเงิน: เก็บเงินปลายทาง)" in message.text


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("th") == {
        "informal": ("สวัสดี คุณAlex", "สวัสดี"),
        "neutral": ("สวัสดี คุณAlex", "สวัสดี คุณลูกค้า"),
        "formal": ("เรียน คุณAlex", "เรียน ท่านลูกค้า"),
        "very_formal": ("เรียน คุณAlex Morgan", "เรียน ท่านลูกค้าผู้มีอุปการคุณ"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "th"
    market = "TH"


def test_a_bad_calendar_table_names_the_field() -> None:
    import pytest

    from globalcs.market._schema import Table
    from globalcs.messages._languages import _calendar

    good = {
        "name": "buddhist",
        "year_offset": 543,
        "era": "พ.ศ.",
        "full": "EEEE d MMMM G y",
        "long": "d MMMM y",
        "medium": "d MMM y",
        "short": "d/M/yy",
        "sources": ["s"],
    }
    for change, field in (
        ({"name": "lunar"}, "name"),
        ({"long": "d MMMM 'y'"}, "long"),
        ({"year_offset": "543"}, "year_offset"),
        ({"sources": []}, "sources"),
    ):
        table = Table("languages/th.toml", "calendar", good | change)
        with pytest.raises(globalcs.DataError) as caught:
            _calendar(table, {"s": object()})  # type: ignore[dict-item]
        assert f"calendar.{field}" in str(caught.value)
