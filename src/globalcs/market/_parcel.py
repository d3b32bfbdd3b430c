"""The answer for one parcel: checked money in, duty and tax outcomes out."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from .._errors import CurrencyMismatchError, InvalidOptionError, MoneyError

if TYPE_CHECKING:
    from ._customs import CollectedAt, CustomsRegime, Outcome, ParcelAssessment
    from ._model import Source

_CURRENCY = re.compile(r"[A-Z]{3}")


def parcel_value(value: object, name: str = "value") -> Decimal:
    """A parcel's value: a finite, non-negative ``Decimal`` (floats are refused, as
    binary fractions misstate money).

    >>> parcel_value(Decimal("150.00"))
    Decimal('150.00')
    >>> parcel_value(150.0)
    Traceback (most recent call last):
      ...
    globalcs.MoneyError: invalid amount of money 150.0: value must be a Decimal, not a \
float (write Decimal('150.0'))
    """
    if isinstance(value, float):
        raise MoneyError(value, f"{name} must be a Decimal, not a float (write Decimal('{value}'))")
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise MoneyError(value, f"{name} must be a Decimal, got {type(value).__name__}")
    amount = Decimal(value)
    if not amount.is_finite():
        raise MoneyError(value, f"{name} must be a finite number")
    if amount < 0:
        raise MoneyError(value, f"{name} must not be negative")
    return amount


def _currency(currency: object) -> str:
    if not isinstance(currency, str) or not _CURRENCY.fullmatch(currency):
        raise InvalidOptionError(
            "currency", currency, reason="expected an ISO 4217 code in capitals (EUR)"
        )
    return currency


def _rate(rate: object) -> Decimal:
    if isinstance(rate, bool) or not isinstance(rate, Decimal | int):
        raise InvalidOptionError("rate", rate, reason="expected a positive Decimal")
    found = Decimal(rate)
    if not found.is_finite() or found <= 0:
        raise InvalidOptionError("rate", rate, reason="expected a positive, finite Decimal")
    return found


def assess_parcel(
    regime: CustomsRegime,
    value: object,
    currency: object,
    *,
    rate: object = None,
    seller_registered: object = None,
) -> ParcelAssessment:
    """:meth:`CustomsRegime.assess`: the one place a parcel's duty and tax are decided."""
    from ._customs import ParcelAssessment

    amount = parcel_value(value)
    given = _currency(currency)
    if seller_registered is not None and not isinstance(seller_registered, bool):
        raise InvalidOptionError(
            "seller_registered", seller_registered, reason="expected True, False or None"
        )
    if not regime.curated:
        return ParcelAssessment(amount, given, "unknown", "unknown", reasons=(f"{regime.name}.",))
    expected = regime.currency
    if given != expected:
        if rate is None:
            raise CurrencyMismatchError(given, expected)
        amount = amount * _rate(rate)
    elif rate is not None:
        _rate(rate)
    reasons: list[str] = []
    sources: list[Source] = []
    duty = _duty(regime, amount, seller_registered, reasons, sources)
    tax, where = _tax(regime, amount, seller_registered, reasons, sources)
    tax_de_minimis = regime.tax_de_minimis
    collection = regime.tax_collection
    return ParcelAssessment(
        value=amount,
        currency=expected,
        duty=duty,
        tax=tax,
        tax_name=tax_de_minimis.name if tax_de_minimis is not None else "",
        tax_collected_at=where,
        scheme=collection.scheme if collection is not None and where != "import" else "",
        reasons=tuple(reasons),
        sources=tuple(dict.fromkeys(sources)),
    )


def _duty(
    regime: CustomsRegime,
    amount: Decimal,
    registered: bool | None,
    reasons: list[str],
    sources: list[Source],
) -> Outcome:
    rule = regime.duty_de_minimis
    if rule is None:
        reasons.append("Duty: the de minimis is not curated for this market.")
        return "unknown"
    sources.extend(rule.sources)
    if not rule.levied:
        return "not_levied"
    if rule.amount is None:
        reasons.append("Duty: there is no de minimis; duty is due from the first unit.")
        return "due"
    if not rule.relieves(amount):
        reasons.append(f"Duty: the value is over the de minimis of {rule}.")
        return "due"
    if rule.scheme_excluded:
        scheme = regime.tax_collection.scheme if regime.tax_collection else "the scheme"
        if registered is None:
            reasons.append(
                f"Duty: within {rule}, but parcels sold under {scheme} owe duty; "
                "say whether the seller uses it."
            )
            return "unknown"
        if registered:
            reasons.append(f"Duty: parcels sold under {scheme} owe duty despite {rule}.")
            return "due"
    reasons.append(f"Duty: relieved, within the de minimis of {rule}.")
    return "relieved"


def _tax(
    regime: CustomsRegime,
    amount: Decimal,
    registered: bool | None,
    reasons: list[str],
    sources: list[Source],
) -> tuple[Outcome, CollectedAt | None]:
    rule = regime.tax_de_minimis
    collection = regime.tax_collection
    if collection is not None and collection.covers(amount):
        sources.extend(collection.sources)
        if collection.mandatory or registered:
            reasons.append(f"Tax: the seller charges it at checkout under {collection.scheme}.")
            return "due", "checkout"
        if rule is not None and rule.relieves(amount):
            sources.extend(rule.sources)
            if registered is None:
                reasons.append(
                    f"Tax: charged at checkout if the seller uses {collection.scheme}, "
                    f"otherwise relieved at the border ({rule}); say which."
                )
                return "unknown", None
            reasons.append(f"Tax: relieved at the border, within {rule}.")
            return "relieved", None
        if registered is None:
            reasons.append(
                f"Tax: at checkout if the seller uses {collection.scheme}, otherwise at import."
            )
            return "due", "checkout_or_import"
        reasons.append(f"Tax: the seller does not use {collection.scheme}; collected at import.")
        return "due", "import"
    if rule is None:
        reasons.append("Tax: the import VAT/GST de minimis is not curated for this market.")
        return "unknown", None
    sources.extend(rule.sources)
    if not rule.levied:
        return "not_levied", None
    if rule.relieves(amount):
        reasons.append(f"Tax: relieved, within the de minimis of {rule}.")
        return "relieved", None
    reasons.append(f"Tax: due at import (de minimis {rule}).")
    return "due", "import"
