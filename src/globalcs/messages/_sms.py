"""SMS encoding: GSM 03.38 (7-bit) or UCS-2, and how many segments a text needs."""

from __future__ import annotations

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


def is_gsm7(text: str) -> bool:
    """True when every character is in the GSM 03.38 alphabet or its extension."""
    return all(ch in _GSM_BASIC or ch in _GSM_EXTENDED for ch in text)


def to_gsm7(text: str) -> str:
    """Replace typographic characters that have a GSM-7 equivalent (curly quotes, dashes,
    no-break spaces); other characters are left alone."""
    return "".join(_TYPOGRAPHY.get(ch, ch) for ch in text)


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
        units = sum(2 if ch in _GSM_EXTENDED else 1 for ch in text)
        return "GSM-7", 1 if units <= 160 else -(-units // 153)
    units = len(text.encode("utf-16-le")) // 2
    return "UCS-2", 1 if units <= 70 else -(-units // 67)
