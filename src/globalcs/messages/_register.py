"""``check_register``: find text that mixes registers or uses the wrong one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .._formality import Formality
from ._languages import language, resolve_language


@dataclass(frozen=True, slots=True)
class Finding:
    """One place where a text leaves the requested register."""

    kind: Literal["wrong_register", "mixed_register", "never_to_customers"]
    expected: str
    found: str
    text: str
    start: int
    end: int
    message: str


def check_register(text: str, language_tag: str, formality: Formality | str) -> list[Finding]:
    """Flag words that belong to another register than ``formality`` asks for.

    ``mixed_register`` means the text also uses the expected register (du and
    Sie in one e-mail); ``wrong_register`` means it uses only the other one;
    ``never_to_customers`` marks forms a language profile lists under
    ``never`` (Hindi तुम and तू), wrong in customer service at any formality.

    >>> import globalcs
    >>> findings = globalcs.check_register("Können Sie dein Passwort ändern?", "de", "formal")
    >>> [(f.kind, f.text) for f in findings]
    [('mixed_register', 'dein')]
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
    hits: dict[str, list[tuple[int, int, str]]] = {}
    for register, patterns in profile.markers.items():
        if register in (expected, "never") or _same_markers(profile.markers, register, expected):
            continue
        for pattern in patterns:
            for match in pattern.finditer(text):
                hits.setdefault(register, []).append((match.start(), match.end(), match[0]))
    never = [
        Finding(
            "never_to_customers",
            expected,
            "never",
            match[0],
            match.start(),
            match.end(),
            f"{match[0]!r} is never used to address customers in {profile.name}",
        )
        for pattern in profile.markers.get("never", ())
        for match in pattern.finditer(text)
    ]
    if not hits:
        return sorted(never, key=lambda f: f.start)
    uses_expected = any(p.search(text) for p in profile.markers.get(expected, ()))
    kind: Literal["wrong_register", "mixed_register", "never_to_customers"] = (
        "mixed_register" if uses_expected else "wrong_register"
    )
    findings = []
    for register, matches in hits.items():
        for start, end, found in sorted(set(matches)):
            message = f"{found!r} is {register} but the text is meant to be {expected}" + (
                " and elsewhere uses the " + expected + " register" if uses_expected else ""
            )
            findings.append(Finding(kind, expected, register, found, start, end, message))
    return sorted(findings + never, key=lambda f: f.start)


def _same_markers(markers: object, first: str, second: str) -> bool:
    from collections.abc import Mapping

    assert isinstance(markers, Mapping)
    return bool(markers.get(first) == markers.get(second))
