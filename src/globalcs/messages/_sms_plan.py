"""Keeping an SMS in 7-bit: opt-in transliteration and the national language tables.

A text with one character outside the GSM 7-bit default alphabet goes out in UCS-2,
70 characters a segment instead of 160: a Polish, Czech or Turkish message often
costs two or three times as much for a handful of accented letters. Two remedies,
both opt-in because both change what the customer receives:

- *transliteration* writes a letter the alphabet lacks as its base letter (``ą`` as
  ``a``, ``ł`` as ``l``), only for languages written in the Latin script, whose
  readers can still read the words;
- the *national language tables* of 3GPP TS 23.038 (Release 8 and later: Turkish,
  Spanish, Portuguese) add a language's letters through a single-shift and, for
  Turkish and Portuguese, a locking-shift table, announced in the user-data header.
  Not every carrier and handset supports them, so a shop asks for them explicitly.

The tables are the character repertoires of 3GPP TS 23.038 §6.2.1.2.4 and
§6.2.1.2.5; only which characters each table holds matters here, not their order.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Literal

from .._errors import InvalidOptionError
from .._record import record
from ._sms import _GSM_BASIC, _GSM_EXTENDED, _blank, sms_form, to_gsm7

NationalLanguage = Literal["tr", "es", "pt"]

NATIONAL_LANGUAGES: tuple[NationalLanguage, ...] = ("tr", "es", "pt")

# 3GPP TS 23.038 §6.2.1.2.4: national locking-shift tables (replace the default alphabet).
_LOCKING: dict[str, frozenset[str]] = {
    "tr": frozenset(
        "@£$¥€éùıòÇ\nĞğ\rÅåΔ_ΦΓΛΩΠΨΣΘΞŞşßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
        "İABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§çabcdefghijklmnopqrstuvwxyzäöñüà"
    ),
    "pt": frozenset(
        "@£$¥êéúíóç\nÔô\rÁáΔ_ªÇÀ∞^\\€Ó|ÂâÊÉ !\"#º%&'()*+,-./0123456789:;<=>?"
        "ÍABCDEFGHIJKLMNOPQRSTUVWXYZÃÕÚÜ§~abcdefghijklmnopqrstuvwxyzãõ`üà"
    ),
}
# §6.2.1.2.5: national single-shift tables (reached by ESC, two septets a character).
_SINGLE: dict[str, frozenset[str]] = {
    "tr": _GSM_EXTENDED | frozenset("ĞİŞçğış"),
    "es": _GSM_EXTENDED | frozenset("çÁÍÓÚáíóú"),
    "pt": _GSM_EXTENDED | frozenset("êçÔôÁáΦΓΩΠΨΣΘÊÀÍÓÚÃÕÂíóúãõâ"),
}

# Letters with no decomposition to a base letter, written as readers of their
# languages write them without the diacritic.
_BASE_LETTERS = {
    "ł": "l",
    "Ł": "L",
    "đ": "d",
    "Đ": "D",
    "ı": "i",
    "ħ": "h",
    "Ħ": "H",
    "ŀ": "l",
    "Ŀ": "L",
    "œ": "oe",
    "Œ": "OE",
}

# User-data header septets a segment gives up (3GPP TS 23.040 §9.2.3.24): the
# header's length octet and its elements, padded to whole septets. Concatenation
# takes 6 octets in all (7 septets: 153 of 160 left), a shift-table element 3 more.
_HEADER_SEPTETS = {
    (False, 0): 0,
    (False, 1): 5,
    (False, 2): 8,
    (True, 0): 7,
    (True, 1): 11,
    (True, 2): 14,
}


@record
class SmsEncoding:
    """How a text goes out as SMS, and what that saved.

    >>> plan = encode_sms("Zamówienie 42 zostało wysłane.", language="pl", transliterate=True)
    >>> plan.text, plan.encoding, plan.segments, plan.segments_before
    ('Zamowienie 42 zostalo wyslane.', 'GSM-7', 1, 1)
    """

    text: str
    """What to send."""
    encoding: Literal["GSM-7", "UCS-2"]
    segments: int
    segments_before: int
    """Segments the text needs as it was given (typography made 7-bit where that alone
    keeps it in GSM-7), without transliteration or national tables."""
    national_language: NationalLanguage | None = None
    """The national language tables the text needs (``tr``, ``es``, ``pt``), or None."""
    locking_shift: bool = False
    """True when the national locking-shift table is needed as well as the single-shift."""
    transliterated: tuple[str, ...] = ()
    """The characters written without their diacritics, in order of first use."""

    def to_dict(self) -> dict[str, object]:
        """Plain, JSON-serialisable data."""
        return {
            "text": self.text,
            "encoding": self.encoding,
            "segments": self.segments,
            "segments_before": self.segments_before,
            "national_language": self.national_language,
            "locking_shift": self.locking_shift,
            "transliterated": list(self.transliterated),
        }


def encode_sms(
    text: str,
    *,
    language: str,
    transliterate: bool = False,
    national_tables: bool = False,
) -> SmsEncoding:
    """Plan an SMS: the cheapest encoding of ``text`` the options allow.

    ``language`` is the text's language tag (``pl``, ``pt-BR``). ``transliterate``
    writes letters the 7-bit alphabet lacks as their base letters, for languages
    written in the Latin script; ``national_tables`` allows the Turkish, Spanish or
    Portuguese tables of 3GPP TS 23.038 for a text in that language. Where neither
    keeps the text in 7 bits, it goes out unchanged in UCS-2. Ties go to fewer changes.

    >>> encode_sms("Siparişiniz kargoya verildi.", language="tr").encoding
    'UCS-2'
    >>> plan = encode_sms("Siparişiniz kargoya verildi.", language="tr", national_tables=True)
    >>> plan.encoding, plan.national_language, plan.text
    ('GSM-7', 'tr', 'Siparişiniz kargoya verildi.')
    >>> encode_sms("Заказ отправлен.", language="ru", transliterate=True).encoding
    'UCS-2'
    """
    if not isinstance(text, str):
        raise InvalidOptionError("SMS text", text, reason="must be a string")
    if not isinstance(transliterate, bool) or not isinstance(national_tables, bool):
        raise InvalidOptionError(
            "SMS option", (transliterate, national_tables), reason="must be True or False"
        )
    primary = _primary(language)
    given, encoding, before = sms_form(text)  # refuses blank text
    if encoding == "GSM-7":
        return SmsEncoding(given, "GSM-7", before, before)
    latin = primary if transliterate and _latin_script(primary) else None
    options: list[tuple[frozenset[str], frozenset[str], str | None, bool]] = [
        (_GSM_BASIC, _GSM_EXTENDED, None, False)
    ]
    if national_tables and primary in _SINGLE:
        options.append((_GSM_BASIC, _SINGLE[primary], primary, False))
        if primary in _LOCKING:
            options.append((_LOCKING[primary], _SINGLE[primary], primary, True))
    best: tuple[int, int, int] | None = None
    chosen = SmsEncoding(text, "UCS-2", before, before)
    source = to_gsm7(text)
    for basic, shift, national, locking in options:
        written = _write(source, basic, shift, latin)
        if written is None:
            continue
        out, changed = written
        segments = _segments(out, shift - basic, national is not None, locking)
        rank = (segments, len(changed), locking + (national is not None))
        if best is None or rank < best:
            best = rank
            chosen = SmsEncoding(
                out,
                "GSM-7",
                segments,
                before,
                national_language=national,  # type: ignore[arg-type]
                locking_shift=locking,
                transliterated=changed,
            )
    if chosen.encoding == "GSM-7" and chosen.segments > before:
        return SmsEncoding(text, "UCS-2", before, before)  # 7-bit would cost more
    return chosen


def _primary(language: object) -> str:
    if not isinstance(language, str) or not language or _blank(language):
        raise InvalidOptionError("language", language, reason="give the text's language tag")
    primary = language.replace("_", "-").split("-")[0].lower()
    if not primary.isascii() or not primary.isalpha() or not 2 <= len(primary) <= 3:
        raise InvalidOptionError("language", language, reason="not a BCP 47 language tag")
    return primary


@functools.cache
def _latin_script(primary: str) -> bool:
    """True when CLDR's likely script for the language is Latin."""
    from babel.core import get_global

    likely = get_global("likely_subtags").get(primary)
    if likely is None:
        raise InvalidOptionError("language", primary, reason="CLDR does not know this language")
    return "_Latn" in likely


def _write(
    text: str, basic: frozenset[str], shift: frozenset[str], latin: str | None
) -> tuple[str, tuple[str, ...]] | None:
    """The text in the given tables, letters transliterated where allowed (``latin``:
    the language, for a Latin-script one); None when a character cannot be written.
    A currency sign the alphabet lacks becomes its ISO 4217 code (``₫`` -> ``VND``)."""
    out: list[str] = []
    changed: dict[str, None] = {}
    codes = _currency_codes(latin) if latin else {}
    for index, char in enumerate(text):
        if char in basic or char in shift:
            out.append(char)
            continue
        if char in codes:
            following = text[index + 1 : index + 2]
            out.append(codes[char] + (" " if following.isdigit() else ""))
            changed[char] = None
            continue
        base = _base(char) if latin else None
        if base is None or not all(c in basic or c in shift for c in base):
            return None
        out.append(base)
        changed[char] = None
    return "".join(out), tuple(changed)


@functools.cache
def _currency_codes(language: str) -> dict[str, str]:
    """Currency signs outside the GSM alphabet that the language's CLDR data uses for
    exactly one currency, with that currency's ISO 4217 code."""
    from babel import Locale, UnknownLocaleError

    try:
        symbols = Locale.parse(language).currency_symbols
    except (UnknownLocaleError, ValueError):
        return {}
    found: dict[str, set[str]] = {}
    for code, symbol in symbols.items():
        if len(symbol) == 1 and unicodedata.category(symbol) == "Sc" and len(code) == 3:
            found.setdefault(symbol, set()).add(code)
    return {
        symbol: next(iter(codes))
        for symbol, codes in found.items()
        if len(codes) == 1 and symbol not in _GSM_BASIC and symbol not in _GSM_EXTENDED
    }


@functools.lru_cache(maxsize=1024)
def _base(char: str) -> str | None:
    """A Latin letter without its diacritics (``ą`` -> ``a``), or None."""
    if char in _BASE_LETTERS:
        return _BASE_LETTERS[char]
    if unicodedata.category(char)[0] != "L":
        return None
    stripped = "".join(
        c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)
    )
    if stripped == char or not stripped.isascii():
        return None
    return stripped


def _segments(text: str, shifted: frozenset[str], national: bool, locking: bool) -> int:
    """Segments of a 7-bit text whose ``shifted`` characters take two septets, with the
    header the national tables need."""
    septets = sum(2 if char in shifted else 1 for char in text)
    tables = (1 if national else 0) + (1 if locking else 0)
    alone = 160 - _HEADER_SEPTETS[(False, tables)]
    if septets <= alone:
        return 1
    size = 160 - _HEADER_SEPTETS[(True, tables)]
    parts, used = 1, 0
    for char in text:  # an escaped pair never straddles two parts
        width = 2 if char in shifted else 1
        if used + width > size:
            parts, used = parts + 1, 0
        used += width
    return parts
