"""French (fr): vouvoiement, Madame / Monsieur written in full, letter-style greetings."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import globalcs

from ._local import UTC, LocalRender, local_variables, neutral_greetings

CLAIRE = {"given_name": "Claire", "family_name": "Dubois", "gender": "female"}
MARC = {"given_name": "Marc", "family_name": "Dubois", "gender": "male"}
CAMILLE = {"given_name": "Camille", "family_name": "Dubois"}
VARIABLES = local_variables(
    carrier="Colissimo",
    reopens_at=dt.datetime(2027, 1, 2, 8, tzinfo=UTC),
    holiday_name="Jour de l'An",
)
_render = LocalRender("FR", "fr", "Maison Lumière", VARIABLES)
_first_line = _render.first_line


def test_formal_greeting_writes_madame_and_monsieur_in_full() -> None:
    assert _first_line("formal", CLAIRE) == "Bonjour Madame Dubois,"
    assert _first_line("formal", MARC) == "Bonjour Monsieur Dubois,"
    assert "Mme" not in _render("delivered", "formal", CLAIRE).text


def test_unknown_gender_gets_the_full_name_not_a_guessed_title() -> None:
    assert _first_line("formal", CAMILLE) == "Bonjour Camille Dubois,"
    assert _first_line("very_formal", CAMILLE) == "Bonjour Camille Dubois,"


def test_very_formal_uses_the_letter_forms() -> None:
    assert _first_line("very_formal", CLAIRE) == "Madame,"
    assert _first_line("very_formal", MARC) == "Monsieur,"
    assert _first_line("very_formal", None) == "Madame, Monsieur,"
    assert "Avec nos salutations distinguées," in _render("delivered", "very_formal", MARC).text


def test_informal_greets_by_first_name_and_neutral_keeps_vous() -> None:
    informal = _render("shipping_update", "informal", CLAIRE)
    assert informal.text.startswith("Salut Claire,")
    assert "ta commande" in informal.text
    assert informal.subject == "Ta commande A-1 est en route"
    neutral = _render("shipping_update", "neutral", CLAIRE, channel="chat")
    assert neutral.text.startswith("Bonjour Claire,")
    assert "Votre commande A-1" in neutral.text


def test_generic_greetings_without_a_customer() -> None:
    assert _first_line("formal", None) == "Chère cliente, cher client,"
    assert _first_line("neutral", None) == "Bonjour,"


@pytest.mark.parametrize("formality", ["informal", "neutral", "formal", "very_formal"])
def test_every_message_stays_in_one_register(formality: str) -> None:
    tutoiement = re.compile(r"\b(?:tu|te|ton|ta|tes|toi)\b|\bt'", re.IGNORECASE)
    vouvoiement = re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE)
    for intent in VARIABLES:
        for channel in ("email", "chat", "sms"):
            for tone in ("neutral", "apologetic", "empathetic", "friendly"):
                msg = _render(intent, formality, CLAIRE, channel, tone)
                assert globalcs.check_register(msg.text, "fr", formality) == [], msg.text
                wrong = vouvoiement if formality == "informal" else tutoiement
                assert not wrong.search(msg.text), msg.text
    body = _render("payment_failed", formality, CLAIRE).text
    right = tutoiement if formality == "informal" else vouvoiement
    assert right.search(body), body


def test_french_typography_and_gsm7_sms() -> None:
    chat = _render("resolution_follow_up", "formal", CLAIRE, channel="chat")
    assert "satisfaction\u00a0?" in chat.text
    for intent in VARIABLES:
        sms = _render(intent, "formal", CLAIRE, channel="sms")
        assert sms.encoding == "GSM-7", sms.text
        assert sms.segments == 1, sms.text
        assert sms.text.startswith("Maison Lumière: ")


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("fr") == {
        "informal": ("Salut Alex,", "Bonjour,"),
        "neutral": ("Bonjour Alex,", "Bonjour,"),
        "formal": ("Bonjour Alex Morgan,", "Bonjour,"),
        "very_formal": ("Bonjour Alex Morgan,", "Bonjour,"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "fr"
    market = "FR"
