"""Bulgarian (bg): the polite Вие with capitalised Вие/Ви/Ваш, ти for casual brands, greetings with
the vocative г-жо but the base form г-н before an unchanged surname, gender-neutral bodies, and
dates that end in 'г.' kept off the end of sentences."""

from __future__ import annotations

import datetime as dt
import decimal
from typing import Any

import globalcs
from tests.languages._local import neutral_greetings

MARIA = {"given_name": "Мария", "family_name": "Иванова", "gender": "female"}
IVAN = {"given_name": "Иван", "family_name": "Петров", "gender": "male"}
SASHA = {"given_name": "Саша", "family_name": "Димитров"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("49.90")}
SHIPPING: dict[str, Any] = {
    "order_id": "A-1001",
    "carrier": "Speedy",
    "expected_delivery": dt.date(2026, 12, 3),
}


def _first_line(formality: Any, customer: dict[str, str] | None, channel: Any = "email") -> str:
    message = globalcs.render(
        "order_confirmation",
        "BG",
        language="bg",
        formality=formality,
        channel=channel,
        customer=customer,
        **ORDER,
    )
    return message.text.splitlines()[0]


def test_formal_greeting_uses_the_vocative_gzho_and_the_base_form_gn() -> None:
    assert _first_line("formal", MARIA) == "Уважаема г-жо Иванова,"
    assert _first_line("formal", IVAN) == "Уважаеми г-н Петров,"
    assert _first_line("very_formal", MARIA) == "Уважаема г-жо Иванова,"
    assert _first_line("very_formal", IVAN) == "Уважаеми г-н Петров,"
    # the surname is never declined, and 'господин' is not put in the vocative before a name
    assert "Петрове" not in _first_line("formal", IVAN)
    assert "г-не" not in _first_line("formal", IVAN)


def test_neutral_unknown_gender_and_generic_greetings() -> None:
    assert _first_line("neutral", MARIA) == "Здравейте, г-жо Иванова,"
    assert _first_line("neutral", IVAN) == "Здравейте, г-н Петров,"
    # no guessed г-н/г-жо: the full name after Здравейте
    assert _first_line("formal", SASHA) == "Здравейте, Саша Димитров,"
    assert _first_line("very_formal", SASHA) == "Здравейте, Саша Димитров,"
    assert _first_line("formal", None) == "Уважаеми клиенти,"
    assert _first_line("very_formal", None) == "Уважаема госпожо, уважаеми господине,"
    assert _first_line("neutral", None) == "Здравейте,"


def test_chat_greetings() -> None:
    assert _first_line("formal", MARIA, "chat") == "Здравейте, г-жо Иванова,"
    assert _first_line("very_formal", IVAN, "whatsapp") == "Добър ден, г-н Петров,"
    assert _first_line("formal", None, "chat") == "Здравейте,"
    assert _first_line("very_formal", None, "chat") == "Добър ден,"


def test_informal_greeting_uses_the_given_name() -> None:
    assert _first_line("informal", MARIA) == "Здравей, Мария,"
    assert _first_line("informal", IVAN) == "Здравей, Иван,"
    assert _first_line("informal", SASHA) == "Здравей, Саша,"
    assert _first_line("informal", MARIA, "chat") == "Здравей, Мария!"
    assert _first_line("informal", None) == "Здравей,"
    assert _first_line("informal", None, "chat") == "Здравей!"


def test_formal_body_uses_capitalised_vie_and_informal_ti() -> None:
    formal = globalcs.render("shipping_update", "BG", language="bg", formality="formal", **SHIPPING)
    informal = globalcs.render(
        "shipping_update", "BG", language="bg", formality="informal", **SHIPPING
    )
    assert formal.subject == "Вашата поръчка № A-1001 е на път"
    assert (
        "Вашата поръчка № A-1001 е предадена на куриерска фирма Speedy и "
        "до 3 декември 2026\u202fг. се очаква да пристигне при Вас." in formal.text
    )
    assert informal.subject == "Поръчката ти № A-1001 е на път"
    assert "до 3 декември 2026\u202fг. трябва да пристигне при теб." in informal.text
    refund = globalcs.render(
        "refund_processed",
        "BG",
        language="bg",
        formality="neutral",
        order_id="A-1001",
        amount=decimal.Decimal("49.90"),
    )
    assert "Възстановихме Ви 49,90\u00a0€ за поръчка № A-1001." in refund.text
    assert "Вашата банка" in refund.text
    assert "по сметката Ви" in refund.text
    assert globalcs.check_register(formal.text, "bg", "formal") == []
    assert globalcs.check_register(informal.text, "bg", "informal") == []
    findings = globalcs.check_register(informal.text, "bg", "formal")
    assert findings
    assert {f.kind for f in findings} == {"wrong_register"}
    assert "теб" in {f.text for f in findings}


def test_body_is_the_same_for_women_and_men() -> None:
    for formality in ("informal", "formal"):
        bodies = {
            globalcs.render(
                "ticket_received",
                "BG",
                language="bg",
                formality=formality,
                tone="empathetic",
                customer=person,
                ticket_id="T-7",
            ).text.split("\n", 1)[1]
            for person in (MARIA, IVAN)
        }
        assert len(bodies) == 1, bodies


def test_closings() -> None:
    formal = globalcs.render(
        "delivered", "BG", language="bg", formality="formal", brand="Магазин", order_id="A-1"
    )
    assert formal.text.split("\n\n")[-1].splitlines() == [
        "С уважение,",
        "Екипът за обслужване на клиенти на Магазин",
    ]
    neutral = globalcs.render("delivered", "BG", language="bg", formality="neutral", order_id="A-1")
    assert neutral.text.split("\n\n")[-1].splitlines() == [
        "Поздрави,",
        "Отдел „Обслужване на клиенти“",
    ]
    informal = globalcs.render(
        "delivered", "BG", language="bg", formality="informal", brand="Магазин", order_id="A-1"
    )
    assert informal.text.split("\n\n")[-1].splitlines() == ["Поздрави,", "Екипът на Магазин"]


def test_register_checker_positives() -> None:
    text = "Благодарим Ви за поръчката, твоят пакет е на път."
    mixed = globalcs.check_register(text, "bg", "formal")
    assert [(f.kind, f.text) for f in mixed] == [("mixed_register", "твоят")]
    wrong = globalcs.check_register("Ще ти пишем утре. Провери адреса.", "bg", "formal")
    assert [(f.kind, f.text) for f in wrong] == [
        ("wrong_register", "ти"),
        ("wrong_register", "Провери"),
    ]
    polite = globalcs.check_register("Ще Ви пишем утре, ако сте у дома.", "bg", "informal")
    assert [f.text for f in polite] == ["Ви", "сте"]
    # neutral maps to the Вие register
    assert globalcs.check_register("Можеш да опиташ отново.", "bg", "neutral")[0].text == "Можеш"


def test_register_checker_negatives() -> None:
    # 'си' is also the reflexive possessive of every register; 'те' is also 'they'; 'Виена',
    # 'Вашингтон' and 'тибетски' only begin like Ви, Ваш and ти; lower-case 'вие' is the verb 'to
    # howl' (or the plural pronoun), not the polite form.
    text = "Те пазаруват във Виена и Вашингтон. Вятърът вие. Тибетски чай е в пратката си."
    assert globalcs.check_register(text, "bg", "formal") == []
    assert globalcs.check_register(text, "bg", "informal") == []
    assert globalcs.check_register("Проверете пратката си, моля.", "bg", "formal") == []
    assert globalcs.check_register("Провери пратката си, моля.", "bg", "informal") == []


def test_date_time_joins_with_v() -> None:
    message = globalcs.render(
        "ticket_received",
        "BG",
        language="bg",
        formality="formal",
        ticket_id="T-7",
        response_due=dt.datetime(2027, 1, 4, 9, tzinfo=dt.UTC),
    )
    assert "Ще Ви отговорим до 4 януари 2027\u202fг. в 11:00." in message.text


def test_dates_ending_in_g_never_take_a_second_period() -> None:
    delay = globalcs.render(
        "delivery_delay",
        "BG",
        language="bg",
        formality="formal",
        order_id="A-1",
        new_delivery_date=dt.date(2026, 12, 24),
    )
    assert "24 декември 2026\u202fг. е новата очаквана дата на доставка." in delay.text
    returns = globalcs.render(
        "return_instructions",
        "BG",
        language="bg",
        channel="sms",
        order_id="A-1",
        return_deadline=dt.date(2026, 12, 15),
    )
    assert returns.text == "До 15.12.2026\u202fг. можете да върнете поръчка A-1."
    assert "г.." not in delay.text + returns.text


def test_sms_is_short_and_unicode() -> None:
    sms = globalcs.render(
        "delivered", "BG", language="bg", channel="sms", brand="Магазин", order_id="A-1001"
    )
    assert sms.text == "Магазин: Поръчка A-1001 е доставена."
    assert sms.encoding == "UCS-2"
    assert sms.segments == 1
    long = globalcs.render("return_received", "BG", language="bg", channel="sms", order_id="A-1001")
    assert long.text == (
        "Върнатите артикули от поръчка A-1001 са получени. "
        "Скоро ще потвърдим възстановяването на сумата."
    )
    assert long.encoding == "UCS-2"
    assert long.segments == 2


def test_email_html_is_bulgarian_and_left_to_right() -> None:
    message = globalcs.render(
        "delivered", "BG", language="bg", formality="formal", customer=MARIA, order_id="A-1001"
    )
    assert message.html is not None
    assert '<html lang="bg" dir="ltr">' in message.html
    assert "<p>Уважаема г-жо Иванова,</p>" in message.html
    assert 'dir="rtl"' not in message.html


def test_payment_method_has_a_local_name() -> None:
    message = globalcs.render(
        "payment_failed",
        "BG",
        language="bg",
        formality="formal",
        order_id="A-1",
        amount=decimal.Decimal("9.90"),
        payment_method="cash_on_delivery",
    )
    assert "Начин на плащане: наложен платеж" in message.text


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("bg") == {
        "informal": ("Здравей, Alex,", "Здравей,"),
        "neutral": ("Здравейте, Alex Morgan,", "Здравейте,"),
        "formal": ("Здравейте, Alex Morgan,", "Уважаеми клиенти,"),
        "very_formal": ("Здравейте, Alex Morgan,", "Добър ден,"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "bg"
    market = "BG"
