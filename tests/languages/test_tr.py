"""Turkish (tr): siz throughout, 'Sayın' + full name for everyone in formal mail, Hanım/Bey after
the given name in the neutral register, and no suffix ever attached to an inserted value."""

from __future__ import annotations

import datetime as dt
import decimal
import re
from typing import Any

import globalcs
from globalcs.messages._languages import catalog
from tests.languages._local import neutral_greetings

AYSE = {"given_name": "Ayşe", "family_name": "Yılmaz", "gender": "female"}
MEHMET = {"given_name": "Mehmet", "family_name": "Demir", "gender": "male"}
DENIZ = {"given_name": "Deniz", "family_name": "Kaya"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("1249.90")}
SHIPPING: dict[str, Any] = {
    "order_id": "A-1001",
    "carrier": "Yurtiçi Kargo",
    "expected_delivery": dt.date(2026, 12, 3),
}


def _first_line(formality: str, customer: object, channel: str = "email") -> str:
    message = globalcs.render(
        "order_confirmation",
        "TR",
        language="tr",
        formality=formality,
        channel=channel,
        customer=customer,
        **ORDER,
    )
    return message.text.splitlines()[0]


def test_formal_greeting_is_sayin_with_the_full_name_for_everyone() -> None:
    assert _first_line("formal", AYSE) == "Sayın Ayşe Yılmaz,"
    assert _first_line("formal", MEHMET) == "Sayın Mehmet Demir,"
    assert _first_line("very_formal", DENIZ) == "Sayın Deniz Kaya,"
    titled = {**AYSE, "title": "Dr."}
    assert _first_line("formal", titled) == "Sayın Dr. Ayşe Yılmaz,"
    assert _first_line("formal", None) == "Değerli müşterimiz,"


def test_neutral_greeting_uses_hanim_and_bey_but_never_guesses() -> None:
    assert _first_line("neutral", AYSE) == "Merhaba Ayşe Hanım,"
    assert _first_line("neutral", MEHMET, "whatsapp") == "Merhaba Mehmet Bey,"
    unknown = _first_line("neutral", DENIZ)
    assert unknown == "Merhaba Deniz Kaya,"
    assert "Hanım" not in unknown
    assert "Bey" not in unknown


def test_informal_greeting_uses_the_given_name() -> None:
    assert _first_line("informal", AYSE) == "Merhaba Ayşe,"
    assert _first_line("informal", AYSE, "chat") == "Merhaba Ayşe!"


def test_formal_body_uses_siz_and_informal_sen() -> None:
    formal = globalcs.render("shipping_update", "TR", language="tr", formality="formal", **SHIPPING)
    informal = globalcs.render(
        "shipping_update", "TR", language="tr", formality="informal", **SHIPPING
    )
    assert formal.subject == "A-1001 numaralı siparişiniz yola çıktı"
    assert "Yurtiçi Kargo kargo firmasına teslim edildi" in formal.text
    assert "size ulaşması bekleniyor" in formal.text
    assert "sana ulaşması bekleniyor" in informal.text
    assert globalcs.check_register(formal.text, "tr", "formal") == []
    assert globalcs.check_register(informal.text, "tr", "informal") == []
    assert {f.kind for f in globalcs.check_register(informal.text, "tr", "neutral")} == {
        "wrong_register"
    }
    # genitive pronouns before "için" and words that merely end in -niz are not register markers
    assert globalcs.check_register("Bunun için Akdeniz yalnız değil.", "tr", "informal") == []


def test_no_suffix_is_attached_to_an_inserted_value() -> None:
    glued = re.compile(r"\}[^\s.,;:!?)]")
    offenders = [k for k, v in catalog("tr").items() if glued.search(v)]
    assert offenders == []


def test_email_opens_with_rapport_and_closes_respectfully() -> None:
    message = globalcs.render(
        "order_confirmation", "TR", language="tr", formality="formal", customer=AYSE, **ORDER
    )
    paragraphs = message.text.split("\n\n")
    assert paragraphs[1] == "Bizi tercih ettiğiniz için teşekkür ederiz."
    assert paragraphs[-1].splitlines()[0] == "Saygılarımızla,"


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("tr") == {
        "informal": ("Merhaba Alex,", "Merhaba,"),
        "neutral": ("Merhaba Alex Morgan,", "Merhaba,"),
        "formal": ("Sayın Alex Morgan,", "Değerli müşterimiz,"),
        "very_formal": ("Sayın Alex Morgan,", "Sayın müşterimiz,"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "tr"
    market = "TR"
