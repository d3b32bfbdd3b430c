"""Croatian (hr): the polite Vi with capitalised Vi/Vaš, ti for casual brands, greetings that put a
man's name in the vocative (Poštovani gospodine Horvate,) and never in the nominative, bodies that
read the same for women and men, date and time joined with 'u', and closings without a comma."""

from __future__ import annotations

import datetime as dt
import decimal
import re
from typing import Any

import pytest

import globalcs

from ._local import LocalRender, local_variables, neutral_greetings

ANA = {"given_name": "Ana", "family_name": "Horvat", "gender": "female"}
IVAN = {"given_name": "Ivan", "family_name": "Horvat", "gender": "male"}
SASA = {"given_name": "Saša", "family_name": "Kovač"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("49.90")}
SHIPPING: dict[str, Any] = {
    "order_id": "A-1001",
    "carrier": "GLS",
    "expected_delivery": dt.date(2026, 12, 3),
}
render = LocalRender(
    "HR",
    "hr",
    "Trgovina",
    local_variables(
        carrier="GLS",
        reopens_at=dt.datetime(2026, 12, 28, 8, tzinfo=dt.UTC),
        holiday_name="Božić",
    ),
)


def _first_line(formality: Any, customer: dict[str, str] | None, channel: Any = "email") -> str:
    message = globalcs.render(
        "order_confirmation",
        "HR",
        language="hr",
        formality=formality,
        channel=channel,
        customer=customer,
        **ORDER,
    )
    return message.text.splitlines()[0]


def test_formal_greetings_put_a_mans_surname_in_the_vocative() -> None:
    assert _first_line("formal", ANA) == "Poštovana gospođo Horvat,"
    assert _first_line("very_formal", ANA) == "Poštovana gospođo Horvat,"
    # Horvat -> Horvate cannot be formed by a template: the name-less form instead
    assert _first_line("formal", IVAN) == "Poštovani gospodine Horvate,"
    assert _first_line("very_formal", IVAN) == "Poštovani gospodine Horvate,"
    # Novak: Novače or Novak, a disputed vocative: no rule, the name-less greeting
    novak = {"given_name": "Ivan", "family_name": "Novak", "gender": "male"}
    assert _first_line("formal", novak) == "Poštovani gospodine,"
    assert _first_line("formal", {**novak, "family_name_vocative": "Novače"}) == (
        "Poštovani gospodine Novače,"
    )
    assert "Horvat," not in _first_line("formal", IVAN)


def test_neutral_unknown_gender_and_generic_greetings() -> None:
    assert _first_line("neutral", ANA) == "Dobar dan, gospođo Horvat,"
    assert _first_line("neutral", IVAN) == "Dobar dan, gospodine Horvate,"
    # no guessed gospodine or gospođo: the full name after Dobar dan
    assert _first_line("formal", SASA) == "Dobar dan, Saša Kovač,"
    assert _first_line("very_formal", SASA) == "Dobar dan, Saša Kovač,"
    assert _first_line("neutral", None) == "Dobar dan,"
    assert _first_line("formal", None) == "Poštovani,"
    assert _first_line("very_formal", None) == "Poštovana gospođo, poštovani gospodine,"


@pytest.mark.parametrize(
    ("surname", "vocative"),
    [
        # Lektorski dnevnik (Dnevnik.hr): Ivić -> Iviću, Ivan -> Ivane; Jutarnji list: Jurković
        ("Jurković", "Jurkoviću"),
        ("Babić", "Babiću"),
        ("Kovač", "Kovaču"),
        ("Horvat", "Horvate"),
        ("Knežević", "Kneževiću"),
    ],
)
def test_vocative_of_mens_surnames(surname: str, vocative: str) -> None:
    customer = {"given_name": "Ivan", "family_name": surname, "gender": "male"}
    assert _first_line("formal", customer) == f"Poštovani gospodine {vocative},"


def test_informal_and_chat_greetings() -> None:
    assert _first_line("informal", ANA) == "Bok, Ana,"
    assert _first_line("informal", IVAN) == "Bok, Ivane,"
    assert _first_line("informal", SASA) == "Bok, Saša,"
    assert _first_line("informal", None) == "Bok,"
    assert _first_line("informal", ANA, "chat") == "Bok, Ana!"
    assert _first_line("informal", None, "chat") == "Bok!"
    assert _first_line("formal", ANA, "chat") == "Dobar dan, gospođo Horvat,"
    assert _first_line("very_formal", IVAN, "whatsapp") == "Dobar dan, gospodine Horvate,"
    assert _first_line("formal", None, "chat") == "Dobar dan,"


def test_formal_body_uses_capitalised_vi_and_informal_body_ti() -> None:
    formal = globalcs.render("shipping_update", "HR", language="hr", formality="formal", **SHIPPING)
    informal = globalcs.render(
        "shipping_update", "HR", language="hr", formality="informal", **SHIPPING
    )
    assert formal.subject == "Vaša narudžba A-1001 je na putu"
    assert (
        "Vašu narudžbu A-1001 predali smo dostavnoj službi GLS, a do 3. prosinca 2026. "
        "trebala bi biti kod Vas." in formal.text
    )
    assert informal.subject == "Tvoja narudžba A-1001 je na putu"
    assert "Tvoju narudžbu A-1001 predali smo" in informal.text
    assert "trebala bi biti kod tebe." in informal.text
    refund = globalcs.render(
        "refund_processed",
        "HR",
        language="hr",
        formality="neutral",
        order_id="A-1001",
        amount=decimal.Decimal("49.90"),
    )
    assert "Za narudžbu A-1001 vratili smo Vam 49,90\u00a0€." in refund.text
    assert "Ovisno o Vašoj banci" in refund.text
    assert "na Vašem izvodu." in refund.text
    assert globalcs.check_register(formal.text, "hr", "formal") == []
    assert globalcs.check_register(informal.text, "hr", "informal") == []
    findings = globalcs.check_register(informal.text, "hr", "formal")
    assert {f.kind for f in findings} == {"wrong_register"}
    assert "Tvoju" in {f.text for f in findings}


def test_body_is_the_same_for_women_and_men() -> None:
    for formality in ("informal", "formal"):
        bodies = {
            globalcs.render(
                "ticket_received",
                "HR",
                language="hr",
                formality=formality,
                tone="empathetic",
                customer=person,
                ticket_id="T-7",
            ).text.split("\n", 1)[1]
            for person in (ANA, IVAN)
        }
        assert len(bodies) == 1, bodies


def test_informal_bodies_have_no_gendered_past_tense() -> None:
    # ti + past participle (si naručio / si naručila) would need the customer's gender;
    # no informal text uses the auxiliary 'si', and none slips into the Vi forms.
    for intent in globalcs.intents():
        text = render(intent, "informal", ANA).text
        assert not re.search(r"\bsi\b", text), (intent, text)
        assert not re.search(r"\b(?:ste|Vi|Vas|Vam|Vaš\w*)\b", text), (intent, text)


def test_vi_is_capitalised_and_dates_do_not_double_their_full_stop() -> None:
    # IHJJ: Vi, Vaš, Vama take a capital letter when writing to one person. A Croatian date
    # ends with a full stop (24. prosinca 2026.), which also closes a sentence.
    for intent in globalcs.intents():
        for channel in ("email", "sms"):
            text = render(intent, "formal", ANA, channel=channel).text
            assert not re.search(r"\b(?:vi|vas|vam|vama|vaš\w*)\b", text), (intent, text)
            assert ".." not in text, (intent, text)


def test_closing_formulas_take_no_comma() -> None:
    formal = globalcs.render(
        "delivered", "HR", language="hr", formality="formal", brand="Trgovina", order_id="A-1"
    )
    assert formal.text.split("\n\n")[-1].splitlines() == [
        "Srdačan pozdrav",
        "Korisnička podrška Trgovina",
    ]
    neutral = globalcs.render("delivered", "HR", language="hr", formality="neutral", order_id="A-1")
    assert neutral.text.split("\n\n")[-1].splitlines() == ["Lijep pozdrav", "Korisnička podrška"]
    very = globalcs.render(
        "delivered", "HR", language="hr", formality="very_formal", order_id="A-1"
    )
    assert very.text.split("\n\n")[-1].splitlines()[0] == "S poštovanjem"
    informal = globalcs.render(
        "delivered", "HR", language="hr", formality="informal", brand="Trgovina", order_id="A-1"
    )
    assert informal.text.split("\n\n")[-1].splitlines() == ["Pozdrav", "Tim Trgovina"]


def test_register_checker_positives() -> None:
    mixed = globalcs.check_register("Hvala Vam na narudžbi, tvoj paket je na putu.", "hr", "formal")
    assert [(f.kind, f.text) for f in mixed] == [("mixed_register", "tvoj")]
    wrong = globalcs.check_register("Javit ćemo ti sutra. Provjeri adresu.", "hr", "formal")
    assert [(f.kind, f.text) for f in wrong] == [
        ("wrong_register", "ti"),
        ("wrong_register", "Provjeri"),
    ]
    polite = globalcs.check_register("Javit ćemo Vam se ako ste kod kuće.", "hr", "informal")
    assert [f.text for f in polite] == ["Vam", "ste"]
    # neutral maps to the Vi register
    assert globalcs.check_register("Možeš pokušati ponovno.", "hr", "neutral")[0].text == "Možeš"


def test_register_checker_negatives() -> None:
    # Sentence-initial 'Ti' is also the demonstrative 'those'; 'te' is also the conjunction
    # 'and'; 'tvornica' (factory) and 'Vasić' (a surname) only look like tvoj and Vas.
    text = "Ti artikli su poslani te stižu sutra. Tvornica ih je zapakirala. Vasić je kurir."
    assert globalcs.check_register(text, "hr", "formal") == []
    assert globalcs.check_register(text, "hr", "informal") == []
    assert globalcs.check_register("Preuzmite je do petka.", "hr", "formal") == []
    assert globalcs.check_register("Preuzmi je do petka.", "hr", "informal") == []


def test_date_time_joins_with_u() -> None:
    message = globalcs.render(
        "ticket_received",
        "HR",
        language="hr",
        formality="formal",
        ticket_id="T-7",
        response_due=dt.datetime(2027, 1, 4, 9, tzinfo=dt.UTC),
    )
    assert "Odgovorit ćemo Vam do 4. siječnja 2027. u 10:00." in message.text


def test_a_date_ends_its_sentence_with_its_own_full_stop() -> None:
    delay = render("delivery_delay", "formal")
    assert "Novi očekivani datum dostave je 24. prosinca 2026." in delay.text
    assert "2026.." not in delay.text
    returns = render("return_instructions", "formal")
    assert "Do 15. prosinca 2026. možete vratiti narudžbu A-1." in returns.text


def test_sms_is_short_and_keeps_croatian_letters() -> None:
    sms = globalcs.render(
        "delivered", "HR", language="hr", channel="sms", brand="Trgovina", order_id="A-1001"
    )
    assert sms.text == "Trgovina: Narudžba A-1001 je dostavljena."
    assert sms.encoding == "UCS-2"
    assert sms.segments == 1
    ascii_only = globalcs.render(
        "password_reset", "HR", language="hr", channel="sms", reset_url="https://s.example/r/1"
    )
    assert ascii_only.text == "Promjena lozinke: https://s.example/r/1"
    assert ascii_only.encoding == "GSM-7"
    assert ascii_only.segments == 1


def test_email_html_is_croatian_and_left_to_right() -> None:
    message = globalcs.render(
        "delivered", "HR", language="hr", formality="formal", customer=ANA, order_id="A-1001"
    )
    assert message.html is not None
    assert '<html lang="hr" dir="ltr">' in message.html
    assert "<p>Poštovana gospođo Horvat,</p>" in message.html
    assert 'dir="rtl"' not in message.html


def test_payment_method_has_a_local_name() -> None:
    message = globalcs.render(
        "payment_failed",
        "HR",
        language="hr",
        formality="formal",
        order_id="A-1",
        amount=decimal.Decimal("9.90"),
        payment_method="cash_on_delivery",
    )
    assert "Način plaćanja: plaćanje pouzećem" in message.text
    transfer = render("payment_instructions", "formal")
    assert "Način plaćanja: bankovni prijenos, poziv na broj: A1-7." in transfer.text


def test_croatia_is_served_in_croatian_with_vi_by_default() -> None:
    message = globalcs.render("delivered", "HR", customer=IVAN, order_id="A-1")
    assert message.language == "hr"
    assert message.text.splitlines()[0] == "Poštovani gospodine Horvate,"
    assert "Vaša narudžba A-1 je dostavljena." in message.text


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("hr") == {
        "informal": ("Bok, Alex,", "Bok,"),
        "neutral": ("Dobar dan, Alex Morgan,", "Dobar dan,"),
        "formal": ("Dobar dan, Alex Morgan,", "Dobar dan,"),
        "very_formal": ("Dobar dan, Alex Morgan,", "Dobar dan,"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "hr"
    market = "HR"
