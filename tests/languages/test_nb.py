"""Norwegian Bokmål (nb): du for every customer; greetings as Språkrådet writes them (comma
between Hei and the name, nothing or "!" at the end); "God dag" and "Kjære kunde" in formal mail."""

from __future__ import annotations

import decimal
import re
from typing import Any

import globalcs
from globalcs.messages._languages import language
from tests.languages._local import neutral_greetings

INGRID = {"given_name": "Ingrid", "family_name": "Hansen", "gender": "female"}
OLA = {"given_name": "Ola", "family_name": "Nordmann", "gender": "male"}
KIM = {"given_name": "Kim", "family_name": "Berg"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("1249.90")}
FORMALITIES = ("informal", "neutral", "formal", "very_formal")
POLITE_DE = re.compile(r"\b(?:Dem|Deres)\b|(?<=[a-zæøå,] )De\b")


def _render(formality: str | None, customer: object, channel: str = "email") -> globalcs.Message:
    return globalcs.render(
        "order_confirmation",
        "NO",
        language="nb",
        formality=formality,
        channel=channel,
        customer=customer,
        brand="Maison",
        **ORDER,
    )


def test_greetings_follow_sprakradet_punctuation() -> None:
    assert _render("informal", INGRID).text.splitlines()[0] == "Hei, Ingrid!"
    assert _render("neutral", OLA).text.splitlines()[0] == "Hei, Ola"
    assert _render("formal", KIM).text.splitlines()[0] == "Hei, Kim Berg"
    assert _render("very_formal", INGRID).text.splitlines()[0] == "God dag, Ingrid Hansen"
    for formality in FORMALITIES:
        first = _render(formality, OLA).text.splitlines()[0]
        assert not first.endswith((",", "."))


def test_generic_greetings_and_closings() -> None:
    assert _render("informal", None).text.splitlines()[0] == "Hei!"
    assert _render("formal", None).text.splitlines()[0] == "Kjære kunde"
    assert _render("very_formal", None, "chat").text.splitlines()[0] == "God dag"
    closings = [_render(f, INGRID).text.splitlines()[-2] for f in FORMALITIES]
    assert closings == ["Hilsen", "Vennlig hilsen", "Med vennlig hilsen", "Med vennlig hilsen"]


def test_du_for_everyone_and_never_the_polite_de() -> None:
    assert language("nb").registers == ("informal",)
    for formality in FORMALITIES:
        text = _render(formality, INGRID).text
        assert re.search(r"\b(?:du|deg|din)\b", text)
        assert not POLITE_DE.search(text)


def test_no_and_nn_resolve_to_bokmal() -> None:
    message = globalcs.render("delivered", "NO", language="no", order_id="A-1001")
    assert message.language == "nb"
    assert message.formality is globalcs.Formality.INFORMAL
    assert message.text.split("\n\n")[1] == (
        "Bestillingen din (A-1001) er levert. Vi håper du blir fornøyd!"
    )
    assert globalcs.render("delivered", "NO", language="nn", order_id="A-1").language == "nb"


def test_sms_is_gsm7_in_one_segment() -> None:
    sms = _render("formal", INGRID, "sms")
    assert sms.encoding == "GSM-7"
    assert sms.segments == 1
    assert sms.text == "Maison: Bestilling A-1001 er bekreftet. Totalt: 1 249,90 kr."


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("nb") == {
        "informal": ("Hei, Alex!", "Hei!"),
        "neutral": ("Hei, Alex", "Hei"),
        "formal": ("Hei, Alex Morgan", "Kjære kunde"),
        "very_formal": ("God dag, Alex Morgan", "Kjære kunde"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "nb"
    market = "NO"
