"""Italian (it): tu / Lei with capitalised courtesy forms, 'Gentile' for women and men."""

from __future__ import annotations

import datetime as dt
import decimal
import re
import zoneinfo

import pytest

import globalcs

UTC = zoneinfo.ZoneInfo("UTC")
GIULIA = {"given_name": "Giulia", "family_name": "Rossi", "gender": "female"}
MARCO = {"given_name": "Marco", "family_name": "Rossi", "gender": "male"}
ANDREA = {"given_name": "Andrea", "family_name": "Bianchi"}
VARIABLES: dict[str, dict[str, object]] = {
    "order_confirmation": {"order_id": "A-1", "total": decimal.Decimal("49.90")},
    "shipping_update": {
        "order_id": "A-1",
        "carrier": "BRT",
        "expected_delivery": dt.date(2026, 12, 1),
        "tracking_url": "https://t.example/A-1",
    },
    "delivery_delay": {"order_id": "A-1", "new_delivery_date": dt.date(2026, 12, 24)},
    "delivered": {"order_id": "A-1"},
    "refund_processed": {"order_id": "A-1", "amount": decimal.Decimal("49.90")},
    "return_instructions": {"order_id": "A-1", "return_deadline": dt.date(2026, 12, 15)},
    "payment_failed": {
        "order_id": "A-1",
        "amount": decimal.Decimal("9.90"),
        "payment_method": "card",
    },
    "ticket_received": {"ticket_id": "T-7", "response_due": dt.datetime(2027, 1, 4, 9, tzinfo=UTC)},
    "resolution_follow_up": {"ticket_id": "T-7"},
    "satisfaction_survey": {"survey_url": "https://s.example/x"},
    "holiday_closure": {
        "reopens_at": dt.datetime(2027, 1, 7, 8, tzinfo=UTC),
        "holiday_name": "Epifania",
    },
    "privacy_request_received": {"request_id": "P-9", "due_date": dt.date(2027, 1, 20)},
}


def _render(
    intent: str,
    formality: str,
    customer: dict[str, str] | None = None,
    channel: str = "email",
    tone: str = "neutral",
) -> globalcs.Message:
    return globalcs.render(
        intent,
        "IT",
        language="it",
        formality=formality,
        customer=customer,
        channel=channel,
        tone=tone,
        brand="Bottega Blu",
        **VARIABLES[intent],
    )


def _first_line(formality: str, customer: dict[str, str] | None) -> str:
    return _render("order_confirmation", formality, customer).text.splitlines()[0]


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
