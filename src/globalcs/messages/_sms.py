"""SMS encoding: GSM 03.38 (7-bit) or UCS-2, and how many segments a text needs."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from .._errors import InvalidOptionError

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
    text GSM-7, else the text as it is, in UCS-2. A text with nothing visible in it
    (empty, or only whitespace and invisible format characters) is refused.

    >>> sms_form("Order 42 – shipped")
    ('Order 42 - shipped', 'GSM-7', 1)
    >>> sms_form("注文 – 42")
    ('注文 – 42', 'UCS-2', 1)
    """
    if _blank(text):
        raise InvalidOptionError(
            "SMS text", text, reason="an SMS needs visible text; this one is empty or blank"
        )
    plain = to_gsm7(text)
    if is_gsm7(plain):
        return plain, "GSM-7", _gsm7_segments(plain)
    return text, "UCS-2", _ucs2_segments(text)


# Letters that show nothing: the Hangul fillers and the blank Braille pattern.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def _blank(text: str) -> bool:
    """True when no character of ``text`` shows: whitespace, format characters (category
    Cf: zero-width space, joiners, direction marks) and blank letters. Stops at the
    first visible character, the first one in practice."""
    return all(
        ch.isspace() or ch in _BLANK_LETTERS or unicodedata.category(ch) == "Cf" for ch in text
    )


# Septets per segment (3GPP TS 23.040 / GSM 03.38): 160 alone; 153 in each part of a
# concatenated SMS, whose user-data header takes the other seven. UCS-2: 70 and 67.
_GSM7_SINGLE, _GSM7_PART = 160, 153
_UCS2_SINGLE, _UCS2_PART = 70, 67


def _gsm7_segments(text: str) -> int:
    """Segments of a GSM-7 text. An extension character is two septets (ESC and the
    character), and a pair is never split: when one septet is left in a part, the pair
    starts the next part and that septet stays empty.

    >>> _gsm7_segments("a" * 152 + "€" * 77)  # 306 septets in parts of 152, 152 and 2
    3
    """
    if len(text) <= _GSM7_SINGLE // 2:  # even if every character took two septets
        return 1
    extended = len(_EXTENDED.findall(text))
    if len(text) + extended <= _GSM7_SINGLE:
        return 1
    if not extended:
        return -(-len(text) // _GSM7_PART)
    return _parts(text, _GSM_EXTENDED.__contains__, _GSM7_PART)


def _ucs2_segments(text: str) -> int:
    """Segments of a UCS-2 text, in UTF-16 code units. A character outside the BMP is a
    surrogate pair (two units), and a pair is never split across parts.

    >>> _ucs2_segments("注" * 66 + "😀" * 34)  # 134 units in parts of 66, 66 and 2
    3
    """
    if len(text) <= _UCS2_SINGLE // 2:  # even if every character took a surrogate pair
        return 1
    units = len(text.encode("utf-16-le", "surrogatepass")) // 2
    if units <= _UCS2_SINGLE:
        return 1
    if units == len(text):  # no surrogate pairs
        return -(-units // _UCS2_PART)
    return _parts(text, _is_astral, _UCS2_PART)


def _is_astral(char: str) -> bool:
    return char > "\uffff"


def _parts(text: str, double: Callable[[str], bool], size: int) -> int:
    """Parts of ``size`` units, filled in order; a character for which ``double`` is
    true takes two units, and never straddles two parts."""
    parts, used = 1, 0
    for char in text:
        width = 2 if double(char) else 1
        if used + width > size:
            parts, used = parts + 1, 0
        used += width
    return parts


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
