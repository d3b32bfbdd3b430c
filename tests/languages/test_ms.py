"""Malay (ms, Malaysia): Encik/Puan + given name, 'Tuan/Puan' when the gender is unknown,
anda (lower case in running text) in the formal register and awak for casual brands,
GSM-7 SMS."""

from __future__ import annotations

import datetime as dt
import decimal
import zoneinfo
from typing import Any

import globalcs
from tests.languages._local import neutral_greetings

AINA = {"given_name": "Aina", "family_name": "Abdullah", "gender": "female"}
AHMAD = {"given_name": "Ahmad", "family_name": "Ismail", "gender": "male"}
MEI_LING = {"given_name": "Mei Ling", "family_name": "Tan"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("149.90")}
KUALA_LUMPUR = zoneinfo.ZoneInfo("Asia/Kuala_Lumpur")


def _render(
    formality: str,
    customer: dict[str, str] | None = None,
    intent: str = "order_confirmation",
    **options: Any,
) -> globalcs.Message:
    variables = options.pop("variables", ORDER)
    return globalcs.render(
        intent,
        "MY",
        language="ms",
        formality=formality,
        customer=customer,
        **variables,
        **options,
    )


def _first_line(formality: str, customer: dict[str, str] | None, channel: str = "email") -> str:
    return _render(formality, customer, channel=channel).text.splitlines()[0]


def _closing(formality: str) -> str:
    return _render(formality, AHMAD).text.split("\n\n")[-1].splitlines()[0]


def test_encik_and_puan_with_the_given_name() -> None:
    assert _first_line("neutral", AINA) == "Helo Puan Aina,"
    assert _first_line("neutral", AHMAD) == "Helo Encik Ahmad,"
    assert _first_line("formal", AINA) == "Puan Aina,"
    assert _first_line("formal", AHMAD) == "Encik Ahmad,"


def test_unknown_gender_gets_tuan_puan_rather_than_a_guess() -> None:
    assert _first_line("neutral", MEI_LING) == "Helo Tuan/Puan Mei Ling,"
    assert _first_line("formal", MEI_LING) == "Tuan/Puan Mei Ling,"
    assert _first_line("very_formal", MEI_LING) == "Yang dihormati Tuan/Puan Mei Ling Tan,"


def test_very_formal_uses_the_full_name_and_a_title_replaces_the_honorific() -> None:
    assert _first_line("very_formal", AINA) == "Yang dihormati Puan Aina Abdullah,"
    assert _first_line("very_formal", AHMAD) == "Yang dihormati Encik Ahmad Ismail,"
    assert _first_line("very_formal", {**AHMAD, "title": "Dr."}) == (
        "Yang dihormati Dr. Ahmad Ismail,"
    )
    # a customer with a single name gets the generic letter opening rather than a broken one
    assert _first_line("very_formal", {"given_name": "Ahmad", "gender": "male"}) == (
        "Pelanggan yang dihargai,"
    )


def test_informal_chat_and_generic_greetings() -> None:
    assert _first_line("informal", AINA) == "Hai Aina,"
    assert _first_line("informal", AHMAD) == "Hai Ahmad,"
    assert _first_line("informal", MEI_LING) == "Hai Mei Ling,"
    assert _first_line("informal", AINA, "chat") == "Hai Aina!"
    assert _first_line("very_formal", AHMAD, "whatsapp") == "Salam sejahtera Encik Ahmad Ismail,"
    assert _first_line("informal", None) == "Hai,"
    assert _first_line("neutral", None) == "Helo,"
    assert _first_line("formal", None) == "Tuan/Puan,"
    assert _first_line("very_formal", None) == "Pelanggan yang dihargai,"


def test_formal_body_uses_lower_case_anda_and_informal_awak() -> None:
    formal = _render("formal", AINA).text
    informal = _render("informal", AINA).text
    assert "Terima kasih atas pesanan anda." in formal
    assert "memaklumkan anda sebaik sahaja pesanan dihantar" in formal
    assert "Anda" not in formal  # lower case in running text, unlike Indonesian
    assert "awak" not in formal
    assert "Terima kasih atas pesanan awak!" in informal
    assert "anda" not in informal.lower()
    # Malay has no grammatical gender: the body is the same for every customer
    assert _render("formal", AHMAD).text.split("\n\n")[1] == formal.split("\n\n")[1]
    assert globalcs.check_register(formal, "ms", "formal") == []
    assert globalcs.check_register(informal, "ms", "informal") == []
    assert {f.kind for f in globalcs.check_register(informal, "ms", "formal")} == {"wrong_register"}


def test_a_sentence_initial_anda_is_still_the_formal_register() -> None:
    text = _render(
        "neutral",
        AINA,
        intent="password_reset",
        variables={"reset_url": "https://s.example/r/1"},
    ).text
    assert "Anda boleh memilih kata laluan baharu di sini: https://s.example/r/1" in text
    assert "Jika anda tidak membuat permintaan ini, anda boleh mengabaikan mesej ini." in text
    assert globalcs.check_register(text, "ms", "neutral") == []


def test_register_checker_markers() -> None:
    findings = globalcs.check_register("Terima kasih atas pesananmu.", "ms", "formal")
    assert [(f.kind, f.text) for f in findings] == [("wrong_register", "pesananmu")]
    findings = globalcs.check_register("Tuan/Puan boleh menghubungi kami.", "ms", "informal")
    assert [(f.kind, f.text) for f in findings] == [("wrong_register", "Tuan/Puan")]
    findings = globalcs.check_register(
        "Terima kasih atas pesanan anda. Semak butiran awak.", "ms", "formal"
    )
    assert [(f.kind, f.text) for f in findings] == [("mixed_register", "awak")]
    # words that merely end in -mu, or begin with kamu, are not the informal pronoun
    look_alikes = "Kami bertemu pakar ilmu. Sila rujuk kamus."
    assert globalcs.check_register(look_alikes, "ms", "formal") == []
    assert globalcs.check_register(look_alikes, "ms", "informal") == []


def test_closings_and_signatures() -> None:
    assert _closing("informal") == "Salam mesra,"
    assert _closing("neutral") == "Salam hormat,"
    assert _closing("formal") == "Salam hormat,"
    assert _closing("very_formal") == "Yang benar,"
    assert _render("formal", AHMAD, brand="Kedai Aina").text.splitlines()[-1] == (
        "Khidmat Pelanggan Kedai Aina"
    )
    assert _render("informal", AHMAD, brand="Kedai Aina").text.splitlines()[-1] == (
        "Pasukan Kedai Aina"
    )


def test_malaysian_vocabulary_not_indonesian() -> None:
    refund = _render(
        "formal",
        AINA,
        intent="refund_processed",
        variables={"order_id": "A-1001", "amount": decimal.Decimal("49.90")},
    )
    assert refund.subject == "Bayaran balik untuk pesanan A-1001 anda"
    assert "Kami telah membuat bayaran balik sebanyak RM49.90 untuk pesanan A-1001." in refund.text
    shipping = _render(
        "formal",
        AINA,
        intent="shipping_update",
        variables={
            "order_id": "A-1001",
            "carrier": "Pos Laju",
            "expected_delivery": dt.date(2026, 12, 3),
            "tracking_url": "https://t.example/A-1001",
        },
    ).text
    assert "Anda boleh menjejak bungkusan anda di sini: https://t.example/A-1001" in shipping
    assert "selewat-lewatnya 3 Disember 2026" in shipping


def test_a_moment_joins_date_and_time_as_cldr_does() -> None:
    text = _render(
        "formal",
        AINA,
        intent="holiday_closure",
        variables={
            "reopens_at": dt.datetime(2027, 2, 19, 9, tzinfo=KUALA_LUMPUR),
            "holiday_name": "Tahun Baru Cina",
        },
    ).text
    assert "ditutup sempena cuti umum (Tahun Baru Cina)" in text
    # long date, then the time (with CLDR's narrow no-break space before PG, "pagi")
    assert "kembali beroperasi pada 19 Februari 2027 9:00\u202fPG" in text


def test_sms_is_gsm7_and_one_segment() -> None:
    for formality in ("informal", "formal"):
        sms = globalcs.render(
            "delivered",
            "MY",
            language="ms",
            channel="sms",
            formality=formality,
            brand="Kedai",
            order_id="A-1001",
        )
        assert sms.text == "Kedai: Pesanan A-1001 telah sampai."
        assert sms.encoding == "GSM-7"
        assert sms.segments == 1
    sms = globalcs.render(
        "payment_failed",
        "MY",
        language="ms",
        channel="sms",
        brand="Kedai",
        order_id="A-1001",
        amount=decimal.Decimal("9.90"),
        payment_method="card",
    )
    assert sms.text == (
        "Kedai: Pembayaran RM9.90 untuk pesanan A-1001 gagal. Sila kemas kini butiran pembayaran."
    )
    assert (sms.encoding, sms.segments) == ("GSM-7", 1)


def test_email_html_is_marked_as_malay_left_to_right() -> None:
    message = _render("formal", AHMAD)
    assert message.subject == "Pesanan A-1001 anda telah disahkan"
    assert message.html is not None
    assert '<html lang="ms" dir="ltr">' in message.html
    assert "<p>Encik Ahmad,</p>" in message.html


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("ms") == {
        "informal": ("Hai Alex,", "Hai,"),
        "neutral": ("Helo Alex,", "Helo,"),
        "formal": ("Salam sejahtera Alex Morgan,", "Salam sejahtera,"),
        "very_formal": ("Yang dihormati Alex Morgan,", "Pelanggan yang dihargai,"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "ms"
    market = "MY"
