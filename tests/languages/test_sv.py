"""Swedish (sv): du for every customer at every formality (du-reformen); formality shows only in
the greeting (Hej Anna! / Hej Anna Andersson! / Bästa Anna Andersson!) and the closing."""

from __future__ import annotations

import decimal
import re
from typing import Any

import globalcs
from globalcs.messages._languages import language
from tests.languages._local import neutral_greetings

ANNA = {"given_name": "Anna", "family_name": "Andersson", "gender": "female"}
ERIK = {"given_name": "Erik", "family_name": "Lindberg", "gender": "male"}
KIM = {"given_name": "Kim", "family_name": "Berg"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("1249.90")}
FORMALITIES = ("informal", "neutral", "formal", "very_formal")
NI = re.compile(r"\b(?:[Nn]i|[Ee]ra|[Ee]rt)\b")


def _render(formality: str | None, customer: object, channel: str = "email") -> globalcs.Message:
    return globalcs.render(
        "order_confirmation",
        "SE",
        language="sv",
        formality=formality,
        channel=channel,
        customer=customer,
        brand="Maison",
        **ORDER,
    )


def test_one_du_register_for_every_formality() -> None:
    assert language("sv").registers == ("informal",)
    bodies = set()
    for formality in FORMALITIES:
        message = _render(formality, ANNA)
        body = message.text.split("\n\n")[1]
        bodies.add(body)
        assert re.search(r"\b(?:du|dig|din)\b", body)
        assert not NI.search(message.text)
        assert message.subject == "Din beställning A-1001 är bekräftad"
    assert len(bodies) == 1


def test_greetings_climb_from_first_name_to_basta_and_ignore_gender() -> None:
    assert _render("informal", ANNA).text.splitlines()[0] == "Hej Anna!"
    assert _render("neutral", ERIK).text.splitlines()[0] == "Hej Erik!"
    assert _render("formal", KIM).text.splitlines()[0] == "Hej Kim Berg!"
    assert _render("very_formal", ANNA).text.splitlines()[0] == "Bästa Anna Andersson!"
    assert _render("very_formal", ERIK).text.splitlines()[0] == "Bästa Erik Lindberg!"
    for formality in FORMALITIES:
        first = _render(formality, ERIK).text.splitlines()[0]
        assert "herr" not in first
        assert not first.endswith(",")


def test_generic_greeting_and_closings_without_comma() -> None:
    assert _render("neutral", None).text.splitlines()[0] == "Hej!"
    assert _render("very_formal", None).text.splitlines()[0] == "Bästa kund!"
    closings = [_render(f, ANNA).text.splitlines()[-2] for f in FORMALITIES]
    assert closings == [
        "Hälsningar",
        "Vänliga hälsningar",
        "Med vänliga hälsningar",
        "Med vänliga hälsningar",
    ]
    assert _render("formal", ANNA).text.splitlines()[-1] == "Maison kundtjänst"


def test_market_default_is_informal_and_chat_says_hej() -> None:
    email = _render(None, ANNA)
    assert email.formality is globalcs.Formality.INFORMAL
    assert _render(None, ANNA, "chat").text.splitlines()[0] == "Hej Anna!"


def test_register_checker_has_nothing_to_flag_in_a_single_register_language() -> None:
    for formality in FORMALITIES:
        assert globalcs.check_register(_render(formality, KIM).text, "sv", formality) == []


def test_sms_is_gsm7_in_one_segment() -> None:
    sms = _render("formal", ANNA, "sms")
    assert sms.encoding == "GSM-7"
    assert sms.segments == 1
    assert sms.text == "Maison: Beställning A-1001 bekräftad. Totalt: 1 249,90 kr."


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("sv") == {
        "informal": ("Hej Alex!", "Hej!"),
        "neutral": ("Hej Alex!", "Hej!"),
        "formal": ("Hej Alex Morgan!", "Hej!"),
        "very_formal": ("Bästa Alex Morgan!", "Bästa kund!"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "sv"
    market = "SE"
