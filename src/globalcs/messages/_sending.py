"""May this message go out now? Contact hours, consent, WhatsApp's window: one answer.

:func:`may_send` asks every rule that can stop a message to one customer and
returns a :class:`SendDecision`: allowed or not, when it next is, and each rule
with its sources. The contact hours are :func:`globalcs.contact_window`'s own
decision, never recomputed; consent follows the market's marketing e-mail model
and the consent conditions of ``data/contact/``; WhatsApp's customer service
window and the rule for texts come from ``data/sending/channels.toml``.

>>> import datetime as dt, zoneinfo, globalcs
>>> paris = zoneinfo.ZoneInfo("Europe/Paris")
>>> d = globalcs.may_send("FR", "phone", dt.datetime(2026, 12, 25, 11, 0, tzinfo=paris),
...                       consent="opt_in")
>>> d.allowed, d.next_allowed.isoformat(), [r.kind for r in d.blocking]
(False, '2026-12-28T10:00:00+01:00', ['contact_time', 'holiday'])
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal

from .._errors import GlobalcsError, InvalidOptionError, InvalidPhoneNumberError
from .._record import record
from ..time._contact import CHANNELS as CONTACT_CHANNELS
from ..time._contact import PURPOSES, ContactDecision, Purpose, contact_window
from ..time._zones import aware, zone
from ._customer import Customer, person

if TYPE_CHECKING:
    from ..market._model import Market, Source
    from ..time._contact import ContactChannel

SendChannel = Literal["phone", "sms", "whatsapp", "email"]
Consent = Literal["none", "opt_in", "opt_in_soft", "opt_out"]
RuleKind = Literal[
    "contact_time", "quiet_hours", "holiday", "consent", "condition", "whatsapp_window", "channel"
]

SEND_CHANNELS: tuple[SendChannel, ...] = (*CONTACT_CHANNELS, "email")
"""The market channel ids :func:`may_send` decides for (``call`` is read as ``phone``)."""
CONSENTS: tuple[Consent, ...] = ("none", "opt_in", "opt_in_soft", "opt_out")
"""What is known of the customer's consent to marketing: nothing on record, prior
consent, an existing customer's soft opt-in, or an objection."""
_RANK = {"none": 0, "opt_in_soft": 1, "opt_in": 2}
_MAX_PHONE = 64


@record
class SendRule:
    """One rule that had a say: ``allowed`` is True or False, or None for a requirement
    globalcs cannot check (a do-not-call register, WhatsApp's opt-in)."""

    kind: RuleKind
    allowed: bool | None
    reason: str
    sources: tuple[Source, ...] = ()
    next_allowed: dt.datetime | None = None

    def to_dict(self) -> dict[str, object]:
        """Plain, JSON-serialisable data."""
        return {
            "kind": self.kind,
            "allowed": self.allowed,
            "reason": self.reason,
            "next_allowed": _iso(self.next_allowed),
            "sources": [_source(s) for s in self.sources],
        }


@record
class SendDecision:
    """Whether a message may go out at ``at``, when it next may, and why.

    ``at`` and ``next_allowed`` are in the customer's zone (``timezone``), or where
    none is known, in the zone the market's contact decision was made in.
    ``next_allowed`` is ``at`` when allowed now, and None when no time will do (no
    consent, or WhatsApp's window is closed and the message is not a template).
    ``timezone_from`` says where the zone came from: ``"timezone"`` (given),
    ``"customer"``, ``"phone"``, or ``"market"`` (the rule that holds in every zone
    of the market). ``contact`` is the contact-window decision, as
    :func:`globalcs.contact_window` returns it (None for e-mail).
    """

    allowed: bool
    at: dt.datetime
    next_allowed: dt.datetime | None
    market: str
    channel: SendChannel
    purpose: Purpose
    consent: Consent
    timezone: str | None
    timezone_from: str
    rules: tuple[SendRule, ...]
    contact: ContactDecision | None = None

    @property
    def blocking(self) -> tuple[SendRule, ...]:
        """The rules that say no."""
        return tuple(r for r in self.rules if r.allowed is False)

    @property
    def reason(self) -> str:
        """The blocking rules' reasons, or that every rule allows it."""
        if self.allowed:
            return "allowed: " + "; ".join(r.reason for r in self.rules if r.allowed)
        return "not allowed: " + "; ".join(r.reason for r in self.blocking)

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every rule's sources, once each."""
        return tuple(dict.fromkeys(s for r in self.rules for s in r.sources))

    def to_dict(self) -> dict[str, object]:
        """Plain, JSON-serialisable data."""
        return {
            "allowed": self.allowed,
            "at": self.at.isoformat(),
            "next_allowed": _iso(self.next_allowed),
            "market": self.market,
            "channel": self.channel,
            "purpose": self.purpose,
            "consent": self.consent,
            "timezone": self.timezone,
            "timezone_from": self.timezone_from,
            "reason": self.reason,
            "rules": [r.to_dict() for r in self.rules],
        }


def may_send(
    market: object,
    channel: SendChannel | Literal["call"],
    at: dt.datetime,
    *,
    purpose: Purpose = "marketing",
    consent: Consent = "none",
    last_inbound: dt.datetime | None = None,
    template: bool = False,
    customer: Customer | Mapping[str, object] | None = None,
    phone: str | None = None,
    timezone: str | None = None,
) -> SendDecision:
    """May a message on ``channel`` go to a customer of ``market`` at ``at``?

    ``purpose`` is ``"marketing"`` (the default, as for :func:`globalcs.contact_window`)
    or ``"service"``. ``consent`` is what is known of the customer's consent to
    marketing (:data:`CONSENTS`). ``last_inbound`` is when the customer last wrote
    or called (WhatsApp's 24-hour window); ``template`` says the message is an
    approved WhatsApp template. The customer's zone is ``timezone``, else the
    ``customer``'s, else the one zone of ``phone``'s number; otherwise the decision
    holds in every zone of the market. A ``phone`` must be a valid number of the
    market's country (:class:`~globalcs.InvalidPhoneNumberError` otherwise).

    >>> import datetime as dt, globalcs
    >>> d = globalcs.may_send("US", "phone", dt.datetime(2026, 6, 10, 14, 30, tzinfo=dt.UTC),
    ...                       phone="+1 213 555 0100")
    >>> d.allowed, d.timezone, d.next_allowed.isoformat()
    (False, 'America/Los_Angeles', '2026-06-10T08:00:00-07:00')
    """
    from ..market._registry import get_market

    resolved = get_market(market)
    form = _channel(channel)
    if purpose not in PURPOSES:
        raise InvalidOptionError("purpose", purpose, PURPOSES)
    if consent not in CONSENTS:
        raise InvalidOptionError("consent", consent, CONSENTS)
    if not isinstance(template, bool):
        raise InvalidOptionError("template", template, reason="expected True or False")
    moment = aware(at)
    inbound = None if last_inbound is None else aware(last_inbound, "last_inbound")
    if inbound is not None and inbound > moment:
        raise InvalidOptionError("last_inbound", last_inbound, reason="is later than at")
    name, source = _customer_zone(resolved, timezone, customer, phone)
    decider = _Decider(resolved, form, purpose, consent, moment, inbound, template, name)
    try:
        return decider.decide(source)
    except OverflowError:
        raise InvalidOptionError(
            "at", at, reason="too close to the ends of the supported dates (years 1 to 9999)"
        ) from None


def _channel(channel: object) -> SendChannel:
    form = "phone" if channel == "call" else channel
    if not isinstance(form, str) or form not in SEND_CHANNELS:
        raise InvalidOptionError("channel", channel, SEND_CHANNELS)
    return form


def _customer_zone(
    market: Market, timezone: object, customer: object, phone: object
) -> tuple[str | None, str]:
    """The customer's zone and where it came from (None, "market": not known)."""
    from_phone = None if phone is None else phone_timezones(phone, market.country)
    checked = person(customer)  # checked even where timezone= decides
    if timezone is not None:
        zone(timezone)  # type: ignore[arg-type]
        return timezone, "timezone"  # type: ignore[return-value]
    if checked is not None and checked.timezone is not None:
        return checked.timezone, "customer"
    if from_phone is not None and len(from_phone) == 1:
        return from_phone[0], "phone"
    return None, "market"


def phone_timezones(phone: object, country: str) -> tuple[str, ...]:
    """The IANA zones libphonenumber gives a number of ``country`` (empty: none known).

    A number without ``+`` is read as a national number of ``country``. A number that
    cannot be read, is not valid, or belongs to another country raises
    :class:`~globalcs.InvalidPhoneNumberError`.

    >>> phone_timezones("(213) 555-0100", "US"), phone_timezones("+7 495 123 4567", "RU")
    (('America/Los_Angeles',), ('Europe/Moscow',))
    """
    if not isinstance(phone, str):
        raise InvalidPhoneNumberError(phone, "expected a string")
    if not phone.strip() or len(phone) > _MAX_PHONE:
        raise InvalidPhoneNumberError(phone, f"expected a number of 1 to {_MAX_PHONE} characters")
    return _number_zones(str(phone), country)


@functools.lru_cache(maxsize=4096)
def _number_zones(phone: str, country: str) -> tuple[str, ...]:
    import phonenumbers
    from phonenumbers import timezone as number_zones

    try:
        number = phonenumbers.parse(phone, country)
    except phonenumbers.NumberParseException as exc:
        raise InvalidPhoneNumberError(phone, str(exc)) from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhoneNumberError(phone, "not a valid number in any numbering plan")
    region = phonenumbers.region_code_for_number(number)
    if region != country:
        raise InvalidPhoneNumberError(
            phone, f"a number of {region}, not of the market's country {country}"
        )
    found = number_zones.time_zones_for_number(number)
    return tuple(z for z in found if z != number_zones.UNKNOWN_TIMEZONE)


class _Decider:
    """Collects the rules for one message, then combines them."""

    def __init__(
        self,
        market: Market,
        channel: SendChannel,
        purpose: Purpose,
        consent: Consent,
        at: dt.datetime,
        inbound: dt.datetime | None,
        template: bool,
        timezone: str | None,
    ) -> None:
        self.market, self.channel, self.purpose, self.consent = market, channel, purpose, consent
        self.at, self.inbound, self.template, self.timezone = at, inbound, template, timezone
        self.rules: list[SendRule] = []
        self.contact: ContactDecision | None = None
        self.session_open = False

    def decide(self, timezone_from: str) -> SendDecision:
        window, session_end = self._whatsapp_window()
        if self.channel == "email":
            table = channel_rules()["email"]
            self.rules.append(SendRule("channel", True, table.rule, table.sources))
        else:
            self._contact_time()
        if self.purpose == "marketing":
            self._consent()
        self.rules += window
        tz: dt.tzinfo | None = zone(self.timezone) if self.timezone else None
        if tz is None:
            tz = self.contact.at.tzinfo if self.contact else zone(self.market.timezone)
        assert tz is not None
        at = self.at.astimezone(tz)
        allowed = all(r.allowed is not False for r in self.rules)
        later = [r.next_allowed for r in self.rules if r.allowed is False]
        following = None if allowed or None in later else max(t for t in later if t)
        if self.template:
            session_end = None  # a template may go when the window has closed
        if following is not None and session_end is not None and following >= session_end:
            following = None  # the window closes before the hours open: a template then
        if allowed:
            following = at
        return SendDecision(
            allowed=allowed,
            at=at,
            next_allowed=None if following is None else following.astimezone(tz),
            market=self.market.code,
            channel=self.channel,
            purpose=self.purpose,
            consent=self.consent,
            timezone=self.timezone,
            timezone_from=timezone_from,
            rules=tuple(self.rules),
            contact=self.contact,
        )

    def _contact_time(self) -> None:
        form: ContactChannel = self.channel  # type: ignore[assignment]
        decision = contact_window(
            self.market, form, self.at, purpose=self.purpose, timezone=self.timezone
        )
        self.contact = decision
        rule = decision.rule
        kind: RuleKind = "quiet_hours" if rule.kind == "norm" else "contact_time"
        if not decision.allowed and rule.kind == "norm" and self._replying():
            reason = (
                "quiet hours waived: a service reply while the customer service window "
                f"the customer opened is open (the norm: {rule.rule})"
            )
            self.rules.append(SendRule(kind, True, reason, rule.sources))
        else:
            self.rules.append(
                SendRule(
                    kind, decision.allowed, decision.reason, rule.sources, decision.next_allowed
                )
            )
            if not decision.allowed:
                self._holiday(decision)
        for condition in decision.conditions:
            if condition.consent is None or self.purpose != "marketing":
                self.rules.append(SendRule("condition", None, condition.rule, condition.sources))

    def _replying(self) -> bool:
        """A service message while the customer's WhatsApp window is open."""
        return self.channel == "whatsapp" and self.purpose == "service" and self.session_open

    def _holiday(self, decision: ContactDecision) -> None:
        """Name the public holiday (or its eve) that closes the contact rule today."""
        from ..time._contact import _Holidays

        rule, day = decision.rule, decision.at.date()
        holidays = _Holidays(self.market)
        try:
            if not rule.public_holidays and holidays.contains(day):
                what = f"{day.isoformat()} is a public holiday ({self._holiday_name(day)})"
                reason = f"{what}, and the rule allows no contact on public holidays"
            elif rule.holiday_eve is not None and holidays.contains(day + dt.timedelta(days=1)):
                reason = (
                    f"{day.isoformat()} is the eve of a public holiday: the rule's hours "
                    f"that day are {rule.holiday_eve}"
                )
            else:
                return
        except GlobalcsError:  # a year outside the holiday data: the contact rule says it
            return
        self.rules.append(
            SendRule("holiday", False, reason, holiday_sources(), decision.next_allowed)
        )

    def _holiday_name(self, day: dt.date) -> str:
        names = self.market.holidays(day.year)
        english = {h.date: h.name for h in names.records}
        return english.get(day) or names.get(day) or "public holiday"

    def _whatsapp_window(self) -> tuple[list[SendRule], dt.datetime | None]:
        """WhatsApp's window rules, and the end of an open window (else None)."""
        if self.channel != "whatsapp":
            return [], None
        table = channel_rules()["whatsapp"]
        hours = dt.timedelta(hours=table.hours)
        is_open = self.inbound is not None and self.at - self.inbound < hours
        self.session_open = is_open
        end = None
        if self.inbound is not None and self.inbound.year < dt.MAXYEAR:
            end = self.inbound + hours
        if is_open:
            reason = f"inside the customer service window, open until {_iso(end)}: {table.rule}"
        elif self.template:
            reason = f"an approved template, which may go outside the window: {table.rule}"
        else:
            when = (
                "no inbound message is known"
                if self.inbound is None
                else f"it closed at {_iso(end)}"
            )
            reason = f"outside the customer service window ({when}): {table.rule}"
        rules = [SendRule("whatsapp_window", is_open or self.template, reason, table.sources)]
        if not is_open:
            rules.append(SendRule("condition", None, table.extra, table.sources))
        return rules, end if is_open else None

    def _consent(self) -> None:
        """The consent marketing needs on this channel, against the consent known."""
        needed, reason, sources = _consent_needed(self)
        if needed == "none" and not sources and self.consent != "opt_out":
            return  # nothing curated asks for consent here, and none was refused
        if self.consent == "opt_out":
            allowed = False
            text = "the customer has objected to marketing (opt-out), which every regime honours"
        else:
            allowed = _RANK[self.consent] >= _RANK[needed]
            has = {"none": "no consent is on record", "opt_in": "the customer opted in"}.get(
                self.consent, "the customer is an existing customer under the soft opt-in"
            )
            text = f"{reason}; {has}"
        self.rules.append(SendRule("consent", allowed, text, sources))


def _consent_needed(d: _Decider) -> tuple[str, str, tuple[Source, ...]]:
    """The least consent marketing on ``d.channel`` needs, why, and the sources."""
    local = d.contact.at if d.contact else d.at.astimezone(zone(d.timezone or d.market.timezone))
    regime = d.market.privacy.in_force(local.date())
    model = regime.marketing_email
    privacy_sources: tuple[Source, ...] = tuple(d.market.sources.get("privacy", ()))
    law = regime.name if regime.code not in (None, "NONE") else f"{d.market.code} law"
    needed = "none"
    sources: tuple[Source, ...] = ()
    reason = f"no consent rule for marketing {d.channel} is curated for {d.market.code}"
    if d.channel == "email" or (d.channel != "phone" and model in ("opt_in", "opt_in_soft")):
        if model is None:
            needed, sources = "opt_in", privacy_sources
            reason = f"no marketing e-mail model is curated for {d.market.code}: prior consent"
        else:
            needed, sources = {"opt_out": "none"}.get(model, model), privacy_sources
            reason = f"marketing e-mail under {law} is {model.replace('_', '-')}"
        if d.channel != "email":
            table = channel_rules()["texts"]
            reason += " (applied to texts)"
            sources = (*sources, *table.sources)
    elif d.channel != "phone":
        table = channel_rules()["texts_fallback"]
        needed, sources = "opt_in", table.sources
        reason = f"marketing texts need prior consent in {d.market.code} (globalcs's cautious rule)"
    if d.contact is not None:
        for condition in d.contact.conditions:
            if condition.consent is not None and _RANK[condition.consent] >= _RANK[needed]:
                needed, reason = condition.consent, condition.rule
                sources = tuple(dict.fromkeys((*condition.sources, *sources)))
    return needed, reason, sources


@record
class _ChannelRule:
    rule: str
    sources: tuple[Source, ...]
    hours: int = 0
    extra: str = ""


@functools.cache
def channel_rules() -> dict[str, _ChannelRule]:
    """The rules of ``data/sending/channels.toml``, by channel (and ``texts``)."""
    from ..market._schema import cite, open_file, read_sources

    root = open_file("sending/channels.toml")
    sources = read_sources(root)
    whatsapp, texts, email = root.table("whatsapp"), root.table("texts"), root.table("email")
    result = {
        "whatsapp": _ChannelRule(
            whatsapp.text("session_rule"),
            cite(whatsapp, sources),
            whatsapp.integer("session_hours", minimum=1),
            whatsapp.text("opt_in_rule"),
        ),
        "texts": _ChannelRule(texts.text("rule"), cite(texts, sources)),
        "texts_fallback": _ChannelRule(
            texts.text("fallback_rule"), cite(texts, sources, "fallback_sources")
        ),
        "email": _ChannelRule(email.text("rule"), cite(email, sources)),
    }
    root.done()
    return result


@functools.cache
def holiday_sources() -> tuple[Source, ...]:
    """Where the public holidays come from: python-holidays, at the installed version."""
    from importlib.metadata import version

    from ..market._derived import DERIVED_AS_OF
    from ..market._model import Source

    release = version("holidays")
    title = f"python-holidays {release} (public holidays, the default category)"
    url = "https://github.com/vacanza/holidays"
    return (Source(title=title, url=url, as_of=DERIVED_AS_OF, confidence="standard"),)


def _iso(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _source(source: Source) -> dict[str, str]:
    return {
        "title": source.title,
        "url": source.url,
        "as_of": source.as_of.isoformat(),
        "confidence": source.confidence,
    }
