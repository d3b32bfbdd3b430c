"""Checked values for messages: one-line text, URLs, time-zone names, and
``{placeholder}`` templates split once and filled many times."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from .._errors import DataError, InvalidOptionError

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


_MAX_TEXT = 1000


# What no text value may carry (see ``check_text``), as regular-expression escapes:
# every control character (Unicode category Cc: C0 with the \x1c-\x1f separators, DEL,
# C1 with NEL), the line and paragraph separators, lone surrogates (Cs), the 66
# noncharacters, and the bidirectional embeddings, overrides and isolates.
_ALWAYS_REFUSED = r"\u2028\u2029\ud800-\udfff\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff"
# The noncharacters of planes 1 to 16, looked for only in text that reaches past the
# BMP: a character class of 32 single characters costs a scan of every text.
_ASTRAL_REFUSED = re.compile(
    "[" + "".join(f"\\U{plane:04x}fffe\\U{plane:04x}ffff" for plane in range(1, 17)) + "]"
)

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class _Refused:
    """``search(text)``: the first character of ``text`` a value may not carry, or None.

    Every refused character is one :meth:`str.isprintable` rejects (control, format,
    separator, surrogate or unassigned; a test checks all of them), and that method
    runs in C at a fraction of a regular expression's cost. So a text that is
    printable once the allowed ``blanks`` (line breaks where lines are allowed, and
    the no-break spaces money is written with) are made plain spaces has nothing to
    find; any other text gets the full search.
    """

    def __init__(self, bmp: str, blanks: str) -> None:
        self._bmp = re.compile(bmp)
        self._blanks = blanks

    def search(self, text: str) -> re.Match[str] | None:
        if text.isprintable():
            return None
        plain = text
        for blank in self._blanks:
            if blank in plain:
                plain = plain.replace(blank, " ")
        if plain.isprintable():
            return None
        found = self._bmp.search(text)
        if not text.isascii() and _ASTRAL.search(text):
            astral = _ASTRAL_REFUSED.search(text)
            if astral is not None and (found is None or astral.start() < found.start()):
                return astral
        return found


# No-break spaces (CLDR writes money and dates with them) are allowed though not
# printable in Python's sense.
_SPACES = "\xa0\u202f\u2009"
_UNSAFE = _Refused(rf"[\x00-\x1f\x7f-\x9f{_ALWAYS_REFUSED}]", _SPACES)
# The same with tab, line feed and carriage return allowed: for multi-line data.
_UNSAFE_IN_LINES = _Refused(
    rf"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_ALWAYS_REFUSED}]", "\n\r\t" + _SPACES
)


def refusal(char: str) -> str:
    r"""Why ``char`` is refused, with its code point and name.

    >>> refusal("\u202e")
    'U+202E RIGHT-TO-LEFT OVERRIDE is not allowed (a bidirectional control)'
    >>> refusal("\x1f")
    'U+001F is not allowed (a control character)'
    """
    category = unicodedata.category(char)
    if category == "Cc":
        kind = "a control character"
    elif category == "Cs":
        kind = "a lone surrogate"
    elif category in ("Zl", "Zp"):
        kind = "a line break"
    elif category == "Cn":
        kind = "a noncharacter"
    else:
        kind = "a bidirectional control"
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}{' ' + name if name else ''} is not allowed ({kind})"


def check_text(value: object, name: str) -> str:
    r"""One line of text (an ``int`` is written out), at most 1,000 characters.

    Refused, with an :class:`InvalidOptionError` that names the variable and the
    code point: every control character (category Cc: C0 ``\x00``-``\x1f`` with
    tab, ESC and the separators ``\x1c``-``\x1f`` that ``email`` and
    ``str.splitlines`` take for line breaks; DEL; C1 ``\x80``-``\x9f`` with NEL),
    the line and paragraph separators U+2028 and U+2029, lone surrogates (Cs),
    noncharacters (U+FDD0-U+FDEF and U+xFFFE, U+xFFFF in every plane), and the
    bidirectional embeddings, overrides and isolates U+202A-U+202E and
    U+2066-U+2069, which reorder what the reader sees ("Trojan Source"). Other
    invisible characters stay, because real text needs them: ZWNJ and ZWJ
    (U+200C, U+200D) in Persian, Indic scripts and emoji, LRM, RLM and ALM (U+200E,
    U+200F, U+061C) in Arabic and Hebrew, tag characters in flag emoji.

    >>> check_text("Zoë 👩\u200d💻", "customer.given_name")
    'Zoë 👩\u200d💻'
    >>> try:  # doctest: +ELLIPSIS
    ...     check_text("A-1\u202e", "order_id")
    ... except InvalidOptionError as exc:
    ...     print(exc.option, exc)
    order_id invalid order_id 'A-1\u202e': U+202E RIGHT-TO-LEFT OVERRIDE is not allowed ...
    """
    if type(value) is not str:
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        elif not isinstance(value, str):
            raise InvalidOptionError(name, value, reason="expected text")
    if len(value) > _MAX_TEXT:
        raise InvalidOptionError(name, value[:40], reason=f"longer than {_MAX_TEXT} characters")
    found = _UNSAFE.search(value)
    if found:
        raise InvalidOptionError(name, value, reason=refusal(found[0]))
    return value


def check_lines(text: str, name: str) -> str:
    r"""Text of any number of lines: the rule of :func:`check_text`, with tab, line feed
    and carriage return allowed.

    >>> check_lines("Line 1\r\nLine 2\tend", "template text")
    'Line 1\r\nLine 2\tend'
    """
    found = _UNSAFE_IN_LINES.search(text)
    if found:
        raise InvalidOptionError(name, text, reason=refusal(found[0]))
    return text


def check_data(variables: Mapping[str, Any]) -> None:
    r"""The rule of :func:`check_text` for every string in a merchant template's plain
    data, keys of mappings too, but with tab, line feed and carriage return allowed
    (a template may print a multi-line note). The error names where the string is.

    >>> check_data({"note": "Leave it\nat the door", "items": ({"name": "Tee"},)})
    >>> try:
    ...     check_data({"items": ({"name": "Tee"}, {"name": "Mug\u202e"})})
    ... except InvalidOptionError as exc:
    ...     print(exc.option)
    items[1].name
    """
    if _UNSAFE_IN_LINES.search("\n".join(_strings(variables))) is None:
        return  # one search over all the text; the walk below only names the culprit
    search = _UNSAFE_IN_LINES.search
    # Containers wait on a stack as (container, key, parent entry): a path is only
    # spelled out for an error. Strings are checked where they are met.
    stack: list[tuple[Any, Any, Any]] = []
    for name, value in variables.items():
        kind = type(value)
        if kind is str:
            found = search(value)
            if found:
                raise InvalidOptionError(name, value, reason=refusal(found[0]))
        elif kind is dict or kind is tuple or kind is list:
            stack.append((value, name, None))
    while stack:
        entry = stack.pop()
        container = entry[0]
        if type(container) is dict:
            items: Any = container.items()
        else:
            items = enumerate(container)
        for key, item in items:
            if type(key) is str:
                found = search(key)
                if found:
                    raise InvalidOptionError(_path(entry), key, reason=refusal(found[0]))
            kind = type(item)
            if kind is str:
                found = search(item)
                if found:
                    raise InvalidOptionError(
                        _path((item, key, entry)), item, reason=refusal(found[0])
                    )
            elif kind is dict or kind is tuple or kind is list:
                stack.append((item, key, entry))


def _strings(variables: Mapping[str, Any]) -> list[str]:
    """Every string in plain data, keys of mappings too, in no particular order."""
    found: list[str] = []
    pending: list[Any] = [variables]
    while pending:
        container = pending.pop()
        values: Iterable[Any] = container
        if isinstance(container, Mapping):
            found.extend(key for key in container if type(key) is str)
            values = container.values()
        for item in values:
            kind = type(item)
            if kind is str:
                found.append(item)
            elif kind is dict or kind is tuple or kind is list:
                pending.append(item)
    return found


_WORD_JOINER = "\u2060"


def header_text(subject: str) -> str:
    r"""A subject that can go into an e-mail header as it is.

    A character :func:`check_text` refuses is refused here too (InvalidOptionError
    naming ``subject``), so no line break or control character reaches a header.
    And every ``=?`` gets an invisible U+2060 WORD JOINER between ``=`` and ``?``:
    nothing in the subject can then be read as an RFC 2047 encoded word, which a
    header parser would decode, hidden line breaks and all (``=?utf-8?q?x=0ABcc:...?=``
    becomes a ``Bcc:`` header). The reader sees the same text.

    >>> header_text("Order =?utf-8?q?A=0A?= shipped")
    'Order =\u2060?utf-8?q?A=0A?= shipped'
    """
    found = _UNSAFE.search(subject)
    if found:
        raise InvalidOptionError("subject", subject, reason=refusal(found[0]))
    return subject.replace("=?", "=" + _WORD_JOINER + "?") if "=?" in subject else subject


# WhatsApp's formatting characters and the look-alikes shown in their place.
_WHATSAPP_MARKS = {"*": "\u2217", "_": "\u02cd", "~": "\u223c", "`": "\u02cb"}
_WHATSAPP_TABLE = str.maketrans(_WHATSAPP_MARKS)
# A quote ("> ") or list item ("- ") if the value starts a line.
_WHATSAPP_LINE_START = re.compile(r"^([>-])(?=\s)")
_WHATSAPP_NEEDS = re.compile(r"[*_~`]|^[>-]\s")


def whatsapp_text(value: str) -> str:
    r"""A value as WhatsApp shows it literally, never as formatting.

    WhatsApp has no escape character: ``*bold*``, ``_italic_``, ``~strike~``,
    ```` ```mono``` ```` and ```code``` format whatever they enclose, and ``> `` and
    ``- `` at the start of a line make a quote and a list. So in a value each of
    ``* _ ~ ` `` becomes a look-alike WhatsApp does not read (U+2217 ∗, U+02CD ˍ,
    U+223C ∼, U+02CB ˋ), and a leading ``>`` or ``-`` before a space becomes
    U+203A › or U+2010 ‐. Invisible joiners would not do: whether WhatsApp reads them
    as a word boundary is undocumented, and they would hide in copied text.

    >>> whatsapp_text("*FREE* _gift_ ~now~ `x`")
    '∗FREE∗ ˍgiftˍ ∼now∼ ˋxˋ'
    >>> whatsapp_text("> quoted"), whatsapp_text("A-1001")
    ('› quoted', 'A-1001')
    """
    if not _WHATSAPP_NEEDS.search(value):
        return value
    value = _WHATSAPP_LINE_START.sub(lambda m: "\u203a" if m[1] == ">" else "\u2010", value)
    return value.translate(_WHATSAPP_TABLE)


_CHAT_CONTROL = re.compile(r"<([!@#][^<>]*)>|(?<![\w.])@(channel|here|everyone)\b")


def chat_text(value: str) -> str:
    """A value as a chat shows it, never as a mention that alerts a whole room.

    Chat here is plain text, so values are shown as written but for the control
    sequences of team chats where a live-chat transcript is often forwarded:
    Slack's ``<!channel>``, ``<!here>``, ``<@U123>`` and ``<#C123>`` get
    look-alike angle brackets (U+2039 ‹, U+203A ›), and ``@channel``, ``@here``
    and ``@everyone`` a full-width at sign (U+FF20 ＠).

    >>> chat_text("<!channel> call me @here, mail a@here.example")
    '‹!channel› call me ＠here, mail a@here.example'
    """
    if "<" not in value and "@" not in value:
        return value

    def neutral(match: re.Match[str]) -> str:
        if match[1] is not None:
            return "\u2039" + match[1] + "\u203a"
        return "\uff20" + match[2]

    return _CHAT_CONTROL.sub(neutral, value)


_WEB_ADDRESS = re.compile(r"https?://\S+", re.IGNORECASE)


def escaped_data(value: Any, escape: Callable[[str], str]) -> Any:
    """Merchant-template data with ``escape`` applied to every string in it but a web
    address (escaping would break the link). ``value`` is plain data: dicts, lists and
    scalars, without cycles (``plain_variables`` made sure).

    >>> escaped_data({"note": "*new*", "url": "https://x.example/a_b"}, whatsapp_text)
    {'note': '∗new∗', 'url': 'https://x.example/a_b'}
    """
    if isinstance(value, str):
        return value if _WEB_ADDRESS.fullmatch(value) else escape(value)
    if isinstance(value, dict):
        return {key: escaped_data(item, escape) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(escaped_data(item, escape) for item in value)
    return value


def _path(entry: tuple[Any, Any, Any]) -> str:
    keys: list[Any] = []
    node: Any = entry
    while node is not None:
        keys.append(node[1])
        node = node[2]
    path = str(keys.pop())
    for key in reversed(keys):
        path += f"[{key}]" if type(key) is int else f".{key}"
    return path


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
