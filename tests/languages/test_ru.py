"""Russian (ru): the polite Вы, capitalised because every message goes to one person, and ты for
casual brands; Уважаемая/Уважаемый only when the gender is known, the gender-free Здравствуйте
otherwise; bodies with no gendered verb about the customer; UCS-2 SMS; Kazakhstan served in
Russian."""

from __future__ import annotations

import datetime as dt
import decimal
from typing import Any

import globalcs
from tests.languages._local import neutral_greetings

ANNA = {"given_name": "Анна", "family_name": "Смирнова", "gender": "female"}
ERLAN = {"given_name": "Ерлан", "family_name": "Сейтказиев", "gender": "male"}
SASHA = {"given_name": "Саша", "family_name": "Ким"}
ORDER: dict[str, Any] = {"order_id": "A-1001", "total": decimal.Decimal("24990")}


def _render(
    formality: str, customer: dict[str, str] | None = None, **options: Any
) -> globalcs.Message:
    return globalcs.render(
        "order_confirmation",
        "KZ",
        language="ru",
        formality=formality,
        customer=customer,
        **ORDER,
        **options,
    )


def _first_line(formality: str, customer: dict[str, str] | None, channel: str = "email") -> str:
    return _render(formality, customer, channel=channel).text.splitlines()[0]


def test_formal_greeting_agrees_with_a_known_gender() -> None:
    assert _first_line("formal", ANNA) == "Уважаемая Анна Смирнова!"
    assert _first_line("formal", ERLAN) == "Уважаемый Ерлан Сейтказиев!"
    assert _first_line("very_formal", ANNA) == "Уважаемая Анна Смирнова!"
    assert _first_line("very_formal", ERLAN) == "Уважаемый Ерлан Сейтказиев!"
    # a patronymic passed with the given name gives the full polite form
    with_patronymic = {**ANNA, "given_name": "Анна Сергеевна"}
    assert _first_line("formal", with_patronymic) == "Уважаемая Анна Сергеевна Смирнова!"


def test_unknown_gender_gets_the_gender_free_greeting() -> None:
    assert _first_line("formal", SASHA) == "Здравствуйте, Саша Ким!"
    assert _first_line("very_formal", SASHA) == "Здравствуйте, Саша Ким!"
    assert _first_line("neutral", SASHA) == "Здравствуйте, Саша!"
    assert _first_line("informal", SASHA) == "Привет, Саша!"


def test_neutral_and_informal_use_the_given_name() -> None:
    assert _first_line("neutral", ANNA) == "Здравствуйте, Анна!"
    assert _first_line("neutral", ERLAN, "whatsapp") == "Здравствуйте, Ерлан!"
    assert _first_line("informal", ANNA) == "Привет, Анна!"
    assert _first_line("informal", ANNA, "chat") == "Привет, Анна!"
    assert _first_line("very_formal", ANNA, "chat") == "Добрый день, Анна Смирнова!"


def test_generic_greetings() -> None:
    assert _first_line("informal", None) == "Привет!"
    assert _first_line("neutral", None) == "Здравствуйте!"
    assert _first_line("formal", None) == "Уважаемый покупатель!"
    assert _first_line("very_formal", None) == "Уважаемый клиент!"
    assert _first_line("very_formal", None, "chat") == "Добрый день!"
    # a woman known only by her given name: no family name for the formal pattern
    assert _first_line("formal", {"given_name": "Анна", "gender": "female"}) == (
        "Уважаемый покупатель!"
    )


def test_formal_body_uses_capitalised_vy_and_informal_ty() -> None:
    formal = _render("formal", ANNA)
    informal = _render("informal", ANNA)
    assert formal.subject == "Ваш заказ A-1001 подтверждён"
    assert informal.subject == "Твой заказ A-1001 подтверждён"
    assert "Благодарим Вас за заказ." in formal.text
    assert "и сообщим Вам, как только он будет отправлен." in formal.text
    assert "Спасибо за заказ!" in informal.text
    assert "и напишем тебе, как только отправим его." in informal.text
    assert " вас " not in formal.text  # never the lower-case form in a message to one person
    assert "Вам" not in informal.text
    # neutral writes the Вы body too
    assert "сообщим Вам" in _render("neutral", ANNA).text
    assert globalcs.check_register(formal.text, "ru", "formal") == []
    assert globalcs.check_register(informal.text, "ru", "informal") == []
    assert {f.kind for f in globalcs.check_register(informal.text, "ru", "formal")} == {
        "wrong_register"
    }
    assert {f.text for f in globalcs.check_register(formal.text, "ru", "informal")} == {
        "Вас",
        "Вам",
    }


def test_register_checker_markers() -> None:
    mixed = globalcs.check_register("Вы можете изменить твой пароль.", "ru", "formal")
    assert [(f.kind, f.text) for f in mixed] == [("mixed_register", "твой")]
    verbs = globalcs.check_register("Ты можешь написать нам.", "ru", "formal")
    assert [f.text for f in verbs] == ["Ты", "можешь"]
    imperative = globalcs.check_register("Проверь адрес, пожалуйста.", "ru", "formal")
    assert [(f.kind, f.text) for f in imperative] == [("wrong_register", "Проверь")]
    polite = globalcs.check_register("Пожалуйста, свяжитесь с нами.", "ru", "informal")
    assert [(f.kind, f.text) for f in polite] == [("wrong_register", "свяжитесь")]
    lower = globalcs.check_register("Мы получили ваш заказ.", "ru", "informal")
    assert [f.text for f in lower] == ["ваш"]
    # look-alikes: Вашингтон begins with Ваш, тыквенный with ты, творог with тво; брешь ends
    # in -ешь; 'на сайте' and 'в транзите' end like plural imperatives; пришли is also 'came'
    harmless = (
        "Посылка из Вашингтона в транзите, подробности на сайте. Тыквенный пирог и творог"
        " пришли вчера, брешь устранена."
    )
    assert globalcs.check_register(harmless, "ru", "formal") == []
    assert globalcs.check_register(harmless, "ru", "informal") == []


def test_bodies_do_not_depend_on_gender() -> None:
    for formality in ("informal", "formal"):
        for intent, variables in (
            ("password_reset", {"reset_url": "https://s.example/r/1"}),
            ("order_cancelled", {"order_id": "A-1"}),
            ("newsletter_confirmation", {"confirm_url": "https://s.example/o/1"}),
        ):
            bodies = {
                globalcs.render(
                    intent, "KZ", language="ru", formality=formality, customer=person, **variables
                ).text.split("\n\n", 1)[1]
                for person in (ANNA, ERLAN)
            }
            assert len(bodies) == 1, bodies
    reset = globalcs.render(
        "password_reset",
        "KZ",
        language="ru",
        formality="informal",
        reset_url="https://s.example/r/1",
    )
    # 'если это был не ты' would be masculine; the passive is the same for everyone
    assert "Если запрос отправлен не тобой, просто проигнорируй это сообщение." in reset.text
    cancelled = globalcs.render("order_cancelled", "KZ", language="ru", order_id="A-1")
    assert "Если Вы уже внесли оплату, она будет возвращена в полном объёме." in cancelled.text


def test_closings_and_signatures() -> None:
    def closing(formality: str, **options: Any) -> list[str]:
        return _render(formality, ANNA, **options).text.split("\n\n")[-1].splitlines()

    assert closing("informal", brand="Bazaar") == ["Всего доброго,", "Команда Bazaar"]
    assert closing("neutral", brand="Bazaar") == [
        "С наилучшими пожеланиями,",
        "Служба поддержки Bazaar",
    ]
    assert closing("formal", brand="Bazaar") == ["С уважением,", "Служба поддержки Bazaar"]
    assert closing("very_formal") == ["С глубоким уважением,", "Служба поддержки клиентов"]


def test_dates_times_and_money_in_kazakhstan() -> None:
    ticket = globalcs.render(
        "ticket_received",
        "KZ",
        language="ru",
        formality="formal",
        ticket_id="T-7",
        response_due=dt.datetime(2027, 1, 4, 9, tzinfo=dt.UTC),
    )
    # CLDR atTime joins date and time with 'в'; Almaty is UTC+5
    assert "Мы ответим Вам до 4 января 2027\u202fг. в 14:00." in ticket.text
    delayed = globalcs.render(
        "delivery_delay",
        "KZ",
        language="ru",
        order_id="A-1",
        new_delivery_date=dt.date(2026, 12, 24),
    )
    # the date's own 'г.' ends the sentence: no second full stop
    # (CLDR puts a narrow no-break space before 'г.')
    assert delayed.text.count("2026\u202fг.") == 1
    assert "Новая ожидаемая дата доставки — 24 декабря 2026\u202fг.\n" in delayed.text
    assert "г.." not in delayed.text
    # no-break spaces group the thousands and precede the tenge sign
    assert "24\xa0990,00\xa0₸" in _render("formal", ANNA).text


def test_payment_method_names() -> None:
    failed = globalcs.render(
        "payment_failed",
        "KZ",
        language="ru",
        order_id="A-1",
        amount=decimal.Decimal("9990"),
        payment_method="card",
    )
    assert "Способ оплаты: банковская карта" in failed.text
    steps = globalcs.render(
        "payment_instructions",
        "KZ",
        language="ru",
        order_id="A-1",
        amount=decimal.Decimal("9990"),
        payment_method="bank_transfer",
        reference="A1-7",
        pay_by=dt.date(2026, 12, 7),
    )
    assert "(способ оплаты: банковский перевод), указав код платежа A1-7." in steps.text
    assert "укажите код платежа в назначении перевода" in steps.text


def test_sms_is_ucs2_and_short() -> None:
    for formality in ("informal", "formal"):
        sms = globalcs.render(
            "delivered",
            "KZ",
            language="ru",
            channel="sms",
            formality=formality,
            brand="Bazaar",
            order_id="A-1001",
        )
        assert sms.text == "Bazaar: Заказ A-1001 доставлен."
        assert sms.encoding == "UCS-2"
        assert sms.segments == 1
    shipped = globalcs.render(
        "shipping_update",
        "KZ",
        language="ru",
        channel="sms",
        order_id="A-1001",
        carrier="Kazpost",
        expected_delivery=dt.date(2026, 12, 3),
    )
    assert shipped.text == "Заказ A-1001 отправлен (Kazpost), доставка до 3 дек. 2026\u202fг."
    assert shipped.encoding == "UCS-2"
    assert shipped.segments == 1


def test_email_html_is_russian_left_to_right() -> None:
    message = _render("formal", ANNA)
    assert message.html is not None
    assert '<html lang="ru" dir="ltr">' in message.html
    assert "<p>Уважаемая Анна Смирнова!</p>" in message.html
    assert "<p>С уважением,<br>" in message.html


def test_kazakhstan_is_served_in_russian() -> None:
    message = globalcs.render("delivered", "KZ", order_id="A-1")
    assert message.language == "ru"
    assert message.formality == "formal"
    assert "Ваш заказ A-1 доставлен." in message.text


def test_neutral_term_of_address() -> None:
    # A customer who asked not to be gendered: no gendered title, adjective or paired form
    assert neutral_greetings("ru") == {
        "informal": ("Привет, Alex!", "Привет!"),
        "neutral": ("Здравствуйте, Alex!", "Здравствуйте!"),
        "formal": ("Здравствуйте, Alex Morgan!", "Здравствуйте!"),
        "very_formal": ("Здравствуйте, Alex Morgan!", "Добрый день!"),
    }


from ._common import LanguageTests  # noqa: E402


class TestProfile(LanguageTests):
    tag = "ru"
    market = "KZ"
