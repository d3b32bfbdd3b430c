"""Romanian (ro): doamnă/domnule + family name (not inflected) after a gender-agreeing "Stimată"/
"Stimate", dumneavoastră with second-person plural verbs in the formal register and tu for casual
brands, comma-below ș/ț (so SMS is UCS-2)."""

from __future__ import annotations

import datetime as dt
import decimal
from typing import Any

import globalcs
from globalcs.messages._languages import catalog
from tests.languages._local import neutral_greetings

ANA = {"given_name": "Ana", "family_name": "Popescu", "gender": "female"}
ION = {"given_name": "Ion", "family_name": "Ionescu", "gender": "male"}
ALEX = {"given_name": "Alex", "family_name": "Marin"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("249.90")}


def _render(
    formality: str,
    customer: dict[str, str] | None = None,
    intent: str = "order_confirmation",
    **options: Any,
) -> globalcs.Message:
    variables: dict[str, Any] = dict(ORDER)
    if intent == "shipping_update":
        variables = {
            "order_id": "A-1001",
            "carrier": "Fan Courier",
            "expected_delivery": dt.date(2026, 12, 3),
        }
    elif intent == "delivered":
        variables = {"order_id": "A-1001"}
    return globalcs.render(
        intent, "RO", language="ro", formality=formality, customer=customer, **variables, **options
    )


def _first_line(formality: str, customer: dict[str, str] | None, channel: str = "email") -> str:
    return _render(formality, customer, channel=channel).text.splitlines()[0]


def _closing(formality: str) -> str:
    return _render(formality, ANA).text.split("\n\n")[-1].splitlines()[0]


def test_formal_greeting_agrees_with_the_title_and_keeps_the_name_uninflected() -> None:
    assert _first_line("formal", ANA) == "Stimată doamnă Popescu,"
    assert _first_line("formal", ION) == "Stimate domnule Ionescu,"
    assert _first_line("very_formal", ANA) == "Stimată doamnă Popescu,"
    assert _first_line("very_formal", ION) == "Stimate domnule Ionescu,"
    # a woman is never "Stimate" and a man never "Stimată"; the given name is not used with a title
    assert "Ana" not in _first_line("formal", ANA)
    assert not _first_line("formal", ANA).startswith("Stimate ")


def test_neutral_greeting_is_buna_ziua_with_the_vocative_title() -> None:
    assert _first_line("neutral", ANA) == "Bună ziua, doamnă Popescu,"
    assert _first_line("neutral", ION) == "Bună ziua, domnule Ionescu,"
    assert _first_line("neutral", ANA, "chat") == "Bună ziua, doamnă Popescu!"
    assert _first_line("formal", ION, "whatsapp") == "Bună ziua, domnule Ionescu,"


def test_unknown_gender_gets_the_full_name_not_a_guessed_title() -> None:
    assert _first_line("neutral", ALEX) == "Bună ziua, Alex Marin,"
    assert _first_line("formal", ALEX) == "Bună ziua, Alex Marin,"
    assert _first_line("very_formal", ALEX) == "Bună ziua, Alex Marin,"
    # a title needs the family name: without it the generic opening is used
    assert _first_line("formal", {"given_name": "Ana", "gender": "female"}) == "Stimate client,"


def test_informal_and_generic_greetings() -> None:
    assert _first_line("informal", ANA) == "Bună, Ana,"
    assert _first_line("informal", ION) == "Bună, Ion,"
    assert _first_line("informal", ALEX, "chat") == "Bună, Alex!"
    assert _first_line("informal", None) == "Bună,"
    assert _first_line("neutral", None) == "Bună ziua,"
    assert _first_line("formal", None) == "Stimate client,"
    assert _first_line("very_formal", None) == "Stimată doamnă, stimate domnule,"


def test_formal_body_uses_dumneavoastra_and_plural_verbs_informal_tu() -> None:
    url = "https://t.example/A-1001"
    formal = _render("formal", ANA, "shipping_update", tracking_url=url).text
    informal = _render("informal", ANA, "shipping_update", tracking_url=url).text
    assert "Comanda dumneavoastră nr. A-1001 a fost predată către Fan Courier" in formal
    assert "Puteți urmări coletul aici: https://t.example/A-1001" in formal
    assert "Poți urmări coletul aici: https://t.example/A-1001" in informal
    assert "Comanda ta nr. A-1001" in informal
    assert "dumneavoastră" not in informal
    thanks_formal = _render("formal", ANA).text
    thanks_informal = _render("informal", ANA).text
    assert "Vă mulțumim pentru comandă." in thanks_formal
    assert "vă vom anunța imediat ce va fi expediată" in thanks_formal
    assert "Îți mulțumim pentru comandă!" in thanks_informal
    assert "te anunțăm imediat ce o expediem" in thanks_informal
    for text, register in ((formal, "formal"), (thanks_formal, "formal")):
        assert globalcs.check_register(text, "ro", register) == []
    for text in (informal, thanks_informal):
        assert globalcs.check_register(text, "ro", "informal") == []
    assert {f.kind for f in globalcs.check_register(thanks_informal, "ro", "formal")} == {
        "wrong_register"
    }


def test_formal_body_is_the_same_for_women_and_men() -> None:
    # adjectives agreeing with the customer (mulțumit/mulțumită) are avoided in the bodies
    for intent in ("order_confirmation", "shipping_update", "delivered"):
        bodies = {
            _render("formal", person, intent).text.split("\n\n", 1)[1] for person in (ANA, ION)
        }
        assert len(bodies) == 1
    assert (
        "Sperăm să vă bucurați de produsele comandate." in _render("formal", ANA, "delivered").text
    )


def test_register_checker() -> None:
    assert [
        f.text for f in globalcs.check_register("Poți urmări coletul aici.", "ro", "formal")
    ] == ["Poți"]
    mixed = globalcs.check_register("Vă mulțumim! Comanda ta a plecat.", "ro", "formal")
    assert [(f.kind, f.text) for f in mixed] == [("mixed_register", "ta")]
    found = globalcs.check_register("V-am trimis factura. Contactați-ne.", "ro", "informal")
    assert [f.text for f in found] == ["V-", "Contactați-ne"]
    assert [f.text for f in globalcs.check_register("Contactează-ne!", "ro", "formal")] == [
        "Contactează-ne"
    ]
    # words that contain a marker but are not one: data (ta), tehnic (te), livrare (vi),
    # Stimate (te), văzut (vă), and the genitive article "ai"
    harmless = (
        "Data livrării și detaliile tehnice, văzute de colegii noștri, ai căror clienți sunt mulți."
    )
    assert globalcs.check_register(harmless, "ro", "formal") == []
    assert globalcs.check_register(harmless, "ro", "informal") == []
    assert globalcs.check_register("Stimate client,", "ro", "informal") == []


def test_closings() -> None:
    assert _closing("informal") == "Cu drag,"
    assert _closing("neutral") == "Toate cele bune,"
    assert _closing("formal") == "Cu stimă,"
    assert _closing("very_formal") == "Cu deosebită stimă,"


def test_comma_below_letters_and_ucs2_sms() -> None:
    texts = "".join(catalog("ro").values())
    assert "ș" in texts
    assert "ț" in texts
    for cedilla in "şţŞŢ":
        assert cedilla not in texts
    for formality in ("informal", "formal"):
        sms = _render(formality, None, "delivered", channel="sms", brand="Magazin")
        assert sms.text == "Magazin: Comanda A-1001 a fost livrată."
        assert sms.encoding == "UCS-2"
        assert sms.segments == 1
    sms = globalcs.render(
        "return_instructions",
        "RO",
        language="ro",
        channel="sms",
        formality="formal",
        brand="Magazin",
        order_id="A-1001",
        return_deadline=dt.date(2026, 12, 15),
    )
    assert sms.text == "Magazin: Puteți returna comanda A-1001 până la 15 dec. 2026."
    assert sms.encoding == "UCS-2"
    assert sms.segments == 1


def test_email_html_is_marked_romanian_left_to_right() -> None:
    html = _render("formal", ION).html
    assert html is not None
    assert '<html lang="ro" dir="ltr">' in html
    assert "<p>Stimate domnule Ionescu,</p>" in html


def test_date_and_time_join_with_la() -> None:
    message = globalcs.render(
        "ticket_received",
        "RO",
        language="ro",
        formality="formal",
        ticket_id="T-7",
        response_due=dt.datetime(2027, 1, 4, 9, tzinfo=dt.UTC),
    )
    assert "Vă vom răspunde cel târziu pe 4 ianuarie 2027 la 11:00." in message.text


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("ro") == {
        "informal": ("Bună, Alex,", "Bună,"),
        "neutral": ("Bună ziua, Alex Morgan,", "Bună ziua,"),
        "formal": ("Bună ziua, Alex Morgan,", "Bună ziua,"),
        "very_formal": ("Bună ziua, Alex Morgan,", "Bună ziua,"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "ro"
    market = "RO"
