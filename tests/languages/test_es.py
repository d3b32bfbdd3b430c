"""Spanish (es): tú / usted, colon after the greeting, Sr./Sra. and 'Estimado/a' when unsure."""

from __future__ import annotations

import datetime as dt
import decimal
import re
import zoneinfo

import pytest

import globalcs

UTC = zoneinfo.ZoneInfo("UTC")
LUCIA = {"given_name": "Lucía", "family_name": "García Pérez", "gender": "female"}
JAVIER = {"given_name": "Javier", "family_name": "García Pérez", "gender": "male"}
ANDREA = {"given_name": "Andrea", "family_name": "Martín"}
VARIABLES: dict[str, dict[str, object]] = {
    "order_confirmation": {"order_id": "A-1", "total": decimal.Decimal("49.90")},
    "shipping_update": {
        "order_id": "A-1",
        "carrier": "Correos Express",
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
        "holiday_name": "Reyes",
    },
    "privacy_request_received": {"request_id": "P-9", "due_date": dt.date(2027, 1, 20)},
}


def _render(
    intent: str,
    formality: str,
    customer: dict[str, str] | None = None,
    channel: str = "email",
    tone: str = "neutral",
    market: str = "ES",
) -> globalcs.Message:
    return globalcs.render(
        intent,
        market,
        language="es",
        formality=formality,
        customer=customer,
        channel=channel,
        tone=tone,
        brand="Tienda Sol",
        **VARIABLES[intent],
    )


def _first_line(formality: str, customer: dict[str, str] | None) -> str:
    return _render("order_confirmation", formality, customer).text.splitlines()[0]


def test_formal_greeting_is_gendered_and_ends_with_a_colon() -> None:
    assert _first_line("formal", LUCIA) == "Estimada Sra. García Pérez:"
    assert _first_line("formal", JAVIER) == "Estimado Sr. García Pérez:"
    assert _first_line("very_formal", LUCIA) == "Distinguida Sra. García Pérez:"


def test_unknown_gender_uses_the_doublet_and_the_full_name() -> None:
    assert _first_line("formal", ANDREA) == "Estimado/a Andrea Martín:"
    assert _first_line("formal", None) == "Estimado/a cliente:"


def test_informal_and_neutral_greet_with_hola_comma_name_colon() -> None:
    assert _first_line("informal", LUCIA) == "Hola, Lucía:"
    assert _first_line("neutral", LUCIA) == "Hola, Lucía:"
    assert _first_line("informal", None) == "Hola:"
    chat = _render("delivered", "informal", LUCIA, channel="whatsapp")
    assert chat.text.startswith("¡Hola, Lucía!")


def test_formal_body_uses_usted_and_informal_body_uses_tu() -> None:
    formal = _render("delivery_delay", "neutral", LUCIA, tone="empathetic").text
    assert "su pedido A-1" in formal
    assert "no dude en escribirnos" in formal
    informal = _render("delivery_delay", "informal", LUCIA, tone="empathetic").text
    assert "tu pedido A-1" in informal
    assert "Si necesitas algo más" in informal


@pytest.mark.parametrize("formality", ["informal", "neutral", "formal", "very_formal"])
@pytest.mark.parametrize("market", ["ES", "MX"])
def test_every_message_stays_in_one_register(formality: str, market: str) -> None:
    tuteo = re.compile(r"\b(?:tú|te|ti|tu|tus|contigo)\b", re.IGNORECASE)
    vosotros = re.compile(r"\b(?:vosotros|vuestro|vuestra|os)\b", re.IGNORECASE)
    for intent in VARIABLES:
        for channel in ("email", "chat", "sms"):
            for tone in ("neutral", "apologetic", "empathetic", "friendly"):
                msg = _render(intent, formality, LUCIA, channel, tone, market)
                assert globalcs.check_register(msg.text, "es", formality) == [], msg.text
                assert not vosotros.search(msg.text), msg.text
                if formality != "informal":
                    assert not tuteo.search(msg.text), msg.text


def test_sms_shorts_are_gsm7() -> None:
    for intent in VARIABLES:
        sms = _render(intent, "formal", LUCIA, channel="sms")
        assert sms.encoding == "GSM-7", sms.text
        assert sms.segments == 1, sms.text
