"""Polish (pl): Pan/Pani register without guessing the gender in the body, name-less formal
greetings (no vocative can be formed from a stored name), closings without a comma."""

from __future__ import annotations

import decimal
from typing import Any

import pytest

import globalcs
from tests.languages._local import neutral_greetings

ANNA = {"given_name": "Anna", "family_name": "Kowalska", "gender": "female"}
JAN = {"given_name": "Jan", "family_name": "Nowak", "gender": "male"}
ALEX = {"given_name": "Aleksandra", "family_name": "Zając"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("249.90")}


def _render(formality: str, customer: object = None, **options: Any) -> globalcs.Message:
    return globalcs.render(
        "order_confirmation",
        "PL",
        language="pl",
        formality=formality,
        customer=customer,
        **ORDER,
        **options,
    )


def _first_line(formality: str, customer: object, channel: str = "email") -> str:
    return _render(formality, customer, channel=channel).text.splitlines()[0]


def test_formal_greeting_is_szanowna_pani_without_the_surname() -> None:
    assert _first_line("formal", ANNA) == "Szanowna Pani,"
    assert _first_line("formal", JAN) == "Szanowny Panie,"
    assert _first_line("very_formal", ANNA) == "Szanowna Pani,"
    assert _first_line("formal", JAN, "chat") == "Szanowny Panie,"
    # never the nominative after Pani/Pan ("Szanowna Pani Anna", "Szanowny Panie Nowak")
    for customer in (ANNA, JAN):
        line = _first_line("formal", customer)
        assert customer["given_name"] not in line
        assert customer["family_name"] not in line


def test_unknown_gender_gets_szanowni_panstwo_not_a_guess() -> None:
    assert _first_line("formal", ALEX) == "Szanowni Państwo,"
    assert _first_line("formal", None) == "Szanowni Państwo,"
    assert _first_line("neutral", ALEX) == "Dzień dobry, Aleksandra Zając,"
    assert _first_line("neutral", None) == "Dzień dobry,"


def test_informal_greeting_uses_the_given_name_in_the_vocative() -> None:
    assert _first_line("informal", ANNA) == "Cześć, Anno!"
    assert _first_line("informal", JAN, "whatsapp") == "Cześć, Janie!"
    assert _first_line("informal", None) == "Cześć!"
    # Kacper -> Kacprze has a mobile e the rules leave alone: the nominative, which the
    # sources accept in casual address, rather than a guess
    assert _first_line("informal", {"given_name": "Kacper", "gender": "male"}) == "Cześć, Kacper!"
    kacper = {"given_name": "Kacper", "gender": "male", "given_name_vocative": "Kacprze"}
    assert _first_line("informal", kacper) == "Cześć, Kacprze!"


@pytest.mark.parametrize(
    ("nominative", "gender", "vocative"),
    [
        # Narodowe Centrum Kultury, "Wołacz"; Poradnia PWN, "Imiona w wołaczu"
        ("Zofia", "female", "Zofio"),
        ("Ewa", "female", "Ewo"),
        ("Kasia", "female", "Kasiu"),
        ("Kuba", "male", "Kubo"),
        ("Andrzej", "male", "Andrzeju"),
        ("Jerzy", "male", "Jerzy"),
        ("Piotr", "male", "Piotrze"),
        ("Robert", "male", "Robercie"),
        ("Marek", "male", "Marku"),
        ("Tomasz", "male", "Tomaszu"),
        ("Dawid", "male", "Dawidzie"),
        ("Michał", "male", "Michale"),
        ("Jakub", "male", "Jakubie"),
        ("Alex", None, "Alex"),  # consonant-final, gender unknown: no rule, the nominative
    ],
)
def test_vocative_of_given_names(nominative: str, gender: str | None, vocative: str) -> None:
    customer = {"given_name": nominative, "family_name": "Nowak", "gender": gender}
    assert _first_line("informal", customer) == f"Cześć, {vocative}!"
    # the surname and the Pan/Pani greeting never take the name's vocative
    assert "Nowaku" not in _render("neutral", customer).text


def test_formal_body_is_impersonal_and_the_same_for_women_and_men() -> None:
    bodies = {
        _render("formal", person, tone="empathetic").text.split("\n", 1)[1]
        for person in (ANNA, JAN, ALEX)
    }
    assert len(bodies) == 1
    body = bodies.pop()
    assert "zostało przyjęte" in body
    assert globalcs.check_register(body, "pl", "formal") == []
    informal = _render("informal", ANNA).text
    assert "Damy Ci znać" in informal
    findings = globalcs.check_register(informal, "pl", "formal")
    assert {f.kind for f in findings} == {"wrong_register"}


def test_markers_catch_ty_forms_and_pan_forms() -> None:
    mixed = globalcs.check_register("Czy mógłby Pan sprawdzić Twoje zamówienie?", "pl", "formal")
    assert [(f.kind, f.text) for f in mixed] == [("mixed_register", "Twoje")]
    wrong = globalcs.check_register("Prosimy Pana o kontakt.", "pl", "informal")
    assert [f.text for f in wrong] == ["Pana"]
    # the demonstrative "Ci" at the start of a sentence is not a ty-form
    assert globalcs.check_register("Ci kurierzy przyjadą jutro.", "pl", "formal") == []


def test_closing_formulas_take_no_comma() -> None:
    assert _render("formal", ANNA).text.split("\n\n")[-1].splitlines()[0] == "Z poważaniem"
    very = _render("very_formal", ANNA, brand="Sklep Nowy").text.split("\n\n")[-1]
    assert very.splitlines() == ["Z wyrazami szacunku", "Biuro Obsługi Klienta Sklep Nowy"]
    assert _render("neutral").text.split("\n\n")[-1].splitlines()[0] == "Pozdrawiamy"


def test_sms_keeps_polish_letters_and_fits_one_segment() -> None:
    sms = globalcs.render(
        "delivered", "PL", language="pl", channel="sms", brand="Sklep", order_id="A-1001"
    )
    assert sms.text == "Sklep: Zamówienie A-1001 dostarczone."
    assert sms.encoding == "UCS-2"
    assert sms.segments == 1


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("pl") == {
        "informal": ("Cześć, Alex!", "Cześć!"),
        "neutral": ("Dzień dobry, Alex Morgan,", "Dzień dobry,"),
        "formal": ("Szanowni Państwo,", "Szanowni Państwo,"),
        "very_formal": ("Szanowni Państwo,", "Szanowni Państwo,"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "pl"
    market = "PL"
