"""Who a message is for, and how the language addresses them."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, NamedTuple

from .._errors import InvalidOptionError
from .._formality import Formality
from ._languages import Language, language
from ._values import check_text, check_timezone, fill_pieces, split_cached

GENDERS = ("female", "male")


_CUSTOMER_FIELDS = frozenset({"given_name", "family_name", "gender", "title", "timezone"})


@dataclass(frozen=True, slots=True)
class Customer:
    """Who a message is for. Every field is optional.

    >>> Customer(given_name="Anna", family_name="Müller", gender="female").gender
    'female'
    """

    given_name: str = ""
    family_name: str = ""
    gender: Literal["female", "male"] | None = None
    title: str = ""
    timezone: str | None = None

    def __post_init__(self) -> None:
        checked = _checked(
            self.given_name, self.family_name, self.gender, self.title, self.timezone
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


def person(value: object) -> Person | None:
    """Check a :class:`Customer`, a mapping of its fields, or None."""
    if value is None:
        return None
    if isinstance(value, Customer):
        return Person(
            value.given_name, value.family_name, value.gender, value.title, value.timezone
        )
    if type(value) is dict or isinstance(value, Mapping):
        if not _CUSTOMER_FIELDS.issuperset(value):
            unknown = sorted(set(value) - _CUSTOMER_FIELDS)
            raise InvalidOptionError("customer field", unknown[0], sorted(_CUSTOMER_FIELDS))
        get = value.get
        gender = get("gender")
        if gender in _NO_GENDER:
            gender = None
        return _checked(
            get("given_name", ""), get("family_name", ""), gender, get("title", ""), get("timezone")
        )
    raise InvalidOptionError("customer", value, reason="expected a Customer or a mapping")


def _checked(
    given_name: object, family_name: object, gender: object, title: object, timezone: object
) -> Person:
    if gender is not None and gender not in GENDERS:
        raise InvalidOptionError("customer.gender", gender, (*GENDERS, "None"))
    return Person(
        check_text(given_name, "customer.given_name"),
        check_text(family_name, "customer.family_name"),
        gender,
        check_text(title, "customer.title") if title != "" else "",
        check_timezone(timezone) if timezone is not None else None,  # type: ignore[arg-type]
    )


_NO_GENDER = ("", "unknown", "other", "diverse")


def salutation(
    lang: Language,
    formality: Formality,
    customer: Customer | Person | None,
    market: str | None = None,
) -> str | None:
    """The honorific and name for a greeting (``Frau Müller``, ``山田 太郎 様``), or None.

    ``market`` (a country code) decides rules that differ between countries of one
    language: in the Netherlands ``mevrouw De Vries`` but ``Sanne de Vries``.
    """
    if customer is None:
        return None
    given, family = customer.given_name, customer.family_name
    if not (given or family):
        return None
    gender = customer.gender or "unknown"
    if given and lang.name_order == "family_given" and not _is_cjk(family + given):
        given = " " + given  # "김민준" but "Lindqvist Anna", never "LindqvistAnna"
    values = {"given": given, "family": family, "title": customer.title}
    for pieces in _candidates(lang.tag, formality, gender, bool(customer.title)):
        names = pieces[1::2]
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
    return tuple(split_cached(forms[key]) for key in keys if key in forms)


def _is_cjk(text: str) -> bool:
    return any(
        "\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"
        for ch in text
    )
