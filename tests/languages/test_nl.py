"""Dutch (nl): je in chat and for informal brands, u everywhere else; "Beste mevrouw De Vries,",
"Geachte heer De Vries," at the very formal level, "Beste Kim Verbeek," without a known gender."""

from __future__ import annotations

import datetime as dt
import decimal
import re
from typing import Any

import globalcs
from tests.languages._local import neutral_greetings

SANNE = {"given_name": "Sanne", "family_name": "De Vries", "gender": "female"}
JAN = {"given_name": "Jan", "family_name": "Jansen", "gender": "male"}
KIM = {"given_name": "Kim", "family_name": "Verbeek"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("49.90")}
JE = re.compile(r"\b(?:[Jj]e|[Jj]ij|[Jj]ou|[Jj]ouw)\b")
U = re.compile(r"\b(?:[Uu]|[Uu]w)\b")


def _lines(formality: str | None, customer: object, channel: str = "email") -> list[str]:
    message = globalcs.render(
        "order_confirmation",
        "NL",
        language="nl",
        formality=formality,
        channel=channel,
        customer=customer,
        brand="Maison",
        **ORDER,
    )
    return message.text.splitlines()


def test_formal_greeting_for_women_men_and_unknown_gender() -> None:
    assert _lines("formal", SANNE)[0] == "Beste mevrouw De Vries,"
    assert _lines("formal", JAN)[0] == "Beste meneer Jansen,"
    assert _lines("formal", KIM)[0] == "Beste Kim Verbeek,"


def test_surname_prefix_takes_a_capital_without_a_given_name_in_the_netherlands() -> None:
    registered = {"given_name": "Sanne", "family_name": "de Vries", "gender": "female"}
    assert _lines("formal", registered)[0] == "Beste mevrouw De Vries,"
    assert _lines("very_formal", registered)[0] == "Geachte mevrouw De Vries,"
    unknown = {"given_name": "Sanne", "family_name": "van der Sluis"}
    assert _lines("formal", unknown)[0] == "Beste Sanne van der Sluis,"
    hart = {"given_name": "Jan", "family_name": "'t Hart", "gender": "male"}
    assert _lines("formal", hart)[0] == "Beste meneer 't Hart,"
    # Merchant templates and the Jinja filters follow the same rule.
    template = globalcs.compile_template("{{ customer|greeting }} {{ customer|salutation }}")
    text = globalcs.render_template(template, "NL", customer=registered).text
    assert text == "Beste mevrouw De Vries, mevrouw De Vries"


def test_belgian_surnames_stay_as_registered() -> None:
    registered = {"given_name": "Sanne", "family_name": "de Vries", "gender": "female"}
    message = globalcs.render(
        "delivered", "BE", language="nl", formality="formal", order_id="1", customer=registered
    )
    assert message.text.splitlines()[0] == "Beste mevrouw de Vries,"


def test_very_formal_greeting_takes_heer_after_geachte_also_in_chat() -> None:
    assert _lines("very_formal", SANNE)[0] == "Geachte mevrouw De Vries,"
    assert _lines("very_formal", JAN)[0] == "Geachte heer Jansen,"
    assert _lines("very_formal", KIM)[0] == "Beste Kim Verbeek,"
    chat = _lines("very_formal", JAN, "chat")[0]
    assert chat == "Geachte heer Jansen,"
    assert not chat.startswith(("Goedendag heer", "Beste heer"))


def test_informal_greeting_and_closing_use_the_first_name() -> None:
    email = _lines("informal", SANNE)
    assert email[0] == "Hoi Sanne,"
    assert email[-2:] == ["Hartelijke groet,", "Team Maison"]
    assert _lines("informal", SANNE, "whatsapp")[0] == "Hoi Sanne!"
    assert _lines("formal", SANNE)[-2:] == ["Met vriendelijke groet,", "Klantenservice Maison"]


def test_generic_greetings_without_a_name() -> None:
    assert _lines("informal", None)[0] == "Hoi,"
    assert _lines("neutral", None)[0] == "Goedendag,"
    assert _lines("formal", None)[0] == "Beste klant,"
    assert _lines("very_formal", None)[0] == "Geachte klant,"


def test_u_in_email_and_je_in_chat_by_market_default() -> None:
    email = "\n".join(_lines(None, SANNE))
    chat = "\n".join(_lines(None, SANNE, "chat"))
    assert U.search(email)
    assert not JE.search(email)
    assert JE.search(chat)
    assert not U.search(chat)
    assert globalcs.check_register(email, "nl", "neutral") == []
    assert globalcs.check_register(chat, "nl", "informal") == []


def test_register_checker_flags_je_in_a_u_text() -> None:
    findings = globalcs.check_register(
        "Bedankt voor je bestelling, u ontvangt hem morgen.", "nl", "formal"
    )
    assert [(f.kind, f.text) for f in findings] == [("mixed_register", "je")]
    assert (
        globalcs.check_register("Zie https://x.example/u/1 voor uw pakket.", "nl", "formal") == []
    )


def test_sms_is_gsm7_and_the_same_in_both_registers() -> None:
    texts = set()
    for formality in ("informal", "formal"):
        sms = globalcs.render(
            "delivery_delay",
            "NL",
            language="nl",
            channel="sms",
            formality=formality,
            tone="apologetic",
            brand="Maison",
            order_id="A-1001",
            new_delivery_date=dt.date(2026, 12, 9),
        )
        assert sms.encoding == "GSM-7"
        assert sms.segments == 1
        texts.add(sms.text.split(". ", 1)[1])
    assert texts == {"Bestelling A-1001 heeft vertraging. Nieuwe leverdatum: 9 dec 2026."}


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("nl") == {
        "informal": ("Hoi Alex,", "Hoi,"),
        "neutral": ("Beste Alex Morgan,", "Goedendag,"),
        "formal": ("Beste Alex Morgan,", "Beste klant,"),
        "very_formal": ("Beste Alex Morgan,", "Geachte klant,"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "nl"
    market = "NL"
