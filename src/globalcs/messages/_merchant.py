"""Merchant texts: a shop's own texts over the built-in catalogs, checked once at load."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .._errors import DataError, UnknownIntentError
from .._formality import Formality
from ..market._model import FrozenMap
from ._intents import COMMON_VARIABLES, INTENTS, Intent, Kind, Variable
from ._languages import Language, catalog, language, lineage, supported_languages
from ._values import _UNSAFE, _UNSAFE_IN_LINES, PLACEHOLDER, refusal

KINDS: tuple[Kind, ...] = ("text", "money", "date", "datetime", "url")
"""The kinds a merchant intent's variable can be; ``"money?"`` makes one optional."""

_PARTS = ("subject", "body", "short")
_NAME = re.compile(r"[a-z][a-z0-9_]*")
_VARIABLE = re.compile(r"[a-z][a-z_]*")
_RESERVED = frozenset(
    {
        "brand",
        "currency",
        "salutation",
        "customer",
        "market",
        "language",
        "tone",
        "formality",
        "channel",
        "intent",
        "texts",
        "template",
        "received_at",
        "sla_hours",
    }
)
_GENDERED = ("greeting", "greeting.chat")
_HTML_TAG = re.compile(r"<[A-Za-z/!?]")
_JINJA = re.compile(r"\{[{%#]|[}%#]\}")
_FORMALITIES = tuple(f.value for f in Formality)
_ANY_LANGUAGE = "*"


class MerchantTexts:
    """A shop's own texts, per language and register, over the built-in catalogs.

    Build one with :meth:`from_toml`, :meth:`from_mapping` or :meth:`from_po`; every
    text is checked then, and a mistake is a :class:`DataError` naming the file and
    the entry. Pass it as ``render(..., texts=...)``: an override replaces the
    built-in text for its key and register only, and the merchant's own intents
    render like built-in ones.

    >>> import globalcs
    >>> shop = globalcs.MerchantTexts.from_mapping({"texts": {"en": {
    ...     "delivered.body|formal": "Your parcel {order_id} is waiting for you."}}})
    >>> msg = globalcs.render("delivered", "GB", order_id="A-1", texts=shop)
    >>> msg.text.splitlines()[2]
    'Your parcel A-1 is waiting for you.'
    """

    __slots__ = (
        "_hash",
        "formality",
        "intents",
        "opener",
        "sender",
        "signature",
        "source",
        "texts",
    )

    source: str
    """Where the texts were read from: a file, a directory or ``<mapping>``."""
    intents: FrozenMap
    """The merchant's own intents by name (each an ``Intent``)."""
    texts: FrozenMap
    """Language tag -> ``key|register`` -> text."""
    formality: Formality | None
    """The brand voice's register for every channel, or None for the market's."""
    opener: bool
    """False: no opening sentence (tone opener, rapport line) before the message."""
    signature: FrozenMap
    """Language tag (``*`` for every language) -> the e-mail signature."""
    sender: str | None
    """The brand name, used when ``brand`` is not passed (SMS prefix, signature)."""
    _hash: int

    def __init__(
        self,
        *,
        source: str,
        intents: Mapping[str, Intent],
        texts: Mapping[str, Mapping[str, str]],
        formality: Formality | None = None,
        opener: bool = True,
        signature: Mapping[str, str] | None = None,
        sender: str | None = None,
    ) -> None:
        # Internal: the class methods check the texts and then build the object.
        put = object.__setattr__
        put(self, "source", source)
        put(self, "intents", FrozenMap(intents))
        put(self, "texts", FrozenMap({tag: FrozenMap(t) for tag, t in texts.items()}))
        put(self, "formality", formality)
        put(self, "opener", opener)
        put(self, "signature", FrozenMap(signature or {}))
        put(self, "sender", sender)
        put(self, "_hash", hash(self._fields()))

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.source,
            self.intents,
            self.texts,
            self.formality,
            self.opener,
            self.signature,
            self.sender,
        )

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"MerchantTexts is read-only: cannot set {name}")

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        if self is other:
            return True
        if isinstance(other, MerchantTexts):
            return self._hash == other._hash and self._fields() == other._fields()
        return NotImplemented

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, self._fields())

    def __repr__(self) -> str:
        return (
            f"<MerchantTexts {self.source!r}: {len(self.intents)} intents, "
            f"languages {', '.join(self.texts) or 'none'}>"
        )

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, source: str = "<mapping>") -> MerchantTexts:
        """Texts from a mapping shaped like the TOML file (``schema``, ``intents``,
        ``texts``, ``voice``); errors name ``source``.

        >>> import globalcs
        >>> globalcs.MerchantTexts.from_mapping({"texts": {"xx": {}}})
        Traceback (most recent call last):
        ...
        globalcs.DataError: <mapping>: texts.xx: unknown language 'xx'; ...
        """
        from ..market._schema import Table

        root = Table(source, "", data)
        texts = root.optional_table("texts")
        entries: list[tuple[str, str, str, object]] = []
        if texts is not None:
            for tag in texts.data:
                table = texts.table(tag)
                _check_language(source, f"texts.{tag}", tag)
                entries += [(source, tag, key, value) for key, value in table.data.items()]
                table.used.update(table.data)  # every key is a text, checked on its own
        return _build(cls, root, entries)

    @classmethod
    def from_toml(cls, path: str | os.PathLike[str]) -> MerchantTexts:
        """Texts from a TOML file (see :meth:`from_mapping` for its shape)."""
        source = os.fspath(path)
        return cls.from_mapping(_read_toml(source), source=source)

    @classmethod
    def from_po(cls, directory: str | os.PathLike[str]) -> MerchantTexts:
        """Texts from gettext catalogs: ``<lang>.po`` files (``de.po``, ``pt_BR.po``) whose
        ``msgctxt`` is the ``key|register`` of the built-in catalogs, and an optional
        ``merchant.toml`` next to them declaring ``intents`` and ``voice``. Fuzzy and
        untranslated entries are left out, as ``msgfmt`` leaves them out."""
        from babel.messages.pofile import read_po

        from ..market._schema import Table

        folder = os.fspath(directory)
        if not Path(folder).is_dir():
            raise DataError(folder, "(directory)", "is not a directory")
        declared = Path(folder) / "merchant.toml"
        data: Mapping[str, Any] = {}
        if declared.exists():
            data = _read_toml(str(declared))
            if "texts" in data:
                problem = "texts come from the .po files next to this file"
                raise DataError(str(declared), "texts", problem)
        root = Table(str(declared), "", data)
        entries: list[tuple[str, str, str, object]] = []
        for po in sorted(Path(folder).glob("*.po")):
            where = str(po)
            tag = po.stem.replace("_", "-")
            _check_language(where, "(file name)", tag)
            try:
                with po.open("rb") as handle:
                    parsed = read_po(handle, ignore_obsolete=True)
            except Exception as exc:  # babel raises several kinds on a broken file
                raise DataError(where, "(syntax)", str(exc)) from None
            for message in parsed:
                if not message.id:
                    continue  # the header
                if message.pluralizable:
                    raise DataError(where, f"line {message.lineno}", "plural forms are not used")
                if not message.context:
                    problem = "needs a msgctxt: key|register, as in the built-in catalogs"
                    raise DataError(where, f"line {message.lineno}", problem)
                if message.fuzzy or not message.string:
                    continue
                entries.append((where, tag, message.context, message.string))
        return _build(cls, root, entries, folder)


def _restore(*fields: Any) -> MerchantTexts:
    source, intents, texts, formality, opener, signature, sender = fields
    return MerchantTexts(
        source=source,
        intents=intents,
        texts=texts,
        formality=formality,
        opener=opener,
        signature=signature,
        sender=sender,
    )


def _read_toml(source: str) -> dict[str, Any]:
    import tomllib

    try:
        raw = Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(source, "(file)", f"cannot be read: {exc}") from None
    try:
        return tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise DataError(source, "(syntax)", str(exc)) from None


def _field(tag: str, key: str) -> str:
    return f'texts.{tag}."{key}"'


def _check_language(path: str, field: str, tag: object) -> Language:
    if not isinstance(tag, str) or tag not in supported_languages():
        supported = ", ".join(supported_languages())
        raise DataError(path, field, f"unknown language {tag!r}; supported: {supported}")
    return language(tag)


def _build(
    cls: type[MerchantTexts],
    root: Any,
    entries: list[tuple[str, str, str, object]],
    origin: str | None = None,
) -> MerchantTexts:
    """Check the declarations and texts; ``origin`` is where they came from when that
    is not the file ``root`` was read from (a directory of ``.po`` files)."""
    from ..market._schema import Table, check_version

    source = root.path
    check_version(root, default=1)
    intents = _read_intents(source, root.optional_table("intents"))
    texts: dict[str, dict[str, str]] = {}
    for path, tag, key, value in entries:
        texts.setdefault(tag, {})[key] = _check_entry(path, tag, key, value, intents)
    _check_complete(source, intents, texts, {tag: path for path, tag, _, _ in entries})
    voice = root.optional_table("voice") or Table(source, "voice", {})
    formality = voice.text("formality", None, choices=_FORMALITIES)
    opener = voice.get("opener", bool, True)
    sender = voice.text("sender", None)
    if sender is not None:
        if not sender.strip():
            raise DataError(source, "voice.sender", "must not be empty")
        _check_safe(source, "voice.sender", sender, lines=False)
    signature = _read_signature(source, voice.get("signature", (str, dict), None))
    root.used.add("texts")
    root.done()
    return cls(
        source=origin or source,
        intents=intents,
        texts=texts,
        formality=None if formality is None else Formality(formality),
        opener=opener,
        signature=signature,
        sender=sender,
    )


def _read_intents(source: str, table: Any) -> dict[str, Intent]:
    from ..market._schema import Table

    intents: dict[str, Intent] = {}
    if table is None:
        return intents
    for name in table.data:
        where = f"intents.{name}"
        if name in INTENTS:
            problem = "is a built-in intent: override its texts under [texts] instead"
            raise DataError(source, where, problem)
        if not _NAME.fullmatch(name):
            raise DataError(source, where, "an intent name is lower-case letters, digits and _")
        entry = table.table(name)
        doc = entry.text("doc", "")
        variables = entry.optional_table("variables") or Table(source, where, {})
        declared = []
        variables.used.update(variables.data)  # every key is a variable, checked below
        for var, kind in variables.data.items():
            field = f"{where}.variables.{var}"
            if not _VARIABLE.fullmatch(var):
                raise DataError(source, field, "a variable name is lower-case letters and _")
            if var in _RESERVED:
                raise DataError(source, field, "is a reserved name")
            base = kind[:-1] if isinstance(kind, str) and kind.endswith("?") else kind
            if base not in KINDS:
                problem = f"unknown kind {kind!r}; kinds: {', '.join(KINDS)} (add ? if optional)"
                raise DataError(source, field, problem)
            declared.append(Variable(var, base, base == kind))
        intents[name] = Intent(name, doc, tuple(declared))
    return intents


def _check_entry(
    path: str, tag: str, key: str, value: object, intents: Mapping[str, Intent]
) -> str:
    """One text: its key and register, its characters, placeholders and register."""
    field = _field(tag, key)
    lang = language(tag)
    builtin = catalog(lang.catalog)
    name, _, register = key.partition("|")
    base = name.split(".")[0]
    register_part = register.split("|")[0]
    own = intents.get(base)
    if own is not None:
        if name not in {f"{base}.{part}" for part in _PARTS}:
            problem = f"unknown key: the texts of {base} are {base}.subject, .body and .short"
            raise DataError(path, field, problem)
        allowed_registers: Iterable[str] = lang.registers
        if register not in lang.registers:
            _unknown_register(path, field, tag, register, lang.registers)
        spec: Intent | None = own
    else:
        known = [k for k in builtin if k.split("|")[0] == name and "|" in k]
        if not known:
            problem = "is neither a built-in text key (key|register) nor one of the shop's intents"
            raise DataError(path, field, problem)
        allowed_registers = sorted({k.split("|")[1] for k in known})
        if key not in builtin:
            gendered = register.count("|") == 1 and register.split("|")[1] in (
                "female",
                "male",
                "unknown",
            )
            if register_part not in allowed_registers:
                _unknown_register(path, field, tag, register_part, tuple(allowed_registers))
            if not (gendered and name in _GENDERED):
                raise DataError(path, field, "is not a built-in text key (key|register)")
        spec = INTENTS.get(base)
    if not isinstance(value, str) or not value.strip():
        raise DataError(path, field, "must be a non-empty string")
    _check_safe(path, field, value, lines=name.endswith(".body"))
    allowed = {v.name for v in COMMON_VARIABLES}
    if spec is not None:
        allowed |= {v.name for v in spec.variables}
    for k in known if own is None else ():
        allowed |= set(PLACEHOLDER.findall(builtin[k]))
    for used in PLACEHOLDER.findall(value):
        if used not in allowed:
            problem = f"unknown placeholder {{{used}}}; this text can use " + ", ".join(
                "{" + a + "}" for a in sorted(allowed)
            )
            raise DataError(path, field, problem)
    from ._register import check_register

    if register_part in _FORMALITIES:
        findings = check_register(value, tag, register_part)
        if findings:
            raise DataError(path, field, f"wrong register: {findings[0].message}")
    return value


def _unknown_register(
    path: str, field: str, tag: str, register: str, registers: Iterable[str]
) -> None:
    problem = f"unknown register {register!r} for {tag}; its registers: {', '.join(registers)}"
    raise DataError(path, field, problem)


def _check_safe(path: str, field: str, text: str, *, lines: bool) -> None:
    """Refuse what a text may not hold: control and bidi characters (line breaks only
    where ``lines``), HTML tags, Jinja syntax and braces outside a ``{placeholder}``."""
    found = (_UNSAFE_IN_LINES if lines else _UNSAFE).search(text)
    if found:
        raise DataError(path, field, refusal(found[0]))
    if _HTML_TAG.search(text):
        raise DataError(path, field, "HTML tags are not allowed: texts are plain text")
    if _JINJA.search(text):
        raise DataError(path, field, "Jinja syntax is not allowed: use {placeholder}")
    rest = PLACEHOLDER.sub("", text)
    if "{" in rest or "}" in rest:
        raise DataError(path, field, "a brace outside a {placeholder} (lower-case letters and _)")


def _check_complete(
    source: str,
    intents: Mapping[str, Intent],
    texts: Mapping[str, Mapping[str, str]],
    paths: Mapping[str, str],
) -> None:
    """Each merchant intent has a subject, body and short text for every register of
    every language it is written in, and is written in at least one."""
    for name in intents:
        written = [tag for tag, own in texts.items() if any(k.startswith(name + ".") for k in own)]
        if not written:
            raise DataError(source, f"intents.{name}", "has no texts in any language")
        for tag in written:
            profile = language(tag)
            registers = profile.registers
            # A regional variant may take what it leaves out from its base's texts.
            available = {k for line in lineage(profile) for k in texts.get(line, {})}
            for register in registers:
                for part in _PARTS:
                    key = f"{name}.{part}|{register}"
                    if key not in available:
                        problem = (
                            f"missing: {name} is written in {tag}, and the market needs "
                            f"every register {tag} has ({', '.join(registers)})"
                        )
                        raise DataError(paths[tag], _field(tag, key), problem)


def _read_signature(source: str, value: object) -> dict[str, str]:
    if value is None:
        return {}
    given = {_ANY_LANGUAGE: value} if isinstance(value, str) else dict(value)  # type: ignore[call-overload]
    result: dict[str, str] = {}
    for tag, text in given.items():
        field = "voice.signature" if tag == _ANY_LANGUAGE else f"voice.signature.{tag}"
        if tag != _ANY_LANGUAGE:
            _check_language(source, field, tag)
        if not isinstance(text, str) or not text.strip():
            raise DataError(source, field, "must be a non-empty string")
        _check_safe(source, field, text, lines=True)
        for used in PLACEHOLDER.findall(text):
            if used != "brand":
                raise DataError(source, field, f"unknown placeholder {{{used}}}; use {{brand}}")
        result[tag] = text
    return result


# Used by the renderer.


def written_in(texts: MerchantTexts, intent: str) -> tuple[str, ...]:
    """The languages a merchant intent has texts in."""
    prefix = intent + "."
    return tuple(tag for tag, own in texts.texts.items() if any(k.startswith(prefix) for k in own))


def intent_spec(texts: MerchantTexts, intent: object) -> Intent:
    """A built-in or merchant intent by name."""
    if isinstance(intent, str):
        found: Intent | None = texts.intents.get(intent) or INTENTS.get(intent)
        if found is not None:
            return found
    raise UnknownIntentError(intent, [*INTENTS, *texts.intents])


def merged_catalog(texts: MerchantTexts, lang: Language) -> Mapping[str, str]:
    """The built-in catalog of ``lang`` with the merchant's texts over it."""
    own = texts_in(texts, lang)
    base = catalog(lang.catalog)
    return base if not own else {**base, **own}


def texts_in(texts: MerchantTexts, lang: Language) -> dict[str, str]:
    """A merchant's texts for a language: those for its base first (``en`` for
    ``en-US``), then its own over them."""
    found: dict[str, str] = {}
    for tag in lineage(lang):
        found.update(texts.texts.get(tag) or {})
    return found


def signature_for(texts: MerchantTexts, lang: Language) -> str | None:
    """The brand voice's signature in a language (or its base), if it has one."""
    for tag in reversed(lineage(lang)):
        if tag in texts.signature:
            return str(texts.signature[tag])
    found = texts.signature.get(_ANY_LANGUAGE)
    return None if found is None else str(found)
