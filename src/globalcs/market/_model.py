"""The records a market profile is made of: frozen, slotted, picklable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal

from .._formality import Formality
from .._hours import OpeningHours
from .._record import field, fields, record, replace

if TYPE_CHECKING:
    from ._customs import CustomsRegime
    from ._holidays import Holidays

Confidence = Literal["statute", "report", "editorial", "standard", "default"]
"""How far a value can be trusted.

``statute``: a law, regulator or official standard; ``report``: a named
industry report; ``editorial``: our judgement from weaker sources;
``standard``: derived from CLDR, ISO 3166, IANA tz or python-holidays;
``default``: a regional default, not curated for this market.
"""

CONFIDENCES: tuple[Confidence, ...] = ("statute", "report", "editorial", "standard", "default")


class FrozenMap(Mapping[str, Any]):
    """A read-only, hashable, picklable mapping."""

    __slots__ = ("_data", "_hash")

    def __init__(self, data: Mapping[str, Any] | None = None) -> None:
        self._data: dict[str, Any] = dict(data or {})
        self._hash: int | None = None

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(tuple(self._data.items()))
        return self._hash

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FrozenMap):
            return self._data == other._data
        return NotImplemented

    def __repr__(self) -> str:
        return f"FrozenMap({self._data!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenMap, (self._data,))


@record
class Source:
    """Where a value comes from."""

    title: str
    url: str
    as_of: dt.date
    confidence: Confidence
    publisher: str = ""
    note: str = ""


@record
class Disagreement:
    """Two or more sources that disagree about a field, and which one the data uses."""

    field: str
    note: str
    sources: tuple[Source, ...]


@record
class Communication:
    """How people there expect to be spoken to. ``None`` where nothing is curated."""

    directness: Literal["direct", "moderate", "indirect"] | None = None
    context: Literal["low", "medium", "high"] | None = None
    rapport_first: bool | None = None
    apology: Literal["brief", "moderate", "elaborate"] | None = None
    humour: Literal["welcome", "light", "avoid"] | None = None
    first_names: Literal["expected", "accepted", "after_invitation", "avoid"] | None = None


COMMUNICATION_VALUES: dict[str, tuple[object, ...]] = {
    "directness": ("direct", "moderate", "indirect"),
    "context": ("low", "medium", "high"),
    "rapport_first": (True, False),
    "apology": ("brief", "moderate", "elaborate"),
    "humour": ("welcome", "light", "avoid"),
    "first_names": ("expected", "accepted", "after_invitation", "avoid"),
}


@record
class Share:
    """A share as its source measured it: the fraction, what it is a share of
    (``measure``, from ``data/vocabularies/measures.toml``), the ``year`` it describes
    and the ``population`` measured.

    Shares compare only when they measure the same thing; a share of e-commerce value
    is not larger or smaller than a share of buyers who used a method:

    >>> import globalcs
    >>> ideal = globalcs.get_market("NL").payment_methods[0].share
    >>> str(ideal)
    '62% (share of e-commerce transactions, 2022)'
    >>> paypal = globalcs.get_market("DE").payment_methods[0].share
    >>> ideal > paypal
    Traceback (most recent call last):
      ...
    globalcs.IncomparableSharesError: a share of ecommerce_transactions cannot be compared \
with a share of ecommerce_value: they measure different things
    """

    value: float
    measure: str
    year: int
    population: str

    def __float__(self) -> float:
        return self.value

    def __str__(self) -> str:
        from ._loader import measures

        return f"{self.value:.0%} ({measures()[self.measure].name}, {self.year})"

    def _comparable(self, other: object) -> bool:
        if not isinstance(other, Share):
            return False
        if other.measure != self.measure:
            from .._errors import IncomparableSharesError

            raise IncomparableSharesError(self.measure, other.measure)
        return True

    def __lt__(self, other: object) -> bool:
        return self.value < other.value if self._comparable(other) else NotImplemented  # type: ignore[attr-defined]

    def __le__(self, other: object) -> bool:
        return self.value <= other.value if self._comparable(other) else NotImplemented  # type: ignore[attr-defined]

    def __gt__(self, other: object) -> bool:
        return self.value > other.value if self._comparable(other) else NotImplemented  # type: ignore[attr-defined]

    def __ge__(self, other: object) -> bool:
        return self.value >= other.value if self._comparable(other) else NotImplemented  # type: ignore[attr-defined]


@record
class Channel:
    """A customer-service contact channel people in the market use, with its share
    where a source measured one."""

    id: str
    name: str
    kind: str
    share: Share | None = None
    figure: str = ""


CardFunding = Literal["credit", "debit", "prepaid"]


@record
class PaymentMethod:
    """An e-commerce payment method, with its share where a source states one.

    A card is always ``id="card"``: ``funding`` says credit, debit or prepaid
    where the source distinguishes them (None: any card), and ``instalments`` that
    card issuers let customers split a purchase (Brazil's parcelado), which is a
    feature of the card, not a buy-now-pay-later method.

    >>> import globalcs
    >>> card = next(p for p in globalcs.get_market("JP").payment_methods if p.id == "card")
    >>> card.funding, card.kind
    ('credit', 'card')
    """

    id: str
    name: str
    kind: str
    share: Share | None = None
    figure: str = ""
    funding: CardFunding | None = None
    instalments: bool = False
    note: str = ""


DurationUnit = Literal["days", "business_days", "months"]


@record
class Duration:
    """A statutory period as the law states it; ``amount`` is None where it sets no number."""

    amount: int | None
    unit: DurationUnit | None
    extension_amount: int | None = None
    extension_unit: DurationUnit | None = None
    note: str = ""

    def __str__(self) -> str:
        if self.amount is None or self.unit is None:
            return "no fixed period"
        text = f"{self.amount} {_unit_name(self.amount, self.unit)}"
        if self.extension_amount and self.extension_unit:
            ext = _unit_name(self.extension_amount, self.extension_unit)
            text += f" (+{self.extension_amount} {ext})"
        return text


def _unit_name(amount: int, unit: str) -> str:
    name = unit.replace("_", " ")
    return name[:-1] if amount == 1 else name


@record
class PrivacyAmendment:
    """A change to a privacy law that takes effect on ``in_force``: the fields that
    replace the regime's from that day (empty or None: unchanged)."""

    in_force: dt.date
    name: str = ""
    authority: str = ""
    authority_url: str = ""
    dsar_deadline: Duration | None = None
    breach_notification_hours: int | None = None
    breach_notification_note: str = ""
    marketing_email: Literal["opt_in", "opt_in_soft", "opt_out"] | None = None
    note: str = ""


@record
class PrivacyRegime:
    """The data-protection law that applies to customers in the market, as it stands
    on one day (``Market`` shows it as of today, or the day given to ``get_market``).

    ``code`` is ``"NONE"`` where no comprehensive law exists and ``None``
    where nothing is curated for the market.
    """

    code: str | None
    name: str
    authority: str = ""
    authority_url: str = ""
    jurisdiction: str = ""
    dsar_deadline: Duration | None = None
    breach_notification_hours: int | None = None
    breach_notification_note: str = ""
    marketing_email: Literal["opt_in", "opt_in_soft", "opt_out"] | None = None
    note: str = ""
    amendments: tuple[PrivacyAmendment, ...] = ()
    """Changes already enacted that take effect later, oldest first."""
    since: dt.date | None = None
    """The day an amendment made the law read as it does here; None for the text as
    first curated."""
    earlier: PrivacyRegime | None = None
    """The law as it read before ``since``."""

    def in_force(self, day: dt.date) -> PrivacyRegime:
        """The regime as it stands on ``day``, earlier or later than this one.

        >>> import datetime, globalcs
        >>> chile = globalcs.get_market("CL").privacy
        >>> str(chile.in_force(datetime.date(2026, 11, 30)).dsar_deadline)
        '2 business days'
        >>> reform = chile.in_force(datetime.date(2026, 12, 1))
        >>> str(reform.dsar_deadline), reform.since
        ('30 days (+30 days)', datetime.date(2026, 12, 1))
        >>> reform.authority
        'Agencia de Protección de Datos Personales'
        """
        given: object = day  # callers are not always typed
        if not isinstance(given, dt.date):
            from .._errors import InvalidOptionError

            raise InvalidOptionError("day", given, reason="expected a datetime.date")
        if isinstance(day, dt.datetime):
            day = day.date()
        regime = self
        while regime.since is not None and regime.earlier is not None and day < regime.since:
            regime = regime.earlier
        for amendment in regime.amendments:
            if amendment.in_force > day:
                break
            regime = regime._amended(amendment)
        return regime

    def _amended(self, amendment: PrivacyAmendment) -> PrivacyRegime:
        """This regime with ``amendment`` in force (the next one pending)."""
        changed_breach = (
            amendment.breach_notification_hours is not None or amendment.breach_notification_note
        )
        return replace(
            self,
            name=amendment.name or self.name,
            authority=amendment.authority or self.authority,
            authority_url=amendment.authority_url or self.authority_url,
            dsar_deadline=amendment.dsar_deadline or self.dsar_deadline,
            breach_notification_hours=(
                amendment.breach_notification_hours
                if changed_breach
                else self.breach_notification_hours
            ),
            breach_notification_note=(
                amendment.breach_notification_note
                if changed_breach
                else self.breach_notification_note
            ),
            marketing_email=amendment.marketing_email or self.marketing_email,
            note=amendment.note or self.note,
            amendments=self.amendments[1:],
            since=amendment.in_force,
            earlier=self,
        )


@record
class ReturnsPolicy:
    """The statutory distance-selling withdrawal right.

    ``withdrawal_days`` is None where there is no general right (or nothing
    is curated: see ``Market.defaults``).
    """

    withdrawal_days: int | None
    unit: Literal["days", "business_days"] = "days"
    starts: str = "delivery"
    conditions: str = ""
    seller_policy_overrides: bool = False
    withdrawal_function_from: dt.date | None = None
    """From this day a shop that sells through a website or app must offer an online
    withdrawal function ("withdraw from contract here": the EU's Directive 2023/2673,
    from 19 June 2026); None where no such duty is curated."""


@record
class Holiday:
    """A holiday, named in the market's language and in English.

    ``category`` is python-holidays' (``public`` unless asked for others);
    ``estimated`` is True when python-holidays gives the date as an estimate (a
    lunar-calendar holiday not yet confirmed): plan with it, but do not promise it.
    """

    date: dt.date
    name: str
    local_name: str
    category: str = "public"
    estimated: bool = False


@record(eq=False)
class Market:
    """An immutable, sourced profile of a market (a country or a subdivision).

    >>> import globalcs
    >>> de = globalcs.get_market("DE")
    >>> de.currency, de.languages, de.locale, de.weekend, de.formality
    ('EUR', ('de',), 'de_DE', (5, 6), <Formality.FORMAL: 'formal'>)
    >>> globalcs.get_market("SA").weekend
    (4, 5)
    """

    code: str
    """The market's code: ISO 3166-1 alpha-2 (``DE``), or ISO 3166-2 for a subdivision."""
    country: str
    """The country's alpha-2 code (``US`` for ``US-CA``)."""
    subdivision: str | None
    """The ISO 3166-2 code of a subdivision, or None for a country."""
    name: str
    """The English short name (ISO 3166, via pycountry)."""
    currency: str
    """The ISO 4217 currency in use today (CLDR)."""
    languages: tuple[str, ...]
    """Languages to serve customers in, most used first (curated, else CLDR)."""
    locale: str
    """The Babel locale for money, dates and numbers (``de_DE``)."""
    timezones: tuple[str, ...]
    """IANA zones, the main one first (``Market.timezone``)."""
    weekend: tuple[int, ...]
    """Weekend days, Monday = 0 (CLDR; Saudi Arabia is ``(4, 5)``)."""
    first_weekday: int
    """The first day of the week, Monday = 0 (CLDR)."""
    formality: Formality
    """The register for written customer service (e-mail)."""
    messaging_formality: Formality
    """The register for chat, SMS and WhatsApp."""
    minimum_formality: Formality
    """The register no message goes below."""
    communication: Communication
    """Communication style: directness, apology style, rapport first."""
    channels: tuple[Channel, ...]
    """Contact channels people use, most used first."""
    payment_methods: tuple[PaymentMethod, ...]
    """E-commerce payment methods, most used first."""
    privacy: PrivacyRegime
    """The data-protection law that applies (deadlines: :func:`globalcs.dsar_due`)."""
    returns: ReturnsPolicy
    """The statutory withdrawal right (:func:`globalcs.withdrawal_deadline`)."""
    support_hours: OpeningHours
    """Usual customer-service hours (an editorial default; see the data guide)."""
    curated: bool
    """True when the market has its own data file."""
    region: str
    """The UN M49 region whose defaults fill what is not curated."""
    sms_sender: str = "{brand}: "
    """How an SMS names its sender before the text: ``{brand}: `` everywhere but where
    carriers require another form (mainland China's ``【{brand}】``)."""
    sms_sender_required: bool = False
    """True where carriers block an SMS that does not name its sender (mainland China)."""
    defaults: tuple[str, ...] = ()
    """Fields that hold a regional default, never presented as curated."""
    notes: FrozenMap = field(default_factory=FrozenMap)
    """Field name -> a curator's note."""
    sources: FrozenMap = field(default_factory=FrozenMap)
    """Field name -> the sources of its value (title, URL, as-of date, confidence)."""
    disagreements: tuple[Disagreement, ...] = ()
    """Where sources disagree about a field, and how the curator decided."""
    channels_basis: str = "editorial"
    """What orders ``channels``: a measure (the entries with a share of it come first,
    largest first) or ``"editorial"`` (the curator's judgement, explained in ``notes``)."""
    payment_methods_basis: str = "editorial"
    """What orders ``payment_methods``, as ``channels_basis``."""
    checked: dt.date | None = None
    """The day a curator last checked the market's data file against its sources."""
    review_by: FrozenMap = field(default_factory=FrozenMap)
    """Curated field name -> the day its value is due to be checked again
    (``globalcs audit`` lists the facts past it)."""
    customs: CustomsRegime = field(default_factory=lambda: _no_customs())
    """Duty and import VAT/GST thresholds for parcels sent there, as of the market's day
    (:meth:`~globalcs.CustomsRegime.assess` answers for one parcel)."""

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Market):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in fields(self))

    def __hash__(self) -> int:
        return hash(("Market", self.code))

    def __repr__(self) -> str:
        kind = "curated" if self.curated else "regional defaults"
        return f"<Market {self.code} {self.name!r} ({kind})>"

    @property
    def timezone(self) -> str:
        """The main IANA time zone (the first of ``timezones``)."""
        return self.timezones[0] if self.timezones else "UTC"

    def is_default(self, field_name: str) -> bool:
        """True when ``field_name`` holds a regional default rather than curated data."""
        return field_name in self.defaults

    def holidays(
        self, year: int, *, language: str | None = None, categories: Iterable[str] = ("public",)
    ) -> Holidays:
        """Public holidays in ``year`` from python-holidays: a mapping of date to name.

        ``categories`` adds python-holidays' other categories (``"bank"``,
        ``"half_day"``, ``"optional"`` ...) where the country has them; each record
        says its category and whether its date is an estimate.

        Names are in ``language`` (default: the market's) and, in ``.records``, also
        in English. A language python-holidays cannot name the country's holidays in
        raises :class:`~globalcs.UnknownLanguageError`; a year outside its data,
        :class:`~globalcs.HolidayRangeError`.

        >>> import datetime, globalcs
        >>> de = globalcs.get_market("DE").holidays(2026)
        >>> datetime.date(2026, 12, 25) in de, de[datetime.date(2026, 12, 25)]
        (True, 'Erster Weihnachtstag')
        >>> [h.name for h in de.records][:2]
        ["New Year's Day", 'Good Friday']
        """
        from ._holidays import market_holidays

        return market_holidays(self, year, language=language, categories=categories)

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-serialisable data (dates as ISO strings)."""
        result: dict[str, Any] = _plain(
            {name: getattr(self, name) for name in fields(self) if name != "support_hours"}
            | {"support_hours": str(self.support_hours), "timezone": self.timezone}
        )
        return result

    def to_json(self, **kwargs: Any) -> str:
        """``to_dict()`` as a JSON string."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)

    def _repr_html_(self) -> str:
        import html

        rows = [
            ("Code", self.code),
            ("Name", self.name),
            ("Data", "curated" if self.curated else "regional defaults (not curated)"),
            ("Currency", self.currency),
            ("Languages", ", ".join(self.languages)),
            ("Locale", self.locale),
            ("Time zones", ", ".join(self.timezones)),
            ("Weekend", ", ".join(_DAY_NAMES[d] for d in self.weekend)),
            ("Formality", f"{self.formality} (messaging {self.messaging_formality})"),
            ("Channels", ranked_text(self, "channels")),
            ("Payment methods", ranked_text(self, "payment_methods")),
            ("Privacy", f"{self.privacy.code or 'not curated'}: {self.privacy.name}"),
            ("Withdrawal right", _returns_text(self.returns)),
            ("Support hours", str(self.support_hours)),
        ]
        body = "".join(
            f"<tr><th style='text-align:left'>{html.escape(k)}</th>"
            f"<td style='text-align:left'>{html.escape(str(v))}</td></tr>"
            for k, v in rows
        )
        return f"<table class='globalcs-market'>{body}</table>"


_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _no_customs() -> CustomsRegime:
    from ._customs import NOT_CURATED

    return NOT_CURATED


def ranked_text(market: Market, kind: str) -> str:
    """A ranked list as people read it: names, the share of the list's basis where an
    entry has one, and what orders the list.

    >>> import globalcs
    >>> ranked_text(globalcs.get_market("NL"), "payment_methods").split(" (by ")[0]
    'iDEAL 62%, Credit card 15%, PayPal, Invoice (pay later)'
    """
    entries: tuple[Channel | PaymentMethod, ...] = getattr(market, kind)
    basis: str = getattr(market, f"{kind}_basis")
    names = [
        f"{e.name} {e.share.value:.0%}" if e.share and e.share.measure == basis else e.name
        for e in entries
    ]
    text = ", ".join(names)
    if market.is_default(kind):
        return text
    if basis == "editorial":
        return f"{text} (in the curator's order)"
    from ._loader import measures

    years = sorted({e.share.year for e in entries if e.share and e.share.measure == basis})
    span = str(years[0]) if len(years) == 1 else f"{years[0]}-{years[-1]}"
    return f"{text} (by {measures()[basis].name}, {span})"


def _returns_text(returns: ReturnsPolicy) -> str:
    if returns.withdrawal_days is None:
        return "no general statutory right"
    unit = "business days" if returns.unit == "business_days" else "days"
    text = f"{returns.withdrawal_days} {unit} from {returns.starts}"
    if returns.withdrawal_function_from is not None:
        text += f"; online withdrawal function from {returns.withdrawal_function_from}"
    return text


def _plain(value: Any) -> Any:
    import decimal

    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, Formality):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if hasattr(type(value), "__record_fields__"):
        return {name: _plain(getattr(value, name)) for name in fields(value)}
    return value
