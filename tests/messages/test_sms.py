"""SMS encoding and segment counts against a plain reading of GSM 03.38."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import globalcs
from globalcs.messages._sms import is_gsm7, sms_encoding, sms_form

BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCÄÖÑÜ§¿abcäöñüà"
EXTENDED = "^{}\\[~]|€\f"
OTHER = "–“”’…\u00a0\u202f注文ąй"
ASTRAL = "😀👍🏽𝄞🇩🇪"  # outside the BMP: a surrogate pair each in UTF-16

ESC = None  # the GSM escape septet before an extension character


def reference_segments(text: str) -> tuple[str, int]:
    """Segments the way an SMS centre splits a text: write out the code units (GSM-7
    septets with ESC before an extension character, or UTF-16 code units), cut every
    153 (67), and where a cut would leave an ESC or a high surrogate at the end of a
    part, cut one unit earlier."""
    if all(ch in BASIC or ch in EXTENDED for ch in text):
        units: list[object] = []
        for ch in text:
            units += [ESC, ch] if ch in EXTENDED else [ch]
        single, part, encoding = 160, 153, "GSM-7"

        def unfinished(unit: object) -> bool:
            return unit is ESC

    else:
        raw = text.encode("utf-16-le")
        units = [int.from_bytes(raw[i : i + 2], "little") for i in range(0, len(raw), 2)]
        single, part, encoding = 70, 67, "UCS-2"

        def unfinished(unit: object) -> bool:
            return isinstance(unit, int) and 0xD800 <= unit <= 0xDBFF

    if len(units) <= single:
        return encoding, 1
    parts = 0
    while units:
        cut = min(part, len(units))
        if unfinished(units[cut - 1]):
            cut -= 1
        units = units[cut:]
        parts += 1
    return encoding, parts


@given(st.text(alphabet=BASIC + EXTENDED + OTHER + ASTRAL, max_size=400))
@example("a" * 152 + "€" * 77)
@example("注" * 66 + "😀" * 34)
def test_segments_follow_the_standard(text: str) -> None:
    assert sms_encoding(text) == reference_segments(text)


@given(
    st.sampled_from([("a", "€"), ("é", "{"), ("注", "😀"), ("a", "👍🏽")]),
    st.integers(min_value=0, max_value=320),
    st.integers(min_value=0, max_value=160),
    st.text(alphabet=BASIC + EXTENDED + OTHER + ASTRAL, max_size=20),
)
def test_segments_near_part_boundaries(
    chars: tuple[str, str], single: int, double: int, tail: str
) -> None:
    # A run of one-unit characters, then of two-unit ones: every offset of a pair
    # against the end of a part comes up.
    text = chars[0] * single + chars[1] * double + tail
    assert sms_encoding(text) == reference_segments(text)


def test_an_escape_pair_is_never_split() -> None:
    # 152 septets, then 77 two-septet characters: 153 would split the 77th pair.
    text = "a" * 152 + "€" * 77
    assert sms_encoding(text) == ("GSM-7", 3)
    assert sms_form(text)[1:] == ("GSM-7", 3)
    assert sms_encoding("a" * 153 + "€" * 76) == ("GSM-7", 2)


def test_a_surrogate_pair_is_never_split() -> None:
    assert sms_encoding("注" * 66 + "😀" * 34) == ("UCS-2", 3)
    assert sms_encoding("注" * 67 + "😀" * 33) == ("UCS-2", 2)


@given(st.text(alphabet=BASIC + EXTENDED + OTHER + ASTRAL, max_size=400))
def test_sms_form_uses_gsm7_whenever_typography_allows(text: str) -> None:
    if not text.strip():
        with pytest.raises(globalcs.InvalidOptionError, match="SMS text"):
            sms_form(text)
        return
    form, encoding, segments = sms_form(text)
    assert (encoding, segments) == sms_encoding(form)
    if encoding == "UCS-2":
        assert form == text
        assert not is_gsm7(text)
    assert len(form) >= len(text)  # typography is replaced, never dropped ("…" -> "...")


@pytest.mark.parametrize(("length", "segments"), [(160, 1), (161, 2), (306, 2), (307, 3)])
def test_gsm7_segment_boundaries(length: int, segments: int) -> None:
    assert sms_encoding("a" * length) == ("GSM-7", segments)


@pytest.mark.parametrize(("count", "segments"), [(80, 1), (81, 2), (152, 2), (153, 3)])
def test_extension_characters_take_two_septets(count: int, segments: int) -> None:
    # 80 fill one SMS; a part of a long one holds 76 pairs (152 septets), not 76.5.
    assert sms_encoding("€" * count) == ("GSM-7", segments)


@pytest.mark.parametrize(("length", "segments"), [(70, 1), (71, 2), (134, 2), (135, 3)])
def test_ucs2_segment_boundaries(length: int, segments: int) -> None:
    assert sms_encoding("注" * length) == ("UCS-2", segments)


@pytest.mark.parametrize(("count", "segments"), [(35, 1), (36, 2), (66, 2), (67, 3)])
def test_characters_outside_the_bmp_take_two_units(count: int, segments: int) -> None:
    # 35 emoji fill one SMS; a part of a long one holds 33 (66 units), not 33.5.
    assert sms_encoding("😀" * count) == ("UCS-2", segments)


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\u3000", "\u200b", "\u2060 \u200d", "\u3164"])
def test_an_sms_without_visible_text_is_refused(text: str) -> None:
    with pytest.raises(globalcs.InvalidOptionError, match="SMS text"):
        sms_form(text)


@pytest.mark.parametrize("value", ["", "   ", "\u200b"])
def test_an_empty_sms_template_is_refused(value: str) -> None:
    template = globalcs.compile_template("{{ note }}")
    with pytest.raises(globalcs.InvalidOptionError, match="SMS text"):
        globalcs.render_template(template, "DE", channel="sms", note=value)
    # The same template makes a (short) e-mail and a chat message.
    assert globalcs.render_template(template, "DE", note=value).text == value.strip()


def test_built_in_sms_always_has_text() -> None:
    message = globalcs.render("delivered", "DE", channel="sms", order_id="A-1")
    assert message.text.strip()
    assert message.segments == 1
