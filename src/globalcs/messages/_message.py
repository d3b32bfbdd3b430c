"""The rendered message and its HTML form."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .._formality import Formality
from ._languages import Language


@dataclass(frozen=True, slots=True)
class Message:
    """A rendered message, ready to send on its channel."""

    text: str
    subject: str | None
    language: str
    locale: str
    formality: Formality
    tone: str
    channel: str
    intent: str
    market: str
    encoding: str | None = None
    segments: int | None = None
    direction: str = "ltr"
    _page: Any = field(default=None, repr=False, compare=False)

    @property
    def html(self) -> str | None:
        """The e-mail as an HTML document (``lang``, ``dir``, every value escaped); None
        for other channels. Built on first access."""
        page = self._page
        if page is None or isinstance(page, str):
            return page
        built = email_html(*page)
        object.__setattr__(self, "_page", built)
        return built

    def __str__(self) -> str:
        return self.text


def email_html(lang: Language, subject: str, paragraphs: Iterable[str], urls: Iterable[str]) -> str:
    escaped_urls = [html.escape(u) for u in urls]
    body: list[str] = []
    for paragraph in paragraphs:
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
