"""Reading ``data/customs/*.toml`` into :class:`CustomsRegime` records."""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from .._data import data_file_exists, data_files
from .._errors import DataError
from ._customs import CustomsAmendment, CustomsPractice, CustomsRegime, DeMinimis, TaxCollection
from ._model import Source
from ._schema import Table, cite, open_file, read_sources

_RELIEFS = ("not_exceeding", "below")


class CustomsFile(NamedTuple):
    """A customs regime file: the regime, every source it cites, when it was checked and
    when it is due for review."""

    regime: CustomsRegime
    sources: tuple[Source, ...]
    checked: dt.date
    review_by: dt.date


@functools.cache
def customs_codes() -> tuple[str, ...]:
    """Codes of every customs regime file (``EU``, ``GB``, ...), sorted."""
    return tuple(name.upper() for name in data_files("customs"))


@functools.cache
def customs_regime(code: str) -> CustomsFile:
    """The regime of ``data/customs/<code>.toml``."""
    relative = f"customs/{code.lower()}.toml"
    if not data_file_exists(relative):
        raise DataError(relative, "(file)", f"no customs regime file for {code!r}")
    return read_customs(code, open_file(relative))


def read_customs(code: str, root: Table) -> CustomsFile:
    """A customs regime file's root table read into its record (tests pass their own)."""
    sources = read_sources(root)
    if root.text("code") != code:
        raise root.fail("code", f"must be {code!r} to match the file name")
    checked = _date(root, "checked")
    review_by = _date(root, "review_by", checked + dt.timedelta(days=365))
    if review_by < checked:
        raise root.fail("review_by", "is before the file was checked")
    cited: list[Source] = []
    duty = _optional(root, "duty", sources, cited)
    tax = _optional(root, "tax", sources, cited, tax=True)
    found = duty or tax
    if found is None:
        raise root.fail("duty", "a regime states at least a duty or a tax threshold")
    collection = _collection(root.optional_table("collection"), sources, cited)
    practice = _practice(root.optional_table("practice"), sources, cited)
    amendments: list[CustomsAmendment] = []
    for entry in root.tables("amendments"):
        in_force = _date(entry, "in_force")
        if amendments and in_force <= amendments[-1].in_force:
            raise entry.fail("in_force", "amendments go oldest first, one per date")
        own = cite(entry, sources)
        cited.extend(own)
        amendments.append(
            CustomsAmendment(
                in_force=in_force,
                note=entry.text("note"),
                sources=own,
                duty_de_minimis=_optional(entry, "duty", sources, cited),
                tax_de_minimis=_optional(entry, "tax", sources, cited, tax=True),
                tax_collection=_collection(entry.optional_table("collection"), sources, cited),
                practice=_practice(entry.optional_table("practice"), sources, cited),
            )
        )
    start = _date(root, "from")
    regime = CustomsRegime(
        code=code,
        name=root.text("name"),
        jurisdiction=root.text("jurisdiction", ""),
        currency=found.currency,
        duty_de_minimis=duty,
        tax_de_minimis=tax,
        tax_collection=collection,
        practice=practice,
        note=root.text("note", ""),
        start=start,
        amendments=tuple(amendments),
    )
    _one_currency(root, regime)
    root.done()
    return CustomsFile(regime, tuple(dict.fromkeys(cited)), checked, review_by)


def _one_currency(root: Table, regime: CustomsRegime) -> None:
    """Every threshold of a regime is in one currency: a parcel is compared once."""
    found = {regime.currency}
    for amendment in regime.amendments:
        for rule in (amendment.duty_de_minimis, amendment.tax_de_minimis, amendment.tax_collection):
            if rule is not None:
                found.add(rule.currency)
    for rule in (regime.duty_de_minimis, regime.tax_de_minimis, regime.tax_collection):
        if rule is not None:
            found.add(rule.currency)
    if len(found) > 1:
        raise root.fail("currency", f"thresholds mix currencies: {', '.join(sorted(found))}")


def _date(table: Table, key: str, default: object = None) -> dt.date:
    value = table.get(key, dt.date) if default is None else table.get(key, dt.date, default)
    if isinstance(value, dt.datetime):
        raise table.fail(key, "a date, not a date and time")
    assert isinstance(value, dt.date)
    return value


def _since(table: Table) -> dt.date | None:
    if not table.has("since"):
        table.get("since", dt.date, None)
        return None
    return _date(table, "since")


def _amount(table: Table, key: str) -> Decimal | None:
    """An amount written as a string ("150", so no float creeps in), or "none"."""
    text = table.text(key)
    if text == "none":
        return None
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise table.fail(key, f'{text!r} is not a number (write it as a string: "150")') from None
    if not amount.is_finite() or amount <= 0:
        raise table.fail(key, 'must be a positive amount, or "none"')
    return amount


def _currency(table: Table) -> str:
    currency: str = table.text("currency")
    if len(currency) != 3 or not currency.isalpha() or not currency.isupper():
        raise table.fail("currency", "expected an ISO 4217 code (EUR)")
    return currency


def _threshold(
    table: Table, sources: dict[str, Source], cited: list[Source], *, tax: bool = False
) -> DeMinimis:
    levied: bool = table.get("levied", bool, True)
    own = cite(table, sources)
    cited.extend(own)
    name = table.text("name") if tax else ""
    if not tax and table.has("name"):
        raise table.fail("name", "only a tax has a name")
    amount = _amount(table, "amount") if levied else None
    if not levied and table.has("amount"):
        raise table.fail("amount", "a tax that is not levied has no threshold")
    return DeMinimis(
        amount=amount,
        currency=_currency(table),
        relief=table.text("relief", "not_exceeding", choices=_RELIEFS),
        levied=levied,
        name=name,
        scheme_excluded=table.get("scheme_excluded", bool, False),
        since=_since(table),
        note=table.text("note"),
        sources=own,
    )


def _optional(
    table: Table, key: str, sources: dict[str, Source], cited: list[Source], *, tax: bool = False
) -> DeMinimis | None:
    found = table.optional_table(key)
    return None if found is None else _threshold(found, sources, cited, tax=tax)


def _collection(
    table: Table | None, sources: dict[str, Source], cited: list[Source]
) -> TaxCollection | None:
    if table is None:
        return None
    own = cite(table, sources)
    cited.extend(own)
    ceiling = _amount(table, "ceiling")
    if ceiling is None:
        raise table.fail("ceiling", "a collection scheme needs a ceiling")
    return TaxCollection(
        scheme=table.text("scheme"),
        ceiling=ceiling,
        currency=_currency(table),
        relief=table.text("relief", "not_exceeding", choices=_RELIEFS),
        mandatory=table.get("mandatory", bool),
        since=_since(table),
        note=table.text("note"),
        sources=own,
    )


def _practice(
    table: Table | None, sources: dict[str, Source], cited: list[Source]
) -> CustomsPractice | None:
    if table is None:
        return None
    own = cite(table, sources)
    cited.extend(own)
    return CustomsPractice(note=table.text("note"), sources=own)
