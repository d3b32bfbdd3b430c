"""English (en): Ms/Mr with the family name (no full stop, as British usage writes them),
the full name when the gender is unknown, closings by register, GSM-7 SMS."""

from __future__ import annotations

import decimal

import pytest

import globalcs
from tests.languages._local import neutral_greetings

EMMA = {"given_name": "Emma", "family_name": "Carter", "gender": "female"}
JAMES = {"given_name": "James", "family_name": "Smith", "gender": "male"}
SAM = {"given_name": "Sam", "family_name": "Lee"}
ORDER = {"order_id": "A-1", "total": decimal.Decimal("49.90")}


def _text(formality: str, customer: object = None) -> str:
    message = globalcs.render(
        "order_confirmation", "GB", formality=formality, customer=customer, **ORDER
    )
    return message.text


@pytest.mark.parametrize(
    ("formality", "customer", "greeting", "closing"),
    [
        ("informal", EMMA, "Hi Emma,", "Cheers,"),
        ("informal", None, "Hi there,", "Cheers,"),
        ("neutral", JAMES, "Hello Mr Smith,", "Best regards,"),
        ("neutral", SAM, "Hello Sam Lee,", "Best regards,"),
        ("formal", EMMA, "Dear Ms Carter,", "Kind regards,"),
        ("formal", None, "Dear customer,", "Kind regards,"),
        ("very_formal", JAMES, "Dear Mr Smith,", "Yours sincerely,"),
        ("very_formal", None, "Dear valued customer,", "Yours sincerely,"),
    ],
)
def test_greetings_and_closings(
    formality: str, customer: object, greeting: str, closing: str
) -> None:
    text = _text(formality, customer)
    assert text.splitlines()[0] == greeting
    assert text.split("\n\n")[-1].splitlines()[0] == closing


def test_body_money_and_sms() -> None:
    formal = _text("formal", EMMA)
    assert "We have received order A-1 for a total of £49.90" in formal
    sms = globalcs.render("delivered", "GB", channel="sms", order_id="A-1", brand="Shop")
    assert sms.text == "Shop: Order A-1 delivered."
    assert (sms.encoding, sms.segments) == ("GSM-7", 1)


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("en") == {
        "informal": ("Hi Alex,", "Hi there,"),
        "neutral": ("Hello Alex Morgan,", "Hello,"),
        "formal": ("Dear Alex Morgan,", "Dear customer,"),
        "very_formal": ("Dear Alex Morgan,", "Dear valued customer,"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "en"
    market = "GB"
