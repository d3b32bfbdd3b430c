"""Who a message is for, and how the language addresses them."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Literal, NamedTuple

from .._errors import InvalidOptionError
from .._formality import Formality
from .._record import record
from ._languages import Language, language
from ._values import check_text, check_timezone, fill_pieces, split_cached
from ._vocative import vocative

GENDERS = ("female", "male", "neutral")
"""The terms of address a customer may ask for, as Apple's ``TermOfAddress`` and
Android's ``GrammaticalGender`` name them: ``neutral`` is a person who asked not to be
gendered (greeted without Frau/Herr, Madame/Monsieur); None is a gender not known."""


_CUSTOMER_FIELDS = frozenset(
    {
        "given_name",
        "family_name",
        "gender",
        "title",
        "timezone",
        "given_name_vocative",
        "family_name_vocative",
    }
)


@record
class Customer:
    """Who a message is for. Every field is optional.

    ``given_name_vocative`` and ``family_name_vocative``: the names as the customer is
    called in languages that address people in the vocative (Czech ``Petře``,
    ``Nováku``), when the shop knows them; they win over the library's rules.

    >>> Customer(given_name="Anna", family_name="Müller", gender="female").gender
    'female'
    >>> Customer(given_name="Petr", gender="male", given_name_vocative="Petře").given_name_vocative
    'Petře'
    """

    given_name: str = ""
    family_name: str = ""
    gender: Literal["female", "male", "neutral"] | None = None
    title: str = ""
    timezone: str | None = None
    given_name_vocative: str = ""
    family_name_vocative: str = ""

    def __post_init__(self) -> None:
        checked = _checked(
            self.given_name,
            self.family_name,
            self.gender,
            self.title,
            self.timezone,
            self.given_name_vocative,
            self.family_name_vocative,
        )
        for name, value in zip(checked._fields, checked, strict=True):
            if getattr(self, name) is not value:  # an int name, written out
                object.__setattr__(self, name, value)

    @classmethod
    def parse(cls, value: object) -> Customer | None:
        """Accept a ``Customer``, a mapping of its fields, or None."""
        if value is None or isinstance(value, Customer):
            return value
        return cls(*person(value))  # type: ignore[misc]


class Person(NamedTuple):
    """A customer's checked fields, as rendering reads them: a :class:`Customer`
    without the cost of building one for every message of a bulk send."""

    given_name: str
    family_name: str
    gender: str | None
    title: str
    timezone: str | None
    given_name_vocative: str = ""
    family_name_vocative: str = ""


def person(value: object) -> Person | None:
    """Check a :class:`Customer`, a mapping of its fields, or None."""
    if value is None:
        return None
    if isinstance(value, Customer):
        return Person(
            value.given_name,
            value.family_name,
            value.gender,
            value.title,
            value.timezone,
            value.given_name_vocative,
            value.family_name_vocative,
        )
    if type(value) is dict or isinstance(value, Mapping):
        if not _CUSTOMER_FIELDS.issuperset(value):
            unknown = sorted(set(value) - _CUSTOMER_FIELDS)
            raise InvalidOptionError("customer field", unknown[0], sorted(_CUSTOMER_FIELDS))
        get = value.get
        gender = get("gender")
        if gender in _NO_GENDER:
            gender = None
        elif gender in _NOT_GENDERED:
            gender = "neutral"
        return _checked(
            get("given_name", ""),
            get("family_name", ""),
            gender,
            get("title", ""),
            get("timezone"),
            get("given_name_vocative", ""),
            get("family_name_vocative", ""),
        )
    raise InvalidOptionError("customer", value, reason="expected a Customer or a mapping")


def _checked(
    given_name: object,
    family_name: object,
    gender: object,
    title: object,
    timezone: object,
    given_vocative: object = "",
    family_vocative: object = "",
) -> Person:
    if gender is not None and gender not in GENDERS:
        raise InvalidOptionError("customer.gender", gender, (*GENDERS, "None"))
    return Person(
        check_text(given_name, "customer.given_name"),
        check_text(family_name, "customer.family_name"),
        gender,
        check_text(title, "customer.title") if title != "" else "",
        check_timezone(timezone) if timezone is not None else None,  # type: ignore[arg-type]
        _optional_text(given_vocative, "customer.given_name_vocative"),
        _optional_text(family_vocative, "customer.family_name_vocative"),
    )


def _optional_text(value: object, name: str) -> str:
    return "" if value == "" else check_text(value, name)


_NO_GENDER = ("", "unknown")
_NOT_GENDERED = ("other", "diverse", "non-binary", "nonbinary")
"""What forms and registries write for a person who is neither "female" nor "male"
(German civil status "divers"): addressed with the neutral term of address."""


def salutation(
    lang: Language,
    formality: Formality,
    customer: Customer | Person | None,
    market: str | None = None,
) -> str | None:
    """The honorific and name for a greeting (``Frau Müller``, ``山田 太郎 様``), or None.

    A profile's form may name the vocative (``pane {family_voc}``); it is tried only
    when the vocative is known (the customer's own, or the language's rules), and
    the next form is tried otherwise (``pane``). A ``neutral`` customer gets the
    profile's ``neutral`` form (``titled_neutral`` with a title), else the one for
    an unknown gender.

    ``market`` (a country code) decides rules that differ between countries of one
    language: in the Netherlands ``mevrouw De Vries`` but ``Sanne de Vries``.
    """
    if customer is None:
        return None
    given, family = customer.given_name, customer.family_name
    if not (given or family):
        return None
    gender = customer.gender or "unknown"
    values = {"given": given, "family": family, "title": customer.title}
    if given and lang.name_order == "family_given" and not _is_cjk(family + given):
        values["given"] = " " + given  # "김민준" but "Lindqvist Anna", never "LindqvistAnna"
    for pieces in _candidates(lang.tag, formality, gender, bool(customer.title)):
        names = pieces[1::2]
        for name in names:
            if name in _VOCATIVES and name not in values:  # worked out where a form asks
                values[name] = _vocative(lang, customer, _VOCATIVES[name], gender)
        if all(values[name] for name in names):
            alone = "family" in names and "given" not in names[: names.index("family")]
            if alone and market in lang.capitalise_prefix_alone_in:
                values["family"] = capitalise_prefix(family)
            return " ".join(fill_pieces(pieces, values).split())
    if lang.name_order == "family_given" and lang.family_name_alone and family and not given:
        # Family name first, honorific after it: 山田様 and 김 고객님 read well without a
        # given name, so drop the missing part rather than fall back to a generic greeting.
        forms = lang.salutation[formality.value]
        template = forms.get(gender) or forms["unknown"]
        values["title"] = ""
        return " ".join(fill_pieces(split_cached(template), values).split()) or None
    return None


_VOCATIVES = {"given_voc": "given", "family_voc": "family"}
"""The placeholders of a salutation form that name a vocative, and the name each declines."""


def _vocative(lang: Language, customer: Customer | Person, part: str, gender: str) -> str:
    """The customer's own vocative of a name, else the language's rules', else ""."""
    given = customer.given_name_vocative if part == "given" else customer.family_name_vocative
    if given:
        return given
    name = customer.given_name if part == "given" else customer.family_name
    return vocative(lang.tag, name, part, gender) or ""


def capitalise_prefix(family: str) -> str:
    """``de Vries`` -> ``De Vries``, for a surname no given name precedes; ``'t Hart`` and
    ``d'Ancona`` keep their lower case.

    >>> capitalise_prefix("van der Sluis"), capitalise_prefix("'t Hart")
    ('Van der Sluis', "'t Hart")
    """
    if not family[:1].islower() or family.startswith(("'t ", "’t ", "d'", "d’")):
        return family
    return family[0].upper() + family[1:]


@functools.lru_cache(maxsize=1024)
def _candidates(
    tag: str, formality: Formality, gender: str, titled: bool
) -> tuple[tuple[str, ...], ...]:
    """The salutation templates to try, in order, split into pieces."""
    forms = language(tag).salutation[formality.value]
    keys = [f"titled_{gender}", "titled"] if titled else []
    keys += [gender, "unknown"]
    found: list[tuple[str, ...]] = []
    for key in keys:
        for template in forms.get(f"{key}+", (forms[key],) if key in forms else ()):
            found.append(split_cached(template))
    return tuple(found)


def _is_cjk(text: str) -> bool:
    return any(
        "\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"
        for ch in text
    )
