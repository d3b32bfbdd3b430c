"""Czech (cs): vykání with capitalised Vy/Váš, tykání for casual brands, names in the vocative
(Vážený pane Nováku, Ahoj Petře) and never a man's name in the nominative after pane or Ahoj,
gender-neutral bodies and closings without a comma."""

from __future__ import annotations

import datetime as dt
import decimal
from typing import Any

import pytest

import globalcs
from tests.languages._local import neutral_greetings

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


def test_formal_greeting_puts_the_name_in_the_vocative() -> None:
    # -ová surnames have the same form in the vocative, so the stored name is correct
    assert _first_line("formal", JANA) == "Vážená paní Nováková,"
    assert _first_line("formal", JAN) == "Vážený pane Nováku,"
    assert _first_line("very_formal", JAN, "chat") == "Vážený pane Nováku,"
    assert "Novák," not in _first_line("formal", JAN)
    # Němec: Němče and Němci are both in use, so no rule: the name-less greeting
    nemec = {"given_name": "Karel", "family_name": "Němec", "gender": "male"}
    assert _first_line("formal", nemec) == "Vážený pane,"
    assert _first_line("neutral", nemec) == "Dobrý den, Karel Němec,"
    # the shop's own vocative always wins
    assert _first_line("formal", {**nemec, "family_name_vocative": "Němče"}) == (
        "Vážený pane Němče,"
    )
    customer = globalcs.Customer(
        given_name="Karel", family_name="Němec", gender="male", family_name_vocative="Němci"
    )
    assert _first_line("formal", customer) == "Vážený pane Němci,"


@pytest.mark.parametrize(
    ("nominative", "vocative"),
    [
        # Internetová jazyková příručka (ÚJČ AV ČR), 5. pád; Naše řeč, "Pane Brožku!";
        # Český rozhlas, "Pane Novák" (pane Balabáne, Baleji, Jedličko)
        ("Novák", "Nováku"),
        ("Dvořák", "Dvořáku"),
        ("Brožek", "Brožku"),
        ("Balabán", "Balabáne"),
        ("Jedlička", "Jedličko"),
        ("Svoboda", "Svobodo"),
        ("Kovář", "Kováři"),
        ("Bartoš", "Bartoši"),
        ("Veselý", "Veselý"),
        ("Krejčí", "Krejčí"),
        ("Janů", "Janů"),
        ("Vepřek", "Vepřeku"),
        ("Pospíšil", "Pospíšile"),
        ("Král", None),  # Králi (like muž) or Krále: no rule, the name-less greeting
    ],
)
def test_vocative_of_mens_surnames(nominative: str, vocative: str | None) -> None:
    customer = {"given_name": "Jan", "family_name": nominative, "gender": "male"}
    if vocative is None:
        assert _first_line("formal", customer) == "Vážený pane,"
        assert _first_line("neutral", customer) == f"Dobrý den, Jan {nominative},"
        return
    assert _first_line("formal", customer) == f"Vážený pane {vocative},"
    assert _first_line("neutral", customer) == f"Dobrý den, pane {vocative},"


@pytest.mark.parametrize(
    ("nominative", "gender", "vocative"),
    [
        ("Petr", "male", "Petře"),
        ("Jan", "male", "Jane"),
        ("Marek", "male", "Marku"),
        ("Zdeněk", "male", "Zdeňku"),
        ("Tomáš", "male", "Tomáši"),
        ("Vojtěch", "male", "Vojtěchu"),
        ("Václav", "male", "Václave"),
        ("Pavel", "male", "Pavle"),
        ("Michal", "male", "Michale"),
        ("Jiří", "male", "Jiří"),
        ("Honza", "male", "Honzo"),
        ("Jana", "female", "Jano"),
        ("Marie", "female", "Marie"),
        ("Carmen", "female", "Carmen"),
        ("Saša", None, "Sašo"),
    ],
)
def test_vocative_of_given_names(nominative: str, gender: str | None, vocative: str) -> None:
    customer = {"given_name": nominative, "family_name": "Nováková", "gender": gender}
    assert _first_line("informal", customer) == f"Ahoj {vocative},"


def test_unknown_gender_and_generic_greetings() -> None:
    assert _first_line("formal", SASA) == "Dobrý den, Saša Dvořák,"
    assert _first_line("formal", None) == "Vážená zákaznice, vážený zákazníku,"
    assert _first_line("very_formal", None) == "Vážená paní, vážený pane,"
    assert _first_line("neutral", JANA) == "Dobrý den, paní Nováková,"
    assert _first_line("neutral", JAN) == "Dobrý den, pane Nováku,"


def test_informal_greeting_uses_the_given_name_in_the_vocative() -> None:
    assert _first_line("informal", JANA) == "Ahoj Jano,"
    assert _first_line("informal", JANA, "chat") == "Ahoj Jano!"
    assert _first_line("informal", JAN) == "Ahoj Jane,"
    assert _first_line("informal", None) == "Ahoj,"
    # a consonant-final name of unknown gender (Alex: Alexi for a man, Alex for a woman) and a
    # name the rules do not know are left out rather than written in the nominative
    assert _first_line("informal", {"given_name": "Alex"}) == "Ahoj,"
    assert _first_line("informal", {"given_name": "Peter", "gender": "male"}) == "Ahoj,"


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


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("cs") == {
        "informal": ("Ahoj,", "Ahoj,"),
        "neutral": ("Dobrý den, Alex Morgan,", "Dobrý den,"),
        "formal": ("Dobrý den, Alex Morgan,", "Dobrý den,"),
        "very_formal": ("Dobrý den, Alex Morgan,", "Dobrý den,"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "cs"
    market = "CZ"
