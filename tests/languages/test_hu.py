"""Hungarian (hu): magázás with a capitalised Ön (and 3rd-person verbs) at every level but informal,
tegezés for casual brands; family name first (Kovács Anna); salutations that stand as a sentence
and end in "!" (Tisztelt Kovács Anna!, Szia, Anna!) with the text going on in a capital letter;
closings without a comma; inserted values never inflected, dates that carry their own full stop;
SMS in UCS-2 (ő, ű and á are not GSM-7), so one segment is 70 characters."""

from __future__ import annotations

import datetime as dt
import decimal
import re
from typing import Any

import globalcs

from ._local import LocalRender, local_variables, neutral_greetings

ANNA = {"given_name": "Anna", "family_name": "Kovács", "gender": "female"}
PETER = {"given_name": "Péter", "family_name": "Nagy", "gender": "male"}
SAM = {"given_name": "Sam", "family_name": "Tóth"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("12490")}
SHIPPING: dict[str, Any] = {
    "order_id": "A-1001",
    "carrier": "GLS",
    "expected_delivery": dt.date(2026, 12, 3),
    "tracking_url": "https://t.example/A-1001",
}
LOWER_ON = re.compile(r"\bön(?:t|nek|nel|től|höz|re|ről|nél|ért|ök)?\b")


def _render(
    formality: str,
    customer: object = None,
    intent: str = "order_confirmation",
    **options: Any,
) -> globalcs.Message:
    variables = options.pop("variables", ORDER if intent == "order_confirmation" else SHIPPING)
    return globalcs.render(
        intent,
        "HU",
        language="hu",
        formality=formality,
        customer=customer,
        **options,
        **variables,
    )


def _first_line(formality: str, customer: object, channel: str = "email") -> str:
    return _render(formality, customer, channel=channel).text.splitlines()[0]


def test_formal_greeting_puts_the_family_name_first_and_ends_with_an_exclamation_mark() -> None:
    assert _first_line("formal", ANNA) == "Tisztelt Kovács Anna!"
    assert _first_line("formal", PETER) == "Tisztelt Nagy Péter!"
    assert _first_line("very_formal", SAM) == "Tisztelt Tóth Sam!"
    assert _first_line("neutral", ANNA) == "Kedves Kovács Anna!"
    assert _first_line("very_formal", PETER, "chat") == "Tisztelt Nagy Péter!"
    titled = {**ANNA, "title": "dr."}
    assert _first_line("formal", titled) == "Tisztelt dr. Kovács Anna!"
    # The salutation is a sentence of its own: a blank line, then a capital letter.
    lines = _render("formal", ANNA).text.splitlines()
    assert lines[1] == ""
    assert lines[2].startswith("Köszönjük megrendelését.")


def test_generic_greetings_without_a_name() -> None:
    assert _first_line("informal", None) == "Szia!"
    assert _first_line("neutral", None) == "Kedves Ügyfelünk!"
    assert _first_line("formal", None) == "Tisztelt Ügyfelünk!"
    assert _first_line("very_formal", None) == "Tisztelt Hölgyem/Uram!"
    assert _first_line("formal", None, "chat") == "Jó napot kívánunk!"
    assert _first_line("very_formal", None, "whatsapp") == "Tisztelt Ügyfelünk!"


def test_informal_greeting_uses_the_given_name_after_szia_and_a_comma() -> None:
    assert _first_line("informal", ANNA) == "Szia, Anna!"
    assert _first_line("informal", PETER, "chat") == "Szia, Péter!"
    assert "Kovács" not in _first_line("informal", ANNA)


def test_formal_body_capitalises_on_and_informal_body_uses_te_forms() -> None:
    formal = _render("formal", ANNA, intent="shipping_update", brand="Bolt")
    informal = _render("informal", ANNA, intent="shipping_update", brand="Bolt")
    assert formal.subject == "Úton van a rendelése: A-1001"
    assert informal.subject == "Úton van a rendelésed: A-1001"
    assert "Rendelését (A-1001) feladtuk" in formal.text
    assert "Itt követheted a csomagodat: https://t.example/A-1001" in informal.text
    confirmation = _render("formal", ANNA, tone="apologetic").text
    assert "A csomag feladásáról értesíteni fogjuk Önt." in confirmation
    empathetic = _render("formal", ANNA, tone="empathetic").text
    assert "Megértjük, mennyire kellemetlen ez az Ön számára." in empathetic
    for text in (formal.text, confirmation, empathetic):
        assert not LOWER_ON.search(text), text
        assert globalcs.check_register(text, "hu", "formal") == []
    assert globalcs.check_register(informal.text, "hu", "informal") == []
    findings = globalcs.check_register(informal.text, "hu", "formal")
    assert {f.kind for f in findings} == {"wrong_register"}
    assert {f.text for f in findings} >= {"rendelésedet", "követheted", "csomagodat"}


def test_register_checker_flags_on_forms_and_te_forms() -> None:
    slipped = globalcs.check_register("Köszi a rendelést, értesítjük Önt!", "hu", "informal")
    assert [(f.kind, f.text) for f in slipped] == [("wrong_register", "Önt")]
    mixed = globalcs.check_register(
        "Kérjük, ellenőrizze a fizetési adatokat, és válaszolj nekünk.", "hu", "formal"
    )
    assert [(f.kind, f.text) for f in mixed] == [("mixed_register", "válaszolj")]
    te = globalcs.check_register("Ezt neked küldjük.", "hu", "neutral")
    assert [(f.found, f.text) for f in te] == [("informal", "neked")]
    # Ordinary words that merely contain the letters are left alone.
    plain = "A víz a pohárba önt; a kód, a mód és a hetedik csomag önálló tétel."
    assert globalcs.check_register(plain, "hu", "formal") == []
    assert globalcs.check_register(plain, "hu", "informal") == []
    never = globalcs.check_register("Tisztelt Cím!", "hu", "formal")
    assert [(f.kind, f.text) for f in never] == [("never_to_customers", "Tisztelt Cím")]


def test_closings_take_no_comma_and_the_signature_names_the_brand() -> None:
    formal = _render("formal", ANNA, brand="Bolt").text.split("\n\n")[-1]
    assert formal.splitlines() == ["Tisztelettel", "Bolt Ügyfélszolgálat"]
    very = _render("very_formal", PETER).text.split("\n\n")[-1]
    assert very.splitlines() == ["Kiváló tisztelettel", "Ügyfélszolgálat"]
    informal = _render("informal", ANNA, brand="Bolt").text.split("\n\n")[-1]
    assert informal.splitlines() == ["Baráti üdvözlettel", "Bolt ügyfélszolgálati csapat"]


def test_dates_keep_their_own_full_stop_and_values_are_not_inflected() -> None:
    text = _render("formal", ANNA, intent="shipping_update").text
    assert "Várható kézbesítés: 2026. december 3. A csomag útját" in text
    assert "kézbesíti: GLS." in text
    for intent, variables in (
        ("delivery_delay", {"order_id": "A-1001", "new_delivery_date": dt.date(2026, 12, 9)}),
        ("return_instructions", {"order_id": "A-1001", "return_deadline": dt.date(2026, 12, 17)}),
        ("privacy_request_received", {"request_id": "P-77", "due_date": dt.date(2027, 1, 4)}),
    ):
        for formality in ("informal", "formal"):
            body = _render(formality, ANNA, intent=intent, variables=variables).text
            assert ".." not in body, body
    due = globalcs.render(
        "ticket_received",
        "HU",
        language="hu",
        formality="formal",
        ticket_id="T-7",
        response_due=dt.datetime(2027, 1, 4, 9, tzinfo=dt.UTC),
    )
    assert "Legkésőbb 2027. január 4. 10:00 óráig válaszolunk Önnek." in due.text


def test_payment_method_has_a_hungarian_name() -> None:
    message = globalcs.render(
        "payment_failed",
        "HU",
        language="hu",
        formality="formal",
        order_id="A-1001",
        amount=decimal.Decimal("12490"),
        payment_method="cash_on_delivery",
    )
    assert message.text.splitlines()[2].endswith("Fizetési mód: utánvét.")
    assert "A fizetendő összeg: 12\xa0490\xa0Ft." in message.text


def test_sms_fits_one_ucs2_segment_with_typical_values() -> None:
    shipping = _render(
        "formal",
        ANNA,
        intent="shipping_update",
        channel="sms",
        brand="Bolt",
        variables={
            "order_id": "A-1001",
            "carrier": "Magyar Posta",
            "expected_delivery": dt.date(2026, 12, 3),
        },
    )
    assert shipping.text == "Bolt: Feladtuk: A-1001 (Magyar Posta). Várható érkezés: 2026. dec. 3."
    assert shipping.encoding == "UCS-2"
    assert shipping.segments == 1
    failed = globalcs.render(
        "payment_failed",
        "HU",
        language="hu",
        formality="formal",
        channel="sms",
        brand="Bolt",
        order_id="A-1001",
        amount=decimal.Decimal("12490"),
    )
    assert failed.text == (
        "Bolt: Fizetési hiba: 12\xa0490\xa0Ft (A-1001). Kérjük, frissítse adatait."
    )
    assert (failed.encoding, failed.segments) == ("UCS-2", 1)
    assert len(failed.text) <= 70
    # Without á, ő or ű the order confirmation happens to fit GSM-7.
    order = _render("informal", ANNA, channel="sms", brand="Bolt")
    assert order.text == "Bolt: Rendelés visszaigazolva (A-1001). Végösszeg: 12 490 Ft."
    assert (order.encoding, order.segments) == ("GSM-7", 1)
    variables = local_variables(
        carrier="Magyar Posta",
        reopens_at=dt.datetime(2026, 12, 28, 8, tzinfo=dt.UTC),
        holiday_name="karácsony",
        total=decimal.Decimal("12490"),
        refund=decimal.Decimal("4990"),  # the forint has no decimals (CLDR 48)
        payment=decimal.Decimal("990"),
    )
    del variables["shipping_update"]["tracking_url"]
    for values in variables.values():
        if "order_id" in values:
            values["order_id"] = "A-1001"
    render = LocalRender("HU", "hu", "Bolt", variables)
    for formality in ("informal", "formal"):
        for intent in globalcs.intents():
            sms = render(intent, formality, channel="sms")
            assert sms.segments == 1, (intent, formality, sms.text)
            assert len(sms.text) <= 70, sms.text


def test_name_filter_puts_the_family_name_first() -> None:
    template = globalcs.compile_template("{{ customer|name }} | {{ customer|greeting }}")
    formal = globalcs.render_template(template, "HU", customer=ANNA, formality="formal").text
    assert formal == "Kovács Anna | Tisztelt Kovács Anna!"
    informal = globalcs.render_template(template, "HU", customer=PETER, formality="informal")
    assert informal.text == "Nagy Péter | Szia, Péter!"


def test_a_surname_alone_gets_the_generic_greeting() -> None:
    # Unlike 山田様, Hungarian has no honorific that goes with a bare surname.
    for formality, expected in (
        ("formal", "Tisztelt Ügyfelünk!"),
        ("neutral", "Kedves Ügyfelünk!"),
    ):
        message = globalcs.render(
            "delivered",
            "HU",
            language="hu",
            formality=formality,
            order_id="A-1",
            customer={"family_name": "Kovács"},
        )
        assert message.text.splitlines()[0] == expected


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("hu") == {
        "informal": ("Szia, Alex!", "Szia!"),
        "neutral": ("Kedves Morgan Alex!", "Kedves Ügyfelünk!"),
        "formal": ("Tisztelt Morgan Alex!", "Tisztelt Ügyfelünk!"),
        "very_formal": ("Tisztelt Morgan Alex!", "Tisztelt Ügyfelünk!"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "hu"
    market = "HU"
