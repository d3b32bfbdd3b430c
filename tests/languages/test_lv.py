"""Latvian (lv): the polite Jūs with capitalised Jūs/Jums/Jūsu, Tu/Tev/Tavs for casual brands;
women greeted by their full name (unchanged in the vocative), men and unknown genders without one
(the patterns cannot form Jāni or Kalniņa kungs); bodies free of gendered participles; dates
placed where the nominative fits; closings without a comma; UCS-2 SMS."""

from __future__ import annotations

import datetime as dt
import decimal
from typing import Any

import pytest

import globalcs
from tests.languages._local import neutral_greetings

ANNA = {"given_name": "Anna", "family_name": "Kalniņa", "gender": "female"}
JANIS = {"given_name": "Jānis", "family_name": "Bērziņš", "gender": "male"}
SASA = {"given_name": "Saša", "family_name": "Ozols"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("49.90")}
SHIPPING: dict[str, Any] = {
    "order_id": "A-1001",
    "carrier": "Omniva",
    "expected_delivery": dt.date(2026, 12, 3),
}


def _render(
    formality: str, customer: dict[str, str] | None = None, **options: Any
) -> globalcs.Message:
    return globalcs.render(
        "order_confirmation",
        "LV",
        language="lv",
        formality=formality,
        customer=customer,
        **ORDER,
        **options,
    )


def _first_line(formality: str, customer: dict[str, str] | None, channel: str = "email") -> str:
    return _render(formality, customer, channel=channel).text.splitlines()[0]


def test_women_are_greeted_by_their_full_name() -> None:
    assert _first_line("informal", ANNA) == "Sveiki, Anna!"
    assert _first_line("neutral", ANNA) == "Labdien, Anna Kalniņa!"
    assert _first_line("formal", ANNA) == "Cienījamā Anna Kalniņa!"
    assert _first_line("very_formal", ANNA) == "Godātā Anna Kalniņa!"
    assert _first_line("neutral", ANNA, "chat") == "Labdien, Anna Kalniņa!"


def test_men_are_greeted_in_the_vocative_never_the_nominative() -> None:
    # "Labdien, Jānis!" / "Cienījamais Jānis Bērziņš!" would be wrong: the vocative is
    # Jāni Bērziņ (Latvian Language Agency: Kaspar!, Andri!, Miku!).
    assert _first_line("informal", JANIS) == "Sveiki, Jāni!"
    assert _first_line("neutral", JANIS) == "Labdien, Jāni Bērziņ!"
    assert _first_line("formal", JANIS) == "Cienījamais Jāni Bērziņ!"
    assert _first_line("very_formal", JANIS) == "Godātais Jāni Bērziņ!"
    assert _first_line("neutral", JANIS, "whatsapp") == "Labdien, Jāni Bērziņ!"
    for formality in ("informal", "neutral", "formal", "very_formal"):
        text = _render(formality, JANIS).text
        assert "Jānis" not in text
        assert "Bērziņš" not in text
    # an adjectival surname has no rule: the name-less greeting, unless the shop stores it
    baltais = {"given_name": "Jānis", "family_name": "Baltais", "gender": "male"}
    assert _first_line("formal", baltais) == "Cienījamais kungs!"
    assert _first_line("formal", {**baltais, "family_name_vocative": "Baltais"}) == (
        "Cienījamais Jāni Baltais!"
    )


@pytest.mark.parametrize(
    ("nominative", "vocative"),
    [("Kaspars", "Kaspar"), ("Gints", "Gint"), ("Andris", "Andri"), ("Mikus", "Miku")],
)
def test_vocative_of_mens_names(nominative: str, vocative: str) -> None:
    customer = {"given_name": nominative, "family_name": "Ozols", "gender": "male"}
    assert _first_line("informal", customer) == f"Sveiki, {vocative}!"
    assert _first_line("neutral", customer) == f"Labdien, {vocative} Ozol!"


def test_unknown_gender_names_both_and_generic_greetings() -> None:
    assert _first_line("informal", SASA) == "Sveiki!"
    assert _first_line("neutral", SASA) == "Labdien!"
    assert _first_line("formal", SASA) == "Cienījamā kundze, cienījamais kungs!"
    assert _first_line("very_formal", SASA) == "Godātā kundze, godātais kungs!"
    assert _first_line("formal", None) == "Cienījamā kundze, cienījamais kungs!"
    assert _first_line("very_formal", None) == "Godātā kundze, godātais kungs!"
    assert _first_line("neutral", None) == "Labdien!"
    assert _first_line("informal", None) == "Sveiki!"
    assert _first_line("formal", None, "chat") == "Labdien!"
    # a woman without a family name is not greeted by her first name alone
    assert _first_line("formal", {"given_name": "Anna", "gender": "female"}) == (
        "Cienījamā kundze, cienījamais kungs!"
    )


def test_formal_body_uses_capitalised_jus_and_informal_tu() -> None:
    formal = globalcs.render("shipping_update", "LV", language="lv", formality="formal", **SHIPPING)
    informal = globalcs.render(
        "shipping_update", "LV", language="lv", formality="informal", **SHIPPING
    )
    assert formal.subject == "Jūsu pasūtījums A-1001 ir ceļā"
    assert "Jūsu pasūtījums A-1001 ir nodots pārvadātājam Omniva." in formal.text
    assert "Paredzamais piegādes datums: 2026. gada 3. decembris." in formal.text
    assert informal.subject == "Tavs pasūtījums A-1001 ir ceļā"
    assert "Labas ziņas: Tavs pasūtījums A-1001 jau ir pie pārvadātāja Omniva." in informal.text
    refund = globalcs.render(
        "refund_processed",
        "LV",
        language="lv",
        formality="neutral",
        order_id="A-1001",
        amount=decimal.Decimal("49.90"),
    )
    assert "Esam Jums atmaksājuši 49,90\u00a0€ par pasūtījumu A-1001." in refund.text
    assert "Atkarībā no Jūsu bankas" in refund.text
    assert globalcs.check_register(formal.text, "lv", "formal") == []
    assert globalcs.check_register(informal.text, "lv", "informal") == []
    findings = globalcs.check_register(informal.text, "lv", "formal")
    assert {f.kind for f in findings} == {"wrong_register"}
    assert [f.text for f in findings] == ["Tavs"]


def test_bodies_avoid_gendered_participles() -> None:
    # simple past instead of participles: neveicāt / neveici, not neesat pieteicies/pieteikusies
    newsletter = globalcs.render(
        "newsletter_confirmation",
        "LV",
        language="lv",
        formality="formal",
        confirm_url="https://s.example/o/1",
    )
    assert "Ja pieteikumu neveicāt Jūs, vienkārši neņemiet šo ziņu vērā" in newsletter.text
    review = globalcs.render(
        "review_request",
        "LV",
        language="lv",
        formality="formal",
        order_id="A-1",
        review_url="https://s.example/v/1",
    )
    assert "Ceram, ka pasūtījums A-1 Jums patīk." in review.text
    for formality in ("informal", "formal"):
        bodies = {
            globalcs.render(
                "ticket_received",
                "LV",
                language="lv",
                formality=formality,
                tone="empathetic",
                customer=person,
                ticket_id="T-7",
            ).text.split("\n", 1)[1]
            for person in (ANNA, JANIS)
        }
        assert len(bodies) == 1, bodies


def test_dates_stand_where_the_nominative_fits() -> None:
    delay = globalcs.render(
        "delivery_delay",
        "LV",
        language="lv",
        formality="formal",
        order_id="A-1",
        new_delivery_date=dt.date(2026, 12, 24),
    )
    assert (
        "Diemžēl Jūsu pasūtījuma A-1 piegāde kavējas. "
        "Jaunais paredzamais piegādes datums: 2026. gada 24. decembris."
    ) in delay.text
    invoice = globalcs.render(
        "invoice_reminder",
        "LV",
        language="lv",
        formality="formal",
        invoice_id="R-9",
        amount=decimal.Decimal("9.90"),
        due_date=dt.date(2026, 11, 30),
    )
    assert "apmaksas termiņš bija 2026. gada 30. novembris." in invoice.text
    ticket = globalcs.render(
        "ticket_received",
        "LV",
        language="lv",
        formality="formal",
        ticket_id="T-7",
        response_due=dt.datetime(2027, 1, 4, 9, tzinfo=dt.UTC),
    )
    assert "Plānotais atbildes laiks: 2027. gada 4. janvāris 11:00." in ticket.text


def test_closing_formulas_take_no_comma() -> None:
    formal = globalcs.render(
        "delivered", "LV", language="lv", formality="formal", brand="Veikals", order_id="A-1"
    )
    assert formal.text.split("\n\n")[-1].splitlines() == [
        "Ar cieņu",
        "Veikals klientu apkalpošanas dienests",
    ]
    neutral = globalcs.render("delivered", "LV", language="lv", formality="neutral", order_id="A-1")
    assert neutral.text.split("\n\n")[-1].splitlines() == [
        "Ar labiem vēlējumiem",
        "Klientu apkalpošanas dienests",
    ]
    very = globalcs.render(
        "delivered", "LV", language="lv", formality="very_formal", order_id="A-1"
    )
    assert very.text.split("\n\n")[-1].splitlines()[0] == "Ar patiesu cieņu"
    informal = globalcs.render(
        "delivered", "LV", language="lv", formality="informal", brand="Veikals", order_id="A-1"
    )
    assert informal.text.split("\n\n")[-1].splitlines() == ["Visu labu", "Veikals komanda"]


def test_register_checker_positives() -> None:
    text = "Paldies par Jūsu pasūtījumu, Tava paka ir ceļā."
    mixed = globalcs.check_register(text, "lv", "formal")
    assert [(f.kind, f.text) for f in mixed] == [("mixed_register", "Tava")]
    wrong = globalcs.check_register(
        "Sazinies ar mums, ja vēlies. Mēs Tev palīdzēsim.", "lv", "formal"
    )
    assert [(f.kind, f.text) for f in wrong] == [
        ("wrong_register", "Sazinies"),
        ("wrong_register", "vēlies"),
        ("wrong_register", "Tev"),
    ]
    polite = globalcs.check_register("Mēs Jums atbildēsim, ja vēlaties.", "lv", "informal")
    assert [f.text for f in polite] == ["Jums", "vēlaties"]
    # neutral maps to the jūs register
    assert globalcs.check_register("Tu vari to mēģināt vēlreiz.", "lv", "neutral")[0].text == "Tu"


def test_register_checker_negatives() -> None:
    # Tēvu (fathers', long ē) is not tevi/tavu; variantus only starts with 'vari';
    # Jumis (a Latvian symbol) only looks like Jums; mums (us) is in every register.
    text = "Tēvu dienā piedāvāsim jaunus variantus. Jumis ir uz jumta. Mums ir prieks."
    assert globalcs.check_register(text, "lv", "formal") == []
    assert globalcs.check_register(text, "lv", "informal") == []
    # atbildi and pārbaudi are also nouns ('answer', 'check'), so they are not tu markers
    assert (
        globalcs.check_register("Atbildi sniegsim, kad būsim veikuši pārbaudi.", "lv", "formal")
        == []
    )


def test_sms_is_short_and_keeps_latvian_letters() -> None:
    sms = globalcs.render(
        "delivered", "LV", language="lv", channel="sms", brand="Veikals", order_id="A-1001"
    )
    assert sms.text == "Veikals: Pasūtījums A-1001 piegādāts."
    assert sms.encoding == "UCS-2"
    assert sms.segments == 1
    ascii_only = globalcs.render(
        "password_reset",
        "LV",
        language="lv",
        formality="informal",
        channel="sms",
        reset_url="https://s.example/r/1",
    )
    assert ascii_only.text == "Atiestati paroli: https://s.example/r/1"
    assert ascii_only.encoding == "GSM-7"
    assert ascii_only.segments == 1
    # the medium date ends in an abbreviation point: no second full stop after it
    delay = globalcs.render(
        "delivery_delay",
        "LV",
        language="lv",
        channel="sms",
        order_id="A-1",
        new_delivery_date=dt.date(2026, 12, 24),
    )
    assert delay.text == "Pasūtījums A-1 kavējas, jaunais piegādes datums: 2026. gada 24. dec."


def test_email_html_is_latvian_and_left_to_right() -> None:
    message = globalcs.render(
        "delivered", "LV", language="lv", formality="formal", customer=ANNA, order_id="A-1001"
    )
    assert message.html is not None
    assert '<html lang="lv" dir="ltr">' in message.html
    assert "<p>Cienījamā Anna Kalniņa!</p>" in message.html
    assert 'dir="rtl"' not in message.html


def test_payment_method_has_a_local_name() -> None:
    message = globalcs.render(
        "payment_failed",
        "LV",
        language="lv",
        formality="formal",
        order_id="A-1",
        amount=decimal.Decimal("9.90"),
        payment_method="cash_on_delivery",
    )
    assert "Maksājuma veids: pēcmaksa" in message.text
    card = globalcs.render(
        "payment_failed",
        "LV",
        language="lv",
        order_id="A-1",
        amount=decimal.Decimal("9.90"),
        payment_method="card",
    )
    assert "Maksājuma veids: maksājumu karte" in card.text


def test_bank_transfer_steps_name_the_payment_purpose_field() -> None:
    message = globalcs.render(
        "payment_instructions",
        "LV",
        language="lv",
        formality="formal",
        order_id="A-1",
        amount=decimal.Decimal("9.90"),
        payment_method="bank_transfer",
        reference="A1-7",
        pay_by=dt.date(2026, 12, 7),
    )
    assert "lūdzam samaksāt 9,90\u00a0€, norādot maksājuma atsauci A1-7." in message.text
    assert "Maksājuma veids: bankas pārskaitījums. Apmaksas termiņš: 2026. gada 7. decembris." in (
        message.text
    )
    assert "Lūdzam norādīt atsauci maksājuma mērķī tieši tā, kā parādīts" in message.text


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("lv") == {
        "informal": ("Sveiki!", "Sveiki!"),
        "neutral": ("Labdien!", "Labdien!"),
        "formal": ("Labdien!", "Labdien!"),
        "very_formal": ("Labdien!", "Labdien!"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "lv"
    market = "LV"
