"""The rendered message and its HTML form."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .._formality import Formality
from .._record import field, record
from ._languages import Language

if TYPE_CHECKING:
    from ._options import Options
    from ._sms_plan import SmsEncoding


@record
class Message:
    """A rendered message, ready to send on its channel.

    >>> import decimal, globalcs
    >>> msg = globalcs.render("delivered", "NL", order_id="A-1", channel="sms")
    >>> msg.language, msg.channel, msg.encoding, msg.segments
    ('nl', 'sms', 'GSM-7', 1)
    """

    text: str
    subject: str | None
    _intent: str
    _options: Options = field(repr=False)
    encoding: str | None = None
    segments: int | None = None
    # The e-mail's (subject, links or None to find them) until ``html`` is read, then the page.
    _page: Any = field(default=None, compare=False)

    @property
    def language(self) -> str:
        """The catalog tag the message is written in (``de``, ``pt-BR``, ``zh-Hant``)."""
        return self._options.language.tag

    @property
    def locale(self) -> str:
        """The Babel locale money and dates were formatted for (``de_AT``)."""
        return self._options.locale

    @property
    def formality(self) -> Formality:
        """The register the message is written in."""
        return self._options.formality

    @property
    def tone(self) -> str:
        return self._options.tone

    @property
    def channel(self) -> str:
        return self._options.channel

    @property
    def intent(self) -> str:
        """The intent (built-in, or a shop's own from its ``MerchantTexts``), or
        ``"template"`` for a merchant template."""
        return self._intent

    @property
    def market(self) -> str:
        """The market's code (``DE``, ``US-CA``)."""
        return self._options.market.code

    @property
    def direction(self) -> str:
        """``rtl`` for Arabic, ``ltr`` otherwise."""
        return self._options.language.direction

    @property
    def html(self) -> str | None:
        """The e-mail as an HTML document (``lang``, ``dir``, every value escaped); None
        for other channels. Built on first access."""
        page = self._page
        if page is None or isinstance(page, str):
            return page
        subject, urls = page
        built = email_html(self._options.language, subject, self.text, urls)
        object.__setattr__(self, "_page", built)
        return built

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-serialisable data: what a queue, a log or another process needs.

        ``html`` is included for e-mail (built now if it was not yet).

        >>> import globalcs
        >>> data = globalcs.render("delivered", "NL", order_id="A-1", channel="sms").to_dict()
        >>> data["channel"], data["encoding"], data["segments"], data["html"]
        ('sms', 'GSM-7', 1, None)
        """
        return {
            "text": self.text,
            "subject": self.subject,
            "html": self.html,
            "language": self.language,
            "locale": self.locale,
            "direction": self.direction,
            "formality": self.formality.value,
            "tone": self.tone,
            "channel": self.channel,
            "intent": self.intent,
            "market": self.market,
            "encoding": self.encoding,
            "segments": self.segments,
        }

    def encode_sms(
        self, *, transliterate: bool = False, national_tables: bool = False
    ) -> SmsEncoding:
        """This message's text planned as SMS in its own language (see :func:`encode_sms`).

        >>> import globalcs
        >>> msg = globalcs.render("delivered", "PL", order_id="A-1", channel="sms")
        >>> msg.encoding, msg.encode_sms(transliterate=True).encoding
        ('UCS-2', 'GSM-7')
        """
        from ._sms_plan import encode_sms

        return encode_sms(
            self.text,
            language=self.language,
            transliterate=transliterate,
            national_tables=national_tables,
        )

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

    def _repr_html_(self) -> str:
        """The message as a notebook shows it: its facts, its subject and its text,
        every value escaped (no value can write markup), no script.

        >>> import globalcs
        >>> msg = globalcs.render("delivered", "DE", order_id="<b>A-1</b>", channel="sms")
        >>> "&lt;b&gt;A-1&lt;/b&gt;" in msg._repr_html_(), "<b>A-1" in msg._repr_html_()
        (True, False)
        """
        facts = [
            ("intent", self.intent),
            ("market", self.market),
            ("language", self.language),
            ("formality", self.formality.value),
            ("tone", self.tone),
            ("channel", self.channel),
        ]
        if self.encoding is not None:
            facts.append(("encoding", f"{self.encoding}, {self.segments} segment(s)"))
        cell = 'style="border:1px solid #ccc;padding:1px 4px;text-align:left"'
        head = "".join(f"<th {cell}>{html.escape(k)}</th>" for k, _ in facts)
        values = "".join(f"<td {cell}>{html.escape(str(v), quote=True)}</td>" for _, v in facts)
        lang = html.escape(self.language, quote=True)
        parts = [f'<div lang="{lang}" dir="{html.escape(self.direction, quote=True)}">']
        parts.append('<table style="border-collapse:collapse;font-size:12px">')
        parts.append(f"<tr>{head}</tr><tr>{values}</tr></table>")
        if self.subject is not None:
            parts.append(f"<p><b>{html.escape(self.subject, quote=True)}</b></p>")
        text = html.escape(self.text, quote=True)
        parts.append(f'<pre style="white-space:pre-wrap;font-family:inherit">{text}</pre></div>')
        return "\n".join(parts)


ISOLATE = "\u2068"
"""FIRST STRONG ISOLATE: a value in a right-to-left message starts here..."""
END_ISOLATE = "\u2069"
"""...and ends at POP DIRECTIONAL ISOLATE; the e-mail's HTML writes the pair as ``<bdi>``."""
RIGHT_TO_LEFT_MARK = "\u200f"
"""Opens a right-to-left SMS that starts with a Latin brand, so the phone reads it RTL."""


def is_right_to_left(text: str) -> bool:
    """True when ``text`` has right-to-left letters and nothing that runs left to right
    or is a number, so it needs no isolating in a right-to-left message.

    >>> is_right_to_left("السيدة سارة"), is_right_to_left("A-1001"), is_right_to_left("طلب 12")
    (True, False, False)
    """
    import unicodedata

    kinds = {unicodedata.bidirectional(c) for c in text}
    return bool(kinds & {"R", "AL"}) and kinds <= _RIGHT_TO_LEFT_KINDS


# Right-to-left letters, spaces, marks and the punctuation that takes its direction
# from them; a digit, a Latin letter or a sign of a number does not.
_RIGHT_TO_LEFT_KINDS = frozenset({"R", "AL", "WS", "NSM", "ON", "BN", "S", "CS"})

_BLANK_LINE = re.compile(r"\n\s*\n")
# A URL in plain text: http(s), up to a space, a directional isolate or a character
# that cannot be in one.
_URL = re.compile(r"https?://[^\s<>\"'`\u2066-\u2069]+")
# Sentence punctuation after a URL belongs to the sentence.
_TRAILING = ".,;:!?"


def email_html(lang: Language, subject: str, text: str, urls: Sequence[str] | None) -> str:
    """``text`` as an HTML page: a paragraph per block between blank lines, a ``<br>``
    per line break, and links.

    Built in one pass from escaped pieces: the plain text is cut into URL tokens and
    text tokens, each escaped on its own (``html.escape``, quotes too), and a link is
    ``<a href="URL">URL</a>`` made of the escaped URL token. No value can write markup,
    and a URL printed twice is linked twice, never inside another link. ``urls`` are
    the URLs to link (the message's URL values); None links every http(s) URL found in
    the text, without the sentence punctuation that follows it.

    >>> from globalcs.messages._languages import language
    >>> page = email_html(language("en"), "Hi", 'See https://x.example/?a&b="1".', None)
    >>> print(page.split("<body>")[1].splitlines()[1])
    <p>See <a href="https://x.example/?a&amp;b=">https://x.example/?a&amp;b=</a>&quot;1&quot;.</p>
    """
    body: list[str] = []
    for block in _BLANK_LINE.split(text):
        paragraph = block.strip()
        if paragraph:
            body.append(f"<p>{''.join(_html_tokens(paragraph, urls))}</p>")
    return (
        f'<!DOCTYPE html>\n<html lang="{html.escape(lang.tag)}" dir="{lang.direction}">\n'
        f'<head><meta charset="utf-8"><title>{html.escape(subject)}</title></head>\n'
        f"<body>\n{chr(10).join(body)}\n</body>\n</html>\n"
    )


def _html_tokens(text: str, urls: Sequence[str] | None) -> Iterator[str]:
    """The HTML of one paragraph, token by token."""
    position = 0
    for start, end in _url_spans(text, urls):
        yield _html_text(text[position:start])
        url = html.escape(text[start:end], quote=True)
        yield f'<a href="{url}">{url}</a>'
        position = end
    yield _html_text(text[position:])


def _html_text(text: str) -> str:
    escaped = html.escape(text, quote=True).replace("\n", "<br>\n")
    return escaped.replace(ISOLATE, "<bdi>").replace(END_ISOLATE, "</bdi>")


def _url_spans(text: str, urls: Sequence[str] | None) -> Iterator[tuple[int, int]]:
    """Where the URLs to link are in ``text``, left to right, never overlapping."""
    if urls is None:
        for match in _URL.finditer(text):
            url = match[0]
            # Drop trailing punctuation, and closing parentheses without an opening one
            # in the URL: "(see https://x.example/a)."
            unmatched = url.count(")") - url.count("(")
            end = len(url)
            while url[end - 1] in _TRAILING or (url[end - 1] == ")" and unmatched > 0):
                unmatched -= url[end - 1] == ")"
                end -= 1
            if end > url.index("://") + 3:
                yield match.start(), match.start() + end
        return
    known = sorted({u for u in urls if u}, key=len, reverse=True)
    if known:
        # Leftmost first and, at one place, the longest: one alternation does both.
        for match in re.finditer("|".join(map(re.escape, known)), text):
            yield match.span()


def find_urls(text: str) -> list[str]:
    """The http(s) URLs in a plain text, as :func:`email_html` links them.

    >>> find_urls("Track it at https://t.example/1 (or https://t.example/(2)).")
    ['https://t.example/1', 'https://t.example/(2)']
    """
    return [text[start:end] for start, end in _url_spans(text, None)]
