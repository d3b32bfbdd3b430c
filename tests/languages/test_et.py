"""Estonian (et): sina for casual brands, the polite Teie (capitalised, to one person) at the
neutral and formal levels; 'Tere, Mari!' and 'Lugupeetud Mari Tamm' with the name uninflected and no
English comma after the greeting or the closing; inserted values are never inflected; õ is not
GSM-7."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import globalcs

from ._local import LocalRender, local_variables, neutral_greetings

MARI = {"given_name": "Mari", "family_name": "Tamm", "gender": "female"}
JAAN = {"given_name": "Jaan", "family_name": "Kask", "gender": "male"}
KRIS = {"given_name": "Kris", "family_name": "Saar"}
VARIABLES = local_variables(
    carrier="Omniva",
    reopens_at=dt.datetime(2026, 12, 27, 8, tzinfo=dt.UTC),
    holiday_name="teine jõulupüha",
)
render = LocalRender("EE", "et", "Kaubamaja", VARIABLES)
SINA = re.compile(r"\b(?:sina|sinu|sulle|sind|sa|su|oled|saad|võid)\b", re.IGNORECASE)
TEIE = re.compile(r"\b(?:Teie|Teid|Teile|Teil|Te|olete|saate|võite)\b")


def _body(intent: str, formality: str, customer: Any = MARI) -> str:
    return render(intent, formality, customer).text.split("\n\n")[1]


def test_greetings_are_the_same_for_women_men_and_unknown_gender() -> None:
    for customer, given, full in (
        (MARI, "Mari", "Mari Tamm"),
        (JAAN, "Jaan", "Jaan Kask"),
        (KRIS, "Kris", "Kris Saar"),
    ):
        assert render.first_line("informal", customer) == f"Tere, {given}!"
        assert render.first_line("neutral", customer) == f"Tere, {given}!"
        assert render.first_line("formal", customer) == f"Lugupeetud {full}"
        assert render.first_line("very_formal", customer) == f"Lugupeetud {full}"
    # no proua/härra, and the name is never inflected
    assert "proua" not in render("order_confirmation", "very_formal", MARI).text


def test_very_formal_title_and_generic_openings() -> None:
    assert render.first_line("very_formal", {**MARI, "title": "dr"}) == "Lugupeetud dr Mari Tamm"
    # one name only: the generic formal opening rather than "Lugupeetud Mari"
    assert render.first_line("formal", {"given_name": "Mari"}) == "Lugupeetud klient"
    assert render.first_line("formal", None) == "Lugupeetud klient"
    assert render.first_line("neutral", None) == "Tere!"
    assert render.first_line("informal", {"family_name": "Tamm"}) == "Tere!"


def test_chat_greetings() -> None:
    def chat(formality: str, customer: Any) -> str:
        return render("order_confirmation", formality, customer, "chat").text.splitlines()[0]

    assert chat("informal", MARI) == "Tere, Mari!"
    assert chat("formal", MARI) == "Tere, Mari Tamm!"
    assert chat("very_formal", MARI) == "Tere päevast, Mari Tamm!"
    assert chat("very_formal", None) == "Tere päevast!"


def test_closings_take_no_comma() -> None:
    assert render("delivered", "informal", MARI).text.splitlines()[-2:] == [
        "Tervitades",
        "Kaubamaja klienditugi",
    ]
    assert render("delivered", "neutral", MARI).text.splitlines()[-2] == "Parimate soovidega"
    assert render("delivered", "formal", MARI).text.splitlines()[-2:] == [
        "Lugupidamisega",
        "Kaubamaja klienditeenindus",
    ]


def test_sina_for_informal_and_capitalised_teie_from_neutral_up() -> None:
    informal = _body("order_confirmation", "informal")
    assert informal == (
        "Aitäh tellimuse eest! Oleme kätte saanud tellimuse A-1 kogusummas 49,90\xa0€ ja anname "
        "sulle teada kohe, kui see teele läheb."
    )
    assert not TEIE.search(informal)
    for formality in ("neutral", "formal", "very_formal"):
        body = _body("order_confirmation", formality)
        assert body.startswith("Täname Teid tellimuse eest.")
        assert "anname Teile teada" in body
        assert not SINA.search(body)
        assert "teie" not in body  # to one person Teie takes a capital letter
    assert _body("payment_failed", "formal").endswith(
        "Palun kontrollige oma makseandmeid või valige mõni muu makseviis. "
        "Makseviis: deebet- või krediitkaart"
    )
    assert "Kontrolli oma makseandmeid või vali mõni muu makseviis." in _body(
        "payment_failed", "informal"
    )


def test_inserted_values_stay_uninflected() -> None:
    shipping = _body("shipping_update", "formal")
    assert "antud üle vedajale Omniva." in shipping
    assert "Eeldatav tarnekuupäev on hiljemalt 1. detsember 2026." in shipping
    closed = _body("holiday_closure", "formal")
    assert "riigipüha (teine jõulupüha) tõttu suletud" in closed
    assert "Avame uuesti: 27. detsember 2026, kell 10:00." in closed  # CLDR atTime, Tallinn time
    assert "Arve R-9 (summa 9,90\xa0€) maksetähtaeg oli 30. november 2026." in _body(
        "invoice_reminder", "informal"
    )


def test_register_checker() -> None:
    mixed = "Täname Teid tellimuse eest. Jälgi oma pakki siin."
    findings = globalcs.check_register(mixed, "et", "formal")
    assert [(f.kind, f.text) for f in findings] == [("mixed_register", "Jälgi")]
    informal = render("shipping_update", "informal", MARI).text
    assert globalcs.check_register(informal, "et", "informal") == []
    assert {f.kind for f in globalcs.check_register(informal, "et", "formal")} == {"wrong_register"}
    formal = render("shipping_update", "formal", MARI).text
    assert {f.text for f in globalcs.check_register(formal, "et", "informal")} >= {
        "Teie",
        "saate",
    }
    # look-alikes: a bare verb after 'ei' is a negative of any person, -te ends plural
    # genitives, teist is also 'second', Anna and Helge are names, selge an adjective
    lookalikes = "Tere, Anna! Me ei kontrolli toodete hindu teist korda. Helge, see on selge."
    assert globalcs.check_register(lookalikes, "et", "formal") == []
    assert globalcs.check_register(lookalikes, "et", "informal") == []


def test_sms_is_gsm7_unless_a_value_brings_o_tilde() -> None:
    sms = render("delivered", "formal", MARI, "sms")
    assert sms.text == "Kaubamaja: Tellimus A-1 on kohale toimetatud."
    assert (sms.encoding, sms.segments) == ("GSM-7", 1)
    # ä, ö, ü are GSM-7
    failed = render("payment_failed", "informal", MARI, "sms")
    assert failed.text == (
        "Kaubamaja: Tellimuse A-1 makse (9,90 €) ei läinud läbi. Palun uuenda makseandmeid."
    )
    assert (failed.encoding, failed.segments) == ("GSM-7", 1)
    # õ is not: the holiday's name makes this one UCS-2
    closed = render("holiday_closure", "formal", MARI, "sms")
    assert closed.text == (
        "Kaubamaja: Riigipüha (teine jõulupüha) puhul suletud. Avame uuesti: 27. dets 2026, 10:00."
    )
    assert (closed.encoding, closed.segments) == ("UCS-2", 2)


def test_email_html_is_estonian_left_to_right() -> None:
    message = render("order_confirmation", "formal", MARI)
    assert message.subject == "Teie tellimus A-1 on kinnitatud"
    assert message.html is not None
    assert '<html lang="et" dir="ltr">' in message.html
    assert "<p>Lugupeetud Mari Tamm</p>" in message.html


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("et") == {
        "informal": ("Tere, Alex!", "Tere!"),
        "neutral": ("Tere, Alex!", "Tere!"),
        "formal": ("Lugupeetud Alex Morgan", "Lugupeetud klient"),
        "very_formal": ("Lugupeetud Alex Morgan", "Lugupeetud klient"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "et"
    market = "EE"
