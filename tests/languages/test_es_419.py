"""Latin American Spanish (es-419): an overlay on es with the simple past for recent events,
Latin American words (monto, feriado, retirar, rastrear, celular), 'Le pedimos que' and
'Saludos' closings; greetings, registers and Sr./Sra. are the base's."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import globalcs

from ._local import UTC, LocalRender, local_variables, neutral_greetings

LUCIA = {"given_name": "Lucía", "family_name": "García Pérez", "gender": "female"}
VARIABLES = local_variables(
    carrier="Olva Courier",
    reopens_at=dt.datetime(2027, 1, 2, 14, tzinfo=UTC),
    holiday_name="Año Nuevo",
)
_render = LocalRender("PE", "es", "Tienda Sol", VARIABLES)


def _text(intent: str, formality: str, channel: str = "email") -> str:
    return _render(intent, formality, LUCIA, channel).text


@pytest.mark.parametrize("market", ["PE", "CO", "CL", "US"])
def test_latin_american_markets_and_spanish_in_the_us_pick_es_419(market: str) -> None:
    message = globalcs.render("delivered", market, language="es", order_id="A-1")
    assert message.language == "es-419"


def test_spain_keeps_the_base() -> None:
    assert globalcs.render("delivered", "ES", language="es", order_id="A-1").language == "es"


def test_recent_events_take_the_simple_past() -> None:
    assert "Tu pedido A-1 ya llegó. ¡Que lo disfrutes!" in _text("delivered", "informal")
    assert "Su pedido A-1 fue entregado." in _text("delivered", "formal")
    assert "No pudimos procesar tu pago" in _text("payment_failed", "informal")
    assert "Recibimos su solicitud relativa a sus datos personales (P-9)" in _text(
        "privacy_request_received", "formal"
    )
    reset = _text("password_reset", "informal")
    assert "Si no fuiste tú, simplemente ignora este mensaje." in reset
    assert _render("satisfaction_survey", "informal", LUCIA).subject == "¿Cómo lo hicimos?"
    assert "hemos" not in _text("ticket_received", "formal").lower()


def test_latin_american_words() -> None:
    assert "el monto puede tardar unos días" in _text("refund_processed", "informal")
    assert "Tu código de retiro es 4711. Retíralo a más tardar el" in _text(
        "parcel_locker_pickup", "informal"
    )
    assert "cerrado por el día feriado (Año Nuevo)" in _text("holiday_closure", "informal")
    assert "Puedes rastrear tu paquete aquí: https://t.example/A-1" in _text(
        "shipping_update", "informal"
    )
    assert "Le pedimos que empaque bien los artículos" in _text("return_instructions", "formal")
    assert "le agradeceríamos que la pagara a la brevedad." in _text("invoice_reminder", "formal")
    texts = globalcs.messages._languages.catalog("es+es_419")
    assert texts["payment_method.carrier_billing"] == "cargo a la factura del celular"
    assert texts["payment_method.sepa_debit"] == "débito directo SEPA"


def test_formal_requests_use_le_pedimos_not_le_rogamos() -> None:
    for intent in VARIABLES:
        assert "rogamos" not in _text(intent, "formal"), intent


def test_closings_are_saludos() -> None:
    assert "\n¡Saludos!\nEl equipo de Tienda Sol" in _text("delivered", "informal")
    neutral = _render("delivered", "neutral", LUCIA).text
    assert "\nSaludos cordiales,\nAtención al cliente de Tienda Sol" in neutral
    very_formal = _render("delivered", "very_formal", LUCIA).text
    assert "\nAtentamente,\n" in very_formal


def test_greetings_and_registers_come_from_the_base() -> None:
    assert _text("order_confirmation", "formal").startswith("Estimada Sra. García Pérez:")
    assert _text("order_confirmation", "informal").startswith("Hola, Lucía:")
    generic = _render("order_confirmation", "formal", None).text
    assert generic.startswith("Estimado/a cliente:")
    assert "su pedido A-1" in _render("delivery_delay", "neutral", LUCIA, tone="empathetic").text
    assert (
        "no dude en escribirnos"
        in _render("delivery_delay", "neutral", LUCIA, tone="empathetic").text
    )


@pytest.mark.parametrize("formality", ["informal", "neutral", "formal", "very_formal"])
def test_every_message_stays_in_one_register(formality: str) -> None:
    tuteo = re.compile(r"\b(?:tú|te|ti|tu|tus|contigo|vos)\b", re.IGNORECASE)
    for intent in VARIABLES:
        for channel in ("email", "chat", "sms"):
            for tone in ("neutral", "apologetic", "empathetic", "friendly"):
                msg = _render(intent, formality, LUCIA, channel, tone)
                assert msg.language == "es-419"
                assert globalcs.check_register(msg.text, "es-419", formality) == [], msg.text
                if formality != "informal":
                    assert not tuteo.search(msg.text), msg.text


def test_vos_marks_the_informal_register() -> None:
    text = "Le escribimos porque vos pediste un cambio."
    findings = globalcs.check_register(text, "es-419", "formal")
    assert [f.text for f in findings] == ["vos", "pediste"]  # and the tú/vos preterite


@pytest.mark.parametrize("formality", ["informal", "formal"])
def test_sms_shorts_are_gsm7(formality: str) -> None:
    for intent in VARIABLES:
        sms = _render(intent, formality, LUCIA, channel="sms")
        assert sms.encoding == "GSM-7", sms.text
        assert sms.segments == 1, sms.text


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("es-419") == {
        "informal": ("Hola, Alex:", "Hola:"),
        "neutral": ("Hola, Alex:", "Hola:"),
        "formal": ("Hola, Alex Morgan:", "Hola:"),
        "very_formal": ("Buenos días, Alex Morgan:", "Buenos días:"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "es-419"
    market = "CO"
