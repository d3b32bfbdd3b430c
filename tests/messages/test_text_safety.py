"""Hostile characters in customer and caller data are refused or neutralised: control,
bidi, surrogate and noncharacter code points, RFC 2047 encoded words in subjects, and
WhatsApp formatting marks."""

from __future__ import annotations

import datetime as dt
import decimal
import email
import email.policy
import unicodedata
from email.message import EmailMessage
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import globalcs
from globalcs.messages._values import check_data, check_text, header_text, whatsapp_text

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
REFUSED = [
    "\x00",
    "\t",
    "\x1b",
    "\x1c",
    "\x1d",
    "\x1e",
    "\x1f",
    "\x7f",
    "\x80",
    "\x85",
    "\x9f",
    "\u2028",
    "\u2029",
    "\ud800",
    "\udbff",
    "\udc00",
    "\udfff",
    "\ufdd0",
    "\ufdef",
    "\ufffe",
    "\uffff",
    "\U0001fffe",
    "\U0010ffff",
    *BIDI_CONTROLS,
]
# Invisible characters that real names and text need.
ALLOWED = [
    "می\u200cخواهم",  # Persian with ZWNJ
    "क्\u200dष",  # Devanagari with ZWJ
    "👩\u200d💻",  # emoji ZWJ sequence
    "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",  # flag of Scotland (tags)
    "\u200fשלום\u200e A-1",  # RLM, LRM
    "\u061cمرحبا",  # ARABIC LETTER MARK
    "Zoë O'Brien-Łukasz",
]


def is_refused(char: str) -> bool:
    """The documented rule, spelled out from the Unicode database."""
    code = ord(char)
    return (
        unicodedata.category(char) in ("Cc", "Cs", "Zl", "Zp")
        or 0xFDD0 <= code <= 0xFDEF
        or code & 0xFFFE == 0xFFFE
        or char in BIDI_CONTROLS
    )


def test_the_rule_spelled_out_matches_the_list() -> None:
    assert all(is_refused(ch) for ch in REFUSED)
    assert not any(is_refused(ch) for text in ALLOWED for ch in text)


@pytest.mark.parametrize("char", REFUSED, ids=lambda ch: f"U+{ord(ch):04X}")
def test_text_variables_refuse_the_character_by_code_point(char: str) -> None:
    with pytest.raises(globalcs.InvalidOptionError) as info:
        globalcs.render("delivered", "DE", order_id=f"A-1{char}2")
    assert info.value.option == "order_id"
    assert f"U+{ord(char):04X}" in str(info.value)


@pytest.mark.parametrize("char", REFUSED, ids=lambda ch: f"U+{ord(ch):04X}")
@pytest.mark.parametrize("field", ["given_name", "family_name", "title"])
def test_customer_fields_refuse_the_same_characters(char: str, field: str) -> None:
    customer = {"given_name": "Anna", "family_name": "Lind", field: f"X{char}"}
    with pytest.raises(globalcs.InvalidOptionError) as info:
        globalcs.Customer.parse(customer)
    assert info.value.option == f"customer.{field}"
    assert f"U+{ord(char):04X}" in str(info.value)
    for channel in ("email", "sms", "chat", "whatsapp"):
        with pytest.raises(globalcs.InvalidOptionError):
            globalcs.render("delivered", "DE", order_id="1", customer=customer, channel=channel)
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.render_template("{{ customer|greeting }}", "DE", customer=customer)


@pytest.mark.parametrize("char", ["\u202e", "\x1b", "\ud800"])
def test_brand_refuses_them_too(char: str) -> None:
    with pytest.raises(globalcs.InvalidOptionError, match="brand"):
        globalcs.render("delivered", "DE", order_id="1", brand=f"Shop{char}", channel="sms")


@pytest.mark.parametrize("text", ALLOWED)
def test_invisible_characters_that_text_needs_are_kept(text: str) -> None:
    for channel in ("email", "sms", "chat", "whatsapp"):
        message = globalcs.render(
            "delivered", "AE", order_id=text, customer={"given_name": text}, channel=channel
        )
        assert text in message.text


ANY_CODE_POINT = st.one_of(
    st.integers(min_value=0, max_value=0x10FFFF).map(chr),  # surrogates too
    st.sampled_from([*REFUSED, *"".join(ALLOWED)]),
)


@given(st.text(max_size=30) | st.lists(ANY_CODE_POINT, max_size=8).map("".join))
@example("\x1c")
@example("\u202e")
@example("\U0010fffe")
def test_check_text_refuses_exactly_the_documented_characters(text: str) -> None:
    expected = next((ch for ch in text if is_refused(ch)), None)
    if expected is None:
        assert check_text(text, "v") == text
        return
    with pytest.raises(globalcs.InvalidOptionError) as info:
        check_text(text, "v")
    assert f"U+{ord(expected):04X}" in str(info.value)


def test_every_refused_character_is_one_python_does_not_print() -> None:
    # The checks skip their regular expressions for text str.isprintable() accepts
    # (once the allowed blanks are plain spaces): sound only while no refused
    # character is printable. Checked for every code point.
    from globalcs.messages._values import _SPACES

    refused = [chr(c) for c in range(0x110000) if is_refused(chr(c))]
    assert len(refused) > 2000  # C0, C1, surrogates, noncharacters, bidi controls
    assert not [ch for ch in refused if ch.isprintable()]
    assert not any(is_refused(ch) for ch in _SPACES)  # blanked in every check


@given(st.text(max_size=30) | st.lists(ANY_CODE_POINT, max_size=8).map("".join))
@example("a\nb\x0b")
@example("1\xa0234\u202f€\n\U0010ffff")
def test_multi_line_text_refuses_exactly_the_documented_characters(text: str) -> None:
    from globalcs.messages._values import check_lines

    expected = next((ch for ch in text if is_refused(ch) and ch not in "\t\n\r"), None)
    if expected is None:
        assert check_lines(text, "v") == text
        return
    with pytest.raises(globalcs.InvalidOptionError) as info:
        check_lines(text, "v")
    assert f"U+{ord(expected):04X}" in str(info.value)


# Merchant templates: the same rule for every string in the data, line breaks allowed.


@pytest.mark.parametrize("char", [c for c in REFUSED if c != "\t"], ids=lambda c: f"{ord(c):04X}")
def test_template_variables_refuse_the_characters(char: str) -> None:
    template = globalcs.compile_template("{{ note }}")
    with pytest.raises(globalcs.InvalidOptionError) as info:
        globalcs.render_template(template, "DE", note=f"ok{char}")
    assert info.value.option == "note"
    assert f"U+{ord(char):04X}" in str(info.value)


def test_nested_template_data_is_checked_and_named() -> None:
    template = globalcs.compile_template("{% for i in items %}{{ i.name }}\n{% endfor %}")
    items = [{"name": "Mug"}, {"name": "Tee\u202e"}]
    with pytest.raises(globalcs.InvalidOptionError) as info:
        globalcs.render_template(template, "DE", items=items)
    assert info.value.option == "items[1].name"
    with pytest.raises(globalcs.InvalidOptionError, match=r"U\+202E"):
        check_data({"order": {"lines": ({"note\u202e": "x"},)}})


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x1c", "\x85", "\u2028", "\u202e", "\ud800"])
@pytest.mark.parametrize("channel", ["email", "sms", "chat", "whatsapp"])
def test_the_templates_own_text_follows_the_rule(char: str, channel: str) -> None:
    # compile_template does not look at characters; the rendered text is checked.
    with pytest.raises(globalcs.InvalidOptionError) as info:
        globalcs.render_template(f"Hello{char} {{{{ n }}}}", "DE", n="1", channel=channel)
    assert info.value.option == "template text"
    assert f"U+{ord(char):04X}" in str(info.value)


@pytest.mark.parametrize("entity", ["&#x202e;", "&#x2066;", "&#x2028;"])
def test_a_filter_cannot_decode_a_refused_character_into_the_text(entity: str) -> None:
    # striptags decodes HTML entities: the data passes the check as written, and the
    # refused character appears only in the output, which is checked too.
    with pytest.raises(globalcs.InvalidOptionError, match="template text"):
        globalcs.render_template("{{ note|striptags }}", "DE", note=f"a{entity}b")


def test_template_data_may_have_line_breaks_and_tabs() -> None:
    template = globalcs.compile_template("Note:\n{{ note }}")
    message = globalcs.render_template(template, "DE", note="Leave it\r\nat the\tdoor")
    assert message.text == "Note:\nLeave it\r\nat the\tdoor"


# Subjects go into e-mail headers as they are.

ENCODED_WORD = "=?utf-8?q?x=0ABcc:_evil@example.com?="


def round_trip(subject: str) -> EmailMessage:
    """Put ``subject`` into a real e-mail, serialise it and parse it back."""
    outgoing = EmailMessage(policy=email.policy.default)
    outgoing["From"] = "shop@example.com"
    outgoing["To"] = "customer@example.com"
    outgoing["Subject"] = subject
    outgoing.set_content("Hello")
    parsed = email.message_from_bytes(bytes(outgoing), policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def assert_safe_header(subject: str) -> None:
    parsed = round_trip(subject)
    assert sorted(parsed.keys()) == sorted(
        ["From", "To", "Subject", "Content-Type", "Content-Transfer-Encoding", "MIME-Version"]
    )
    assert parsed["Subject"] == subject
    assert parsed["To"] == "customer@example.com"


def test_an_encoded_word_in_a_value_does_not_become_a_header() -> None:
    message = globalcs.render(
        "order_confirmation", "US", order_id=ENCODED_WORD, total=decimal.Decimal("1")
    )
    assert message.subject is not None
    assert "=?" not in message.subject
    assert ENCODED_WORD.replace("=?", "=\u2060?") in message.subject
    assert_safe_header(message.subject)


def test_the_unprotected_subject_would_inject_a_header() -> None:
    # What the rule prevents: the standard library decodes the word into a header.
    assert "Bcc" in round_trip(f"Your order {ENCODED_WORD} is confirmed")


@pytest.mark.parametrize(
    ("customer", "subject"),
    [
        ({"given_name": ENCODED_WORD}, "Hi {{ customer|name }}"),
        ({"given_name": "Anna"}, "Order {{ order_id }}"),
        ({"given_name": "Anna"}, "=?utf-8?b?QmNjOiB4QGV4YW1wbGUuY29t?= {{ order_id }}"),
    ],
)
def test_template_subjects_are_safe_headers(customer: dict[str, str], subject: str) -> None:
    template = globalcs.compile_template("Body", subject=subject)
    message = globalcs.render_template(
        template, "FR", language="en", customer=customer, order_id=f"A {ENCODED_WORD}"
    )
    assert message.subject is not None
    assert "=?" not in message.subject
    assert_safe_header(message.subject)


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x7f", "\x9b", "\u202e"])
def test_control_characters_in_a_template_subject_are_refused(char: str) -> None:
    template = globalcs.compile_template("Body", subject=f"Order{char} {{{{ order_id }}}}")
    with pytest.raises(globalcs.InvalidOptionError) as info:
        globalcs.render_template(template, "DE", order_id="1")
    assert info.value.option == "subject"
    assert f"U+{ord(char):04X}" in str(info.value)


SAFE_TEXT = st.text(
    alphabet=st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp", "Cn")), max_size=40
).filter(lambda t: not any(ch in BIDI_CONTROLS for ch in t))


@given(
    SAFE_TEXT.filter(str.strip) | st.sampled_from([ENCODED_WORD, "=?=?", "a=?b?q?c?=d", "==??=="])
)
def test_any_subject_survives_a_real_e_mail(value: str) -> None:
    message = globalcs.render("delivered", "GB", order_id=value)
    assert message.subject is not None
    assert "=?" not in message.subject
    assert_safe_header(message.subject)


def test_header_text_changes_nothing_else() -> None:
    assert header_text("Order A-1 ?= shipped =") == "Order A-1 ?= shipped ="
    assert header_text("==??") == "==\u2060??"
    assert header_text("=?=?") == "=\u2060?=\u2060?"


# WhatsApp: formatting marks in values are shown as written.

MARKUP = "*bold* _italic_ ~strike~ `code` ```mono```"


def whatsapp(**variables: Any) -> globalcs.Message:
    return globalcs.render("delivered", "DE", channel="whatsapp", **variables)


def test_whatsapp_values_cannot_format() -> None:
    message = whatsapp(
        order_id=MARKUP, customer={"given_name": "*Anna*", "family_name": "_Lind_", "title": "~"}
    )
    assert not any(mark in message.text for mark in "*_~`")
    assert whatsapp_text(MARKUP) in message.text
    assert "∗Anna∗" in message.text
    assert "ˍLindˍ" in message.text


def test_whatsapp_catalog_text_is_not_touched() -> None:
    plain = whatsapp(order_id="A-1001", customer={"given_name": "Anna", "family_name": "Lind"})
    marked = whatsapp(order_id="*A-1001*", customer={"given_name": "Anna", "family_name": "Lind"})
    assert marked.text == plain.text.replace("A-1001", "∗A-1001∗")


def test_whatsapp_line_start_markup_is_neutralised() -> None:
    # In Japanese the family name opens the message: "> " would make a quote.
    message = globalcs.render(
        "delivered",
        "JP",
        channel="whatsapp",
        order_id="1",
        customer={"family_name": "> 山田", "given_name": "太郎"},
    )
    assert message.text.startswith("\u203a 山田")
    assert whatsapp_text("- item") == "\u2010 item"
    assert whatsapp_text("-5 > 3") == "-5 > 3"


def test_whatsapp_urls_stay_links() -> None:
    url = "https://track.example.com/~a/b_c?x=1"
    message = globalcs.render(
        "shipping_update",
        "DE",
        channel="whatsapp",
        order_id="A_1",
        carrier="DHL",
        expected_delivery=dt.date(2026, 12, 3),
        tracking_url=url,
    )
    assert url in message.text
    assert "Aˍ1" in message.text


def test_chat_is_plain_text_and_keeps_values_as_written_but_mentions() -> None:
    value = "*1* <!channel> <@U123> &amp;"
    message = globalcs.render("delivered", "DE", channel="chat", order_id=value)
    assert "*1* ‹!channel› ‹@U123› &amp;" in message.text


@given(st.text(alphabet="*_~`>- aZ", max_size=20))
def test_whatsapp_text_leaves_no_mark(value: str) -> None:
    shown = whatsapp_text(value)
    assert not any(mark in shown for mark in "*_~`")
    assert len(shown) == len(value)
    assert not shown.startswith(("> ", "- ", ">\t", "-\t"))


def test_merchant_template_values_never_format_on_whatsapp() -> None:
    message = globalcs.render_template(
        "{{ note }} {{ link }} {{ items[0] }} {{ customer|greeting }}",
        "DE",
        channel="whatsapp",
        note="*FREE*",
        link="https://shop.example/a_b",
        items=["~x~"],
        customer={"given_name": "*A*", "family_name": "_B_"},
    )
    assert message.text == "∗FREE∗ https://shop.example/a_b ∼x∼ Hallo ∗A∗ ˍBˍ,"
    # the template's own markup is the merchant's to use
    assert globalcs.render_template("*{{ n }}*", "DE", channel="whatsapp", n="1").text == "*1*"
    # other channels show values as written
    assert globalcs.render_template("{{ n }}", "DE", channel="chat", n="*x*").text == "*x*"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("<!channel>", "‹!channel›"),
        ("<!here|here>", "‹!here|here›"),
        ("<@U123>", "‹@U123›"),
        ("<#C123>", "‹#C123›"),
        ("@everyone", "＠everyone"),
        ("hi @here", "hi ＠here"),
        ("a@here.example", "a@here.example"),  # an address, not a mention
        ("1 < 2 > 0", "1 < 2 > 0"),  # comparisons are not mentions
    ],
)
def test_chat_values_never_alert_a_room(value: str, shown: str) -> None:
    built_in = globalcs.render("delivered", "DE", order_id=value, channel="chat")
    assert shown in built_in.text
    template = globalcs.render_template("{{ v }}", "DE", v=value, channel="chat")
    assert template.text == shown
    email = globalcs.render("delivered", "DE", order_id=value)
    assert value in email.text
