# ruff: noqa: N999 - the module is named after the language tag pt-BR
"""Brazilian Portuguese (pt-BR): informal você, formal pronoun-free courtesy."""

from __future__ import annotations

import datetime as dt
import decimal
import re

import pytest

import globalcs

from ._local import UTC, LocalRender, local_variables, neutral_greetings

ANA = {"given_name": "Ana", "family_name": "Silva", "gender": "female"}
JOAO = {"given_name": "João", "family_name": "Souza", "gender": "male"}
ALEX = {"given_name": "Alex", "family_name": "Costa"}
VARIABLES = local_variables(
    carrier="Correios",
    reopens_at=dt.datetime(2027, 1, 2, 12, tzinfo=UTC),
    holiday_name="Natal",
    total=decimal.Decimal("149.90"),
    response_due=dt.datetime(2027, 1, 4, 12, tzinfo=UTC),
)
VOCE = re.compile(r"\b(?:você|vocês|tu|teu|tua)\b", re.IGNORECASE)
_render = LocalRender("BR", "pt-BR", "Loja Aurora", VARIABLES)
_first_line = _render.first_line


def test_formal_greeting_is_prezada_or_prezado_with_the_full_name() -> None:
    assert _first_line("formal", ANA) == "Prezada Sra. Ana Silva,"
    assert _first_line("formal", JOAO) == "Prezado Sr. João Souza,"
    assert _first_line("very_formal", ANA) == "Prezada Senhora Ana Silva,"


def test_unknown_gender_and_no_customer_use_prezado_a() -> None:
    assert _first_line("formal", ALEX) == "Prezado(a) Alex Costa,"
    assert _first_line("formal", None) == "Prezado(a) cliente,"


def test_informal_and_neutral_greetings_use_the_first_name() -> None:
    assert _first_line("informal", ANA) == "Oi, Ana!"
    assert _first_line("neutral", ANA) == "Olá, Ana!"
    assert _first_line("neutral", None) == "Olá!"


def test_brazilian_vocabulary() -> None:
    text = _render("ticket_received", "neutral", ANA).text
    assert "protocolo T-7" in text
    shipping = _render("shipping_update", "informal", ANA).text
    assert "seu pedido A-1" in shipping
    assert "rastrear" in shipping
    assert "encomenda" not in shipping
    assert "Equipe Loja Aurora" in shipping


def test_informal_uses_voce_and_formal_never_does() -> None:
    assert "Você pode devolver" in _render("return_instructions", "informal", ANA).text
    formal = _render("return_instructions", "formal", ANA).text
    assert "Solicitamos que embale" in formal
    assert not VOCE.search(formal)


@pytest.mark.parametrize("formality", ["informal", "neutral", "formal", "very_formal"])
def test_every_message_stays_in_one_register(formality: str) -> None:
    for intent in VARIABLES:
        for channel in ("email", "chat", "sms"):
            for tone in ("neutral", "apologetic", "empathetic", "friendly"):
                msg = _render(intent, formality, ANA, channel, tone)
                assert globalcs.check_register(msg.text, "pt-BR", formality) == [], msg.text
                if formality != "informal":
                    assert not VOCE.search(msg.text), msg.text


def test_sms_shorts_are_gsm7() -> None:
    for intent in VARIABLES:
        sms = _render(intent, "neutral", ANA, channel="sms")
        assert sms.encoding == "GSM-7", sms.text
        assert sms.segments == 1, sms.text


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("pt-BR") == {
        "informal": ("Oi, Alex!", "Oi!"),
        "neutral": ("Olá, Alex!", "Olá!"),
        "formal": ("Olá, Alex Morgan,", "Olá,"),
        "very_formal": ("Olá, Alex Morgan,", "Olá,"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "pt-BR"
    market = "BR"
