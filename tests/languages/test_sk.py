"""Slovak (sk): vykanie with capitalised Vy/Váš, tykanie for casual brands, greetings in the
nominative (Vážený pán Novák, unlike Czech), gender-neutral bodies and closings without a comma."""

from __future__ import annotations

import datetime as dt
import decimal
from typing import Any

import globalcs
from tests.languages._local import neutral_greetings

JANA = {"given_name": "Jana", "family_name": "Nováková", "gender": "female"}
JAN = {"given_name": "Ján", "family_name": "Novák", "gender": "male"}
SASA = {"given_name": "Saša", "family_name": "Dvořák"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("49.90")}
SHIPPING: dict[str, Any] = {
    "order_id": "A-1001",
    "carrier": "Packeta",
    "expected_delivery": dt.date(2026, 12, 3),
}


def _first_line(formality: Any, customer: dict[str, str] | None, channel: Any = "email") -> str:
    message = globalcs.render(
        "order_confirmation",
        "SK",
        language="sk",
        formality=formality,
        channel=channel,
        customer=customer,
        **ORDER,
    )
    return message.text.splitlines()[0]


def test_formal_greeting_keeps_the_name_in_the_nominative() -> None:
    assert _first_line("formal", JANA) == "Vážená pani Nováková,"
    assert _first_line("formal", JAN) == "Vážený pán Novák,"
    assert _first_line("very_formal", JANA) == "Vážená pani Nováková,"
    assert _first_line("very_formal", JAN) == "Vážený pán Novák,"
    # never the Czech vocative
    assert "pane" not in _first_line("formal", JAN)


def test_neutral_unknown_gender_and_generic_greetings() -> None:
    assert _first_line("neutral", JANA) == "Dobrý deň, pani Nováková,"
    assert _first_line("neutral", JAN) == "Dobrý deň, pán Novák,"
    # no guessed pán/pani: the full name after Dobrý deň
    assert _first_line("formal", SASA) == "Dobrý deň, Saša Dvořák,"
    assert _first_line("very_formal", SASA) == "Dobrý deň, Saša Dvořák,"
    assert _first_line("formal", None) == "Vážená zákazníčka, vážený zákazník,"
    assert _first_line("very_formal", None) == "Vážená pani, vážený pán,"
    assert _first_line("neutral", None) == "Dobrý deň,"


def test_chat_greetings_are_shorter() -> None:
    assert _first_line("formal", JANA, "chat") == "Dobrý deň, pani Nováková,"
    assert _first_line("very_formal", JAN, "whatsapp") == "Dobrý deň, pán Novák,"
    assert _first_line("formal", None, "chat") == "Dobrý deň,"


def test_informal_greeting_uses_the_given_name() -> None:
    assert _first_line("informal", JANA) == "Ahoj Jana,"
    assert _first_line("informal", JAN) == "Ahoj Ján,"
    assert _first_line("informal", SASA) == "Ahoj Saša,"
    assert _first_line("informal", JANA, "chat") == "Ahoj Jana!"
    assert _first_line("informal", None) == "Ahoj,"
    assert _first_line("informal", None, "chat") == "Ahoj!"


def test_formal_body_uses_capitalised_vykanie_and_informal_tykanie() -> None:
    formal = globalcs.render("shipping_update", "SK", language="sk", formality="formal", **SHIPPING)
    informal = globalcs.render(
        "shipping_update", "SK", language="sk", formality="informal", **SHIPPING
    )
    assert formal.subject == "Vaša objednávka A-1001 je na ceste"
    assert "Vašu objednávku č. A-1001 sme odovzdali dopravcovi Packeta." in formal.text
    assert informal.subject == "Tvoja objednávka A-1001 je na ceste"
    assert "tvoju objednávku č. A-1001 už vezie dopravca Packeta" in informal.text
    refund = globalcs.render(
        "refund_processed",
        "SK",
        language="sk",
        formality="neutral",
        order_id="A-1001",
        amount=decimal.Decimal("49.90"),
    )
    assert "sme Vám vrátili 49,90\u00a0€" in refund.text
    assert "Vašej banky" in refund.text
    assert "Vašom účte" in refund.text
    assert globalcs.check_register(formal.text, "sk", "formal") == []
    assert globalcs.check_register(informal.text, "sk", "informal") == []
    findings = globalcs.check_register(informal.text, "sk", "formal")
    assert findings
    assert {f.kind for f in findings} == {"wrong_register"}
    assert "tvoju" in {f.text for f in findings}


def test_body_is_the_same_for_women_and_men() -> None:
    for formality in ("informal", "formal"):
        bodies = {
            globalcs.render(
                "ticket_received",
                "SK",
                language="sk",
                formality=formality,
                tone="empathetic",
                customer=person,
                ticket_id="T-7",
            ).text.split("\n", 1)[1]
            for person in (JANA, JAN)
        }
        assert len(bodies) == 1, bodies


def test_closing_formulas_take_no_comma() -> None:
    formal = globalcs.render(
        "delivered", "SK", language="sk", formality="formal", brand="Obchod", order_id="A-1"
    )
    assert formal.text.split("\n\n")[-1].splitlines() == ["S pozdravom", "Zákaznícky servis Obchod"]
    neutral = globalcs.render("delivered", "SK", language="sk", formality="neutral", order_id="A-1")
    assert neutral.text.split("\n\n")[-1].splitlines() == [
        "S priateľským pozdravom",
        "Zákaznícky servis",
    ]
    very = globalcs.render(
        "delivered", "SK", language="sk", formality="very_formal", order_id="A-1"
    )
    assert very.text.split("\n\n")[-1].splitlines()[0] == "S úctou"
    informal = globalcs.render(
        "delivered", "SK", language="sk", formality="informal", brand="Obchod", order_id="A-1"
    )
    assert informal.text.split("\n\n")[-1].splitlines() == ["Maj sa pekne", "Tím Obchod"]


def test_register_checker_positives() -> None:
    text = "Ďakujeme za Vašu objednávku, tvoj balík je na ceste."
    mixed = globalcs.check_register(text, "sk", "formal")
    assert [(f.kind, f.text) for f in mixed] == [("mixed_register", "tvoj")]
    wrong = globalcs.check_register("Ozveme sa ti zajtra. Skontroluj adresu.", "sk", "formal")
    assert [(f.kind, f.text) for f in wrong] == [
        ("wrong_register", "ti"),
        ("wrong_register", "Skontroluj"),
    ]
    polite = globalcs.check_register("Ozveme sa Vám zajtra, ak ste doma.", "sk", "informal")
    assert [f.text for f in polite] == ["Vám", "ste"]
    # neutral maps to the vykanie register
    assert globalcs.check_register("Môžeš to skúsiť znova.", "sk", "neutral")[0].text == "Môžeš"


def test_register_checker_negatives() -> None:
    # 'tí' (those, long í) is not the pronoun 'ti'; 'si' is also the reflexive pronoun of
    # every register; 'tvorba' and 'Vašo' (a name) only look like tvoj and Váš.
    text = "Tí zákazníci si vyzdvihnú tovar. Tvorba objednávky trvá chvíľu. Vašo je tu."
    assert globalcs.check_register(text, "sk", "formal") == []
    assert globalcs.check_register(text, "sk", "informal") == []
    assert globalcs.check_register("Vyzdvihnite si ju, prosím.", "sk", "formal") == []
    assert globalcs.check_register("Vyzdvihni si ju, prosím.", "sk", "informal") == []


def test_date_time_joins_with_o() -> None:
    message = globalcs.render(
        "ticket_received",
        "SK",
        language="sk",
        formality="formal",
        ticket_id="T-7",
        response_due=dt.datetime(2027, 1, 4, 9, tzinfo=dt.UTC),
    )
    assert "Ozveme sa Vám do 4. januára 2027 o 10:00." in message.text


def test_sms_is_short_and_keeps_slovak_letters() -> None:
    sms = globalcs.render(
        "delivered", "SK", language="sk", channel="sms", brand="Obchod", order_id="A-1001"
    )
    assert sms.text == "Obchod: Objednávka A-1001 doručená."
    assert sms.encoding == "UCS-2"
    assert sms.segments == 1
    ascii_only = globalcs.render(
        "password_reset", "SK", language="sk", channel="sms", reset_url="https://s.example/r/1"
    )
    assert ascii_only.text == "Obnovenie hesla: https://s.example/r/1"
    assert ascii_only.encoding == "GSM-7"
    assert ascii_only.segments == 1


def test_email_html_is_slovak_and_left_to_right() -> None:
    message = globalcs.render(
        "delivered", "SK", language="sk", formality="formal", customer=JANA, order_id="A-1001"
    )
    assert message.html is not None
    assert '<html lang="sk" dir="ltr">' in message.html
    assert "<p>Vážená pani Nováková,</p>" in message.html
    assert 'dir="rtl"' not in message.html


def test_payment_method_has_a_local_name() -> None:
    message = globalcs.render(
        "payment_failed",
        "SK",
        language="sk",
        formality="formal",
        order_id="A-1",
        amount=decimal.Decimal("9.90"),
        payment_method="cash_on_delivery",
    )
    assert "Spôsob platby: dobierka" in message.text


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("sk") == {
        "informal": ("Ahoj Alex,", "Ahoj,"),
        "neutral": ("Dobrý deň, Alex Morgan,", "Dobrý deň,"),
        "formal": ("Dobrý deň, Alex Morgan,", "Dobrý deň,"),
        "very_formal": ("Dobrý deň, Alex Morgan,", "Dobrý deň,"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "sk"
    market = "SK"
