"""Quebec French (fr-CA): an overlay on fr with OQLF spacing (no space before ! ? ;),
courriel, infolettre and salutations as closings."""

from __future__ import annotations

import datetime as dt

import pytest

import globalcs
from globalcs.messages._languages import language

from ._local import UTC, LocalRender, local_variables, neutral_greetings

CLAIRE = {"given_name": "Claire", "family_name": "Tremblay", "gender": "female"}
MARC = {"given_name": "Marc", "family_name": "Tremblay", "gender": "male"}
VARIABLES = local_variables(
    carrier="Postes Canada",
    reopens_at=dt.datetime(2027, 1, 2, 8, tzinfo=UTC),
    holiday_name="Jour de l'An",
)
_render = LocalRender("CA-QC", "fr", "Boutique Laurier", VARIABLES)


@pytest.mark.parametrize("market", ["CA-QC", "CA", "CA-BC"])
def test_french_in_canada_renders_in_fr_ca(market: str) -> None:
    message = _render("delivered", "formal", CLAIRE, market=market)
    assert message.language == "fr-CA"
    assert language("fr-CA").catalog == "fr+fr_CA"


def test_quebec_defaults_to_fr_ca() -> None:
    message = globalcs.render("delivered", "CA-QC", formality="formal", order_id="A-1")
    assert message.language == "fr-CA"
    assert message.text.startswith("Chère cliente, cher client,")
    assert message.text.endswith("Sincères salutations,\nLe service client")


def test_french_elsewhere_stays_on_the_base() -> None:
    assert _render("delivered", "formal", CLAIRE, market="FR").language == "fr"
    assert _render("delivered", "formal", CLAIRE, market="BE").language == "fr"


def test_no_space_before_exclamation_question_mark_and_semicolon() -> None:
    informal = _render("order_confirmation", "informal", CLAIRE)
    assert "Merci pour ta commande! Nous avons bien reçu" in informal.text
    chat = _render("resolution_follow_up", "formal", CLAIRE, channel="chat")
    assert "Tout a-t-il été résolu à votre satisfaction? Si ce n'est pas le cas" in chat.text
    review = _render("review_request", "informal", CLAIRE)
    assert review.subject == "Que penses-tu de ta commande A-1?"
    stock = _render("out_of_stock", "formal", CLAIRE)
    assert "dès que nous pourrons l'expédier; si vous le souhaitez" in stock.text
    assert _render("order_confirmation", "informal", CLAIRE, channel="chat").text.startswith(
        "Salut Claire!"
    )


def test_the_colon_keeps_its_no_break_space() -> None:
    shipping = _render("shipping_update", "formal", CLAIRE)
    assert "Vous pouvez suivre votre colis ici\u00a0: https://t.example/A-1" in shipping.text


def test_courriel_and_infolettre() -> None:
    verify = _render("account_verification", "formal", CLAIRE)
    assert verify.subject == "Merci de confirmer votre adresse de courriel"
    assert "e-mail" not in verify.text
    informal = _render("account_verification", "informal", CLAIRE)
    assert informal.subject == "Confirme ton adresse de courriel"
    newsletter = _render("newsletter_confirmation", "formal", CLAIRE)
    assert newsletter.subject == "Merci de confirmer votre inscription à l'infolettre"
    assert "recevoir notre infolettre\u00a0: https://s.example/o/1" in newsletter.text
    assert "newsletter" not in newsletter.text


def test_closings_are_salutations() -> None:
    assert "\n\nMeilleures salutations,\n" in _render("delivered", "neutral", CLAIRE).text
    assert "\n\nSincères salutations,\n" in _render("delivered", "formal", CLAIRE).text
    very_formal = _render("delivered", "very_formal", MARC).text
    assert "Avec nos salutations distinguées," in very_formal
    assert "Cordialement" not in _render("delivered", "formal", CLAIRE).text


def test_greetings_and_registers_are_the_base_s() -> None:
    assert _render.first_line("formal", CLAIRE) == "Bonjour Madame Tremblay,"
    assert _render.first_line("very_formal", MARC) == "Monsieur,"
    assert _render.first_line("very_formal", None) == "Madame, Monsieur,"
    informal = _render("shipping_update", "informal", CLAIRE)
    assert informal.text.startswith("Salut Claire,")
    assert informal.subject == "Ta commande A-1 est en route"
    assert "ta commande A-1 a été remise au transporteur Postes Canada" in informal.text


@pytest.mark.parametrize("formality", ["informal", "neutral", "formal", "very_formal"])
def test_every_message_passes_the_register_check(formality: str) -> None:
    for intent in VARIABLES:
        for channel in ("email", "chat", "sms"):
            for tone in ("neutral", "apologetic", "empathetic", "friendly"):
                msg = _render(intent, formality, CLAIRE, channel, tone)
                assert globalcs.check_register(msg.text, "fr-CA", formality) == [], msg.text
                for mark in "!?;":
                    assert "\u00a0" + mark not in msg.text, msg.text


def test_sms_stays_gsm7_in_one_segment() -> None:
    for intent in VARIABLES:
        sms = _render(intent, "formal", CLAIRE, channel="sms")
        assert sms.encoding == "GSM-7", sms.text
        assert sms.segments == 1, sms.text


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("fr-CA") == {
        "informal": ("Salut Alex,", "Bonjour,"),
        "neutral": ("Bonjour Alex,", "Bonjour,"),
        "formal": ("Bonjour Alex Morgan,", "Bonjour,"),
        "very_formal": ("Bonjour Alex Morgan,", "Bonjour,"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "fr-CA"
    market = "CA"
