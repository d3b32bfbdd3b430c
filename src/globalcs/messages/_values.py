"""Checked values for messages: one-line text, URLs, time-zone names, and
``{placeholder}`` templates split once and filled many times."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from .._errors import DataError, InvalidOptionError

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


_MAX_TEXT = 1000


_LINE_BREAKS = re.compile("[\r\n\x00\x0b\x0c\x1b\x85\u2028\u2029]")


def check_text(value: object, name: str) -> str:
    """One line of text (an ``int`` is written out), at most 1,000 characters."""
    if type(value) is not str:
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        elif not isinstance(value, str):
            raise InvalidOptionError(name, value, reason="expected text")
    if len(value) > _MAX_TEXT:
        raise InvalidOptionError(name, value[:40], reason=f"longer than {_MAX_TEXT} characters")
    if _LINE_BREAKS.search(value):
        raise InvalidOptionError(
            name, value, reason="line breaks and control characters are not allowed in a variable"
        )
    return value


def check_timezone(name: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if (
        not isinstance(name, str)
        or not re.fullmatch(r"[A-Za-z0-9_+\-/]{1,60}", name)
        or name.startswith("/")
        or ".." in name
    ):
        raise InvalidOptionError("timezone", name, reason="not an IANA time zone name")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidOptionError("timezone", name, reason="not an IANA time zone name") from None
    return name


def check_url(value: object, name: str = "url") -> str:
    """An absolute http(s) URL without spaces or control characters."""
    text = check_text(value, name)
    if not re.fullmatch(r"https?://[^\s<>\"'`\\\x00-\x1f\x7f]+", text, flags=re.IGNORECASE):
        raise InvalidOptionError(name, text, reason="only absolute http(s) URLs are allowed")
    return text


def fill(template: str, values: Mapping[str, str], where: str) -> str:
    """Substitute ``{name}`` placeholders; an unknown placeholder is a catalog error."""

    def replace(match: re.Match[str]) -> str:
        if match[1] not in values:
            raise DataError(where, match[1], "placeholder has no value")
        return values[match[1]]

    return PLACEHOLDER.sub(replace, template)


def split_template(template: str, where: str) -> tuple[str, ...]:
    """``"Order {id} ok"`` -> ``("Order ", "id", " ok")``: literals at even, names at odd places."""
    pieces = PLACEHOLDER.split(template)
    for name in pieces[1::2]:
        if not name:
            raise DataError(where, template, "empty placeholder")
    return tuple(pieces)


def format_template(template: str, where: str) -> str:
    """A catalog template as a :meth:`str.format_map` template: literal braces doubled.

    >>> format_template("Order {order_id} {ok}", "en.po")
    'Order {order_id} {ok}'
    >>> format_template("{ } {id}", "en.po")
    '{{ }} {id}'
    """
    pieces = split_template(template, where)
    out = [p.replace("{", "{{").replace("}", "}}") for p in pieces[::2]]
    for index, name in enumerate(pieces[1::2]):
        out.insert(2 * index + 1, "{" + name + "}")
    return "".join(out)


def fill_format(template: str, values: Mapping[str, str], where: str) -> str:
    """Fill a :func:`format_template` result; a placeholder without a value is a catalog error."""
    try:
        return template.format_map(values)
    except KeyError as missing:
        raise DataError(where, str(missing.args[0]), "placeholder has no value") from None


@functools.lru_cache(maxsize=1024)
def split_cached(template: str) -> tuple[str, ...]:
    return split_template(template, "salutation")


def fill_pieces(pieces: tuple[str, ...], values: Mapping[str, str]) -> str:
    if len(pieces) == 1:
        return pieces[0]
    out = list(pieces)
    for index in range(1, len(out), 2):
        try:
            out[index] = values[out[index]]
        except KeyError:
            raise DataError("catalog", out[index], "placeholder has no value") from None
    return "".join(out)
