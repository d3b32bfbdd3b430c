"""Swiss Standard German (de-CH), an overlay on de: ss for ß, the Swiss letter form (no
comma after the salutation, the letter going on with a capital), 'Freundliche Grüsse',
«guillemets»; du and Sie, Frau/Herr and the rest inherited from de."""

from __future__ import annotations

import datetime as dt
import decimal

import pytest

import globalcs
from globalcs.messages._languages import catalog, language
from tests.languages._local import neutral_greetings

ANNA = {"given_name": "Anna", "family_name": "Müller", "gender": "female"}
JONAS = {"given_name": "Jonas", "family_name": "Weber", "gender": "male"}
ALEX = {"given_name": "Alex", "family_name": "Schmidt"}
ORDER = {"order_id": "A-1", "total": decimal.Decimal("49.90")}
CET = dt.timezone(dt.timedelta(hours=2))


def _text(formality: str, customer: object = None, market: str = "CH") -> str:
    message = globalcs.render(
        "order_confirmation", market, formality=formality, customer=customer, **ORDER
    )
    return message.text


def test_the_swiss_market_writes_swiss_german() -> None:
    message = globalcs.render("order_confirmation", "CH", customer=ANNA, **ORDER)
    assert message.language == "de-CH"
    assert globalcs.render("order_confirmation", "CH", language="de", **ORDER).language == "de-CH"
    # Germany and the other Swiss languages keep their own catalogs.
    assert globalcs.render("order_confirmation", "DE", **ORDER).language == "de"
    assert language("de-CH").catalog == "de+de_CH"


@pytest.mark.parametrize(
    ("formality", "customer", "greeting"),
    [
        ("informal", ANNA, "Hallo Anna"),
        ("informal", None, "Hallo"),
        ("neutral", JONAS, "Guten Tag Herr Weber"),
        ("neutral", ALEX, "Guten Tag Alex Schmidt"),
        ("formal", ANNA, "Sehr geehrte Frau Müller"),
        ("formal", JONAS, "Sehr geehrter Herr Weber"),
        ("formal", ALEX, "Guten Tag Alex Schmidt"),  # no gender guessed, as in de
        ("formal", None, "Sehr geehrte Kundin, sehr geehrter Kunde"),
        ("very_formal", None, "Sehr geehrte Damen und Herren"),
    ],
)
def test_the_salutation_ends_without_a_comma(
    formality: str, customer: object, greeting: str
) -> None:
    assert _text(formality, customer).splitlines()[0] == greeting


def test_the_letter_goes_on_with_a_capital_and_closes_with_freundliche_gruesse() -> None:
    formal = _text("formal", ANNA).split("\n\n")
    assert formal[1].startswith("Vielen Dank für Ihre Bestellung.")
    assert formal[-1] == "Freundliche Grüsse\nIhr Kundenservice"
    informal = _text("informal", ANNA).split("\n\n")
    assert informal[1].startswith("Danke für deine Bestellung!")
    assert informal[-1] == "Viele Grüsse\nDein Kundenservice-Team"
    assert _text("neutral", JONAS).split("\n\n")[-1] == "Freundliche Grüsse\nIhr Kundenservice"
    very = _text("very_formal").split("\n\n")[-1]
    assert very == "Mit freundlichen Grüssen\nIhr Kundenservice"
    # The German base keeps DIN 5008: comma, lower case, 'Mit freundlichen Grüßen'.
    german = _text("formal", ANNA, "DE").split("\n\n")
    assert german[0] == "Sehr geehrte Frau Müller,"
    assert german[1].startswith("vielen Dank")
    assert german[-1] == "Mit freundlichen Grüßen\nIhr Kundenservice"


def test_no_eszett_anywhere_and_swiss_guillemets() -> None:
    texts = catalog(language("de-CH").catalog)
    # The overlay replaces every ß and every „…“ a Swiss customer can be sent.
    assert not [k for k, v in texts.items() if "ß" in v]
    quoted = [k for k, v in texts.items() if "„" in v]
    assert all(k.startswith("payment_steps.multibanco") for k in quoted), quoted
    pay = globalcs.render(
        "payment_instructions",
        "CH",
        customer=JONAS,
        order_id="A-1",
        amount=decimal.Decimal("49.90"),
        pay_by=dt.date(2027, 1, 5),
        payment_method="bank_transfer",
        reference="RF18 5390 0754 7034",
    ).text
    assert "Um Ihre Bestellung A-1 abzuschliessen, zahlen Sie bitte CHF\xa049.90" in pay
    closed = globalcs.render(
        "holiday_closure",
        "CH",
        customer=JONAS,
        holiday_name="Auffahrt",
        reopens_at=dt.datetime(2027, 5, 7, 8, tzinfo=CET),
    ).text
    assert "Unser Kundenservice ist am Feiertag «Auffahrt» geschlossen." in closed


def test_what_it_inherits_from_german() -> None:
    formal = _text("formal", ANNA)
    informal = _text("informal", ANNA)
    # du and Sie, the wording of the bodies and the Swiss money format of the market.
    assert "über insgesamt CHF\xa049.90 erhalten und informieren Sie" in formal
    assert "melden uns, sobald sie verschickt wird." in informal
    chat = globalcs.render("order_confirmation", "CH", channel="chat", customer=ANNA, **ORDER)
    assert chat.text.splitlines()[0] == "Hallo Frau Müller,"  # the base's chat greeting
    assert language("de-CH").registers == ("informal", "formal")
    assert str(language("de-CH").salutation["formal"]["female"]) == "Frau {family}"
    assert globalcs.check_register(formal, "de-CH", "formal") == []
    assert globalcs.check_register(informal, "de-CH", "informal") == []
    assert globalcs.check_register(informal, "de-CH", "formal")


def test_sms_stays_gsm_7() -> None:
    sms = globalcs.render("delivered", "CH", channel="sms", order_id="A-1", brand="Shop")
    assert sms.text == "Shop: Bestellung A-1 zugestellt."
    assert (sms.encoding, sms.segments) == ("GSM-7", 1)


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("de-CH") == {
        "informal": ("Hallo Alex", "Hallo"),
        "neutral": ("Guten Tag Alex Morgan", "Guten Tag"),
        "formal": ("Guten Tag Alex Morgan", "Guten Tag"),
        "very_formal": ("Guten Tag Alex Morgan", "Guten Tag"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "de-CH"
    market = "CH"
