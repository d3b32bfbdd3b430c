"""German (de): du and Sie, Frau/Herr with the family name, the full name when the gender
is unknown, DIN 5008's closing without a comma, GSM-7 SMS."""

from __future__ import annotations

import decimal

import pytest

import globalcs
from tests.languages._local import neutral_greetings

ANNA = {"given_name": "Anna", "family_name": "Müller", "gender": "female"}
JONAS = {"given_name": "Jonas", "family_name": "Weber", "gender": "male"}
ALEX = {"given_name": "Alex", "family_name": "Schmidt"}
ORDER = {"order_id": "A-1", "total": decimal.Decimal("49.90")}


def _text(formality: str, customer: object = None) -> str:
    message = globalcs.render(
        "order_confirmation", "DE", formality=formality, customer=customer, **ORDER
    )
    return message.text


@pytest.mark.parametrize(
    ("formality", "customer", "greeting"),
    [
        ("informal", ANNA, "Hallo Anna,"),
        ("informal", None, "Hallo,"),
        ("neutral", JONAS, "Guten Tag Herr Weber,"),
        ("neutral", ALEX, "Guten Tag Alex Schmidt,"),
        ("formal", ANNA, "Sehr geehrte Frau Müller,"),
        ("formal", JONAS, "Sehr geehrter Herr Weber,"),
        ("formal", ALEX, "Guten Tag Alex Schmidt,"),  # no gender guessed
        ("formal", None, "Sehr geehrte Kundin, sehr geehrter Kunde,"),
        ("very_formal", None, "Sehr geehrte Damen und Herren,"),
    ],
)
def test_greetings(formality: str, customer: object, greeting: str) -> None:
    assert _text(formality, customer).splitlines()[0] == greeting


def test_du_and_sie_and_the_closing_without_a_comma() -> None:
    informal = _text("informal", ANNA)
    formal = _text("formal", ANNA)
    assert "danke für deine Bestellung!" in informal
    assert "vielen Dank für Ihre Bestellung." in formal
    assert informal.split("\n\n")[-1] == "Viele Grüße\nDein Kundenservice-Team"
    assert formal.split("\n\n")[-1] == "Mit freundlichen Grüßen\nIhr Kundenservice"
    assert globalcs.check_register(formal, "de", "formal") == []
    assert globalcs.check_register(informal, "de", "informal") == []
    assert globalcs.check_register(informal, "de", "formal")


def test_money_and_sms() -> None:
    assert "49,90\xa0€" in _text("formal", ANNA)
    sms = globalcs.render("delivered", "DE", channel="sms", order_id="A-1", brand="Shop")
    assert sms.text == "Shop: Bestellung A-1 zugestellt."
    assert (sms.encoding, sms.segments) == ("GSM-7", 1)


# The first words a built-in German paragraph may start with after a greeting: none is a
# noun, so writing it in lower case after "Sehr geehrte Frau Müller," is right (DIN 5008).
FIRST_WORDS = {
    "Wir", "Leider", "Bitte", "Deine", "Unser", "Vielen", "Gute", "Danke", "Die", "Ein",
    "Um", "Hier", "Du", "Es", "Das", "Melde", "Hab", "Schön", "Ihre", "Sie",
}  # fmt: skip


def test_a_letter_goes_on_in_lower_case_after_a_comma_greeting() -> None:
    from globalcs.messages._languages import catalog, language

    formal = _text("formal", ANNA).split("\n\n")
    assert formal[1].startswith("vielen Dank für Ihre Bestellung.")
    informal = _text("informal", ANNA).split("\n\n")
    assert informal[1].startswith("danke für deine Bestellung!")
    # The polite pronoun keeps its capital; a chat line after "Hallo Anna!" starts anew.
    delay = globalcs.render(
        "return_received", "DE", formality="formal", customer=ANNA, order_id="A-1"
    )
    first = delay.text.split("\n\n")[1]
    assert first[0].isupper() == (first.split()[0] in language("de").lower_after_greeting)
    chat = globalcs.render("order_confirmation", "DE", channel="chat", customer=ANNA, **ORDER)
    assert chat.text.splitlines()[1].startswith("Vielen Dank")
    texts = catalog("de")
    for key, text in texts.items():
        part = key.split("|")[0]
        if part.endswith((".body", ".body_unnamed", ".body_policy")) or part.startswith(
            ("tone.", "rapport")
        ):
            word = text.split()[0].rstrip(",")
            assert word.startswith("{") or word in FIRST_WORDS, (key, word)


def test_a_shops_own_german_text_is_used_as_written() -> None:
    texts = globalcs.MerchantTexts.from_mapping(
        {"texts": {"de": {"delivered.body|formal": "Paket {order_id} ist angekommen."}}}
    )
    message = globalcs.render(
        "delivered", "DE", texts=texts, formality="formal", customer=ANNA, order_id="A-1"
    )
    assert message.text.split("\n\n")[1] == "Paket A-1 ist angekommen."


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("de") == {
        "informal": ("Hallo Alex,", "Hallo,"),
        "neutral": ("Guten Tag Alex Morgan,", "Guten Tag,"),
        "formal": ("Guten Tag Alex Morgan,", "Guten Tag,"),
        "very_formal": ("Guten Tag Alex Morgan,", "Guten Tag,"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "de"
    market = "DE"
