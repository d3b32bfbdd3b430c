"""Indonesian (id): Bapak/Ibu + given name, 'Bapak/Ibu' when the gender is unknown, Anda
(capitalised) in the formal register and kamu/-mu for casual brands, GSM-7 SMS."""

from __future__ import annotations

import decimal
from typing import Any

import globalcs
from tests.languages._local import neutral_greetings

SARI = {"given_name": "Sari", "family_name": "Wulandari", "gender": "female"}
BUDI = {"given_name": "Budi", "family_name": "Santoso", "gender": "male"}
ADI = {"given_name": "Adi", "family_name": "Nugroho"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("250000")}


def _render(formality: str, customer: object = None, **options: Any) -> globalcs.Message:
    return globalcs.render(
        "order_confirmation",
        "ID",
        language="id",
        formality=formality,
        customer=customer,
        **ORDER,
        **options,
    )


def _first_line(formality: str, customer: object, channel: str = "email") -> str:
    return _render(formality, customer, channel=channel).text.splitlines()[0]


def test_bapak_and_ibu_with_the_given_name() -> None:
    assert _first_line("neutral", SARI) == "Halo Ibu Sari,"
    assert _first_line("neutral", BUDI, "whatsapp") == "Halo Bapak Budi,"
    assert _first_line("formal", SARI) == "Yth. Ibu Sari,"
    assert _first_line("formal", ADI) == "Yth. Bapak/Ibu Adi,"


def test_very_formal_uses_the_full_name_and_a_title() -> None:
    assert _first_line("very_formal", BUDI) == "Yth. Bapak Budi Santoso,"
    assert _first_line("very_formal", {**BUDI, "title": "Dr."}) == "Yth. Bapak Dr. Budi Santoso,"
    # a customer with a single name gets the generic letter opening rather than a broken one
    assert _first_line("very_formal", {"given_name": "Sukarno", "gender": "male"}) == (
        "Dengan hormat,"
    )


def test_informal_and_generic_greetings() -> None:
    assert _first_line("informal", SARI) == "Hai Sari,"
    assert _first_line("informal", SARI, "chat") == "Hai Sari!"
    assert _first_line("neutral", None) == "Halo,"
    assert _first_line("formal", None) == "Yth. Bapak/Ibu Pelanggan,"


def test_formal_body_uses_anda_and_informal_kamu() -> None:
    formal = _render("formal", SARI).text
    informal = _render("informal", SARI).text
    assert "Terima kasih atas pesanan Anda." in formal
    assert "kamu" not in formal.lower()
    assert "pesananmu" in informal
    assert "Anda" not in informal
    assert globalcs.check_register(formal, "id", "formal") == []
    assert globalcs.check_register(informal, "id", "informal") == []
    assert {f.kind for f in globalcs.check_register(informal, "id", "formal")} == {"wrong_register"}
    # words that merely end in -mu are not the possessive enclitic
    assert globalcs.check_register("Kami menerima tamu dan ilmu baru.", "id", "formal") == []


def test_closings() -> None:
    assert _render("formal", BUDI).text.split("\n\n")[-1].splitlines()[0] == "Hormat kami,"
    assert _render("informal", BUDI).text.split("\n\n")[-1].splitlines()[0] == "Salam hangat,"


def test_sms_is_gsm7_and_one_segment() -> None:
    for formality in ("informal", "formal"):
        sms = globalcs.render(
            "delivered",
            "ID",
            language="id",
            channel="sms",
            formality=formality,
            brand="Toko",
            order_id="A-1001",
        )
        assert sms.text == "Toko: Pesanan A-1001 telah sampai."
        assert sms.encoding == "GSM-7"
        assert sms.segments == 1


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("id") == {
        "informal": ("Hai Alex,", "Hai,"),
        "neutral": ("Halo Alex,", "Halo,"),
        "formal": ("Yth. Alex Morgan,", "Dengan hormat,"),
        "very_formal": ("Yth. Alex Morgan,", "Dengan hormat,"),
    }


def test_a_titled_neutral_customer_is_not_bapak_ibu() -> None:
    customer = {"given_name": "Alex", "family_name": "Morgan", "gender": "neutral", "title": "Dr."}
    message = globalcs.render(
        "delivered", "ID", formality="very_formal", customer=customer, order_id="1"
    )
    assert message.text.splitlines()[0] == "Yth. Dr. Alex Morgan,"


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "id"
    market = "ID"
