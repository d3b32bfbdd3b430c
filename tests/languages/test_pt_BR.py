# ruff: noqa: N999 - the module is named after the language tag pt-BR
"""Brazilian Portuguese (pt-BR): informal você, formal pronoun-free courtesy."""

from __future__ import annotations

import datetime as dt
import decimal
import re
import zoneinfo

import pytest

import globalcs

UTC = zoneinfo.ZoneInfo("UTC")
ANA = {"given_name": "Ana", "family_name": "Silva", "gender": "female"}
JOAO = {"given_name": "João", "family_name": "Souza", "gender": "male"}
ALEX = {"given_name": "Alex", "family_name": "Costa"}
VARIABLES: dict[str, dict[str, object]] = {
    "order_confirmation": {"order_id": "A-1", "total": decimal.Decimal("149.90")},
    "shipping_update": {
        "order_id": "A-1",
        "carrier": "Correios",
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
    "ticket_received": {
        "ticket_id": "T-7",
        "response_due": dt.datetime(2027, 1, 4, 12, tzinfo=UTC),
    },
    "resolution_follow_up": {"ticket_id": "T-7"},
    "satisfaction_survey": {"survey_url": "https://s.example/x"},
    "holiday_closure": {
        "reopens_at": dt.datetime(2027, 1, 2, 12, tzinfo=UTC),
        "holiday_name": "Natal",
    },
    "privacy_request_received": {"request_id": "P-9", "due_date": dt.date(2027, 1, 20)},
}
VOCE = re.compile(r"\b(?:você|vocês|tu|teu|tua)\b", re.IGNORECASE)


def _render(
    intent: str,
    formality: str,
    customer: dict[str, str] | None = None,
    channel: str = "email",
    tone: str = "neutral",
) -> globalcs.Message:
    return globalcs.render(
        intent,
        "BR",
        language="pt-BR",
        formality=formality,
        customer=customer,
        channel=channel,
        tone=tone,
        brand="Loja Aurora",
        **VARIABLES[intent],
    )


def _first_line(formality: str, customer: dict[str, str] | None) -> str:
    return _render("order_confirmation", formality, customer).text.splitlines()[0]


def test_formal_greeting_is_prezada_or_prezado_with_the_full_name() -> None:
    assert _first_line("formal", ANA) == "Prezada Sra. Ana Silva,"
    assert _first_line("formal", JOAO) == "Prezado Sr. João Souza,"
    assert _first_line("very_formal", ANA) == "Prezada Senhora Ana Silva,"


def test_unknown_gender_and_no_customer_use_prezado_a() -> None:
    assert _first_line("formal", ALEX) == "Prezado(a) Alex Costa,"
    assert _first_line("formal", None) == "Prezado(a) cliente,"


def test_informal_and_neutral_greetings_use_the_first_name() -> None:
    assert _first_line("informal", ANA) == "Oi, Ana!"
    assert _first_line("neutral", ANA) == "Olá, Ana!"
    assert _first_line("neutral", None) == "Olá!"


def test_brazilian_vocabulary() -> None:
    text = _render("ticket_received", "neutral", ANA).text
    assert "protocolo T-7" in text
    shipping = _render("shipping_update", "informal", ANA).text
    assert "seu pedido A-1" in shipping
    assert "rastrear" in shipping
    assert "encomenda" not in shipping
    assert "Equipe Loja Aurora" in shipping


def test_informal_uses_voce_and_formal_never_does() -> None:
    assert "Você pode devolver" in _render("return_instructions", "informal", ANA).text
    formal = _render("return_instructions", "formal", ANA).text
    assert "Solicitamos que embale" in formal
    assert not VOCE.search(formal)


@pytest.mark.parametrize("formality", ["informal", "neutral", "formal", "very_formal"])
def test_every_message_stays_in_one_register(formality: str) -> None:
    for intent in VARIABLES:
        for channel in ("email", "chat", "sms"):
            for tone in ("neutral", "apologetic", "empathetic", "friendly"):
                msg = _render(intent, formality, ANA, channel, tone)
                assert globalcs.check_register(msg.text, "pt-BR", formality) == [], msg.text
                if formality != "informal":
                    assert not VOCE.search(msg.text), msg.text


def test_sms_shorts_are_gsm7() -> None:
    for intent in VARIABLES:
        sms = _render(intent, "neutral", ANA, channel="sms")
        assert sms.encoding == "GSM-7", sms.text
        assert sms.segments == 1, sms.text
