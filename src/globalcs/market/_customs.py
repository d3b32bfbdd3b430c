"""Customs duty and import VAT/GST on a parcel: the thresholds of a market's customs
regime as they stand on a day, and the answer for one parcel.

>>> import datetime, decimal, globalcs
>>> us = globalcs.get_market("US", on=datetime.date(2025, 8, 1)).customs
>>> str(us.duty_de_minimis)
'USD 800 (not exceeding)'
>>> later = us.in_force(datetime.date(2025, 8, 29))
>>> str(later.duty_de_minimis), later.since
('none', datetime.date(2025, 8, 29))
>>> later.assess(decimal.Decimal("12.50"), "USD").duty
'due'
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from .._record import field, record, replace
from ._model import Source

Relief = Literal["not_exceeding", "below"]
"""How a statute words its threshold: ``not_exceeding`` relieves a value equal to it
("EUR 150 or less"), ``below`` only a smaller one ("less than EUR 150")."""

Outcome = Literal["due", "relieved", "not_levied", "unknown"]
"""What a parcel owes: ``due``; ``relieved`` by the de minimis; ``not_levied`` where the
market has no such tax; ``unknown`` where the facts are not curated or depend on what
the caller did not say."""

CollectedAt = Literal["checkout", "import", "checkout_or_import"]
"""Where import VAT/GST is collected: by the seller at ``checkout`` under a collection
scheme, or at ``import`` (the carrier or customs asks the customer)."""


@record
class DeMinimis:
    """A de minimis: the value up to which a parcel owes no duty (or no import VAT/GST).

    ``amount`` None means there is none: every parcel owes from the first unit. ``levied``
    False means the market has no such tax at all (the United States has no federal VAT).
    """

    amount: Decimal | None
    currency: str
    relief: Relief = "not_exceeding"
    levied: bool = True
    name: str = ""
    """For a tax: what it is called there (VAT, GST, consumption tax)."""
    scheme_excluded: bool = False
    """True when the relief does not cover parcels whose tax the seller collects under
    the market's collection scheme (the EU's flat duty on IOSS parcels from July 2026)."""
    since: dt.date | None = None
    """The day this threshold took effect, where curated."""
    note: str = ""
    sources: tuple[Source, ...] = ()

    def relieves(self, value: Decimal) -> bool:
        """True when a value in ``currency`` falls within the relief.

        >>> from decimal import Decimal
        >>> eu = DeMinimis(Decimal("150"), "EUR")
        >>> eu.relieves(Decimal("150")), eu.relieves(Decimal("150.01"))
        (True, False)
        >>> DeMinimis(Decimal("150"), "EUR", relief="below").relieves(Decimal("150"))
        False
        """
        if self.amount is None or not self.levied:
            return False
        return value <= self.amount if self.relief == "not_exceeding" else value < self.amount

    def __str__(self) -> str:
        if not self.levied:
            return "not levied"
        if self.amount is None:
            return "none"
        text = f"{self.currency} {self.amount} ({self.relief.replace('_', ' ')})"
        return (
            text + ", not for parcels sold under the collection scheme"
            if self.scheme_excluded
            else text
        )


@record
class TaxCollection:
    """A scheme under which the seller (or marketplace) charges import VAT/GST at
    checkout on parcels up to ``ceiling``: the EU's IOSS, the UK's £135 rule,
    Australia's GST on low value imported goods."""

    scheme: str
    ceiling: Decimal
    currency: str
    relief: Relief = "not_exceeding"
    mandatory: bool = True
    """True when a seller selling into the market must use it (UK, Australia); False
    where it is optional (the IOSS) and import VAT is otherwise collected at import."""
    since: dt.date | None = None
    note: str = ""
    sources: tuple[Source, ...] = ()

    def covers(self, value: Decimal) -> bool:
        """True when a parcel of ``value`` falls under the scheme."""
        return value <= self.ceiling if self.relief == "not_exceeding" else value < self.ceiling


@record
class CustomsPractice:
    """What a customs authority says about how low-value parcels are cleared and paid."""

    note: str
    sources: tuple[Source, ...] = ()


@record
class CustomsAmendment:
    """A change that takes effect on ``in_force``: the facts it replaces (None: unchanged)."""

    in_force: dt.date
    note: str
    sources: tuple[Source, ...] = ()
    duty_de_minimis: DeMinimis | None = None
    tax_de_minimis: DeMinimis | None = None
    tax_collection: TaxCollection | None = None
    practice: CustomsPractice | None = None


@record
class ParcelAssessment:
    """What one parcel owes under a customs regime on a day, and why.

    ``value`` is in the regime's ``currency`` (converted with the caller's rate where
    the parcel was priced in another currency).
    """

    value: Decimal
    currency: str
    duty: Outcome
    tax: Outcome
    tax_name: str = ""
    tax_collected_at: CollectedAt | None = None
    scheme: str = ""
    reasons: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()

    def __str__(self) -> str:
        tax = self.tax_name or "import tax"
        state = self.tax.replace("_", " ")
        text = f"{self.currency} {self.value}: duty {self.duty}, {tax} {state}"
        if self.tax_collected_at is not None:
            text += f" (collected at {self.tax_collected_at.replace('_', ' ')})"
        return text


@record
class CustomsRegime:
    """Customs duty and import VAT/GST thresholds for parcels sent to a market, as they
    stand on one day (``Market.customs`` shows them as of today, or the day given to
    ``get_market``). ``code`` is None where nothing is curated for the market: then
    every threshold is None and :meth:`assess` answers ``unknown``.

    >>> import datetime, decimal, globalcs
    >>> gb = globalcs.get_market("GB", on=datetime.date(2026, 12, 4)).customs
    >>> gb.code, str(gb.duty_de_minimis), gb.tax_collection.scheme
    ('GB', 'GBP 135 (not exceeding)', 'UK point-of-sale VAT on consignments of £135 or less')
    >>> print(gb.assess(decimal.Decimal("135.00"), "GBP"))
    GBP 135.00: duty relieved, VAT due (collected at checkout)
    >>> globalcs.get_market("BR").customs.code is None
    True
    """

    code: str | None
    name: str
    jurisdiction: str = ""
    currency: str = ""
    """The currency every threshold of the regime is stated in."""
    duty_de_minimis: DeMinimis | None = None
    """The customs-duty de minimis; None where not curated."""
    tax_de_minimis: DeMinimis | None = None
    """The import VAT/GST de minimis at the border; None where not curated."""
    tax_collection: TaxCollection | None = None
    """A seller-collects scheme, where the market has one (None: none curated)."""
    practice: CustomsPractice | None = None
    """How parcels are cleared and paid, where a customs authority states it."""
    note: str = ""
    start: dt.date | None = None
    """The first day the curated facts describe; earlier days read as not curated."""
    amendments: tuple[CustomsAmendment, ...] = ()
    """Changes already enacted that take effect later, oldest first."""
    since: dt.date | None = None
    """The day an amendment made the regime read as it does here."""
    earlier: CustomsRegime | None = field(default=None, repr=False)
    """The regime as it read before ``since``."""
    later: CustomsRegime | None = field(default=None, repr=False, compare=False)
    """For a regime that reads as not curated because the day is before ``start``: the
    curated regime, so that :meth:`in_force` can move forward again."""

    @property
    def curated(self) -> bool:
        return self.code is not None

    def in_force(self, day: dt.date) -> CustomsRegime:
        """The regime as it stands on ``day``, earlier or later than this one.

        >>> import datetime, globalcs
        >>> eu = globalcs.get_market("DE").customs
        >>> str(eu.in_force(datetime.date(2026, 6, 30)).duty_de_minimis.amount)
        '150'
        >>> eu.in_force(datetime.date(2026, 7, 1)).duty_de_minimis.amount is None
        True
        >>> eu.in_force(datetime.date(2021, 6, 30)).code is None
        True
        """
        given: object = day  # callers are not always typed
        if not isinstance(given, dt.date):
            from .._errors import InvalidOptionError

            raise InvalidOptionError("day", given, reason="expected a datetime.date")
        if isinstance(day, dt.datetime):
            day = day.date()
        root = self.later or self
        while root.earlier is not None:
            root = root.earlier
        if root.start is not None and day < root.start:
            return not_curated(f"Not curated before {root.start.isoformat()}", later=root)
        regime = root
        for amendment in root.amendments:
            if amendment.in_force > day:
                break
            regime = regime._amended(amendment)
        return regime

    def _amended(self, amendment: CustomsAmendment) -> CustomsRegime:
        return replace(
            self,
            duty_de_minimis=amendment.duty_de_minimis or self.duty_de_minimis,
            tax_de_minimis=amendment.tax_de_minimis or self.tax_de_minimis,
            tax_collection=amendment.tax_collection or self.tax_collection,
            practice=amendment.practice or self.practice,
            note=amendment.note,
            amendments=self.amendments[1:],
            since=amendment.in_force,
            earlier=self,
        )

    def assess(
        self,
        value: Decimal,
        currency: str,
        *,
        rate: Decimal | None = None,
        seller_registered: bool | None = None,
    ) -> ParcelAssessment:
        """Whether a parcel of ``value`` (a Decimal in ``currency``) owes duty and import
        VAT/GST, and where the tax is collected.

        The thresholds are in the regime's ``currency``. A parcel priced in another
        currency needs ``rate``: the regime's currency units per unit of ``currency``,
        from the rate customs uses, which globalcs does not guess. ``seller_registered``
        says whether the seller uses the market's collection scheme (the IOSS, UK or
        Australian registration); None where unknown.

        >>> import datetime, decimal, globalcs
        >>> fr = globalcs.get_market("FR", on=datetime.date(2026, 1, 15)).customs
        >>> print(fr.assess(decimal.Decimal("120"), "EUR", seller_registered=False))
        EUR 120: duty relieved, VAT due (collected at import)
        >>> print(fr.assess(decimal.Decimal("100"), "USD", rate=decimal.Decimal("0.9")))
        EUR 90.0: duty relieved, VAT due (collected at checkout or import)
        """
        from ._parcel import assess_parcel

        return assess_parcel(self, value, currency, rate=rate, seller_registered=seller_registered)


def not_curated(
    name: str = "Not curated for this market", *, later: CustomsRegime | None = None
) -> CustomsRegime:
    """A regime with no curated facts."""
    return CustomsRegime(code=None, name=name, later=later)


NOT_CURATED = not_curated()
