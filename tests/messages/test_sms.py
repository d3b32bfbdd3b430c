"""SMS encoding and segment counts against a plain reading of GSM 03.38."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from globalcs.messages._sms import is_gsm7, sms_encoding, sms_form

BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCÄÖÑÜ§¿abcäöñüà"
EXTENDED = "^{}\\[~]|€\f"
OTHER = "–“”’…\u00a0\u202f注文😀ą"


def reference_segments(text: str) -> tuple[str, int]:
    if all(ch in BASIC or ch in EXTENDED for ch in text):
        septets = sum(2 if ch in EXTENDED else 1 for ch in text)
        return "GSM-7", 1 if septets <= 160 else -(-septets // 153)
    units = sum(2 if ord(ch) > 0xFFFF else 1 for ch in text)
    return "UCS-2", 1 if units <= 70 else -(-units // 67)


@given(st.text(alphabet=BASIC + EXTENDED + OTHER, max_size=400))
def test_segments_follow_the_standard(text: str) -> None:
    assert sms_encoding(text) == reference_segments(text)


@given(st.text(alphabet=BASIC + EXTENDED + OTHER, max_size=400))
def test_sms_form_uses_gsm7_whenever_typography_allows(text: str) -> None:
    form, encoding, segments = sms_form(text)
    assert (encoding, segments) == sms_encoding(form)
    if encoding == "UCS-2":
        assert form == text
        assert not is_gsm7(text)
    assert len(form) >= len(text)  # typography is replaced, never dropped ("…" -> "...")


@pytest.mark.parametrize(("length", "segments"), [(160, 1), (161, 2), (306, 2), (307, 3)])
def test_gsm7_segment_boundaries(length: int, segments: int) -> None:
    assert sms_encoding("a" * length) == ("GSM-7", segments)
    # An extended character takes two septets.
    assert sms_encoding("€" * (length // 2) + "a" * (length % 2))[1] == segments


@pytest.mark.parametrize(("length", "segments"), [(70, 1), (71, 2), (134, 2), (135, 3)])
def test_ucs2_segment_boundaries(length: int, segments: int) -> None:
    assert sms_encoding("注" * length) == ("UCS-2", segments)
    # A character outside the BMP takes two UTF-16 units.
    assert sms_encoding("😀" * (length // 2) + "注" * (length % 2))[1] == segments
