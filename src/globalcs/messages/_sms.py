"""SMS encoding: GSM 03.38 (7-bit) or UCS-2, and how many segments a text needs."""

from __future__ import annotations

import re

_GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENDED = frozenset("^{}\\[~]|€\f")
_TYPOGRAPHY = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2026": "...",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u2007": " ",
    "\u00ab": '"',
    "\u00bb": '"',
}


_NOT_GSM = re.compile("[^" + re.escape("".join(sorted(_GSM_BASIC | _GSM_EXTENDED))) + "]")
_EXTENDED = re.compile("[" + re.escape("".join(sorted(_GSM_EXTENDED))) + "]")
_TRANSLATION = str.maketrans(_TYPOGRAPHY)
_TYPOGRAPHIC = re.compile("[" + "".join(_TYPOGRAPHY) + "]")


def is_gsm7(text: str) -> bool:
    """True when every character is in the GSM 03.38 alphabet or its extension."""
    return _NOT_GSM.search(text) is None


def to_gsm7(text: str) -> str:
    """Replace typographic characters that have a GSM-7 equivalent (curly quotes, dashes,
    no-break spaces); other characters are left alone."""
    return text.translate(_TRANSLATION) if _TYPOGRAPHIC.search(text) else text


def sms_form(text: str) -> tuple[str, str, int]:
    """``(text, encoding, segments)``: typography made GSM-7 when that makes the whole
    text GSM-7, else the text as it is, in UCS-2.

    >>> sms_form("Order 42 – shipped")
    ('Order 42 - shipped', 'GSM-7', 1)
    >>> sms_form("注文 – 42")
    ('注文 – 42', 'UCS-2', 1)
    """
    plain = to_gsm7(text)
    if is_gsm7(plain):
        return plain, "GSM-7", _gsm7_segments(plain)
    return text, "UCS-2", _ucs2_segments(text)


def _gsm7_segments(text: str) -> int:
    if len(text) <= 80:  # even if every character took two septets
        return 1
    units = len(text) + len(_EXTENDED.findall(text))
    return 1 if units <= 160 else -(-units // 153)


def _ucs2_segments(text: str) -> int:
    if len(text) <= 35:  # even if every character took a surrogate pair
        return 1
    units = len(text.encode("utf-16-le")) // 2
    return 1 if units <= 70 else -(-units // 67)


def sms_encoding(text: str) -> tuple[str, int]:
    """``("GSM-7" | "UCS-2", segments)`` for a text.

    >>> sms_encoding("Order 42 shipped.")
    ('GSM-7', 1)
    >>> sms_encoding("a" * 161)
    ('GSM-7', 2)
    >>> sms_encoding("注文")
    ('UCS-2', 1)
    """
    if is_gsm7(text):
        return "GSM-7", _gsm7_segments(text)
    return "UCS-2", _ucs2_segments(text)
