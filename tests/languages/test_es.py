"""Spanish (es): tú / usted, colon after the greeting, Sr./Sra. and 'Estimado/a' when unsure."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import globalcs

from ._local import UTC, LocalRender, local_variables, neutral_greetings

LUCIA = {"given_name": "Lucía", "family_name": "García Pérez", "gender": "female"}
JAVIER = {"given_name": "Javier", "family_name": "García Pérez", "gender": "male"}
ANDREA = {"given_name": "Andrea", "family_name": "Martín"}
VARIABLES = local_variables(
    carrier="Correos Express",
    reopens_at=dt.datetime(2027, 1, 7, 8, tzinfo=UTC),
    holiday_name="Reyes",
)
_render = LocalRender("ES", "es", "Tienda Sol", VARIABLES)
_first_line = _render.first_line


def test_formal_greeting_is_gendered_and_ends_with_a_colon() -> None:
    assert _first_line("formal", LUCIA) == "Estimada Sra. García Pérez:"
    assert _first_line("formal", JAVIER) == "Estimado Sr. García Pérez:"
    assert _first_line("very_formal", LUCIA) == "Distinguida Sra. García Pérez:"


def test_unknown_gender_uses_the_doublet_and_the_full_name() -> None:
    assert _first_line("formal", ANDREA) == "Estimado/a Andrea Martín:"
    assert _first_line("formal", None) == "Estimado/a cliente:"


def test_informal_and_neutral_greet_with_hola_comma_name_colon() -> None:
    assert _first_line("informal", LUCIA) == "Hola, Lucía:"
    assert _first_line("neutral", LUCIA) == "Hola, Lucía:"
    assert _first_line("informal", None) == "Hola:"
    chat = _render("delivered", "informal", LUCIA, channel="whatsapp")
    assert chat.text.startswith("¡Hola, Lucía!")


def test_formal_body_uses_usted_and_informal_body_uses_tu() -> None:
    formal = _render("delivery_delay", "neutral", LUCIA, tone="empathetic").text
    assert "su pedido A-1" in formal
    assert "no dude en escribirnos" in formal
    informal = _render("delivery_delay", "informal", LUCIA, tone="empathetic").text
    assert "tu pedido A-1" in informal
    assert "Si necesitas algo más" in informal


@pytest.mark.parametrize("formality", ["informal", "neutral", "formal", "very_formal"])
@pytest.mark.parametrize("market", ["ES", "MX"])
def test_every_message_stays_in_one_register(formality: str, market: str) -> None:
    tuteo = re.compile(r"\b(?:tú|te|ti|tu|tus|contigo)\b", re.IGNORECASE)
    vosotros = re.compile(r"\b(?:vosotros|vuestro|vuestra|os)\b", re.IGNORECASE)
    for intent in VARIABLES:
        for channel in ("email", "chat", "sms"):
            for tone in ("neutral", "apologetic", "empathetic", "friendly"):
                msg = _render(intent, formality, LUCIA, channel, tone, market)
                assert globalcs.check_register(msg.text, "es", formality) == [], msg.text
                assert not vosotros.search(msg.text), msg.text
                if formality != "informal":
                    assert not tuteo.search(msg.text), msg.text


def test_sms_shorts_are_gsm7() -> None:
    for intent in VARIABLES:
        sms = _render(intent, "formal", LUCIA, channel="sms")
        assert sms.encoding == "GSM-7", sms.text
        assert sms.segments == 1, sms.text


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("es") == {
        "informal": ("Hola, Alex:", "Hola:"),
        "neutral": ("Hola, Alex:", "Hola:"),
        "formal": ("Hola, Alex Morgan:", "Hola:"),
        "very_formal": ("Buenos días, Alex Morgan:", "Buenos días:"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "es"
    market = "ES"
