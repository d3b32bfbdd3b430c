"""Swiss French (fr-CH): an overlay on fr with Swiss on-screen spacing (no space before
: ; ! ?); words, greetings and closings are the base's."""

from __future__ import annotations

import datetime as dt

import pytest

import globalcs
from globalcs.messages._languages import language

from ._local import UTC, LocalRender, local_variables, neutral_greetings

CLAIRE = {"given_name": "Claire", "family_name": "Rochat", "gender": "female"}
MARC = {"given_name": "Marc", "family_name": "Rochat", "gender": "male"}
VARIABLES = local_variables(
    carrier="La Poste",
    reopens_at=dt.datetime(2027, 1, 2, 8, tzinfo=UTC),
    holiday_name="Nouvel An",
)
_render = LocalRender("CH", "fr", "Maison Léman", VARIABLES)


def test_french_in_switzerland_renders_in_fr_ch() -> None:
    assert _render("delivered", "formal", CLAIRE).language == "fr-CH"
    assert language("fr-CH").catalog == "fr+fr_CH"
    assert _render("delivered", "formal", CLAIRE, market="FR").language == "fr"
    assert _render("delivered", "formal", CLAIRE, market="LU").language == "fr"


def test_no_space_before_high_punctuation() -> None:
    informal = _render("order_confirmation", "informal", CLAIRE)
    assert "Merci pour ta commande! Nous avons bien reçu" in informal.text
    chat = _render("resolution_follow_up", "formal", CLAIRE, channel="chat")
    assert "Tout a-t-il été résolu à votre satisfaction? Si ce n'est pas le cas" in chat.text
    shipping = _render("shipping_update", "formal", CLAIRE)
    assert "Vous pouvez suivre votre colis ici: https://t.example/A-1" in shipping.text
    stock = _render("out_of_stock", "formal", CLAIRE)
    assert "dès que nous pourrons l'expédier; si vous le souhaitez" in stock.text
    sms = _render("order_confirmation", "formal", CLAIRE, channel="sms")
    assert sms.text == "Maison Léman: Commande A-1 confirmée. Total: 49,90 CHF."


def test_words_greetings_and_closings_are_the_base_s() -> None:
    assert _render.first_line("formal", CLAIRE) == "Bonjour Madame Rochat,"
    assert _render.first_line("very_formal", MARC) == "Monsieur,"
    verify = _render("account_verification", "formal", CLAIRE)
    assert verify.subject == "Merci de confirmer votre adresse e-mail"
    assert "\n\nCordialement,\n" in verify.text
    assert "\n\nBien cordialement,\n" in _render("delivered", "neutral", CLAIRE).text
    assert "Avec nos salutations distinguées," in _render("delivered", "very_formal", MARC).text
    informal = _render("shipping_update", "informal", CLAIRE)
    assert informal.text.startswith("Salut Claire,")
    assert "ta commande A-1 a été remise au transporteur La Poste" in informal.text


@pytest.mark.parametrize("formality", ["informal", "neutral", "formal", "very_formal"])
def test_every_message_passes_the_register_check(formality: str) -> None:
    for intent in VARIABLES:
        for channel in ("email", "chat", "sms"):
            for tone in ("neutral", "apologetic", "empathetic", "friendly"):
                msg = _render(intent, formality, CLAIRE, channel, tone)
                assert globalcs.check_register(msg.text, "fr-CH", formality) == [], msg.text
                for mark in ":;!?":
                    assert "\u00a0" + mark not in msg.text, msg.text


def test_sms_stays_gsm7_in_one_segment() -> None:
    for intent in VARIABLES:
        sms = _render(intent, "formal", CLAIRE, channel="sms")
        assert sms.encoding == "GSM-7", sms.text
        assert sms.segments == 1, sms.text


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("fr-CH") == {
        "informal": ("Salut Alex,", "Bonjour,"),
        "neutral": ("Bonjour Alex,", "Bonjour,"),
        "formal": ("Bonjour Alex Morgan,", "Bonjour,"),
        "very_formal": ("Bonjour Alex Morgan,", "Bonjour,"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "fr-CH"
    market = "CH"
