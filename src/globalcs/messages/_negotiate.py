"""``negotiate``: which market, language and register a message to this customer should use.

A web shop knows a customer's language from several places: a stored preference,
the browser's ``Accept-Language`` header, a Babel ``Locale`` from its framework,
and the market of the order. They are weighed in that order and matched against
the languages globalcs writes by CLDR's language matching (through langcodes), so
``de-LI`` is served in German, ``zh-HK`` in traditional Chinese, ``pt`` in
Portugal in European Portuguese, and Catalan in Spanish only as CLDR's fallback.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .._errors import InvalidOptionError
from .._formality import Formality
from .._record import record
from ._languages import MATCH_DISTANCE, language_tag, supported_languages

if TYPE_CHECKING:
    from ..market._model import Market

_REGIONAL = 10
"""CLDR distances below this are regional variants of one language (de-LI and de: 4)."""
_MAX_HEADER = 4096
_MAX_RANGES = 32
_RANGE = re.compile(
    r"\s*(\*|[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)"  # a language range, or any
    r"\s*(?:;\s*q\s*=\s*(0(?:\.\d{0,3})?|1(?:\.0{0,3})?))?\s*"  # its weight
)


@record
class Negotiation:
    """The market, language and register for a message, and why.

    ``options`` are ``render``'s keyword arguments for them, so
    ``globalcs.render(intent, **negotiation.options, ...)`` writes the message.
    """

    market: Market
    language: str
    formality: Formality
    reason: str
    distance: int = 0
    """CLDR's language-matching distance from what the customer asked for: 0 for
    the same language, under 10 for a regional variant, up to 25 for a fallback."""

    @property
    def options(self) -> dict[str, Any]:
        return {"market": self.market, "language": self.language, "formality": self.formality}


def parse_accept_language(header: str) -> list[tuple[str, float]]:
    """The language ranges of an HTTP ``Accept-Language`` header, most wanted first.

    Follows RFC 9110 section 12.5.4: ranges with ``q=0`` are refused, equal
    weights keep the header's order, ``*`` is any language. A malformed range is
    skipped, as a browser's header is not the customer's fault.

    >>> parse_accept_language("de-AT,de;q=0.9,en;q=0.8,*;q=0.1")
    [('de-AT', 1.0), ('de', 0.9), ('en', 0.8), ('*', 0.1)]
    >>> parse_accept_language("fr;q=0, en")
    [('en', 1.0)]
    """
    if not isinstance(header, str):
        raise InvalidOptionError("accept_language", header, reason="expected the header's text")
    if len(header) > _MAX_HEADER:
        raise InvalidOptionError(
            "accept_language", header[:40], reason=f"longer than {_MAX_HEADER} characters"
        )
    ranges: list[tuple[str, float]] = []
    for part in header.split(",")[: _MAX_RANGES * 2]:
        found = _RANGE.fullmatch(part)
        if found is None or not part.strip():
            continue
        weight = float(found[2]) if found[2] is not None else 1.0
        if weight > 0:
            ranges.append((found[1], weight))
    ranges = ranges[:_MAX_RANGES]
    order = {item: index for index, item in enumerate(ranges)}
    return sorted(ranges, key=lambda item: (-item[1], order[item]))


def negotiate(
    market: object = None,
    *,
    preferred: object = None,
    accept_language: str | None = None,
    channel: str = "email",
    formality: Formality | str | None = None,
) -> Negotiation:
    """The market, language and register for a message to a customer, and why.

    ``preferred`` is the customer's stored choice (a tag or a Babel ``Locale``);
    ``accept_language`` their browser's header; ``market`` where the order is (a
    ``Market`` or anything ``get_market`` accepts). Without a market, the first
    wanted tag that names a region gives it (``de-AT`` -> Austria); a bare language
    never does, because ``sv`` or ``ca`` would be a country code too (``get_market``
    reads a bare code as a country). The register is the market's for ``channel``
    unless ``formality`` (the customer's stored choice) says otherwise.

    >>> import globalcs
    >>> n = globalcs.negotiate("AT", accept_language="de-LI,en;q=0.5")
    >>> n.market.code, n.language, n.formality.value, n.distance
    ('AT', 'de', 'formal', 4)
    >>> globalcs.negotiate(accept_language="pt-PT,pt;q=0.8").language
    'pt-PT'
    >>> globalcs.negotiate("CH", preferred="fr").reason
    "language 'fr' from the stored preference (fr-CH); the market's register for email"
    """
    from ..market._registry import get_market

    wanted: list[tuple[str, str]] = []  # (tag, where from)
    if preferred is not None:
        wanted.append((language_tag(preferred), "the stored preference"))
    if accept_language is not None:
        wanted += [(tag, "Accept-Language") for tag, _ in parse_accept_language(accept_language)]
    if market is None:
        market = _market_from_tags(wanted)
    target = get_market(market)
    from ._options import choose_formality, message_channel

    form = message_channel(channel)
    register = choose_formality(target, form, formality)
    why_register = (
        "the customer's register" if formality is not None else f"the market's register for {form}"
    )
    for tag, source in wanted:
        if tag == "*":
            break  # any language: the market's own
        found = _match(tag, target.country)
        if found is not None:
            chosen, asked, distance = found
            reason = f"language {tag!r} from {source} ({asked})"
            if distance >= _REGIONAL:
                reason += f", served in {chosen!r} as CLDR's fallback (distance {distance})"
            return Negotiation(target, chosen, register, f"{reason}; {why_register}", distance)
    from ._options import language_for

    chosen = language_for(target, None)
    unmatched = ", ".join(repr(tag) for tag, _ in wanted if tag != "*")
    prefix = f"none of {unmatched} is written by globalcs; " if unmatched else ""
    reason = f"{prefix}the market's language {chosen!r}; {why_register}"
    return Negotiation(target, chosen, register, reason)


def _market_from_tags(wanted: list[tuple[str, str]]) -> object:
    import langcodes

    for tag, _ in wanted:
        if tag == "*":
            continue
        try:
            region = langcodes.Language.get(tag).territory
        except (ValueError, LookupError):
            continue
        if region is not None and re.fullmatch(r"[A-Z]{2}", region):
            return region
    raise InvalidOptionError(
        "market",
        None,
        reason="give the market: no wanted language names a region (a bare 'sv' is a "
        "language, not El Salvador)",
    )


def _match(tag: str, country: str) -> tuple[str, str, int] | None:
    """The supported tag for ``tag`` in ``country``, the tag asked for, and the distance."""
    import langcodes

    try:
        asked = langcodes.Language.get(tag)
    except (ValueError, LookupError):
        return None
    if asked.territory is None:
        asked = asked.update_dict({"territory": country})
    match, distance = langcodes.closest_match(
        asked.to_tag(), supported_languages(), max_distance=MATCH_DISTANCE
    )
    if match == "und":
        return None
    return str(match), asked.to_tag(), int(distance)
