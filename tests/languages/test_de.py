"""German (de): du and Sie, Frau/Herr with the family name, the full name when the gender
is unknown, DIN 5008's closing without a comma, GSM-7 SMS."""

from __future__ import annotations

import decimal

import pytest

import globalcs

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
    assert "Danke für deine Bestellung!" in informal
    assert "Vielen Dank für Ihre Bestellung." in formal
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
