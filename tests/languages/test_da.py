"""Danish (da): du up to the formal level, the polite De/Dem/Deres only at the very formal level
("Kære fru Jensen"); greetings without a comma; amounts in "kr." never end a sentence."""

from __future__ import annotations

import decimal
import re
from typing import Any

import globalcs
from tests.languages._local import neutral_greetings

METTE = {"given_name": "Mette", "family_name": "Jensen", "gender": "female"}
LARS = {"given_name": "Lars", "family_name": "Nielsen", "gender": "male"}
KIM = {"given_name": "Kim", "family_name": "Holm"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("1249.90")}
DU = re.compile(r"\b(?:du|dig|din|dit|dine)\b")
DE = re.compile(r"\b(?:Dem|Deres)\b")


def _render(
    formality: str | None, customer: object, channel: str = "email", intent: str = "delivered"
) -> globalcs.Message:
    variables: dict[str, Any] = ORDER if intent == "order_confirmation" else {"order_id": "A-1001"}
    return globalcs.render(
        intent,
        "DK",
        language="da",
        formality=formality,
        channel=channel,
        customer=customer,
        brand="Maison",
        **variables,
    )


def test_very_formal_greeting_uses_fru_and_hr_and_never_guesses() -> None:
    assert _render("very_formal", METTE).text.splitlines()[0] == "Kære fru Jensen"
    assert _render("very_formal", LARS).text.splitlines()[0] == "Kære hr. Nielsen"
    assert _render("very_formal", KIM).text.splitlines()[0] == "Kære Kim Holm"
    assert _render("very_formal", LARS, "chat").text.splitlines()[0] == "Goddag hr. Nielsen"


def test_informal_neutral_and_formal_greetings_use_first_names() -> None:
    assert _render("informal", METTE).text.splitlines()[0] == "Hej Mette!"
    assert _render("neutral", METTE).text.splitlines()[0] == "Hej Mette"
    assert _render("formal", LARS).text.splitlines()[0] == "Kære Lars Nielsen"
    assert _render("formal", None).text.splitlines()[0] == "Kære kunde"
    assert _render("neutral", None).text.splitlines()[0] == "Hej"
    assert _render("formal", METTE).text.splitlines()[-2:] == [
        "Med venlig hilsen",
        "Kundeservice hos Maison",
    ]


def test_du_up_to_formal_and_de_only_at_very_formal() -> None:
    for formality in ("informal", "neutral", "formal"):
        text = globalcs.render(
            "delivered", "DK", language="da", formality=formality, tone="empathetic", order_id="A-1"
        ).text
        assert DU.search(text)
        assert not DE.search(text)
    polite = globalcs.render(
        "delivered", "DK", language="da", formality="very_formal", tone="empathetic", order_id="A-1"
    ).text
    assert "Vi håber, at De bliver glad for Deres køb." in polite
    assert not DU.search(polite)


def test_register_checker_tells_de_from_names_and_from_they() -> None:
    de_text = "Vi håber, at De bliver glad for Deres køb."
    assert {f.text for f in globalcs.check_register(de_text, "da", "formal")} == {"De", "Deres"}
    assert globalcs.check_register(de_text, "da", "very_formal") == []
    assert globalcs.check_register("Tak for din ordre, du hører fra os.", "da", "very_formal")
    they = "De fleste pakker når frem i morgen. Kære Janne De Vries, tak for din ordre."
    assert globalcs.check_register(they, "da", "informal") == []


def test_market_default_is_du() -> None:
    message = _render(None, METTE)
    assert message.formality is globalcs.Formality.INFORMAL
    assert message.subject == "Din ordre A-1001 er leveret"


def test_sms_amount_in_kroner_does_not_double_the_full_stop() -> None:
    sms = _render("very_formal", METTE, "sms", intent="order_confirmation")
    assert sms.text == "Maison: Ordre A-1001 på 1.249,90 kr. er bekræftet."
    assert sms.encoding == "GSM-7"
    assert sms.segments == 1


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("da") == {
        "informal": ("Hej Alex!", "Hej!"),
        "neutral": ("Hej Alex", "Hej"),
        "formal": ("Kære Alex Morgan", "Kære kunde"),
        "very_formal": ("Kære Alex Morgan", "Kære kunde"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "da"
    market = "DK"
