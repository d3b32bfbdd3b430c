"""A render's options, resolved once: market, language, register, tone, channel and the
vocabularies that type them."""

from __future__ import annotations

import functools
from typing import Any, Literal

from .._errors import GlobalcsError, InvalidOptionError
from .._formality import Formality
from .._record import record
from ..market._model import Market
from ..market._registry import get_market
from ._languages import Language, language, language_tag, resolve_language

Tone = Literal["neutral", "friendly", "apologetic", "empathetic"]


MessageForm = Literal["email", "sms", "chat", "whatsapp"]


MessageChannel = Literal[
    MessageForm,
    "live_chat",
    "chatbot",
    "web_form",
    "line",
    "kakaotalk",
    "wechat",
    "facebook_messenger",
    "telegram",
    "viber",
    "zalo",
    "in_app",
]
"""What ``channel=`` accepts: a message form, or a market channel that has one
(``data/vocabularies/channels.toml``; a test keeps the two lists equal)."""


TONES: tuple[Tone, ...] = ("neutral", "friendly", "apologetic", "empathetic")


CHANNELS: tuple[MessageForm, ...] = ("email", "sms", "chat", "whatsapp")


def choose_formality(market: Market, channel: str, formality: object) -> Formality:
    """The register for a message: explicit, or the market's default for the channel."""
    if formality is not None:
        return Formality.parse(formality)
    chosen = market.formality if channel == "email" else market.messaging_formality
    return max(chosen, market.minimum_formality)


def market_key(given: object, target: Market) -> str | Market:
    """How options are cached for a market: the registry's markets by code, a caller's
    own ``Market`` (a copy with its own formality, say) by itself, so that its values,
    not the registry's, are the ones used. ``given`` is what the caller passed."""
    if not isinstance(given, Market):
        return target.code  # looked up in the registry just now
    try:
        if get_market(target.code) is target:
            return target.code
    except GlobalcsError:
        pass
    return target


def language_for(market: Market, requested: str | None) -> str:
    return _language_for_code(market.code, market.country, market.languages, requested)


@functools.lru_cache(maxsize=4096)
def _language_for_code(
    code: str, country: str, languages: tuple[str, ...], requested: str | None
) -> str:
    if requested is not None:
        return resolve_language(requested, country)
    for candidate in languages:
        try:
            return resolve_language(candidate, country)
        except GlobalcsError:
            continue
    return "en"


def _language_profile(tag: str) -> Language:
    # ``language`` is a parameter name in the option functions, shadowing the loader.
    return language(tag)


@record
class Options:
    """The one record of a render's resolved options: market, language, register, Babel
    locale, tone and channel. Built once per combination (:func:`resolve_options`) and
    shared by the built-in renderer, merchant templates and their filters, and every
    :class:`~globalcs.Message` they make.

    It pickles as the options that resolve it again, so a message sent to another
    process does not carry the market's whole profile:

    >>> import pickle
    >>> options = resolve_options("DE", None, "neutral", "informal", "line")
    >>> options.language.tag, options.locale, options.formality.value, options.channel
    ('de', 'de_DE', 'informal', 'chat')
    >>> pickle.loads(pickle.dumps(options)) == options
    True
    """

    market: Market
    language: Language
    locale: str
    formality: Formality
    tone: str
    channel: str

    def __hash__(self) -> int:
        # Hashing the market's whole profile would cost more than the render.
        return hash((self.market.code, self.language.tag, self.formality, self.tone, self.channel))

    def __reduce__(self) -> tuple[Any, ...]:
        market = market_key(self.market, self.market)
        args = (market, self.language.tag, self.tone, self.formality.value, self.channel)
        return (resolve_options, args)


@functools.lru_cache(maxsize=1024)
def resolve_options(
    market: str | Market, language: str | None, tone: str, formality: object, channel: str
) -> Options:
    """Resolve a render's options once per combination: market, language, register, locale."""
    from ..market._derived import babel_locale

    target = market if isinstance(market, Market) else get_market(market)
    if tone not in TONES:
        raise InvalidOptionError("tone", tone, TONES)
    channel = message_channel(channel)
    tag = language_for(target, language)
    chosen = choose_formality(target, channel, formality)
    locale = babel_locale(tag, target.country)
    return Options(target, _language_profile(tag), locale, chosen, tone, channel)


def message_channel(channel: str) -> str:
    """The message form for a channel: one of :data:`CHANNELS`, or a market channel's id.

    A market channel is written in its form from ``data/vocabularies/channels.toml``:
    LINE, KakaoTalk or live chat as ``chat``, a web form as ``email``. A channel
    without a written form (``phone``) is an :class:`InvalidOptionError`.

    >>> message_channel("line"), message_channel("email")
    ('chat', 'email')
    """
    if channel in CHANNELS:
        return channel
    if not isinstance(channel, str):  # a list or a dict is no channel, nor a key to look up
        raise InvalidOptionError("channel", channel, CHANNELS)
    from ..market._loader import vocabulary

    entry = vocabulary("channels").get(channel)
    if entry is None or entry.message is None:
        known = [*CHANNELS, *(k for k, v in vocabulary("channels").items() if v.message)]
        reason = "has no written form" if entry is not None else ""
        raise InvalidOptionError("channel", channel, sorted(set(known)), reason=reason)
    return entry.message


def check_option_types(
    language: object, tone: object, formality: object, channel: object
) -> str | None:
    """Refuse unhashable or odd option types before the option caches see them; the
    language comes back as a tag (a Babel ``Locale`` is accepted)."""
    if not isinstance(formality, Formality | str | None):
        raise InvalidOptionError("formality", formality, [f.value for f in Formality])
    if not isinstance(tone, str):
        raise InvalidOptionError("tone", tone, TONES)
    if not isinstance(channel, str):
        raise InvalidOptionError("channel", channel, CHANNELS)
    if language is None or type(language) is str:
        return language
    return language_tag(language)
