"""Mexican Spanish (es-MX): an overlay on es with the Latin American simple past and words
(monto, rastrear, celular) and Mexico's own: día festivo, recoger, Atención a clientes,
quedamos a sus órdenes, la paquetería, aviso de privacidad."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import globalcs
from globalcs.messages._languages import catalog, language

from ._local import UTC, LocalRender, local_variables, neutral_greetings

LUCIA = {"given_name": "Lucía", "family_name": "García Pérez", "gender": "female"}
VARIABLES = local_variables(
    carrier="Estafeta",
    reopens_at=dt.datetime(2027, 1, 2, 15, tzinfo=UTC),
    holiday_name="Año Nuevo",
)
_render = LocalRender("MX", "es", "Tienda Sol", VARIABLES)


def _text(intent: str, formality: str, tone: str = "neutral") -> str:
    return _render(intent, formality, LUCIA, tone=tone).text


def test_the_mexican_market_picks_es_mx() -> None:
    assert globalcs.render("delivered", "MX", order_id="A-1").language == "es-MX"
    assert _render("delivered", "formal", LUCIA).language == "es-MX"


def test_latin_american_usage_is_shared() -> None:
    assert "Tu pedido A-1 ya llegó. ¡Que lo disfrutes!" in _text("delivered", "informal")
    assert "No pudimos procesar su pago" in _text("payment_failed", "formal")
    assert "el monto puede tardar unos días" in _text("refund_processed", "informal")
    assert "Puede rastrear su envío aquí: https://t.example/A-1" in _text(
        "shipping_update", "formal"
    )
    assert "rogamos" not in _text("address_problem", "formal")
    assert "\n¡Saludos!\nEl equipo de Tienda Sol" in _text("delivered", "informal")


def test_mexico_keeps_dia_festivo_and_recoger() -> None:
    holiday = _text("holiday_closure", "informal")
    assert "cerrado por el día festivo (Año Nuevo)" in holiday
    assert "feriado" not in holiday
    locker = _text("parcel_locker_pickup", "formal")
    assert "Su código para recogerlo es 4711. Le pedimos que lo recoja a más tardar el" in locker
    assert _render("parcel_locker_pickup", "informal", LUCIA).subject == (
        "Tu pedido A-1 está listo para recoger"
    )


def test_mexican_service_phrases() -> None:
    formal = _text("delivery_delay", "formal", tone="empathetic")
    assert "Si podemos ayudarle en algo más, quedamos a sus órdenes." in formal
    assert formal.endswith("Saludos cordiales,\nAtención a clientes de Tienda Sol")
    assert "Si necesitas algo más, estamos a tus órdenes." in _text(
        "delivery_delay", "informal", tone="empathetic"
    )
    assert "ya fue enviado con la paquetería Estafeta." in _text("shipping_update", "formal")
    texts = catalog(language("es-MX").catalog)  # es, then es-419, then es-MX
    assert texts["privacy_request_received.body_policy|formal"].endswith(
        "según lo establecido en nuestro aviso de privacidad."
    )
    assert texts["payment_method.carrier_billing"] == "cargo al recibo del celular"


def test_greetings_come_from_the_base() -> None:
    assert _text("order_confirmation", "formal").startswith("Estimada Sra. García Pérez:")
    assert _text("order_confirmation", "very_formal").startswith("Distinguida Sra. García Pérez:")
    assert _text("order_confirmation", "informal").startswith("Hola, Lucía:")


@pytest.mark.parametrize("formality", ["informal", "neutral", "formal", "very_formal"])
def test_every_message_stays_in_one_register(formality: str) -> None:
    tuteo = re.compile(r"\b(?:tú|te|ti|tu|tus|contigo|vos)\b", re.IGNORECASE)
    for intent in VARIABLES:
        for channel in ("email", "chat", "sms"):
            for tone in ("neutral", "apologetic", "empathetic", "friendly"):
                msg = _render(intent, formality, LUCIA, channel, tone)
                assert globalcs.check_register(msg.text, "es-MX", formality) == [], msg.text
                if formality != "informal":
                    assert not tuteo.search(msg.text), msg.text


@pytest.mark.parametrize("formality", ["informal", "formal"])
def test_sms_shorts_are_gsm7(formality: str) -> None:
    for intent in VARIABLES:
        sms = _render(intent, formality, LUCIA, channel="sms")
        assert sms.encoding == "GSM-7", sms.text
        assert sms.segments == 1, sms.text


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("es-MX") == {
        "informal": ("Hola, Alex:", "Hola:"),
        "neutral": ("Hola, Alex:", "Hola:"),
        "formal": ("Hola, Alex Morgan:", "Hola:"),
        "very_formal": ("Buenos días, Alex Morgan:", "Buenos días:"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "es-MX"
    market = "MX"
