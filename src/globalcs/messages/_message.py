"""The rendered message and its HTML form."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .._formality import Formality
from ._languages import Language


@dataclass(frozen=True, slots=True)
class MessageKind:
    """What every message rendered with the same options shares: intent, market,
    language, register, tone and channel. Built once per render plan."""

    intent: str
    market: str
    language: Language
    locale: str
    formality: Formality
    tone: str
    channel: str


@dataclass(frozen=True, slots=True, repr=False)
class Message:
    """A rendered message, ready to send on its channel.

    >>> import decimal, globalcs
    >>> msg = globalcs.render("delivered", "NL", order_id="A-1", channel="sms")
    >>> msg.language, msg.channel, msg.encoding, msg.segments
    ('nl', 'sms', 'GSM-7', 1)
    """

    text: str
    subject: str | None
    _kind: MessageKind = field(repr=False)
    encoding: str | None = None
    segments: int | None = None
    # The e-mail's (subject, links or None to find them) until ``html`` is read, then the page.
    _page: Any = field(default=None, compare=False)

    @property
    def language(self) -> str:
        """The catalog tag the message is written in (``de``, ``pt-BR``, ``zh-Hant``)."""
        return self._kind.language.tag

    @property
    def locale(self) -> str:
        """The Babel locale money and dates were formatted for (``de_AT``)."""
        return self._kind.locale

    @property
    def formality(self) -> Formality:
        """The register the message is written in."""
        return self._kind.formality

    @property
    def tone(self) -> str:
        return self._kind.tone

    @property
    def channel(self) -> str:
        return self._kind.channel

    @property
    def intent(self) -> str:
        """The built-in intent, or ``"template"`` for a merchant template."""
        return self._kind.intent

    @property
    def market(self) -> str:
        """The market's code (``DE``, ``US-CA``)."""
        return self._kind.market

    @property
    def direction(self) -> str:
        """``rtl`` for Arabic, ``ltr`` otherwise."""
        return self._kind.language.direction

    @property
    def html(self) -> str | None:
        """The e-mail as an HTML document (``lang``, ``dir``, every value escaped); None
        for other channels. Built on first access."""
        page = self._page
        if page is None or isinstance(page, str):
            return page
        subject, urls = page
        if urls is None:
            urls = find_urls(self.text)
        built = email_html(self._kind.language, subject, self.text, urls)
        object.__setattr__(self, "_page", built)
        return built

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        shown = [f"text={self.text!r}"]
        if self.subject is not None:
            shown.append(f"subject={self.subject!r}")
        shown += [
            f"language={self.language!r}",
            f"locale={self.locale!r}",
            f"formality={self.formality.value!r}",
            f"tone={self.tone!r}",
            f"channel={self.channel!r}",
            f"intent={self.intent!r}",
            f"market={self.market!r}",
        ]
        if self.encoding is not None:
            shown.append(f"encoding={self.encoding!r}, segments={self.segments!r}")
        return f"Message({', '.join(shown)})"


_BLANK_LINE = re.compile(r"\n\s*\n")


def email_html(lang: Language, subject: str, text: str, urls: Sequence[str]) -> str:
    """``text`` as an HTML page: a paragraph per block between blank lines, ``urls`` linked."""
    escaped_urls = [html.escape(u) for u in urls]
    body: list[str] = []
    for block in _BLANK_LINE.split(text):
        paragraph = block.strip()
        if not paragraph:
            continue
        escaped = html.escape(paragraph).replace("\n", "<br>\n")
        for url in escaped_urls:
            escaped = escaped.replace(url, f'<a href="{url}">{url}</a>')
        body.append(f"<p>{escaped}</p>")
    return (
        f'<!DOCTYPE html>\n<html lang="{html.escape(lang.tag)}" dir="{lang.direction}">\n'
        f'<head><meta charset="utf-8"><title>{html.escape(subject)}</title></head>\n'
        f"<body>\n{chr(10).join(body)}\n</body>\n</html>\n"
    )


def find_urls(text: str) -> list[str]:
    return re.findall(r"https?://[^\s<>\"'`]+", text)
