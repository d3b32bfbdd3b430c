"""English (United States, en-US): an overlay on the British "en". Ms./Mr. with a period,
"Sincerely," as the very formal closing, US spelling (apologize, canceled, email),
"package" for "parcel", a closed em dash and "privacy" for "data protection"; the rest
(greetings, other closings, registers, SMS) is inherited from the base."""

from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Mapping
from typing import Any

import pytest

import globalcs
from globalcs.messages._languages import catalog, language
from tests.languages._local import neutral_greetings

EMMA = {"given_name": "Emma", "family_name": "Carter", "gender": "female"}
JAMES = {"given_name": "James", "family_name": "Smith", "gender": "male"}
SAM = {"given_name": "Sam", "family_name": "Lee"}
ORDER: dict[str, Any] = {"order_id": "A-1", "total": decimal.Decimal("49.90")}
DUE = dt.date(2026, 12, 1)


def _text(formality: str, customer: Mapping[str, Any] | None = None, market: str = "US") -> str:
    message = globalcs.render(
        "order_confirmation", market, formality=formality, customer=customer, **ORDER
    )
    return message.text


def test_the_us_market_and_its_states_pick_the_variant() -> None:
    for market in ("US", "US-CA", "US-TX"):
        assert globalcs.render("delivered", market, order_id="A-1").language == "en-US"
    assert globalcs.render("delivered", "GB", order_id="A-1").language == "en"
    profile = language("en-US")
    assert profile.catalog == "en+en_US"
    assert profile.name == "English (United States)"


@pytest.mark.parametrize(
    ("formality", "customer", "greeting", "closing"),
    [
        ("informal", EMMA, "Hi Emma,", "Cheers,"),
        ("informal", None, "Hi there,", "Cheers,"),
        ("neutral", JAMES, "Hello Mr. Smith,", "Best regards,"),
        ("neutral", SAM, "Hello Sam Lee,", "Best regards,"),
        ("formal", EMMA, "Dear Ms. Carter,", "Kind regards,"),
        ("formal", None, "Dear customer,", "Kind regards,"),
        ("very_formal", JAMES, "Dear Mr. Smith,", "Sincerely,"),
        ("very_formal", None, "Dear valued customer,", "Sincerely,"),
    ],
)
def test_greetings_and_closings(
    formality: str, customer: Mapping[str, Any] | None, greeting: str, closing: str
) -> None:
    text = _text(formality, customer)
    assert text.splitlines()[0] == greeting
    assert text.split("\n\n")[-1].splitlines()[0] == closing
    assert globalcs.check_register(text, "en-US", formality) == []


def test_british_market_keeps_the_base() -> None:
    text = _text("very_formal", JAMES, market="GB")
    assert text.startswith("Dear Mr Smith,\n")
    assert "Yours sincerely," in text


def test_us_spelling() -> None:
    delay = globalcs.render(
        "delivery_delay",
        "US",
        tone="apologetic",
        formality="formal",
        order_id="A-1",
        new_delivery_date=DUE,
    )
    assert "We apologize for the inconvenience." in delay.text
    assert "apologise" not in delay.text
    cancelled = globalcs.render(
        "order_cancelled", "US", formality="very_formal", customer=EMMA, order_id="A-1"
    )
    assert cancelled.subject == "Order A-1 has been canceled"
    assert "We have canceled order A-1. Any payment you have already made" in cancelled.text
    informal = globalcs.render("order_cancelled", "US", formality="informal", order_id="A-1")
    assert "We've canceled order A-1. If you've already paid" in informal.text
    verify = globalcs.render(
        "account_verification", "US", formality="formal", verify_url="https://x.test/v"
    )
    assert verify.subject == "Please confirm your email address"
    assert "Please confirm your email address to activate your account" in verify.text


def test_us_words_and_punctuation() -> None:
    shipped = globalcs.render(
        "shipping_update",
        "US",
        formality="formal",
        order_id="A-1",
        carrier="UPS",
        expected_delivery=dt.date(2026, 12, 3),
        tracking_url="https://t.test",
    )
    assert "You can track your package here: https://t.test" in shipped.text
    assert "should arrive by December 3, 2026." in shipped.text
    survey = globalcs.render(
        "satisfaction_survey", "US", formality="informal", survey_url="https://s.test"
    )
    assert "We'd love your feedback\u2014it only takes two minutes: https://s.test" in survey.text
    privacy = globalcs.render(
        "privacy_request_received",
        "US-CA",
        formality="formal",
        customer=EMMA,
        request_id="R-1",
        due_date=DUE,
    )
    assert privacy.subject == "Your privacy request R-1"
    assert "We will respond by December 1, 2026, within the period set by privacy law." in (
        privacy.text
    )
    texts = catalog(language("en-US").catalog)
    assert "Is everything all set?" in texts["resolution_follow_up.body|informal"]
    assert texts["return_label.body|formal"].endswith(
        "Please print it and attach it to the package."
    )


def test_inherited_texts_and_money() -> None:
    formal = _text("formal", EMMA)
    assert "We have received order A-1 for a total of $49.90" in formal
    texts = catalog(language("en-US").catalog)
    assert texts["greeting.chat|informal"] == "Hi {salutation}!"
    assert texts["payment_method.card"] == "credit or debit card"
    sms = globalcs.render("delivered", "US", channel="sms", order_id="A-1", brand="Shop")
    assert sms.text == "Shop: Order A-1 delivered."
    assert (sms.encoding, sms.segments) == ("GSM-7", 1)


def test_register_checker_knows_the_us_closing() -> None:
    informal = "Hi Emma,\n\nYour order is on its way.\n\nSincerely,\nThe Shop team"
    findings = globalcs.check_register(informal, "en-US", "informal")
    assert [(f.kind, f.text) for f in findings] == [("wrong_register", "Sincerely")]
    formal = "Dear Ms. Carter,\n\nYour order is on its way.\n\nCheers,\nCustomer Service"
    assert [f.text for f in globalcs.check_register(formal, "en-US", "formal")] == ["Cheers"]


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("en-US") == {
        "informal": ("Hi Alex,", "Hi there,"),
        "neutral": ("Hello Alex Morgan,", "Hello,"),
        "formal": ("Dear Alex Morgan,", "Dear customer,"),
        "very_formal": ("Dear Alex Morgan,", "Dear valued customer,"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "en-US"
    market = "US"
