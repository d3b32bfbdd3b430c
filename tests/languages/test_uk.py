"""Ukrainian (uk): the polite Ви capitalised, ти for casual brands, greetings that never put a lone
name in the nominative where the vocative is required, gender-neutral bodies, closings without a
comma, dates that do not end a sentence with a doubled full stop."""

from __future__ import annotations

import datetime as dt
import decimal
from typing import Any

import globalcs
from tests.languages._local import neutral_greetings

OKSANA = {"given_name": "Оксана", "family_name": "Коваленко", "gender": "female"}
ANDRII = {"given_name": "Андрій", "family_name": "Мельник", "gender": "male"}
SASHA = {"given_name": "Саша", "family_name": "Коваль"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("1249")}
SHIPPING: dict[str, Any] = {
    "order_id": "A-1001",
    "carrier": "Нова пошта",
    "expected_delivery": dt.date(2026, 12, 3),
}


def _render(
    formality: str, customer: dict[str, str] | None = None, **options: Any
) -> globalcs.Message:
    return globalcs.render(
        "order_confirmation",
        "UA",
        language="uk",
        formality=formality,
        customer=customer,
        **ORDER,
        **options,
    )


def _first_line(formality: str, customer: dict[str, str] | None, channel: str = "email") -> str:
    return _render(formality, customer, channel=channel).text.splitlines()[0]


def test_formal_greeting_is_vocative_safe_for_women_and_men() -> None:
    # Women's surnames (Коваленко, Ковальська) have the same form in the vocative.
    assert _first_line("formal", OKSANA) == "Шановна пані Коваленко!"
    assert _first_line("very_formal", OKSANA, "chat") == "Шановна пані Коваленко!"
    # Мельник -> Мельнику and Андрій -> Андрію cannot be produced: never "пане Андрій".
    assert _first_line("formal", ANDRII) == "Шановний пане!"
    assert _first_line("very_formal", ANDRII, "whatsapp") == "Шановний пане!"
    assert "Андрій" not in _first_line("formal", ANDRII)


def test_neutral_and_unknown_gender_use_the_full_name_after_dobryi_den() -> None:
    assert _first_line("neutral", OKSANA) == "Добрий день, пані Коваленко!"
    assert _first_line("neutral", ANDRII) == "Добрий день, Андрій Мельник!"
    assert _first_line("formal", SASHA) == "Добрий день, Саша Коваль!"
    assert _first_line("very_formal", SASHA) == "Добрий день, Саша Коваль!"


def test_generic_and_informal_greetings() -> None:
    assert _first_line("formal", None) == "Шановна клієнтко, шановний клієнте!"
    assert _first_line("very_formal", None) == "Шановна пані, шановний пане!"
    assert _first_line("neutral", None) == "Добрий день!"
    assert _first_line("formal", None, "chat") == "Добрий день!"
    # The given name alone would need the vocative (Оксано): the full name follows an opener,
    # and a customer known only by the given name gets the generic greeting.
    assert _first_line("informal", OKSANA) == "Вітаємо, Оксана Коваленко!"
    assert _first_line("informal", ANDRII, "chat") == "Вітаємо, Андрій Мельник!"
    assert _first_line("informal", {"given_name": "Оксана", "gender": "female"}) == "Привіт!"
    assert _first_line("informal", None) == "Привіт!"


def test_formal_body_uses_capitalised_vy_and_informal_ty() -> None:
    formal = globalcs.render("shipping_update", "UA", language="uk", formality="formal", **SHIPPING)
    informal = globalcs.render(
        "shipping_update", "UA", language="uk", formality="informal", **SHIPPING
    )
    assert formal.subject == "Ваше замовлення № A-1001 вже в дорозі"
    assert (
        "Ваше замовлення № A-1001 передано службі доставки Нова пошта, "
        "і орієнтовно до 3 грудня 2026\u202fр. Ви його отримаєте."
    ) in formal.text
    assert informal.subject == "Твоє замовлення № A-1001 вже в дорозі"
    assert "твоє замовлення № A-1001" in informal.text
    assert "до 3 грудня 2026\u202fр. воно має бути в тебе." in informal.text
    assert globalcs.check_register(formal.text, "uk", "formal") == []
    assert globalcs.check_register(informal.text, "uk", "informal") == []
    findings = globalcs.check_register(informal.text, "uk", "formal")
    assert [f.text for f in findings] == ["твоє", "тебе"]
    assert {f.kind for f in findings} == {"wrong_register"}


def test_register_checker_positives_and_look_alikes() -> None:
    mixed = globalcs.check_register(
        "Ви можете перевірити свою адресу, якщо маєш час.", "uk", "formal"
    )
    assert [(f.kind, f.text) for f in mixed] == [("mixed_register", "маєш")]
    wrong = globalcs.check_register("Перевірте, будь ласка, Ваше замовлення.", "uk", "informal")
    assert [(f.kind, f.text) for f in wrong] == [
        ("wrong_register", "Перевірте"),
        ("wrong_register", "Ваше"),
    ]
    assert [f.text for f in globalcs.check_register("Зв’яжися з нами.", "uk", "neutral")] == [
        "Зв’яжися"
    ]
    # 'вишлемо' and 'вина' start like 'ви', 'тим' and 'твір' like 'ти'/'твій', 'оплати' is
    # also the genitive of 'оплата': none of them is a register marker.
    neutral_words = "Ми вишлемо тим самим перевізником; це не вина твору. Спосіб оплати: картка."
    assert globalcs.check_register(neutral_words, "uk", "formal") == []
    assert globalcs.check_register(neutral_words, "uk", "informal") == []


def test_body_is_the_same_for_women_and_men() -> None:
    for formality in ("informal", "formal"):
        bodies = {
            globalcs.render(
                "order_cancelled",
                "UA",
                language="uk",
                formality=formality,
                tone="empathetic",
                customer=person,
                order_id="A-1",
            ).text.split("\n", 1)[1]
            for person in (OKSANA, ANDRII)
        }
        assert len(bodies) == 1, bodies
    formal = globalcs.render(
        "order_cancelled", "UA", language="uk", formality="formal", order_id="A-1"
    )
    # the plural past tense with Ви agrees with no gender
    assert "Усі кошти, які Ви вже сплатили, буде повернено в повному обсязі." in formal.text
    informal = globalcs.render(
        "order_cancelled", "UA", language="uk", formality="informal", order_id="A-1"
    )
    assert "Якщо замовлення вже оплачено, ти отримаєш усю суму назад." in informal.text


def test_closings_take_no_comma() -> None:
    formal = globalcs.render(
        "delivered", "UA", language="uk", formality="formal", brand="Крамниця", order_id="A-1"
    )
    assert formal.text.split("\n\n")[-1].splitlines() == ["З повагою", "Служба підтримки Крамниця"]
    assert formal.text.split("\n\n")[1] == (
        "Ваше замовлення № A-1 доставлено. Сподіваємося, покупка Вам сподобається."
    )
    very = globalcs.render(
        "delivered", "UA", language="uk", formality="very_formal", order_id="A-1"
    )
    assert very.text.split("\n\n")[-1].splitlines() == [
        "З глибокою повагою",
        "Служба підтримки клієнтів",
    ]
    neutral = globalcs.render("delivered", "UA", language="uk", formality="neutral", order_id="A-1")
    assert neutral.text.split("\n\n")[-1].splitlines()[0] == "З найкращими побажаннями"
    informal = globalcs.render(
        "delivered", "UA", language="uk", formality="informal", brand="Крамниця", order_id="A-1"
    )
    assert informal.text.split("\n\n")[-1].splitlines() == ["До зв’язку!", "Команда Крамниця"]


def test_dates_and_times_read_naturally() -> None:
    delay = globalcs.render(
        "delivery_delay",
        "UA",
        language="uk",
        formality="formal",
        order_id="A-1",
        new_delivery_date=dt.date(2026, 12, 24),
    )
    assert delay.text.split("\n\n")[1] == (
        "На жаль, доставка Вашого замовлення № A-1 затримується. "
        "Нова очікувана дата доставки — 24 грудня 2026\u202fр."
    )
    assert "р.." not in delay.text
    ticket = globalcs.render(
        "ticket_received",
        "UA",
        language="uk",
        formality="formal",
        ticket_id="T-7",
        response_due=dt.datetime(2027, 1, 4, 9, tzinfo=dt.UTC),
    )
    # Babel puts a narrow no-break space before р.; CLDR atTime joins date and time with 'о';
    # Kyiv is UTC+2 in January.
    assert "Ми відповімо Вам до 4 січня 2027\u202fр. о 11:00." in ticket.text


def test_sms_is_short_ucs2_and_pronoun_free() -> None:
    for formality in ("informal", "formal"):
        sms = globalcs.render(
            "delivered",
            "UA",
            language="uk",
            channel="sms",
            formality=formality,
            brand="Крамниця",
            order_id="A-1001",
        )
        assert sms.text == "Крамниця: Замовлення A-1001 доставлено."
        assert sms.encoding == "UCS-2"
        assert sms.segments == 1
    delay = globalcs.render(
        "delivery_delay",
        "UA",
        language="uk",
        channel="sms",
        order_id="A-1001",
        new_delivery_date=dt.date(2026, 12, 24),
    )
    assert delay.text == "Замовлення A-1001 затримується. Нова дата: 24 груд. 2026\u202fр."
    assert delay.segments == 1


def test_email_html_is_marked_ukrainian_left_to_right() -> None:
    message = globalcs.render("delivered", "UA", language="uk", order_id="A-1")
    assert message.language == "uk"
    assert message.direction == "ltr"
    assert message.html is not None
    assert '<html lang="uk" dir="ltr">' in message.html
    assert "<p>Шановна клієнтко, шановний клієнте!</p>" in message.html


def test_ukraine_is_served_in_ukrainian_with_local_payment_names() -> None:
    message = globalcs.render(
        "payment_failed",
        "UA",
        customer=OKSANA,
        order_id="A-1",
        amount=decimal.Decimal("499"),
        payment_method="cash_on_delivery",
    )
    assert message.language == "uk"
    assert "Спосіб оплати: накладений платіж" in message.text
    steps = globalcs.render(
        "payment_instructions",
        "UA",
        language="uk",
        formality="formal",
        order_id="A-1",
        amount=decimal.Decimal("499"),
        payment_method="bank_transfer",
        reference="A1-7",
        pay_by=dt.date(2026, 12, 7),
    )
    assert "(спосіб оплати: банківський переказ), зазначивши код платежу A1-7." in steps.text
    assert steps.text.split("\n\n")[1].endswith(
        "Вкажіть код у призначенні платежу точно так, як його наведено, "
        "щоб ми могли зарахувати Вашу оплату."
    )


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("uk") == {
        "informal": ("Вітаємо, Alex Morgan!", "Привіт!"),
        "neutral": ("Добрий день, Alex Morgan!", "Добрий день!"),
        "formal": ("Добрий день, Alex Morgan!", "Добрий день!"),
        "very_formal": ("Добрий день, Alex Morgan!", "Добрий день!"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "uk"
    market = "UA"
    # Ukraine has no public holidays while martial law lasts (Law No. 2136-IX, in force
    # since March 2022): python-holidays gives it none from 2023, so the closures are
    # checked on the last full year of holidays before it.
    holiday_year = 2021
