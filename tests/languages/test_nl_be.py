"""Belgian Dutch (nl-BE), an overlay on nl: the Belgian market picks it; klantendienst,
pakje and levering, bankkaart and kredietkaart, the (gestructureerde) mededeling of a
transfer and "Met vriendelijke groeten,"; greetings, registers and surnames as in nl."""

from __future__ import annotations

import datetime as dt
import decimal
import zoneinfo
from typing import Any

import globalcs
from tests.languages._local import neutral_greetings

SANNE = {"given_name": "Sanne", "family_name": "de Vries", "gender": "female"}
JAN = {"given_name": "Jan", "family_name": "Peeters", "gender": "male"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("49.90")}


def _render(intent: str, formality: str | None = None, **variables: Any) -> globalcs.Message:
    variables.setdefault("customer", SANNE)
    return globalcs.render(intent, "BE", formality=formality, brand="Maison", **variables)


def test_the_belgian_market_picks_belgian_dutch() -> None:
    assert _render("order_confirmation", **ORDER).language == "nl-BE"
    assert globalcs.render("order_confirmation", "BE", language="nl", **ORDER).language == "nl-BE"
    assert globalcs.render("order_confirmation", "NL", **ORDER).language == "nl"


def test_klantendienst_and_the_plural_closing() -> None:
    lines = _render("order_confirmation", "formal", **ORDER).text.splitlines()
    assert lines[0] == "Beste mevrouw de Vries,"
    assert lines[-2:] == ["Met vriendelijke groeten,", "Klantendienst Maison"]
    informal = _render("order_confirmation", "informal", **ORDER).text.splitlines()
    assert informal[0] == "Hoi Sanne,"
    assert informal[-2:] == ["Hartelijke groeten,", "Team Maison"]
    closure = _render(
        "holiday_closure",
        "formal",
        reopens_at=dt.datetime(2026, 12, 27, 9, tzinfo=zoneinfo.ZoneInfo("Europe/Brussels")),
        holiday_name="Kerstmis",
    )
    assert closure.subject == "Onze klantendienst is gesloten vanwege een feestdag"


def test_pakje_and_levering_for_delivery() -> None:
    failed = _render("delivery_failed", "formal", order_id="A-1", carrier="bpost")
    assert failed.subject == "Uw bestelling A-1 kon niet worden geleverd"
    assert failed.text.split("\n\n")[1] == (
        "bpost kon uw bestelling A-1 niet leveren. Wilt u uw leveringsadres controleren en ons "
        "laten weten wanneer u het pakje kunt ontvangen? Dan regelen wij een nieuwe levering."
    )
    delivered = _render("delivered", "informal", order_id="A-1")
    assert delivered.subject == "Je bestelling A-1 is geleverd"
    assert "bezorg" not in failed.text + delivered.text


def test_mededeling_and_belgian_card_names() -> None:
    message = _render(
        "payment_instructions",
        "formal",
        order_id="A-1",
        amount=decimal.Decimal("9.90"),
        payment_method="bank_transfer",
        reference="+++123/4567/89012+++",
        pay_by=dt.date(2026, 12, 7),
    )
    assert "met de mededeling +++123/4567/89012+++." in message.text
    assert "Vermeld bij uw overschrijving de mededeling precies zoals aangegeven" in message.text
    assert "kenmerk" not in message.text
    failed = _render(
        "payment_failed",
        "formal",
        order_id="A-1",
        amount=decimal.Decimal("9.90"),
        payment_method="card",
    )
    assert "Betaalmethode: kredietkaart of bankkaart" in failed.text


def test_what_nl_be_inherits_from_nl() -> None:
    assert _render("order_confirmation", "very_formal", customer=JAN, **ORDER).text.startswith(
        "Geachte heer Peeters,"
    )
    body = _render("order_confirmation", "formal", **ORDER).text.split("\n\n")[1]
    assert body == (
        "Hartelijk dank voor uw bestelling. Wij hebben bestelling A-1001 ontvangen, met een "
        "totaalbedrag van €\xa049,90. Zodra uw bestelling is verzonden, laten wij het u weten."
    )


def test_register_checker_passes_in_both_registers() -> None:
    formal = _render("delivery_failed", "formal", order_id="A-1", carrier="bpost").text
    informal = _render("delivery_failed", "informal", order_id="A-1", carrier="bpost").text
    assert globalcs.check_register(formal, "nl-BE", "formal") == []
    assert globalcs.check_register(informal, "nl-BE", "informal") == []
    findings = globalcs.check_register("Volg je pakje, u ontvangt het morgen.", "nl-BE", "formal")
    assert [(f.kind, f.text) for f in findings] == [("mixed_register", "je")]


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("nl-BE") == {
        "informal": ("Hoi Alex,", "Hoi,"),
        "neutral": ("Beste Alex Morgan,", "Goedendag,"),
        "formal": ("Beste Alex Morgan,", "Beste klant,"),
        "very_formal": ("Beste Alex Morgan,", "Geachte klant,"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "nl-BE"
    market = "BE"
