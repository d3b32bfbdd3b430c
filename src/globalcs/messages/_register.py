"""``check_register``: find text that mixes registers or uses the wrong one.

For German, Dutch, Polish, French, Spanish (es, es-419, es-MX, es-AR), Italian,
Portuguese (pt-BR and pt-PT), Korean and Japanese the text is read by words and sentence
endings (``_register_de_nl_pl``, ``_register_romance``, ``_register_es``, ``_register_pt``,
``_register_ko``, ``_register_ja``); every other language is read with the patterns its
profile lists under ``markers``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Literal

from .._formality import Formality
from .._record import record
from ._languages import Language, language, lineage, resolve_language
from ._register_words import Hit

Kind = Literal["wrong_register", "mixed_register", "never_to_customers"]


@record
class Finding:
    """One place where a text leaves the requested register.

    ``text`` is the marker as written, ``start``/``end`` its span in the checked text,
    ``found`` the register it belongs to, ``reason`` the rule that recognised it and
    ``message`` the whole explanation in a sentence.
    """

    kind: Kind
    expected: str
    found: str
    text: str
    start: int
    end: int
    message: str
    reason: str = ""


def check_register(text: str, language_tag: str, formality: Formality | str) -> list[Finding]:
    """Flag words that belong to another register than ``formality`` asks for.

    ``mixed_register`` means the text also uses the expected register (du and
    Sie in one e-mail); ``wrong_register`` means it uses only the other one;
    ``never_to_customers`` marks forms wrong in customer service at any formality
    (Hindi तुम, Korean 반말, Japanese plain forms, você in Portugal).

    >>> import globalcs
    >>> findings = globalcs.check_register("Können Sie dein Passwort ändern?", "de", "formal")
    >>> [(f.kind, f.text, f.reason) for f in findings]
    [('mixed_register', 'dein', 'du-form pronoun')]
    >>> [f.text for f in globalcs.check_register("Schreib uns.", "de", "formal")]
    ['Schreib']
    >>> globalcs.check_register("Hast du Fragen? Schreib uns.", "de", "informal")
    []
    >>> [f.kind for f in globalcs.check_register("क्या तुम ठीक हो?", "hi", "formal")]
    ['never_to_customers']
    """
    from .._errors import InvalidOptionError

    if not isinstance(text, str):
        raise InvalidOptionError("text", text, reason="expected a string")
    profile = language(resolve_language(language_tag, ""))
    expected = profile.register(Formality.parse(formality))
    rules = _rules(profile.tag)
    hits = rules(text) if rules is not None else _marker_hits(profile, text)
    tolerated = _TOLERATED.get(lineage(profile)[0], {}).get(expected, frozenset())
    wrong = [
        h
        for h in hits
        if h.register not in (expected, "never")
        and h.register not in tolerated
        and (rules is not None or not _same_markers(profile, h.register, expected))
    ]
    uses_expected = any(h.register == expected for h in hits)
    kind: Kind = "mixed_register" if uses_expected else "wrong_register"
    findings = [_finding(kind, expected, h, text, profile, uses_expected) for h in wrong]
    findings += [
        _finding("never_to_customers", expected, h, text, profile, False)
        for h in hits
        if h.register == "never"
    ]
    unique = {(f.start, f.end, f.kind): f for f in findings}
    return sorted(unique.values(), key=lambda f: (f.start, f.end))


_TOLERATED: dict[str, dict[str, frozenset[str]]] = {
    # Japanese keigo is a scale: a formula of the very formal register (誠に) in a
    # teineigo text is more polite than asked, not a slip into another register.
    "ja": {"formal": frozenset({"very_formal"})},
}


@functools.cache
def _rules(tag: str) -> Callable[[str], list[Hit]] | None:
    """The word rules for a language: its own, or the nearest its lineage has (de-CH reads
    de's); None to read its profile's markers."""
    from . import _register_de_nl_pl as north
    from . import _register_es as es
    from . import _register_ja as ja
    from . import _register_ko as ko
    from . import _register_pt as pt
    from . import _register_romance as romance

    by_tag: dict[str, Callable[[str], list[Hit]]] = {
        "de": north.german,
        "nl": north.dutch,
        "pl": north.polish,
        "fr": romance.french,
        "es": es.spanish,
        "es-419": es.latin_american_spanish,
        "es-MX": es.latin_american_spanish,
        "es-AR": es.argentine_spanish,
        "it": romance.italian,
        "pt-BR": pt.brazilian,
        "pt-PT": pt.european_portuguese,
        "ko": ko.korean,
        "ja": ja.japanese,
    }
    for name in reversed(lineage(language(tag))):
        if name in by_tag:
            return by_tag[name]
    return None


def _marker_hits(profile: Language, text: str) -> list[Hit]:
    return [
        Hit(register, match.start(), match.end(), "marker listed in the language profile")
        for register, patterns in profile.markers.items()
        for pattern in patterns
        for match in pattern.finditer(text)
    ]


def _finding(
    kind: Kind, expected: str, hit: Hit, text: str, profile: Language, uses_expected: bool
) -> Finding:
    found = text[hit.start : hit.end]
    if kind == "never_to_customers":
        message = f"{found!r} is never used to address customers in {profile.name} ({hit.rule})"
    else:
        message = f"{found!r} is {hit.register} ({hit.rule}) but the text is meant to be {expected}"
        if uses_expected:
            message += f" and elsewhere uses the {expected} register"
    register = "never" if kind == "never_to_customers" else hit.register
    return Finding(kind, expected, register, found, hit.start, hit.end, message, hit.rule)


def _same_markers(profile: Language, first: str, second: str) -> bool:
    markers = profile.markers
    return bool(markers.get(first) == markers.get(second))
