"""Argentine Spanish (es-AR): an overlay on es with voseo in the informal register (vos tenés,
podés, revisá, contactanos; que tengas, pagaste), acá, feriado, retirar and medio de pago;
usted in the formal register, as the base writes it."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import globalcs
from globalcs.messages._languages import catalog, language

from ._local import UTC, LocalRender, local_variables, neutral_greetings

LUCIA = {"given_name": "Lucía", "family_name": "García Pérez", "gender": "female"}
VARIABLES = local_variables(
    carrier="Andreani",
    reopens_at=dt.datetime(2027, 1, 2, 12, tzinfo=UTC),
    holiday_name="Año Nuevo",
)
_render = LocalRender("AR", "es", "Tienda Sol", VARIABLES)
TUTEO_VERBS = re.compile(
    r"\b(?:tú|puedes|tienes|quieres|necesitas|revisa|elige|escríbenos|ponte|dinos|confirma|"
    r"ignora|paga|indica|muestra|restablece|aquí)\b",
    re.IGNORECASE,
)


def _text(intent: str, formality: str, tone: str = "neutral") -> str:
    return _render(intent, formality, LUCIA, tone=tone).text


def test_the_argentine_market_picks_es_ar() -> None:
    assert globalcs.render("delivered", "AR", order_id="A-1").language == "es-AR"
    assert _render("delivered", "informal", LUCIA).language == "es-AR"


def test_informal_texts_use_voseo() -> None:
    assert "Revisá tus datos de pago o elegí otro medio de pago." in _text(
        "payment_failed", "informal"
    )
    assert (
        "Podés elegir una nueva acá: https://s.example/r/1 Si no fuiste vos, simplemente "
        "ignorá este mensaje."
    ) in _text("password_reset", "informal")
    assert "Si querés hablarlo, contactanos." in _text("refund_rejected", "informal")
    assert "Solo tenés que embalar bien los artículos" in _text("return_instructions", "informal")
    assert "Si necesitás algo más, acá estamos." in _text(
        "delivery_delay", "informal", tone="empathetic"
    )
    assert "¡Qué bien saber de vos!" in _text("password_reset", "informal", tone="friendly")
    assert "Tu código de retiro es 4711. Retiralo a más tardar el" in _text(
        "parcel_locker_pickup", "informal"
    )


def test_subjunctive_and_preterite_keep_the_tu_forms_of_the_educated_norm() -> None:
    invoice = _text("invoice_reminder", "informal")
    assert "Si ya la pagaste, ignorá este mensaje; si no, te pedimos que la pagues pronto." in (
        invoice
    )
    assert "¡Que tengas un excelente día!" in _text("delivered", "informal", tone="friendly")


def test_no_tuteo_in_the_informal_register() -> None:
    for intent in VARIABLES:
        for channel in ("email", "chat", "sms"):
            for tone in ("neutral", "empathetic", "friendly"):
                text = _render(intent, "informal", LUCIA, channel, tone).text
                assert not TUTEO_VERBS.search(text), text


def test_tu_is_never_used_with_customers() -> None:
    findings = globalcs.check_register("¿Tú puedes revisar el pedido?", "es-AR", "informal")
    assert {f.kind for f in findings} == {"never_to_customers"}


def test_latin_american_usage_is_shared() -> None:
    assert "Tu pedido A-1 ya llegó. ¡Que lo disfrutes!" in _text("delivered", "informal")
    assert "cerrado por el feriado (Año Nuevo)" in _text("holiday_closure", "informal")
    assert "el monto puede tardar unos días" in _text("refund_processed", "informal")
    assert "Le pedimos que embale bien los artículos" in _text("return_instructions", "formal")
    assert "\n¡Saludos!\nEl equipo de Tienda Sol" in _text("delivered", "informal")
    texts = catalog(language("es-AR").catalog)  # es, then es-419, then es-AR
    assert texts["payment_method.carrier_billing"] == "cargo a la factura del celular"
    assert texts["payment_failed.method|formal"] == "Medio de pago utilizado: {payment_method}"


def test_formal_register_and_greetings_come_from_the_base() -> None:
    formal = _text("delivery_failed", "formal")
    assert formal.startswith("Estimada Sra. García Pérez:")
    assert "Le pedimos que revise su dirección de entrega" in formal
    assert _text("order_confirmation", "informal").startswith("Hola, Lucía:")
    assert "no dude en escribirnos" in _text("delivery_delay", "neutral", tone="empathetic")


@pytest.mark.parametrize("formality", ["informal", "neutral", "formal", "very_formal"])
def test_every_message_stays_in_one_register(formality: str) -> None:
    voseo = re.compile(r"\b(?:vos|te|ti|tu|tus|tenés|podés|querés)\b", re.IGNORECASE)
    for intent in VARIABLES:
        for channel in ("email", "chat", "sms"):
            for tone in ("neutral", "apologetic", "empathetic", "friendly"):
                msg = _render(intent, formality, LUCIA, channel, tone)
                assert globalcs.check_register(msg.text, "es-AR", formality) == [], msg.text
                if formality != "informal":
                    assert not voseo.search(msg.text), msg.text


def test_voseo_in_a_formal_text_is_flagged() -> None:
    text = "Le escribimos porque podés cambiar el pedido."
    findings = globalcs.check_register(text, "es-AR", "formal")
    assert [f.text for f in findings] == ["podés"]


@pytest.mark.parametrize("formality", ["informal", "formal"])
def test_sms_shorts_are_gsm7(formality: str) -> None:
    for intent in VARIABLES:
        sms = _render(intent, formality, LUCIA, channel="sms")
        assert sms.encoding == "GSM-7", sms.text
        assert sms.segments == 1, sms.text


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("es-AR") == {
        "informal": ("Hola, Alex:", "Hola:"),
        "neutral": ("Hola, Alex:", "Hola:"),
        "formal": ("Hola, Alex Morgan:", "Hola:"),
        "very_formal": ("Buenos días, Alex Morgan:", "Buenos días:"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "es-AR"
    market = "AR"
