"""Czech (cs): vykání with capitalised Vy/Váš, tykání for casual brands, greetings that never put a
man's surname in the nominative, gender-neutral bodies and closings without a comma."""

from __future__ import annotations

import datetime as dt
import decimal
from typing import Any

import globalcs

JANA = {"given_name": "Jana", "family_name": "Nováková", "gender": "female"}
JAN = {"given_name": "Jan", "family_name": "Novák", "gender": "male"}
SASA = {"given_name": "Saša", "family_name": "Dvořák"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("1249")}
SHIPPING: dict[str, Any] = {
    "order_id": "A-1001",
    "carrier": "PPL",
    "expected_delivery": dt.date(2026, 12, 3),
}


def _first_line(formality: str, customer: object, channel: str = "email") -> str:
    message = globalcs.render(
        "order_confirmation",
        "CZ",
        language="cs",
        formality=formality,
        channel=channel,
        customer=customer,
        **ORDER,
    )
    return message.text.splitlines()[0]


def test_formal_greeting_vocative_safe_for_women_and_men() -> None:
    # -ová surnames have the same form in the vocative, so the stored name is correct
    assert _first_line("formal", JANA) == "Vážená paní Nováková,"
    # Novák -> Nováku cannot be produced; never "Vážený pane Novák,"
    assert _first_line("formal", JAN) == "Vážený pane,"
    assert _first_line("very_formal", JAN, "chat") == "Vážený pane,"
    assert "Novák" not in _first_line("formal", JAN)


def test_unknown_gender_and_generic_greetings() -> None:
    assert _first_line("formal", SASA) == "Dobrý den, Saša Dvořák,"
    assert _first_line("formal", None) == "Vážená zákaznice, vážený zákazníku,"
    assert _first_line("very_formal", None) == "Vážená paní, vážený pane,"
    assert _first_line("neutral", JANA) == "Dobrý den, paní Nováková,"
    assert _first_line("neutral", JAN) == "Dobrý den, Jan Novák,"


def test_informal_greeting_uses_the_given_name() -> None:
    assert _first_line("informal", JANA) == "Ahoj Jana,"
    assert _first_line("informal", JANA, "chat") == "Ahoj Jana!"
    assert _first_line("informal", None) == "Ahoj,"


def test_formal_body_uses_capitalised_vykani_and_informal_tykani() -> None:
    formal = globalcs.render("shipping_update", "CZ", language="cs", formality="formal", **SHIPPING)
    informal = globalcs.render(
        "shipping_update", "CZ", language="cs", formality="informal", **SHIPPING
    )
    assert formal.subject == "Vaše objednávka A-1001 je na cestě"
    assert "Vaši objednávku č. A-1001 jsme předali dopravci PPL." in formal.text
    assert "tvoji objednávku" in informal.text
    assert globalcs.check_register(formal.text, "cs", "formal") == []
    assert globalcs.check_register(informal.text, "cs", "informal") == []
    findings = globalcs.check_register(informal.text, "cs", "formal")
    assert findings
    assert {f.kind for f in findings} == {"wrong_register"}


def test_body_is_the_same_for_women_and_men() -> None:
    for formality in ("informal", "formal"):
        bodies = {
            globalcs.render(
                "ticket_received",
                "CZ",
                language="cs",
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
        "delivered", "CZ", language="cs", formality="formal", brand="Obchod", order_id="A-1"
    )
    assert formal.text.split("\n\n")[-1].splitlines() == ["S pozdravem", "Zákaznický servis Obchod"]
    very = globalcs.render(
        "delivered", "CZ", language="cs", formality="very_formal", order_id="A-1"
    )
    assert very.text.split("\n\n")[-1].splitlines()[0] == "S úctou"


def test_sms_is_short_and_keeps_czech_letters() -> None:
    sms = globalcs.render(
        "delivered", "CZ", language="cs", channel="sms", brand="Obchod", order_id="A-1001"
    )
    assert sms.text == "Obchod: Objednávka A-1001 doručena."
    assert sms.encoding == "UCS-2"
    assert sms.segments == 1


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "cs"
    market = "CZ"
