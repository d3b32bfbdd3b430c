"""Italian (it): tu / Lei with capitalised courtesy forms, 'Gentile' for women and men."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import globalcs

from ._local import UTC, LocalRender, local_variables, neutral_greetings

GIULIA = {"given_name": "Giulia", "family_name": "Rossi", "gender": "female"}
MARCO = {"given_name": "Marco", "family_name": "Rossi", "gender": "male"}
ANDREA = {"given_name": "Andrea", "family_name": "Bianchi"}
VARIABLES = local_variables(
    carrier="BRT",
    reopens_at=dt.datetime(2027, 1, 7, 8, tzinfo=UTC),
    holiday_name="Epifania",
)
_render = LocalRender("IT", "it", "Bottega Blu", VARIABLES)
_first_line = _render.first_line


def test_formal_greeting_uses_gentile_with_sig_and_sigra() -> None:
    assert _first_line("formal", GIULIA) == "Gentile Sig.ra Rossi,"
    assert _first_line("formal", MARCO) == "Gentile Sig. Rossi,"
    assert _first_line("very_formal", GIULIA) == "Gentilissima Signora Rossi,"
    assert _first_line("very_formal", MARCO) == "Gentilissimo Signor Rossi,"


def test_unknown_gender_and_titles() -> None:
    assert _first_line("formal", ANDREA) == "Gentile Andrea Bianchi,"
    dottoressa = {**GIULIA, "title": "Dott.ssa"}
    assert _first_line("formal", dottoressa) == "Gentile Dott.ssa Rossi,"
    assert _first_line("formal", None) == "Gentile cliente,"


def test_informal_and_neutral_greetings() -> None:
    assert _first_line("informal", GIULIA) == "Ciao Giulia,"
    assert _first_line("neutral", GIULIA) == "Gentile Giulia,"
    chat = _render("delivered", "neutral", GIULIA, channel="chat")
    assert chat.text.startswith("Buongiorno Giulia,")
    assert "Il Suo ordine A-1" in chat.text


def test_formal_body_capitalises_the_courtesy_forms() -> None:
    text = _render("order_confirmation", "formal", GIULIA).text
    assert "La ringraziamo per il Suo ordine." in text
    assert "La informeremo" in text
    assert "Cordiali saluti," in text
    informal = _render("order_confirmation", "informal", GIULIA).text
    assert "Grazie per il tuo ordine!" in informal


@pytest.mark.parametrize("formality", ["informal", "neutral", "formal", "very_formal"])
def test_every_message_stays_in_one_register(formality: str) -> None:
    tu = re.compile(r"\b(?:tu|ti|te|tuo|tua|tuoi|tue)\b", re.IGNORECASE)
    lei = re.compile(r"\b(?:Lei|Suo|Sua|Suoi|Sue)\b")
    for intent in VARIABLES:
        for channel in ("email", "chat", "sms"):
            for tone in ("neutral", "apologetic", "empathetic", "friendly"):
                msg = _render(intent, formality, GIULIA, channel, tone)
                assert globalcs.check_register(msg.text, "it", formality) == [], msg.text
                wrong = lei if formality == "informal" else tu
                assert not wrong.search(msg.text), msg.text


def test_sms_shorts_are_gsm7() -> None:
    for intent in VARIABLES:
        sms = _render(intent, "formal", GIULIA, channel="sms")
        assert sms.encoding == "GSM-7", sms.text
        assert sms.segments == 1, sms.text


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("it") == {
        "informal": ("Ciao Alex,", "Ciao,"),
        "neutral": ("Gentile Alex,", "Buongiorno,"),
        "formal": ("Gentile Alex Morgan,", "Gentile cliente,"),
        "very_formal": ("Gentile Alex Morgan,", "Gentile Cliente,"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "it"
    market = "IT"
