# ruff: noqa: N999 - the module is named after the language tag pt-PT
"""European Portuguese (pt-PT): courteous third person, Caro/Cara, Exmo./Exma. Sra. D."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import globalcs

from ._local import UTC, LocalRender, local_variables, neutral_greetings

ANA = {"given_name": "Ana", "family_name": "Silva", "gender": "female"}
JOAO = {"given_name": "João", "family_name": "Silva", "gender": "male"}
ALEX = {"given_name": "Alex", "family_name": "Costa"}
VARIABLES = local_variables(
    carrier="CTT Expresso",
    reopens_at=dt.datetime(2026, 12, 9, 9, tzinfo=UTC),
    holiday_name="Feriado",
)
TU = re.compile(r"\b(?:tu|te|ti|teu|tua|teus|tuas|contigo)\b", re.IGNORECASE)
VOCE = re.compile(r"\bvocê", re.IGNORECASE)
_render = LocalRender("PT", "pt-PT", "Casa Azul", VARIABLES)
_first_line = _render.first_line


def test_formal_greeting_is_cara_or_caro_with_the_full_name() -> None:
    assert _first_line("formal", ANA) == "Cara Ana Silva,"
    assert _first_line("formal", JOAO) == "Caro João Silva,"
    assert _first_line("formal", ALEX) == "Caro(a) Alex Costa,"


def test_very_formal_uses_exma_senhora_dona() -> None:
    assert _first_line("very_formal", ANA) == "Exma. Sra. D. Ana Silva,"
    assert _first_line("very_formal", JOAO) == "Exmo. Sr. João Silva,"
    doutora = {**ANA, "title": "Dra."}
    assert _first_line("very_formal", doutora) == "Exma. Sra. Dra. Ana Silva,"
    assert _first_line("very_formal", None) == "Exmo(a). Senhor(a),"


def test_informal_greeting_and_generic_greeting() -> None:
    assert _first_line("informal", ANA) == "Olá, Ana!"
    assert _first_line("formal", None) == "Caro(a) cliente,"


def test_european_vocabulary_and_grammar() -> None:
    text = _render("delivery_delay", "formal", ANA).text
    assert "a sua encomenda A-1 está a sofrer um atraso" in text
    assert "pedido" not in text
    assert "Com os melhores cumprimentos," in text
    informal = _render("return_instructions", "informal", ANA).text
    assert "Podes devolver a encomenda A-1" in informal
    assert "A equipa Casa Azul" in informal
    assert "Pedido T-7 registado." in _render("ticket_received", "formal", ANA, channel="sms").text


@pytest.mark.parametrize("formality", ["informal", "neutral", "formal", "very_formal"])
def test_every_message_stays_in_one_register_and_avoids_voce(formality: str) -> None:
    for intent in VARIABLES:
        for channel in ("email", "chat", "sms"):
            for tone in ("neutral", "apologetic", "empathetic", "friendly"):
                msg = _render(intent, formality, ANA, channel, tone)
                assert globalcs.check_register(msg.text, "pt-PT", formality) == [], msg.text
                assert not VOCE.search(msg.text), msg.text
                if formality != "informal":
                    assert not TU.search(msg.text), msg.text
    assert TU.search(_render("payment_failed", "informal", ANA).text)


def test_sms_shorts_are_gsm7() -> None:
    for intent in VARIABLES:
        sms = _render(intent, "formal", ANA, channel="sms")
        assert sms.encoding == "GSM-7", sms.text
        assert sms.segments == 1, sms.text


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("pt-PT") == {
        "informal": ("Olá, Alex!", "Olá!"),
        "neutral": ("Olá, Alex,", "Olá,"),
        "formal": ("Olá, Alex Morgan,", "Olá,"),
        "very_formal": ("Bom dia, Alex Morgan,", "Bom dia,"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "pt-PT"
    market = "PT"
