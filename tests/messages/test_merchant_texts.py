"""Merchant texts: a shop's own texts over the built-in catalogs, checked at load."""

from __future__ import annotations

import copy
import datetime as dt
import decimal
import pickle
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import globalcs
from globalcs.messages._languages import catalog

DAY = dt.date(2026, 12, 9)
ANNA = {"given_name": "Anna", "family_name": "Müller", "gender": "female"}

DELAY_DE = "Leider verzögert sich Ihre Bestellung {order_id} bis zum {new_delivery_date}."

BASE: dict[str, Any] = {
    "schema": 1,
    "intents": {
        "shop_cancelled": {
            "doc": "The shop cancelled an order.",
            "variables": {"order_id": "text", "refund": "money?", "help_url": "url?"},
        }
    },
    "texts": {
        "de": {
            "delivery_delay.body|formal": DELAY_DE,
            "shop_cancelled.subject|formal": "Ihre Bestellung {order_id} wurde storniert",
            "shop_cancelled.body|formal": "Wir haben Ihre Bestellung {order_id} storniert.",
            "shop_cancelled.short|formal": "Bestellung {order_id} storniert.",
            "shop_cancelled.subject|informal": "Deine Bestellung {order_id} wurde storniert",
            "shop_cancelled.body|informal": "Wir haben deine Bestellung {order_id} storniert.",
            "shop_cancelled.short|informal": "Bestellung {order_id} storniert.",
        },
        "en": {
            "shop_cancelled.subject|formal": "Your order {order_id} was cancelled",
            "shop_cancelled.body|formal": "We cancelled your order {order_id}.",
            "shop_cancelled.short|formal": "Order {order_id} cancelled.",
            "shop_cancelled.subject|informal": "Your order {order_id} was cancelled",
            "shop_cancelled.body|informal": "We cancelled your order {order_id}.",
            "shop_cancelled.short|informal": "Order {order_id} cancelled.",
        },
    },
}


def shop(**changes: Any) -> globalcs.MerchantTexts:
    """``BASE`` with top-level sections replaced or merged in."""
    data = copy.deepcopy(BASE)
    for section, value in changes.items():
        if isinstance(value, dict) and isinstance(data.get(section), dict):
            data[section] = {**data[section], **value}
        else:
            data[section] = value
    return globalcs.MerchantTexts.from_mapping(data)


def with_text(tag: str, key: str, text: object) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    data["texts"].setdefault(tag, {})[key] = text
    return data


def load_error(data: dict[str, Any]) -> globalcs.DataError:
    with pytest.raises(globalcs.DataError) as caught:
        globalcs.MerchantTexts.from_mapping(data)
    return caught.value


# Loading


def test_a_valid_mapping_loads() -> None:
    texts = shop()
    assert texts.source == "<mapping>"
    assert set(texts.intents) == {"shop_cancelled"}
    assert set(texts.texts) == {"de", "en"}
    assert texts.formality is None
    assert texts.opener
    assert texts.sender is None


def test_toml_file_loads_and_errors_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "shop.toml"
    path.write_text(
        'schema = 1\n[texts.de]\n"delivery_delay.body|formal" = "Ihre {order_id}."\n',
        encoding="utf-8",
    )
    texts = globalcs.MerchantTexts.from_toml(path)
    assert texts.source == str(path)
    assert texts.texts["de"]["delivery_delay.body|formal"] == "Ihre {order_id}."
    path.write_text('[texts.de]\n"delivery_delay.body|formal" = "{tracking}"\n', encoding="utf-8")
    with pytest.raises(globalcs.DataError) as caught:
        globalcs.MerchantTexts.from_toml(path)
    assert caught.value.path == str(path)
    assert caught.value.field == 'texts.de."delivery_delay.body|formal"'


def test_toml_syntax_error_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("[texts\n", encoding="utf-8")
    with pytest.raises(globalcs.DataError) as caught:
        globalcs.MerchantTexts.from_toml(path)
    assert (caught.value.path, caught.value.field) == (str(path), "(syntax)")
    with pytest.raises(globalcs.DataError) as caught:
        globalcs.MerchantTexts.from_toml(tmp_path / "none.toml")
    assert caught.value.field == "(file)"


PO_HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'


def _po(entries: list[tuple[str, str]], fuzzy: tuple[str, ...] = ()) -> str:
    body = PO_HEADER
    for context, text in entries:
        flag = "#, fuzzy\n" if context in fuzzy else ""
        body += f'{flag}msgctxt "{context}"\nmsgid "{context}"\nmsgstr "{text}"\n\n'
    return body


def test_po_directory_loads_with_its_declarations(tmp_path: Path) -> None:
    (tmp_path / "merchant.toml").write_text(
        'schema = 1\n[intents.shop_cancelled]\nvariables = { order_id = "text" }\n'
        '[voice]\nsender = "Beispiel"\n',
        encoding="utf-8",
    )
    de = [(k, v) for k, v in BASE["texts"]["de"].items()]
    (tmp_path / "de.po").write_text(
        _po([*de, ("delivered.body|formal", "Fast fertig.")], fuzzy=("delivered.body|formal",)),
        encoding="utf-8",
    )
    texts = globalcs.MerchantTexts.from_po(tmp_path)
    assert texts.source == str(tmp_path)
    assert texts.sender == "Beispiel"
    assert "delivered.body|formal" not in texts.texts["de"]  # fuzzy: left out
    msg = globalcs.render("shop_cancelled", "DE", order_id="A-1", texts=texts)
    assert msg.subject == "Ihre Bestellung A-1 wurde storniert"


def test_po_errors_name_the_po_file(tmp_path: Path) -> None:
    (tmp_path / "de.po").write_text(
        _po([("delivery_delay.body|formal", "Hallo {tracking}")]), encoding="utf-8"
    )
    with pytest.raises(globalcs.DataError) as caught:
        globalcs.MerchantTexts.from_po(tmp_path)
    assert caught.value.path == str(tmp_path / "de.po")
    assert caught.value.field == 'texts.de."delivery_delay.body|formal"'


def test_po_file_of_an_unknown_language(tmp_path: Path) -> None:
    (tmp_path / "xx.po").write_text(_po([]), encoding="utf-8")
    with pytest.raises(globalcs.DataError) as caught:
        globalcs.MerchantTexts.from_po(tmp_path)
    assert (caught.value.path, caught.value.field) == (str(tmp_path / "xx.po"), "(file name)")


def test_po_declarations_may_not_hold_texts(tmp_path: Path) -> None:
    (tmp_path / "merchant.toml").write_text("[texts.de]\n", encoding="utf-8")
    with pytest.raises(globalcs.DataError) as caught:
        globalcs.MerchantTexts.from_po(tmp_path)
    assert (caught.value.path, caught.value.field) == (str(tmp_path / "merchant.toml"), "texts")


def test_po_needs_a_directory(tmp_path: Path) -> None:
    with pytest.raises(globalcs.DataError) as caught:
        globalcs.MerchantTexts.from_po(tmp_path / "missing")
    assert caught.value.field == "(directory)"


# One test per kind of mistake: each names the source and the entry.


def test_unknown_language() -> None:
    data = copy.deepcopy(BASE)
    data["texts"]["xx"] = {}
    error = load_error(data)
    assert (error.path, error.field) == ("<mapping>", "texts.xx")
    assert "unknown language 'xx'" in error.problem


def test_unknown_register_for_the_language() -> None:
    # German writes informal (du) and formal (Sie): no "neutral" texts.
    error = load_error(with_text("de", "delivery_delay.body|neutral", "Ihre {order_id}."))
    assert error.field == 'texts.de."delivery_delay.body|neutral"'
    assert "unknown register 'neutral' for de" in error.problem


def test_unknown_register_for_a_merchant_intent() -> None:
    error = load_error(with_text("de", "shop_cancelled.body|very_formal", "Ihre {order_id}."))
    assert error.field == 'texts.de."shop_cancelled.body|very_formal"'
    assert "unknown register" in error.problem


def test_unknown_key() -> None:
    error = load_error(with_text("de", "delivery_delay.footer|formal", "Ihre Bestellung."))
    assert error.field == 'texts.de."delivery_delay.footer|formal"'
    assert "neither a built-in text key" in error.problem
    error = load_error(with_text("de", "shop_cancelled.title|formal", "Ihre Bestellung."))
    assert error.field == 'texts.de."shop_cancelled.title|formal"'


def test_unknown_placeholder() -> None:
    error = load_error(with_text("de", "delivery_delay.body|formal", "Ihre {tracking_url}."))
    assert (error.path, error.field) == ("<mapping>", 'texts.de."delivery_delay.body|formal"')
    assert "{tracking_url}" in error.problem
    assert "{new_delivery_date}" in error.problem


def test_placeholders_of_the_built_in_text_and_the_common_ones_are_allowed() -> None:
    data = with_text("de", "greeting|formal", "Guten Tag {salutation},")
    data["texts"]["de"]["delivered.body|formal"] = "{brand} hat {order_id} geliefert."
    texts = globalcs.MerchantTexts.from_mapping(data)
    assert texts.texts["de"]["greeting|formal"] == "Guten Tag {salutation},"


def test_a_new_intent_missing_a_register_the_market_needs() -> None:
    data = copy.deepcopy(BASE)
    del data["texts"]["de"]["shop_cancelled.short|informal"]
    error = load_error(data)
    assert error.field == 'texts.de."shop_cancelled.short|informal"'
    assert "informal, formal" in error.problem


def test_a_new_intent_without_texts() -> None:
    data = copy.deepcopy(BASE)
    data["intents"]["unused"] = {"variables": {}}
    error = load_error(data)
    assert error.field == "intents.unused"


def test_wrong_register() -> None:
    error = load_error(
        with_text("de", "delivery_delay.body|formal", "Wir schicken deine Bestellung {order_id}.")
    )
    assert error.field == 'texts.de."delivery_delay.body|formal"'
    assert "wrong register" in error.problem
    assert "'deine'" in error.problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Ihre Bestellung {order_id}\x1b[31m.", "control character"),
        ("Ihre Bestellung {order_id}\u202e.", "bidirectional control"),
        ("Bestellung {order_id}\nstorniert.", "control character"),  # no line break in a short
        ("Ihre <b>Bestellung</b> {order_id}.", "HTML tags"),
        ("Ihre {{ order_id }}.", "Jinja"),
        ("Ihre {% if x %}Bestellung{% endif %}.", "Jinja"),
        ("Ihre {Order} {order_id}.", "brace outside"),
        ("   ", "non-empty"),
    ],
)
def test_unsafe_content(text: str, problem: str) -> None:
    error = load_error(with_text("de", "delivery_delay.short|formal", text))
    assert (error.path, error.field) == ("<mapping>", 'texts.de."delivery_delay.short|formal"')
    assert problem in error.problem


def test_a_body_may_have_line_breaks() -> None:
    texts = globalcs.MerchantTexts.from_mapping(
        with_text("de", "delivery_delay.body|formal", "Ihre Bestellung {order_id}.\nDanke.")
    )
    assert "\n" in texts.texts["de"]["delivery_delay.body|formal"]


def test_unknown_variable_kind() -> None:
    data = copy.deepcopy(BASE)
    data["intents"]["shop_cancelled"]["variables"]["refund"] = "amount"
    error = load_error(data)
    assert error.field == "intents.shop_cancelled.variables.refund"
    assert "unknown kind 'amount'" in error.problem


def test_reserved_variable_name() -> None:
    data = copy.deepcopy(BASE)
    data["intents"]["shop_cancelled"]["variables"]["brand"] = "text"
    error = load_error(data)
    assert error.field == "intents.shop_cancelled.variables.brand"


def test_intent_name_clashes_with_a_built_in_one() -> None:
    data = copy.deepcopy(BASE)
    data["intents"]["delivered"] = {"variables": {"order_id": "text"}}
    error = load_error(data)
    assert (error.path, error.field) == ("<mapping>", "intents.delivered")
    assert "built-in intent" in error.problem


@pytest.mark.parametrize(
    ("voice", "field"),
    [
        ({"formality": "casual"}, "voice.formality"),
        ({"opener": "no"}, "voice.opener"),
        ({"sender": "Bei\nspiel"}, "voice.sender"),
        ({"sender": 3}, "voice.sender"),
        ({"sender": " "}, "voice.sender"),
        ({"signature": "<b>Team</b>"}, "voice.signature"),
        ({"signature": "Team {shop}"}, "voice.signature"),
        ({"signature": {"xx": "Team"}}, "voice.signature.xx"),
        ({"colour": "blue"}, "voice.colour"),
    ],
)
def test_bad_voice_options(voice: dict[str, Any], field: str) -> None:
    data = copy.deepcopy(BASE)
    data["voice"] = voice
    error = load_error(data)
    assert (error.path, error.field) == ("<mapping>", field)


def test_unknown_top_level_field_and_schema() -> None:
    assert load_error({**BASE, "text": {}}).field == "text"
    assert load_error({**BASE, "schema": 2}).field == "schema"


# Rendering


def test_an_override_replaces_that_key_and_register_only() -> None:
    texts = shop()
    msg = globalcs.render(
        "delivery_delay", "DE", order_id="A-1", new_delivery_date=DAY, texts=texts, customer=ANNA
    )
    builtin = globalcs.render(
        "delivery_delay", "DE", order_id="A-1", new_delivery_date=DAY, customer=ANNA
    )
    assert "Leider verzögert sich Ihre Bestellung A-1 bis zum 9. Dezember 2026." in msg.text
    assert msg.subject == builtin.subject  # the subject is still the built-in one
    assert msg.text.splitlines()[0] == builtin.text.splitlines()[0] == "Sehr geehrte Frau Müller,"
    informal = {"order_id": "A-1", "new_delivery_date": DAY, "formality": "informal"}
    assert globalcs.render("delivery_delay", "DE", texts=texts, **informal) == globalcs.render(
        "delivery_delay", "DE", **informal
    )


def test_a_language_the_merchant_did_not_write_falls_back_for_overrides() -> None:
    options = {"order_id": "A-1", "new_delivery_date": DAY}
    assert globalcs.render("delivery_delay", "FR", texts=shop(), **options) == globalcs.render(
        "delivery_delay", "FR", **options
    )


def test_a_merchant_intent_in_a_language_it_is_not_written_in() -> None:
    with pytest.raises(globalcs.UnknownLanguageError) as caught:
        globalcs.render("shop_cancelled", "FR", order_id="A-1", texts=shop())
    assert caught.value.language == "fr"
    assert caught.value.supported == ("de", "en")


def test_a_merchant_intent_renders_on_email_like_a_built_in_one() -> None:
    msg = globalcs.render(
        "shop_cancelled", "DE", order_id="A-1", texts=shop(), customer=ANNA, brand="Beispiel"
    )
    assert msg.intent == "shop_cancelled"
    assert msg.subject == "Ihre Bestellung A-1 wurde storniert"
    assert msg.text.splitlines() == [
        "Sehr geehrte Frau Müller,",
        "",
        "Wir haben Ihre Bestellung A-1 storniert.",
        "",
        "Mit freundlichen Grüßen",
        "Ihr Beispiel-Kundenservice",
    ]
    assert '<html lang="de"' in msg.html


def test_a_merchant_intent_on_sms_chat_and_whatsapp() -> None:
    texts = shop()
    sms = globalcs.render(
        "shop_cancelled", "DE", order_id="A-1", texts=texts, channel="sms", brand="Beispiel"
    )
    assert (sms.text, sms.encoding, sms.segments) == (
        "Beispiel: Bestellung A-1 storniert.",
        "GSM-7",
        1,
    )
    chat = globalcs.render(
        "shop_cancelled", "DE", order_id="<!channel>", texts=texts, channel="chat"
    )
    assert "‹!channel›" in chat.text
    whatsapp = globalcs.render(
        "shop_cancelled", "DE", order_id="*A-1*", texts=texts, channel="whatsapp"
    )
    assert "∗A-1∗" in whatsapp.text
    assert whatsapp.subject is None


def test_a_merchant_intent_formats_money_and_links_urls() -> None:
    data = copy.deepcopy(BASE)
    data["texts"]["en"]["shop_cancelled.body|formal"] = (
        "We cancelled {order_id} and refunded {refund}. Help: {help_url}"
    )
    texts = globalcs.MerchantTexts.from_mapping(data)
    msg = globalcs.render(
        "shop_cancelled",
        "US",
        order_id="A-1",
        refund=decimal.Decimal("1249.90"),
        help_url="https://shop.example/help",
        texts=texts,
    )
    assert "refunded $1,249.90." in msg.text
    assert '<a href="https://shop.example/help">' in msg.html
    with pytest.raises(globalcs.MoneyError):
        globalcs.render("shop_cancelled", "US", order_id="A", refund=1.5, texts=texts)


def test_an_optional_variable_a_text_prints_is_needed_by_that_text() -> None:
    data = copy.deepcopy(BASE)
    data["texts"]["en"]["shop_cancelled.body|formal"] = "We refunded {refund}."
    texts = globalcs.MerchantTexts.from_mapping(data)
    with pytest.raises(globalcs.MissingVariableError) as caught:
        globalcs.render("shop_cancelled", "US", order_id="A-1", texts=texts)
    assert caught.value.variable == "refund"
    sms = globalcs.render("shop_cancelled", "US", order_id="A-1", texts=texts, channel="sms")
    assert sms.text == "Order A-1 cancelled."


def test_merchant_intent_variables_are_checked() -> None:
    texts = shop()
    with pytest.raises(globalcs.MissingVariableError):
        globalcs.render("shop_cancelled", "DE", texts=texts)
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.render("shop_cancelled", "DE", order_id="A-1", colour="red", texts=texts)
    with pytest.raises(globalcs.UnknownIntentError):
        globalcs.render("order_lost", "DE", order_id="A-1", texts=texts)
    with pytest.raises(globalcs.UnknownIntentError):  # only with the shop's texts
        globalcs.render("shop_cancelled", "DE", order_id="A-1")
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.render("delivered", "DE", order_id="A-1", texts={"texts": {}})  # type: ignore[arg-type]


def test_two_merchants_never_share_a_plan() -> None:
    first = shop()
    second = shop(texts={"de": {"delivery_delay.body|formal": "Bald: {order_id}."}})
    options = {"order_id": "A-1", "new_delivery_date": DAY}
    for _ in range(2):
        assert (
            "Leider verzögert"
            in globalcs.render("delivery_delay", "DE", texts=first, **options).text
        )
        assert "Bald: A-1." in globalcs.render("delivery_delay", "DE", texts=second, **options).text
        assert (
            "Lieferung Ihrer Bestellung A-1"
            in globalcs.render("delivery_delay", "DE", **options).text
        )


def test_render_many_rows_take_texts() -> None:
    texts = shop()
    rows = [
        {"intent": "shop_cancelled", "market": "DE", "order_id": "A-1", "texts": texts},
        {"intent": "shop_cancelled", "market": "DE", "order_id": "A-2", "texts": texts},
        {"intent": "shop_cancelled", "market": "DE", "order_id": "A-3"},
    ]
    out = list(globalcs.render_many(rows, errors="collect"))
    assert [getattr(m, "subject", None) for m in out[:2]] == [
        "Ihre Bestellung A-1 wurde storniert",
        "Ihre Bestellung A-2 wurde storniert",
    ]
    assert isinstance(out[2], globalcs.UnknownIntentError)


# Brand voice


def test_voice_formality_pins_the_register_on_every_channel() -> None:
    texts = shop(voice={"formality": "informal"})
    for channel in ("email", "chat", "sms"):
        msg = globalcs.render("shop_cancelled", "DE", order_id="A-1", texts=texts, channel=channel)
        assert msg.formality is globalcs.Formality.INFORMAL
    chat = globalcs.render("shop_cancelled", "DE", order_id="A-1", texts=texts, channel="chat")
    assert "deine Bestellung" in chat.text
    explicit = globalcs.render(
        "shop_cancelled", "DE", order_id="A-1", texts=texts, formality="formal"
    )
    assert explicit.formality is globalcs.Formality.FORMAL
    # Without a voice, a German chat is in the market's messaging register.
    plain = globalcs.render("shop_cancelled", "DE", order_id="A-1", texts=shop(), channel="chat")
    assert plain.formality is globalcs.Formality.NEUTRAL


def test_voice_formality_is_a_choice_the_market_minimum_does_not_raise() -> None:
    texts = shop(voice={"formality": "informal"})
    assert globalcs.get_market("DE").minimum_formality is globalcs.Formality.NEUTRAL
    msg = globalcs.render("delivered", "DE", order_id="A-1", texts=texts)
    assert msg.formality is globalcs.Formality.INFORMAL


def test_voice_without_opener_drops_the_tone_opener() -> None:
    # Compared in lower case: a German letter goes on in lower case after its greeting.
    apology = catalog("de")["tone.apologetic|formal"].lower()
    options = {"order_id": "A-1", "new_delivery_date": DAY, "tone": "apologetic"}
    loud = globalcs.render("delivery_delay", "DE", texts=shop(), **options)
    assert apology in loud.text.lower()
    quiet = shop(voice={"opener": False})
    plain = globalcs.render("delivery_delay", "DE", texts=quiet, **options)
    assert apology not in plain.text.lower()
    sms = globalcs.render("delivery_delay", "DE", texts=quiet, channel="sms", **options)
    assert apology not in sms.text.lower()


def test_voice_signature_and_sender() -> None:
    texts = shop(voice={"signature": "Dein Team von Beispiel", "sender": "Beispiel"})
    msg = globalcs.render("shop_cancelled", "DE", order_id="A-1", texts=texts)
    assert msg.text.splitlines()[-1] == "Dein Team von Beispiel"
    sms = globalcs.render("shop_cancelled", "DE", order_id="A-1", texts=texts, channel="sms")
    assert sms.text.startswith("Beispiel: ")
    passed = globalcs.render(
        "shop_cancelled", "DE", order_id="A-1", texts=texts, channel="sms", brand="Shop"
    )
    assert passed.text.startswith("Shop: ")


def test_voice_sender_fills_the_built_in_signature() -> None:
    texts = shop(voice={"sender": "Beispiel"})
    msg = globalcs.render("delivered", "DE", order_id="A-1", texts=texts)
    assert msg.text.splitlines()[-1] == "Ihr Beispiel-Kundenservice"


def test_voice_signature_by_language() -> None:
    texts = shop(voice={"signature": {"de": "Ihr Team von {brand}"}, "sender": "Beispiel"})
    de = globalcs.render("delivered", "DE", order_id="A-1", texts=texts)
    assert de.text.splitlines()[-1] == "Ihr Team von Beispiel"
    en = globalcs.render("delivered", "GB", order_id="A-1", texts=texts)
    assert en.text.splitlines()[-1] == catalog("en")["signature|formal"].format(brand="Beispiel")


def test_pickles_compares_and_hashes_by_value() -> None:
    texts = shop(voice={"sender": "Beispiel"})
    copied = pickle.loads(pickle.dumps(texts))
    assert copied == texts
    assert hash(copied) == hash(texts)
    assert copied != shop()
    assert "shop_cancelled" in repr(texts) or "1 intents" in repr(texts)
    with pytest.raises(AttributeError):
        texts.sender = "x"  # type: ignore[misc]


# A random safe override renders with its values substituted.

SAFE = st.text(alphabet="abcdefghijklmnopqrstuvwxyz .,:-0123456789", min_size=1, max_size=30)


@settings(max_examples=50, deadline=None)
@given(
    before=SAFE,
    middle=SAFE,
    after=SAFE,
    order_id=st.from_regex(r"[A-Z]-[0-9]{1,6}", fullmatch=True),
)
def test_random_overrides_render_with_their_values(
    before: str, middle: str, after: str, order_id: str
) -> None:
    text = f"{before}{{order_id}}{middle}{{new_delivery_date}}{after}"
    if not text.strip(" .,:-"):
        return
    texts = globalcs.MerchantTexts.from_mapping(
        {"texts": {"en": {"delivery_delay.body|formal": text}}}
    )
    msg = globalcs.render(
        "delivery_delay", "US", order_id=order_id, new_delivery_date=DAY, texts=texts
    )
    expected = text.replace("{order_id}", order_id).replace(
        "{new_delivery_date}", "December 9, 2026"
    )
    assert expected in msg.text


def test_po_entry_without_msgctxt(tmp_path: Path) -> None:
    (tmp_path / "de.po").write_text(PO_HEADER + 'msgid "Hallo"\nmsgstr "Hallo"\n', encoding="utf-8")
    with pytest.raises(globalcs.DataError) as caught:
        globalcs.MerchantTexts.from_po(tmp_path)
    assert caught.value.path == str(tmp_path / "de.po")
    assert caught.value.field.startswith("line ")


def test_a_gendered_greeting_can_be_overridden() -> None:
    texts = globalcs.MerchantTexts.from_mapping(
        {"texts": {"en": {"greeting|formal|female": "Dear Madam {salutation},"}}}
    )
    options = {"order_id": "A-1", "formality": "formal", "texts": texts}
    female = {"given_name": "Ann", "family_name": "Lee", "gender": "female"}
    male = {"given_name": "Bo", "family_name": "Lee", "gender": "male"}
    msg = globalcs.render("delivered", "GB", customer=female, **options)
    assert msg.text.splitlines()[0] == "Dear Madam Ms Lee,"
    msg = globalcs.render("delivered", "GB", customer=male, **options)
    assert msg.text.splitlines()[0] == "Dear Mr Lee,"


def test_a_shops_texts_for_a_language_serve_its_regional_variants() -> None:
    # The United States reads en-US; the shop wrote its own intent in en only.
    texts = shop()
    message = globalcs.render("shop_cancelled", "US", texts=texts, order_id="A-1")
    assert message.language == "en-US"
    assert "We cancelled your order A-1." in message.text
    # A text given for the variant itself comes first.
    data = copy.deepcopy(BASE)
    data["texts"]["en-US"] = {"shop_cancelled.body|formal": "We canceled your order {order_id}."}
    own = globalcs.MerchantTexts.from_mapping(data)
    us = globalcs.render("shop_cancelled", "US", texts=own, order_id="A-1")
    assert "We canceled your order A-1." in us.text
    gb = globalcs.render("shop_cancelled", "GB", texts=own, order_id="A-1")
    assert "We cancelled your order A-1." in gb.text
