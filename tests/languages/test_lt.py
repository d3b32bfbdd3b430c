"""Lithuanian (lt): names only in the vocative (Jonai, Egle, pone Petraiti), formed for the
regular endings or given by the shop, and left out otherwise; gendered polite openers where
the gender is known, 'Laba diena!' where it is not; jūs with a capital letter in the formal
register and tu for casual brands; UCS-2 SMS."""

from __future__ import annotations

import datetime as dt
import decimal
from typing import Any

import pytest

import globalcs
from tests.languages._local import neutral_greetings

EGLE = {"given_name": "Eglė", "family_name": "Petraitienė", "gender": "female"}
JONAS = {"given_name": "Jonas", "family_name": "Petraitis", "gender": "male"}
ANDRIUS = {"given_name": "Andrius", "family_name": "Kazlauskas"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("49.90")}


def _render(formality: str, customer: object = None, **options: Any) -> globalcs.Message:
    return globalcs.render(
        "order_confirmation",
        "LT",
        language="lt",
        formality=formality,
        customer=customer,
        **ORDER,
        **options,
    )


def _first_line(formality: str, customer: object, channel: str = "email") -> str:
    return _render(formality, customer, channel=channel).text.splitlines()[0]


def test_lithuania_is_served_in_lithuanian() -> None:
    message = globalcs.render("order_confirmation", "LT", **ORDER)
    assert message.language == "lt"
    assert message.formality is globalcs.Formality.FORMAL


def test_formal_greetings_agree_with_the_gender_and_put_the_name_in_the_vocative() -> None:
    # Eglė Petraitienė is "Egle Petraitiene" in the vocative, Jonas Petraitis "Jonai
    # Petraiti": the stored nominative never appears in the greeting.
    assert _first_line("formal", EGLE) == "Gerbiamoji kliente!"
    assert _first_line("formal", JONAS) == "Gerbiamasis kliente!"
    assert _first_line("formal", ANDRIUS) == "Laba diena!"
    assert _first_line("very_formal", EGLE) == "Gerbiamoji ponia Petraitiene!"
    assert _first_line("very_formal", JONAS) == "Gerbiamasis pone Petraiti!"
    assert _first_line("very_formal", ANDRIUS) == "Laba diena!"
    for formality in ("informal", "neutral", "formal", "very_formal"):
        for customer in (EGLE, JONAS, ANDRIUS):
            text = _render(formality, customer).text
            for name in ("Eglė", "Jonas", "Andrius", "Petraitienė", "Petraitis", "Kazlauskas"):
                assert f"{name}!" not in text
                assert f"{name} " not in text


@pytest.mark.parametrize(
    ("nominative", "vocative"),
    [
        # The endings of the profile's sources: -as -> -ai, -is -> -i, -ys -> -y,
        # -(i)us -> -(i)au, -ė -> -e, -a stays.
        ("Jonas", "Jonai"),
        ("Petras", "Petrai"),
        ("Kęstutis", "Kęstuti"),
        ("Kazys", "Kazy"),
        ("Andrius", "Andriau"),
        ("Eglė", "Egle"),
        ("Rūta", "Rūta"),
        ("Kazlauskaitė", "Kazlauskaite"),
    ],
)
def test_vocative_of_regular_names(nominative: str, vocative: str) -> None:
    customer = {"given_name": nominative, "family_name": "Petraitis"}
    assert _first_line("informal", customer) == f"Labas, {vocative}!"


def test_informal_neutral_and_generic_greetings() -> None:
    assert _first_line("informal", EGLE) == "Labas, Egle!"
    assert _first_line("informal", JONAS, "chat") == "Labas, Jonai!"
    assert _first_line("neutral", EGLE) == "Sveiki, Egle!"
    assert _first_line("neutral", ANDRIUS, "whatsapp") == "Sveiki, Andriau!"
    assert _first_line("neutral", {"given_name": "John"}) == "Sveiki!"  # not a Lithuanian ending
    assert _first_line("neutral", {"given_name": "John", "given_name_vocative": "Džonai"}) == (
        "Sveiki, Džonai!"
    )
    assert _first_line("neutral", None) == "Sveiki!"
    assert _first_line("formal", None) == "Laba diena!"
    assert _first_line("very_formal", None, "chat") == "Laba diena!"


def test_formal_body_uses_capitalised_jus_and_informal_tu() -> None:
    formal = _render("formal", EGLE).text
    informal = _render("informal", EGLE).text
    assert (
        "Dėkojame už užsakymą. Gavome Jūsų užsakymą Nr. A-1001, kurio suma – 49,90\xa0€, "
        "ir pranešime Jums, kai tik jį išsiųsime." in formal
    )
    assert (
        "Ačiū už užsakymą. Gavome tavo užsakymą Nr. A-1001, kurio suma – 49,90\xa0€, "
        "ir pranešime tau, kai tik jį išsiųsime." in informal
    )
    assert "Jūsų" not in informal
    assert globalcs.check_register(formal, "lt", "formal") == []
    assert globalcs.check_register(informal, "lt", "informal") == []
    assert {f.kind for f in globalcs.check_register(informal, "lt", "formal")} == {"wrong_register"}
    assert {f.kind for f in globalcs.check_register(formal, "lt", "informal")} == {"wrong_register"}


def test_imperatives_follow_the_register() -> None:
    variables = {"order_id": "A-1", "carrier": "DPD"}
    formal = globalcs.render("delivery_failed", "LT", language="lt", **variables).text
    informal = globalcs.render(
        "delivery_failed", "LT", language="lt", formality="informal", **variables
    ).text
    assert (
        "Vežėjas DPD negalėjo pristatyti užsakymo Nr. A-1. Patikrinkite pristatymo adresą ir "
        "praneškite mums, kada galėsite priimti siuntą" in formal
    )
    assert (
        "Vežėjas DPD negalėjo pristatyti užsakymo Nr. A-1. Patikrink pristatymo adresą ir "
        "pranešk mums, kada galėsi priimti siuntą" in informal
    )


def test_register_checker() -> None:
    findings = globalcs.check_register("Ar tavo užsakymas atkeliavo? Susisiekite.", "lt", "formal")
    assert [(f.kind, f.text) for f in findings] == [("mixed_register", "tavo")]
    findings = globalcs.check_register("Patikrinkite adresą.", "lt", "informal")
    assert [(f.kind, f.text) for f in findings] == [("wrong_register", "Patikrinkite")]
    assert [f.text for f in globalcs.check_register("Gausi siuntą rytoj.", "lt", "formal")] == [
        "Gausi"
    ]
    # 'kartu' and 'tuoj' contain 'tu' and 'tik' and 'kiek' end in -k like an imperative, but
    # none of them is a tu form; 'gali' is also third person ('the parcel may ...').
    neutral_words = "Siunta gali vėluoti, bet tuoj atkeliaus kartu su sąskaita; tik kiek vėliau."
    assert globalcs.check_register(neutral_words, "lt", "formal") == []
    assert globalcs.check_register(neutral_words, "lt", "informal") == []


def test_closings() -> None:
    def closing(formality: str) -> str:
        return _render(formality, JONAS).text.split("\n\n")[-1].splitlines()[0]

    assert closing("informal") == "Linkėjimai"
    assert closing("neutral") == "Pagarbiai"
    assert closing("formal") == "Pagarbiai"
    assert closing("very_formal") == "Su pagarba"


def test_dates_do_not_double_the_abbreviation_point() -> None:
    text = globalcs.render(
        "delivery_delay",
        "LT",
        language="lt",
        order_id="A-1",
        new_delivery_date=dt.date(2026, 12, 24),
    ).text
    assert "Nauja numatoma pristatymo data – 2026 m. gruodžio 24 d." in text
    assert "d.." not in text


def test_sms_is_ucs2_and_one_segment() -> None:
    for formality in ("informal", "formal"):
        sms = globalcs.render(
            "delivered",
            "LT",
            language="lt",
            channel="sms",
            formality=formality,
            brand="Parduotuvė",
            order_id="A-1001",
        )
        assert sms.text == "Parduotuvė: Užsakymas Nr. A-1001 pristatytas."
        assert sms.encoding == "UCS-2"
        assert sms.segments == 1


def test_email_html_is_lithuanian_left_to_right() -> None:
    message = _render("formal", EGLE)
    assert message.html is not None
    assert '<html lang="lt" dir="ltr">' in message.html
    assert "<p>Gerbiamoji kliente!</p>" in message.html
    assert message.subject == "Jūsų užsakymas Nr. A-1001 patvirtintas"


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("lt") == {
        "informal": ("Labas!", "Labas!"),
        "neutral": ("Sveiki!", "Sveiki!"),
        "formal": ("Laba diena!", "Laba diena!"),
        "very_formal": ("Laba diena!", "Laba diena!"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "lt"
    market = "LT"
