"""Reading market, privacy-regime, vocabulary and region files into records."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Any, Literal, NamedTuple, TypeVar, cast

from .._data import data_file_exists, data_files
from .._errors import DataError
from .._formality import Formality
from .._hours import OpeningHours
from .._record import field, record
from ._model import (
    COMMUNICATION_VALUES,
    Channel,
    Communication,
    Disagreement,
    Duration,
    PaymentMethod,
    PrivacyAmendment,
    PrivacyRegime,
    ReturnsPolicy,
    Share,
    Source,
)
from ._schema import Table, cite, open_file, read_sources

_Entry = TypeVar("_Entry", Channel, PaymentMethod)
_CODE = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")
_REQUIRED: Any = object()
_TAG = re.compile(r"[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?")
_FORMALITIES = tuple(f.value for f in Formality)
_UNITS = ("days", "business_days", "months")
_MARKETING = ("opt_in", "opt_in_soft", "opt_out")


@record
class VocabularyEntry:
    id: str
    name: str
    kind: str
    message: str | None = None
    """Channels only: the form ``render()`` writes for it (``email``, ``sms``, ``chat``,
    ``whatsapp``), None where the channel takes no written message."""
    names: dict[str, str] = field(default_factory=dict)
    """The name customers know it by in a language, where that is not ``name``
    (``ja``: コンビニ払い for ``konbini``), each with a source in the file."""


@record(frozen=False)
class CuratedMarket:
    """What one ``data/markets/*.toml`` file says; ``None`` where it is silent."""

    code: str
    parent: str | None = None
    languages: tuple[str, ...] | None = None
    timezones: tuple[str, ...] | None = None
    weekend: tuple[int, ...] | None = None
    formality: tuple[Formality, Formality, Formality] | None = None
    communication: Communication | None = None
    support_hours: OpeningHours | None = None
    sms_sender: tuple[str, bool] | None = None
    channels: tuple[Channel, ...] | None = None
    payment_methods: tuple[PaymentMethod, ...] | None = None
    channels_basis: str = "editorial"
    payment_methods_basis: str = "editorial"
    privacy: PrivacyRegime | None = None
    returns: ReturnsPolicy | None = None
    sources: dict[str, tuple[Source, ...]] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    disagreements: tuple[Disagreement, ...] = ()
    checked: dt.date | None = None
    review_by: dict[str, dt.date] = field(default_factory=dict)


_MESSAGE_FORMS = ("email", "sms", "chat", "whatsapp")


@functools.cache
def vocabulary(kind: str) -> dict[str, VocabularyEntry]:
    """``channels`` or ``payment_methods``: id -> entry."""
    relative = f"vocabularies/{kind}.toml"
    root = open_file(relative)
    sources = read_sources(root)
    table = root.table(kind)
    entries: dict[str, VocabularyEntry] = {}
    for key in table.data:
        entry = table.table(key)
        message = None
        if kind == "channels":
            message = entry.text("message", None, choices=_MESSAGE_FORMS)
        names: dict[str, str] = {}
        local = entry.optional_table("names")
        if local is not None:
            for tag in local.data:
                if tag == "sources":
                    continue
                if not _TAG.fullmatch(tag):  # a built-in language's tag: a test checks which
                    raise local.fail(tag, "is not a language tag (ja, zh-Hant)")
                names[tag] = local.text(tag)
            cite(local, sources)
        entries[key] = VocabularyEntry(key, entry.text("name"), entry.text("kind"), message, names)
    root.done()
    return entries


@record
class Measure:
    """What a share can be a share of (``data/vocabularies/measures.toml``)."""

    id: str
    name: str
    lists: tuple[str, ...]
    additive: bool
    description: str


@functools.cache
def measures() -> dict[str, Measure]:
    """The measures a share may name: id -> :class:`Measure`."""
    relative = "vocabularies/measures.toml"
    root = open_file(relative)
    table = root.table("measures")
    found: dict[str, Measure] = {}
    for key in table.data:
        entry = table.table(key)
        lists = entry.strings("for")
        for i, name in enumerate(lists):
            if name not in _RANKED:
                raise entry.fail(f"for[{i}]", f"must be one of {', '.join(_RANKED)}")
        found[key] = Measure(
            key,
            entry.text("name"),
            tuple(lists),
            entry.get("additive", bool),
            entry.text("description"),
        )
    root.done()
    return found


_RANKED = ("channels", "payment_methods")


def privacy_regime_codes() -> tuple[str, ...]:
    """Codes of every privacy regime file, sorted."""
    return tuple(name.upper() for name in data_files("privacy"))


def curated_codes() -> tuple[str, ...]:
    """Codes of every market with a data file, sorted."""
    return tuple(name.upper() for name in data_files("markets"))


class RegimeFile(NamedTuple):
    """A privacy regime file: the regime (without a market's own authority), its
    sources, when it was last checked and when it is due for review."""

    regime: PrivacyRegime
    sources: tuple[Source, ...]
    checked: dt.date
    review_by: dt.date


@functools.cache
def privacy_regime(code: str) -> RegimeFile:
    """A shared regime file: the regime (without market-specific authority) and its sources."""
    relative = f"privacy/{code.lower()}.toml"
    if not data_file_exists(relative):
        raise DataError(relative, "(file)", f"no privacy regime file for {code!r}")
    root = open_file(relative)
    sources = read_sources(root)
    if root.text("code") != code:
        raise root.fail("code", f"must be {code!r} to match the file name")
    checked, review_by = _checked(root)
    cited: list[Source] = []
    deadline_table = root.table("dsar_deadline")
    deadline = _duration(deadline_table)
    cited += cite(deadline_table, sources)
    breach = root.table("breach_notification")
    hours, breach_note = _breach(breach)
    cited += cite(breach, sources)
    amendments: list[PrivacyAmendment] = []
    for entry in root.tables("amendments"):
        amendment = _amendment(entry)
        if amendments and amendment.in_force <= amendments[-1].in_force:
            raise entry.fail("in_force", "amendments go oldest first, one per date")
        amendments.append(amendment)
        cited += cite(entry, sources)
    regime = PrivacyRegime(
        code=code,
        name=root.text("name"),
        jurisdiction=root.text("jurisdiction", ""),
        dsar_deadline=deadline,
        breach_notification_hours=hours,
        breach_notification_note=breach_note,
        note=root.text("note", ""),
        amendments=tuple(amendments),
    )
    root.done()
    return RegimeFile(regime, tuple(dict.fromkeys(cited)), checked, review_by)


def _breach(table: Table) -> tuple[int | None, str]:
    hours = table.integer("hours", None, minimum=1)
    note = table.text("note", "")
    if hours is None and not note:
        raise table.fail("note", "say what the law requires when it sets no number of hours")
    return hours, note


def _amendment(table: Table) -> PrivacyAmendment:
    """One ``[[amendments]]`` entry: what changes on its ``in_force`` date."""
    in_force = table.get("in_force", dt.date)
    if isinstance(in_force, dt.datetime):
        raise table.fail("in_force", "a date, not a date and time")
    deadline = None
    deadline_table = table.optional_table("dsar_deadline")
    if deadline_table is not None:
        deadline = _duration(deadline_table)
    hours, breach_note = None, ""
    breach = table.optional_table("breach_notification")
    if breach is not None:
        hours, breach_note = _breach(breach)
    note = table.text("note")
    return PrivacyAmendment(
        in_force=in_force,
        name=table.text("name", ""),
        authority=table.text("authority", ""),
        authority_url=table.text("authority_url", ""),
        dsar_deadline=deadline,
        breach_notification_hours=hours,
        breach_notification_note=breach_note,
        marketing_email=table.text("marketing_email", None, choices=_MARKETING),
        note=note,
    )


def _duration(table: Table) -> Duration:
    amount = table.integer("amount", None, minimum=1)
    unit = table.text("unit", None, choices=_UNITS)
    if (amount is None) != (unit is None):
        raise table.fail("unit" if unit is None else "amount", "amount and unit go together")
    extension_amount = table.integer("extension_amount", None, minimum=1)
    extension_unit = table.text("extension_unit", None, choices=_UNITS)
    if (extension_amount is None) != (extension_unit is None):
        raise table.fail("extension_unit", "extension_amount and extension_unit go together")
    note = table.text("note", "")
    if amount is None and not note:
        raise table.fail("note", "say what the law requires when it sets no number")
    return Duration(amount, unit, extension_amount, extension_unit, note)


def load_market_file(code: str) -> CuratedMarket | None:
    """Read ``data/markets/<code>.toml`` if it exists."""
    relative = f"markets/{code.lower()}.toml"
    if not data_file_exists(relative):
        return None
    root = open_file(relative)
    sources = read_sources(root)
    file_code = root.text("code")
    if file_code != code or not _CODE.match(file_code):
        raise root.fail("code", f"must be {code!r} to match the file name")
    result = CuratedMarket(code=code, parent=root.text("parent", None))
    if "-" in code and result.parent != code.split("-")[0]:
        raise root.fail("parent", f"a subdivision file needs parent = {code.split('-')[0]!r}")
    result.checked, default_review = _checked(root)

    for key in ("languages", "timezones"):
        table = root.optional_table(key)
        if table is not None:
            setattr(result, key, tuple(table.strings("value")))
            result.sources[key] = cite(table, sources)
            _note(result, key, table)

    table = root.optional_table("weekend")
    if table is not None:
        days = table.get("value", list)
        if (
            not days
            or len(days) > 3
            or any(isinstance(d, bool) or not isinstance(d, int) or not 0 <= d <= 6 for d in days)
        ):
            raise table.fail("value", "expected one to three weekday numbers, Monday = 0")
        result.weekend = tuple(sorted(set(days)))
        result.sources["weekend"] = cite(table, sources)
        _note(result, "weekend", table)

    table = root.optional_table("formality")
    if table is not None:
        default = Formality(table.text("default", choices=_FORMALITIES))
        messaging = Formality(table.text("messaging", default.value, choices=_FORMALITIES))
        minimum = Formality(table.text("minimum", min(default, messaging), choices=_FORMALITIES))
        if minimum > min(default, messaging):
            raise table.fail("minimum", "is above the default or messaging register")
        result.formality = (default, messaging, minimum)
        result.sources["formality"] = cite(table, sources)
        _note(result, "formality", table)

    table = root.optional_table("communication")
    if table is not None:
        values: dict[str, Any] = {}
        for key, allowed in COMMUNICATION_VALUES.items():
            entry = table.optional_table(key)
            if entry is None:
                continue
            kind = bool if isinstance(allowed[0], bool) else str
            value = entry.get("value", kind)
            if value not in allowed:
                raise entry.fail("value", f"{value!r} is not one of {allowed}")
            values[key] = value
            result.sources[f"communication.{key}"] = cite(entry, sources)
            _note(result, f"communication.{key}", entry)
        result.communication = Communication(**values)

    table = root.optional_table("support_hours")
    if table is not None:
        raw = table.get("value", (str, dict))
        try:
            result.support_hours = OpeningHours.parse(raw)
        except ValueError as exc:
            raise table.fail("value", str(exc)) from None
        result.sources["support_hours"] = cite(table, sources)
        _note(result, "support_hours", table)

    table = root.optional_table("sms_sender")
    if table is not None:
        form = table.text("format")
        if form.count("{brand}") != 1 or "\n" in form or len(form) > len("{brand}") + 8:
            raise table.fail("format", "give the brand once, as {brand}, in a short prefix")
        result.sms_sender = (form, table.get("required", bool))
        result.sources["sms_sender"] = cite(table, sources)
        _note(result, "sms_sender", table)

    ranking = root.optional_table("ranking")
    if root.has("channels"):
        result.channels = tuple(_channels(root, sources, result))
        result.channels_basis = _basis(root, ranking, "channels", result.channels)
    if root.has("payment_methods"):
        result.payment_methods = tuple(_payments(root, sources, result))
        result.payment_methods_basis = _basis(
            root, ranking, "payment_methods", result.payment_methods
        )
    if ranking is not None:
        _note(result, "ranking", ranking)

    table = root.optional_table("privacy")
    if table is not None:
        _review(result, "privacy", table)
        result.privacy = _privacy(table, sources, result)

    table = root.optional_table("returns")
    if table is not None:
        result.returns = ReturnsPolicy(
            withdrawal_days=table.integer("withdrawal_days", None, minimum=1),
            unit=table.text("unit", "days", choices=("days", "business_days")),
            starts=table.text("starts", "delivery"),
            conditions=table.text("conditions", ""),
            seller_policy_overrides=table.get("seller_policy_overrides", bool, False),
        )
        if result.returns.withdrawal_days is None and not result.returns.conditions:
            raise table.fail("conditions", "explain why there is no withdrawal right")
        result.sources["returns"] = cite(table, sources)
        _note(result, "returns", table)

    disagreements = []
    for entry in root.tables("disagreements"):
        disagreements.append(
            Disagreement(entry.text("field"), entry.text("note"), cite(entry, sources))
        )
    result.disagreements = tuple(disagreements)
    for key in result.sources:
        result.review_by.setdefault(key, default_review)
    if result.privacy is not None and result.privacy.code != "NONE":
        law = privacy_regime(str(result.privacy.code))  # its own file has its own date
        result.review_by["privacy"] = min(result.review_by["privacy"], law.review_by)
    root.done()
    return result


def _checked(root: Table) -> tuple[dt.date, dt.date]:
    """A file's ``checked`` date (when a curator last checked it against its sources)
    and the ``review_by`` date its facts get unless they say otherwise (a year on)."""
    checked = _day(root, "checked")
    review_by = _day(root, "review_by", checked + dt.timedelta(days=365))
    if review_by < checked:
        raise root.fail("review_by", "is before the file was checked")
    return checked, review_by


def _day(table: Table, key: str, default: Any = _REQUIRED) -> Any:
    value = table.get(key, dt.date) if default is _REQUIRED else table.get(key, dt.date, default)
    if isinstance(value, dt.datetime):
        raise table.fail(key, "a date, not a date and time")
    return value


def _note(result: CuratedMarket, key: str, table: Table) -> None:
    """A fact's curator's note and its own review date, if it has them."""
    note = table.text("note", "")
    if note:
        result.notes[key] = note
    _review(result, key, table)


def _review(result: CuratedMarket, key: str, table: Table) -> None:
    day = _day(table, "review_by", None)
    if day is not None:
        if result.checked is not None and day < result.checked:
            raise table.fail("review_by", "is before the file was checked")
        current = result.review_by.get(key)
        result.review_by[key] = day if current is None else min(current, day)


def _channels(root: Table, sources: dict[str, Source], result: CuratedMarket) -> list[Channel]:
    return _entries(
        root,
        sources,
        result,
        "channels",
        lambda entry, ident, found: Channel(
            id=ident,
            name=found.name,
            kind=found.kind,
            share=_share(entry, "channels"),
            figure=entry.text("figure", ""),
        ),
    )


def _basis(
    root: Table, ranking: Table | None, kind: str, entries: tuple[Channel | PaymentMethod, ...]
) -> str:
    """What orders a list: a measure, whose shares come first and largest first, or
    ``editorial``. A list with shares must say which."""
    shared = [e for e in entries if e.share is not None]
    if ranking is None or not ranking.has(kind):
        if shared:
            raise root.fail(
                f"ranking.{kind}",
                "the list has shares: say what orders it (a measure, or editorial)",
            )
        return "editorial"
    allowed = ("editorial", *(k for k, m in measures().items() if kind in m.lists))
    basis: str = ranking.text(kind, choices=allowed)
    if basis == "editorial":
        if not ranking.text("note", ""):
            raise ranking.fail("note", f"explain the editorial order of {kind}")
        return basis
    ranked = [e.share.value for e in entries if e.share is not None and e.share.measure == basis]
    if not ranked:
        raise ranking.fail(kind, f"no entry has a share of {basis}")
    lead = [e.share.measure == basis if e.share else False for e in entries[: len(ranked)]]
    if not all(lead) or ranked != sorted(ranked, reverse=True):
        raise ranking.fail(
            kind, f"entries with a share of {basis} must come first, largest share first"
        )
    return basis


def _payments(
    root: Table, sources: dict[str, Source], result: CuratedMarket
) -> list[PaymentMethod]:
    return _entries(
        root,
        sources,
        result,
        "payment_methods",
        _payment,
    )


def _payment(entry: Table, ident: str, found: VocabularyEntry) -> PaymentMethod:
    funding = _funding(entry, ident)
    return PaymentMethod(
        id=ident,
        name=_CARD_NAMES[funding] if ident == "card" else found.name,
        kind=found.kind,
        share=_share(entry, "payment_methods"),
        figure=entry.text("figure", ""),
        funding=funding,
        instalments=_instalments(entry, ident),
        note=entry.text("note", ""),
    )


_CARD_NAMES = {
    None: "Credit or debit card",
    "credit": "Credit card",
    "debit": "Debit card",
    "prepaid": "Prepaid card",
}


def _funding(entry: Table, ident: str) -> Literal["credit", "debit", "prepaid"] | None:
    if ident != "card":
        if entry.has("funding"):
            raise entry.fail("funding", "only a card has a funding type")
        return None
    value = entry.text("funding", None, choices=("credit", "debit", "prepaid"))
    return cast('Literal["credit", "debit", "prepaid"] | None', value)


def _instalments(entry: Table, ident: str) -> bool:
    value: bool = entry.get("instalments", bool, False)
    if value and ident != "card":
        raise entry.fail("instalments", "card-issuer instalments belong to a card entry")
    return value


def _entries(
    root: Table,
    sources: dict[str, Source],
    result: CuratedMarket,
    kind: str,
    build: Callable[[Table, str, VocabularyEntry], _Entry],
) -> list[_Entry]:
    """The ``[[channels]]`` or ``[[payment_methods]]`` of a file: ids from the vocabulary,
    each listed once, each cited; their sources are gathered under ``kind``."""
    vocab = vocabulary(kind)
    entries: list[_Entry] = []
    seen: set[str] = set()
    cited: list[Source] = []
    for entry in root.tables(kind):
        ident = entry.text("id", choices=tuple(vocab))
        key = f"{ident} {entry.data.get('funding', '')}".strip()
        if key in seen:
            raise entry.fail("id", f"{key!r} is listed twice")
        seen.add(key)
        entries.append(build(entry, ident, vocab[ident]))
        cited += cite(entry, sources)
        entry.text("note", "")
        _review(result, kind, entry)
    result.sources[kind] = tuple(dict.fromkeys(cited))
    return entries


def _share(entry: Table, kind: str) -> Share | None:
    """A share with what it measures, the year it describes and who was measured."""
    value = entry.get("share", (float, int), None)
    if value is None:
        for key in ("measure", "year", "population"):
            if entry.has(key):
                raise entry.fail(key, "describes a share; this entry has none")
        return None
    if not 0 <= value <= 1:
        raise entry.fail("share", "must be a fraction between 0 and 1")
    if not entry.has("figure"):
        raise entry.fail("figure", "quote what the source says")
    allowed = tuple(k for k, m in measures().items() if kind in m.lists)
    return Share(
        value=float(value),
        measure=entry.text("measure", choices=allowed),
        year=entry.integer("year", minimum=1990),
        population=entry.text("population"),
    )


def _privacy(table: Table, sources: dict[str, Source], result: CuratedMarket) -> PrivacyRegime:
    code = table.text("regime")
    authority = table.text("authority", "")
    authority_url = table.text("authority_url", "")
    marketing = table.text("marketing_email", None, choices=_MARKETING)
    note = table.text("note", "")
    cited = cite(table, sources)
    if code == "NONE":
        if not note:
            raise table.fail("note", "say what applies where there is no comprehensive law")
        regime = PrivacyRegime(
            code="NONE",
            name="No comprehensive data-protection law",
            authority=authority,
            authority_url=authority_url,
            marketing_email=marketing,
            note=note,
        )
        result.sources["privacy"] = cited
        return regime
    try:
        found = privacy_regime(code)
    except DataError as exc:
        raise table.fail("regime", exc.problem) from None
    base = found.regime
    result.sources["privacy"] = tuple(dict.fromkeys(cited + found.sources))
    from .._record import replace

    return replace(
        base,
        authority=authority,
        authority_url=authority_url,
        marketing_email=marketing,
        note=note or base.note,
    )


@record
class Region:
    """Documented regional defaults for markets without a data file."""

    id: str
    name: str
    members: frozenset[str]
    formality: Formality
    channels: tuple[str, ...]
    payment_methods: tuple[str, ...]
    support_hours: str
    sources: tuple[Source, ...]
    note: str


@record
class Group:
    """A legal group (e.g. the EEA) whose statutes fix facts for every member."""

    id: str
    name: str
    members: frozenset[str]
    privacy: PrivacyRegime | None
    privacy_sources: tuple[Source, ...]
    returns: ReturnsPolicy | None
    returns_sources: tuple[Source, ...]
    withdrawal_function_from: dt.date | None = None
    withdrawal_function_sources: tuple[Source, ...] = ()
    customs: str | None = None
    """The code of the customs regime file (``data/customs/``) its members share."""


@functools.cache
def regions() -> tuple[dict[str, Region], dict[str, Group]]:
    """The regions (by id) and statutory groups (by id) of ``data/regions.toml``."""
    relative = "regions.toml"
    root = open_file(relative)
    sources = read_sources(root)
    region_table = root.table("regions")
    result: dict[str, Region] = {}
    seen: dict[str, str] = {}
    for key in region_table.data:
        entry = region_table.table(key)
        members = entry.strings("members")
        for member in members:
            if member in seen:
                raise entry.fail("members", f"{member} is also in region {seen[member]}")
            seen[member] = key
        hours = entry.text("support_hours")
        try:
            OpeningHours.parse(hours)
        except ValueError as exc:
            raise entry.fail("support_hours", str(exc)) from None
        result[key] = Region(
            id=key,
            name=entry.text("name"),
            members=frozenset(members),
            formality=Formality(entry.text("formality", choices=_FORMALITIES)),
            channels=_ids(entry, "channels"),
            payment_methods=_ids(entry, "payment_methods"),
            support_hours=hours,
            sources=cite(entry, sources),
            note=entry.text("note"),
        )

    groups: dict[str, Group] = {}
    group_table = root.optional_table("groups")
    entries = [] if group_table is None else [(k, group_table.table(k)) for k in group_table.data]
    for key, entry in entries:
        privacy = entry.optional_table("privacy")
        regime: PrivacyRegime | None = None
        privacy_sources: tuple[Source, ...] = ()
        if privacy is not None:
            base, base_sources, _, _ = privacy_regime(privacy.text("regime"))
            from .._record import replace

            regime = replace(
                base,
                authority=privacy.text("authority", ""),
                marketing_email=privacy.text("marketing_email", None, choices=_MARKETING),
            )
            privacy_sources = tuple(dict.fromkeys(cite(privacy, sources) + base_sources))
        returns_table = entry.optional_table("returns")
        returns: ReturnsPolicy | None = None
        returns_sources: tuple[Source, ...] = ()
        if returns_table is not None:
            returns = ReturnsPolicy(
                withdrawal_days=returns_table.integer("withdrawal_days", minimum=1),
                unit=returns_table.text("unit", "days", choices=("days", "business_days")),
                starts=returns_table.text("starts", "delivery"),
                conditions=returns_table.text("conditions", ""),
            )
            returns_sources = cite(returns_table, sources)
        function_from: dt.date | None = None
        function_sources: tuple[Source, ...] = ()
        function = entry.optional_table("withdrawal_function")
        if function is not None:
            function_from = _day(function, "applies_from")
            function_sources = cite(function, sources)
        customs = entry.optional_table("customs")
        groups[key] = Group(
            customs=None if customs is None else customs.text("regime"),
            id=key,
            name=entry.text("name"),
            members=frozenset(entry.strings("members")),
            privacy=regime,
            privacy_sources=privacy_sources,
            returns=returns,
            returns_sources=returns_sources,
            withdrawal_function_from=function_from,
            withdrawal_function_sources=function_sources,
        )
    root.done()
    return result, groups


def _ids(entry: Table, kind: str) -> tuple[str, ...]:
    vocab = vocabulary(kind)
    ids = entry.strings(kind)
    for ident in ids:
        if ident not in vocab:
            raise entry.fail(kind, f"{ident!r} is not in the {kind} vocabulary")
    return tuple(ids)
