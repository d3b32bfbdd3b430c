"""encode_sms: opt-in transliteration and the national language tables of 3GPP TS 23.038."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import globalcs
from globalcs import InvalidOptionError, SmsEncoding, encode_sms
from globalcs.messages._sms import _GSM_BASIC, _GSM_EXTENDED, sms_form
from globalcs.messages._sms_plan import _LOCKING, _SINGLE


def test_the_tables_have_the_sizes_of_the_standard() -> None:
    # A locking-shift table replaces all 128 code points of the default alphabet,
    # one of which is the escape to the single-shift table (not a character).
    assert len(_GSM_BASIC) == 127
    assert {language: len(table) for language, table in _LOCKING.items()} == {"tr": 127, "pt": 127}
    # The default extension's characters are in every single-shift table.
    assert all(table >= _GSM_EXTENDED for table in _SINGLE.values())


def test_a_text_already_in_seven_bits_is_left_alone() -> None:
    plan = encode_sms("Order 42 – shipped", language="en", transliterate=True)
    assert plan == SmsEncoding("Order 42 - shipped", "GSM-7", 1, 1)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("pl", "Zażółć gęślą jaźń", "Zazolc gesla jazn"),
        ("cs", "Příliš žluťoučký kůň", "Prilis zlutoucky kun"),
        ("hu", "Árvíztűrő tükörfúrógép", "Arvizturo tükörfurogép"),
        (
            "ro",
            "Comanda a fost expediată și ajunge mâine",
            "Comanda a fost expediata si ajunge maine",
        ),
        ("hr", "Đurđa je platila", "Durda je platila"),
        ("vi", "Đơn hàng đã được giao", "Don hàng da duoc giao"),
        ("pt-PT", "Lamentamos a situação", "Lamentamos a situacao"),
    ],
)
def test_latin_script_languages_are_transliterated_on_request(
    language: str, text: str, expected: str
) -> None:
    assert encode_sms(text, language=language).encoding == "UCS-2"
    plan = encode_sms(text, language=language, transliterate=True)
    assert (plan.text, plan.encoding) == (expected, "GSM-7")
    assert plan.transliterated
    assert all(char not in plan.text for char in plan.transliterated)
    # Letters the default alphabet has (ö, ü, é, à, ñ) keep their marks.
    assert all(char in plan.text for char in "öüéàñ" if char in text)


@pytest.mark.parametrize(
    ("language", "text"),
    [("ru", "Заказ отправлен"), ("el", "Η παραγγελία στάλθηκε"), ("ja", "発送しました")],
)
def test_other_scripts_are_never_transliterated(language: str, text: str) -> None:
    plan = encode_sms(text, language=language, transliterate=True, national_tables=True)
    assert (plan.text, plan.encoding, plan.transliterated) == (text, "UCS-2", ())


def test_turkish_uses_its_single_shift_then_its_locking_shift_table() -> None:
    short = encode_sms("Siparişiniz yola çıktı.", language="tr", national_tables=True)
    assert (short.encoding, short.national_language) == ("GSM-7", "tr")
    assert short.text == "Siparişiniz yola çıktı."
    # Many Turkish letters: each costs two septets in the single-shift table, one in
    # the locking-shift table, whose header costs three septets more.
    many = "ışğ" * 60
    plan = encode_sms(many, language="tr", national_tables=True)
    assert (plan.locking_shift, plan.segments) == (True, 2)
    assert plan.segments_before == 3


def test_spanish_and_portuguese_single_shift_tables() -> None:
    spanish = encode_sms("Tu pedido llegará el miércoles; lo sentimos.", language="es")
    assert spanish.encoding == "UCS-2"
    plan = encode_sms(
        "Tu pedido llegará el miércoles; lo sentimos.", language="es", national_tables=True
    )
    assert (plan.encoding, plan.national_language, plan.locking_shift) == ("GSM-7", "es", False)
    portuguese = encode_sms(
        "A sua encomenda está a caminho.", language="pt-BR", national_tables=True
    )
    assert (portuguese.encoding, portuguese.national_language) == ("GSM-7", "pt")


def test_national_tables_are_only_for_their_own_language() -> None:
    # Turkish letters in a German text: the German reader's carrier has no reason to
    # support the Turkish table, so the text stays UCS-2 (or is transliterated).
    assert encode_sms("Grüße an Ayşe", language="de", national_tables=True).encoding == "UCS-2"
    plan = encode_sms("Grüße an Ayşe", language="de", transliterate=True)
    assert plan.text == "Grüße an Ayse"


def test_ties_keep_the_letters_and_fewer_tables() -> None:
    # Both transliteration and the Spanish table fit in one segment: fewer changes win.
    plan = encode_sms("Llegará mañana", language="es", transliterate=True, national_tables=True)
    assert (plan.text, plan.national_language, plan.transliterated) == ("Llegará mañana", "es", ())


@pytest.mark.parametrize(
    ("septets", "tables", "segments"),
    [(155, "single", 1), (156, "single", 2), (149 * 2, "single", 2), (149 * 2 + 1, "single", 3)],
)
def test_the_header_of_a_national_table_shortens_each_segment(
    septets: int, tables: str, segments: int
) -> None:
    text = "ú" + "a" * (septets - 2)  # ú takes two septets in the Spanish single-shift table
    plan = encode_sms(text, language="es", national_tables=True)
    assert (plan.national_language, plan.segments) == ("es", segments)


def test_seven_bits_that_would_cost_more_segments_are_not_chosen() -> None:
    text = "ú" * 70  # UCS-2: one segment; Spanish single shift: 140 septets + header, one too
    plan = encode_sms(text, language="es", national_tables=True)
    assert plan.segments <= plan.segments_before


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"text": 42, "language": "pl"}, InvalidOptionError),
        ({"text": "   ", "language": "pl"}, InvalidOptionError),
        ({"text": "ą", "language": ""}, InvalidOptionError),
        ({"text": "ą", "language": "p\u202el"}, InvalidOptionError),
        ({"text": "ą", "language": 7}, InvalidOptionError),
        ({"text": "ą", "language": "pl", "transliterate": "yes"}, InvalidOptionError),
        ({"text": "ą", "language": "pl", "national_tables": 1}, InvalidOptionError),
        ({"text": "ą", "language": "qqq", "transliterate": True}, InvalidOptionError),
    ],
)
def test_bad_input_gets_a_named_error(kwargs: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error) as caught:
        encode_sms(**kwargs)  # type: ignore[arg-type]
    again = pickle.loads(pickle.dumps(caught.value))
    assert type(again) is type(caught.value)
    assert str(again) == str(caught.value)


def test_the_plan_pickles_and_serialises() -> None:
    plan = encode_sms("Zażółć", language="pl", transliterate=True)
    assert pickle.loads(pickle.dumps(plan)) == plan
    assert plan.to_dict()["transliterated"] == ["ż", "ó", "ł", "ć"]


LETTERS = st.text(
    alphabet=st.sampled_from("aąbcćdeęfghijklłmnńoóprsśtuvwxyzźżĄĘŁŃŚŹŻ ,.!?-0123456789ğışçöüé"),
    min_size=1,
    max_size=400,
)


@settings(max_examples=150, deadline=None)
@given(text=LETTERS, language=st.sampled_from(["pl", "tr", "es", "pt", "cs", "de"]))
def test_the_plan_never_costs_more_and_is_what_it_says(text: str, language: str) -> None:
    if not text.strip():
        return
    plan = encode_sms(text, language=language, transliterate=True, national_tables=True)
    assert plan.segments <= plan.segments_before == sms_form(text)[2]
    if plan.encoding == "UCS-2":
        assert plan.text == text
        return
    basic = _LOCKING[language] if plan.locking_shift else _GSM_BASIC
    shift = _SINGLE[language] if plan.national_language else _GSM_EXTENDED
    assert all(char in basic or char in shift for char in plan.text)
    assert len(plan.text) >= len(text.replace("œ", ""))


def test_every_language_renders_an_sms_that_plans() -> None:
    # Every built-in language: Latin-script ones fit 7 bits with transliteration, the
    # others are left as they are.
    for tag in globalcs.languages():
        message = globalcs.render(
            "order_cancelled", "SG", language=tag, channel="sms", order_id="A-1"
        )
        plan = message.encode_sms(transliterate=True)
        assert plan.segments <= plan.segments_before == message.segments, tag
        if plan.encoding == "UCS-2":
            assert plan.text == message.text, tag
