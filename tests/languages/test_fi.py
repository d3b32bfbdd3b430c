"""Finnish (fi): sinä at the informal and neutral levels (the market default), te at the formal
levels; greetings without a trailing comma (Hei Matti! / Hyvä Matti Virtanen); inserted values are
never inflected."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import globalcs
from tests.languages._local import neutral_greetings

MATTI = {"given_name": "Matti", "family_name": "Virtanen", "gender": "male"}
AINO = {"given_name": "Aino", "family_name": "Virtanen", "gender": "female"}
JANNE = {"given_name": "Janne", "family_name": "Laine"}
SHIPPING: dict[str, Any] = {
    "order_id": "A-1001",
    "carrier": "Posti",
    "expected_delivery": dt.date(2026, 12, 3),
}
SINA = re.compile(r"\b(?:sinä|sinulle|sinua|voit|olet)\b|\b\w+(?:esi|asi|äsi|isi)\b")
TE = re.compile(r"\b(?:te|teille|teitä|voitte|olette)\b|\b\w+nne\b")


def _render(
    formality: str | None,
    customer: object,
    channel: str = "email",
    intent: str = "shipping_update",
    **variables: Any,
) -> globalcs.Message:
    return globalcs.render(
        intent,
        "FI",
        language="fi",
        formality=formality,
        channel=channel,
        customer=customer,
        brand="Maison",
        **(variables or SHIPPING),
    )


def test_greetings_name_the_customer_without_gender_or_trailing_comma() -> None:
    assert _render("informal", MATTI).text.splitlines()[0] == "Hei Matti!"
    assert _render("neutral", AINO).text.splitlines()[0] == "Hei Aino"
    assert _render("formal", AINO).text.splitlines()[0] == "Hyvä Aino Virtanen"
    assert _render("very_formal", MATTI).text.splitlines()[0] == "Hyvä Matti Virtanen"
    assert _render("formal", None).text.splitlines()[0] == "Hyvä asiakas"
    assert _render("very_formal", None).text.splitlines()[0] == "Hyvä asiakkaamme"
    assert _render("informal", None, "chat").text.splitlines()[0] == "Hei!"


def test_closing_has_no_comma() -> None:
    assert _render("informal", MATTI).text.splitlines()[-2:] == [
        "Terveisin",
        "Maison asiakaspalvelu",
    ]
    assert _render("formal", MATTI).text.splitlines()[-2] == "Ystävällisin terveisin"


def test_sina_by_default_and_te_at_the_formal_levels() -> None:
    default = _render(None, MATTI)
    assert default.formality is globalcs.Formality.INFORMAL
    for formality in ("informal", "neutral"):
        body = _render(formality, MATTI).text.split("\n\n")[1]
        assert "tilauksesi A-1001" in body
        assert not TE.search(body)
    for formality in ("formal", "very_formal"):
        body = _render(formality, MATTI).text.split("\n\n")[1]
        assert "Tilauksenne A-1001" in body
        assert globalcs.check_register(body, "fi", "formal") == []
        assert not SINA.search(body)


def test_te_to_one_customer_keeps_the_predicative_singular() -> None:
    text = _render("formal", AINO, intent="delivered", order_id="A-1001").text
    assert "olette tyytyväinen ostokseenne" in text
    assert "tyytyväisiä" not in text


def test_inserted_values_stay_uninflected() -> None:
    text = _render("informal", MATTI).text
    assert "sen toimittaa Posti." in text
    assert "viimeistään 3. joulukuuta 2026." in text
    closed = _render(
        "formal",
        MATTI,
        intent="holiday_closure",
        holiday_name="Tapaninpäivä",
        reopens_at=dt.datetime(2026, 12, 28, 8, 0, tzinfo=dt.UTC),
    ).text
    assert "pyhäpäivän vuoksi (Tapaninpäivä)." in closed


def test_register_checker_flags_mixing_but_not_names_or_tilanne() -> None:
    mixed = "Kiitos tilauksestanne. Voit seurata pakettiasi täällä."
    assert {f.text for f in globalcs.check_register(mixed, "fi", "formal")} == {
        "Voit",
        "pakettiasi",
    }
    assert globalcs.check_register(mixed, "fi", "informal")
    assert globalcs.check_register("Hei Janne! Toimitustilanne on hyvä.", "fi", "informal") == []
    greeting = _render("informal", JANNE).text
    assert globalcs.check_register(greeting, "fi", "informal") == []


def test_sms_is_gsm7_in_one_segment() -> None:
    sms = _render("formal", MATTI, "sms")
    assert sms.encoding == "GSM-7"
    assert sms.segments == 1
    assert sms.text == (
        "Maison: Tilaus A-1001 on lähetetty. Kuljetusyhtiö: Posti. Perillä viimeistään 3.12.2026."
    )


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("fi") == {
        "informal": ("Hei Alex!", "Hei!"),
        "neutral": ("Hei Alex", "Hei"),
        "formal": ("Hyvä Alex Morgan", "Hyvä asiakas"),
        "very_formal": ("Hyvä Alex Morgan", "Hyvä asiakkaamme"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "fi"
    market = "FI"
