"""Language profiles (``data/languages/*.toml``) and their message catalogs (``.mo``)."""

from __future__ import annotations

import functools
import re
import struct
import threading
from typing import TYPE_CHECKING, Any

from .._data import data_files, read_bytes
from .._errors import DataError, UnknownLanguageError
from .._formality import Formality
from .._record import field, record
from ..market._model import FrozenMap, Source

if TYPE_CHECKING:
    from ..market._schema import Table

_FORMALITIES = tuple(f.value for f in Formality)
WORD_RULES = frozenset(
    ("de", "nl", "pl", "fr", "es", "es-419", "es-MX", "es-AR", "it", "pt-BR", "pt-PT", "ko", "ja")
)
"""Tags whose register ``check_register`` reads with word rules (``_register._rules``), as
do their regional variants: their profiles carry no ``[markers]``, which would never be
read. Every other language needs ``[markers]``."""
_GENDERS = ("female", "male", "unknown")
_TITLED = ("female", "male", "neutral")
_lock = threading.RLock()


@record
class Language:
    """How customer service writes in one language: registers, names and honorifics."""

    tag: str
    name: str
    catalog: str
    direction: str
    registers: tuple[str, ...]
    register_for: FrozenMap
    name_order: str
    salutation: FrozenMap
    sources: tuple[Source, ...]
    note: str = ""
    markers: FrozenMap = field(default_factory=FrozenMap)
    """Register -> the patterns ``check_register`` looks for, for a language without word
    rules (``WORD_RULES``); empty for the languages the word rules read."""
    at_time: FrozenMap = field(default_factory=FrozenMap)
    """CLDR's "atTime" patterns by length (``long``, ``medium``): how a date and a time
    join when the time is a moment on that date (fi ``{1} 'klo' {0}``)."""
    capitalise_prefix_alone_in: frozenset[str] = frozenset()
    """Markets where a surname's lower-case first word (de, van) takes a capital when no
    given name precedes it (Dutch in the Netherlands: ``mevrouw De Vries``)."""
    family_name_alone: bool = True
    """Whether a customer known only by family name is addressed by it (山田様, 김 고객님);
    False falls back to the generic greeting (Hungarian: not "Tisztelt Kovács!")."""
    base: str | None = None
    """The language a regional variant overlays (``en`` for ``en-US``), or None."""
    lower_after_greeting: frozenset[str] | None = None
    """Where a letter goes on in lower case after a greeting that ends in a comma (German,
    DIN 5008: "Sehr geehrte Frau Müller, / vielen Dank ..."): the words that keep their
    capital there (the polite Sie, Ihr ...); None where the language starts the letter
    with a capital."""
    money: FrozenMap = field(default_factory=FrozenMap)
    """Currency -> the CLDR number pattern local shops write it in, where that differs from
    CLDR's default and a source shows it (Korean ``#,##0원`` for the won)."""
    apologises_unasked: bool = False
    """Whether a message about a failed promise (an intent whose ``apology`` is
    ``expected``: a delay) apologises in the neutral tone too (Japanese, Korean)."""
    calendar: EraCalendar | None = None
    """The calendar dates are written in where it is not the Gregorian (Thai: the
    Buddhist Era), or None."""

    def after_greeting(self, text: str) -> str:
        """The letter's first paragraph as it follows a greeting that ends in a comma.

        >>> from globalcs.messages._languages import language
        >>> de = language("de")
        >>> de.after_greeting("Vielen Dank."), de.after_greeting("Ihre Bestellung ist da.")
        ('vielen Dank.', 'Ihre Bestellung ist da.')
        """
        keep = self.lower_after_greeting
        if keep is None or not text or not text[0].isupper():
            return text
        word = text.split(maxsplit=1)[0].rstrip(",.!?:;")
        if word in keep:
            return text
        return text[0].lower() + text[1:]

    def register(self, formality: Formality) -> str:
        """The catalog register used for a formality level (``de``: neutral -> formal)."""
        return str(self.register_for[formality.value])


def _compile_markers(path: str, table: object) -> dict[str, tuple[re.Pattern[str], ...]]:
    from ..market._schema import Table

    assert isinstance(table, Table)
    result: dict[str, tuple[re.Pattern[str], ...]] = {}
    for register in table.data:
        if register == "sources":
            continue
        patterns = table.strings(register, [])
        try:
            result[register] = tuple(re.compile(p) for p in patterns)
        except re.error as exc:
            raise table.fail(register, f"bad regular expression: {exc}") from None
    return result


@functools.cache
def supported_languages() -> tuple[str, ...]:
    """Tags of every language with a profile and a catalog, sorted."""
    return data_files("languages")


def language(tag: str) -> Language:
    """The profile for a supported tag (exact, e.g. ``pt-BR``)."""
    if tag not in supported_languages():
        raise UnknownLanguageError(tag, supported_languages())
    return _load_language(tag)


def lineage(lang: Language) -> tuple[str, ...]:
    """A language's tag after the tags it overlays, broadest first.

    >>> lineage(language("en"))
    ('en',)
    """
    found = [lang.tag]
    while lang.base is not None:
        lang = language(lang.base)
        found.append(lang.tag)
    return tuple(reversed(found))


def _profile_data(tag: str) -> dict[str, Any]:
    """A language file's data; a regional variant's (``base = "en"`` in ``en-US.toml``)
    over its base's: each table it gives replaces the base's, its sources join the
    base's, and its catalog is an overlay read over the base's (``en+en_US``)."""
    from .._data import read_toml

    relative = f"languages/{tag}.toml"
    data = dict(read_toml(relative))
    base = data.get("base")
    if base is None:
        return data
    if not isinstance(base, str) or base not in supported_languages() or base == tag:
        raise DataError(relative, "base", f"{base!r} is not another built-in language")
    if tag.split("-")[0] != base.split("-")[0]:
        raise DataError(relative, "base", f"a variant's base is the same language ({base})")
    inherited = _profile_data(base)
    merged = {**inherited, **data}
    merged["sources"] = {**inherited.get("sources", {}), **data.get("sources", {})}
    own = data.get("catalog")
    if not isinstance(own, str) or not _CATALOG.fullmatch(own):
        raise DataError(relative, "catalog", "a variant names its own overlay catalog (en_US)")
    merged["catalog"] = f"{inherited['catalog']}+{own}"
    return merged


_CATALOG = re.compile(r"[a-z]{2,3}(?:_[A-Za-z0-9]+)*")


def _salutation_form(entry: Any, key: str, forms: dict[str, object]) -> None:
    """One salutation form, or a list of them tried in order (``["pane {family_voc}",
    "pane"]``): the first whose names are all known is used. A list is kept under
    ``key + "+"``, its first form under ``key``."""
    value = entry.get(key, (str, list))
    if isinstance(value, str):
        forms[key] = value
        return
    if not value or not all(isinstance(v, str) and v for v in value):
        raise entry.fail(key, "expected a form or a non-empty list of forms")
    forms[key] = value[0]
    forms[key + "+"] = tuple(value)


@functools.cache
def _load_language(tag: str) -> Language:
    from ..market._schema import Table, cite, open_file, read_sources

    relative = f"languages/{tag}.toml"
    root = open_file(relative, _profile_data(tag))
    sources = read_sources(root)
    if root.text("language") != tag:
        raise root.fail("language", f"must be {tag!r} to match the file name")
    base = root.text("base", None)  # checked by _profile_data
    registers = tuple(root.strings("registers"))
    for register in registers:
        if register not in _FORMALITIES:
            raise root.fail("registers", f"{register!r} is not a formality level")
    mapping = root.table("register_for")
    register_for = {f: mapping.text(f, choices=registers) for f in _FORMALITIES}
    salutation_table = root.table("salutation")
    salutation: dict[str, object] = {}
    for formality in _FORMALITIES:
        value = salutation_table.get(formality, (str, dict, list))
        if isinstance(value, list):  # the same forms for every gender
            value = dict.fromkeys(_GENDERS, value)
        if isinstance(value, dict):
            entry = Table(relative, f"salutation.{formality}", value)
            forms: dict[str, object] = {}
            for key in (*_GENDERS, "neutral", "titled", *(f"titled_{g}" for g in _TITLED)):
                if key in _GENDERS or entry.has(key):
                    _salutation_form(entry, key, forms)
            salutation[formality] = FrozenMap(forms)
        else:
            salutation[formality] = FrozenMap(dict.fromkeys(_GENDERS, value))
    cited = list(cite(salutation_table, sources))
    note = salutation_table.text("note", "")
    markers: dict[str, tuple[re.Pattern[str], ...]] = {}
    marker_table = root.optional_table("markers")
    lineage_tags = (*(lineage(language(base)) if base is not None else ()), tag)
    ruled = [t for t in lineage_tags if t in WORD_RULES]
    if marker_table is not None and ruled:
        raise root.fail(
            "markers",
            f"the word rules of {ruled[-1]!r} read this language's register; "
            "its markers would never be read",
        )
    if marker_table is None and not ruled:
        raise root.fail(
            "markers",
            "is required: no word rules read this language's register, "
            "so check_register needs its marker patterns",
        )
    if marker_table is not None:
        markers = _compile_markers(relative, marker_table)
        for register in markers:
            if register not in registers and register != "never":
                raise marker_table.fail(
                    register, "is not one of the language's registers (or 'never')"
                )
        cited += cite(marker_table, sources)
    at_time: dict[str, str] = {}
    datetime_table = root.optional_table("datetime")
    if datetime_table is not None:
        for length in ("long", "medium"):
            pattern = datetime_table.text(length, None)
            if pattern is None:
                continue
            if "{0}" not in pattern or "{1}" not in pattern:
                raise datetime_table.fail(
                    length, "a date-time pattern needs {1} (date) and {0} (time)"
                )
            at_time[length] = pattern
        cited += cite(datetime_table, sources)
    lower_after: frozenset[str] | None = None
    letter_table = root.optional_table("letter")
    if letter_table is not None:
        if letter_table.text("after_greeting", choices=("lower", "capital")) == "lower":
            lower_after = frozenset(letter_table.strings("keep_capital", []))
        cited += cite(letter_table, sources)
    apologises_unasked = False
    apology_table = root.optional_table("apology")
    if apology_table is not None:
        apologises_unasked = apology_table.get("in_neutral_tone", bool)
        apology_table.text("note", "")  # for readers of the file
        cited += cite(apology_table, sources)
    capitalise_in: frozenset[str] = frozenset()
    family_alone = True
    names_table = root.optional_table("names")
    if names_table is not None:
        capitalise_in = frozenset(names_table.strings("capitalise_prefix_alone_in", []))
        family_alone = names_table.get("family_name_alone", bool, True)
        cited += cite(names_table, sources)
    money: dict[str, str] = {}
    money_table = root.optional_table("money")
    if money_table is not None:
        from ._retail import read_money_patterns

        money, money_sources = read_money_patterns(money_table, sources)
        cited += money_sources
    calendar = _calendar(root.optional_table("calendar"), sources)
    if calendar is not None:
        cited += calendar.sources
    result = Language(
        tag=tag,
        name=root.text("name"),
        catalog=root.text("catalog"),
        direction=root.text("direction", choices=("ltr", "rtl")),
        registers=registers,
        register_for=FrozenMap(register_for),
        name_order=root.text("name_order", choices=("given_family", "family_given")),
        salutation=FrozenMap(salutation),
        markers=FrozenMap(markers),
        sources=tuple(dict.fromkeys(cited)),
        note=note,
        at_time=FrozenMap(at_time),
        capitalise_prefix_alone_in=capitalise_in,
        family_name_alone=family_alone,
        lower_after_greeting=lower_after,
        apologises_unasked=apologises_unasked,
        base=base,
        money=FrozenMap(money),
        calendar=calendar,
    )
    root.done()
    return result


@record
class EraCalendar:
    """A calendar that counts the Gregorian year from another epoch (the Buddhist Era:
    B.E. 2569 is 2026), with CLDR's date patterns for it by length."""

    name: str
    year_offset: int
    era: str
    patterns: FrozenMap
    sources: tuple[Source, ...]


_PATTERN_LENGTHS = ("full", "long", "medium", "short")


def _calendar(table: Table | None, sources: dict[str, Source]) -> EraCalendar | None:
    if table is None:
        return None
    from ..market._schema import cite

    patterns = {length: table.text(length) for length in _PATTERN_LENGTHS}
    for length, pattern in patterns.items():
        if "y" not in re.sub("'[^']*'", "", pattern):  # a year outside quoted text
            raise table.fail(length, "a date pattern needs the year (y)")
    return EraCalendar(
        name=table.text("name", choices=("buddhist",)),
        year_offset=table.integer("year_offset"),
        era=table.text("era"),
        patterns=FrozenMap(patterns),
        sources=cite(table, sources),
    )


@functools.cache
def catalog(name: str) -> FrozenMap:
    """Context -> translated text, read from ``data/messages/<name>.mo``; a regional
    variant's ``en+en_US`` is its overlay read over its base."""
    if "+" in name:
        merged: dict[str, str] = {}
        for part in name.split("+"):
            merged.update(catalog(part))
        return FrozenMap(merged)
    relative = f"messages/{name}.mo"
    try:
        raw = read_bytes(relative)
    except FileNotFoundError:
        raise DataError(relative, "(file)", "compiled catalog missing: run make catalogs") from None
    return FrozenMap(_read_mo(raw, relative))


def _read_mo(raw: bytes, relative: str) -> dict[str, str]:
    # GNU gettext .mo: magic, revision, count, offset of originals, offset of translations.
    if len(raw) < 20:
        raise DataError(relative, "(file)", "not a .mo file")
    magic = struct.unpack("<I", raw[:4])[0]
    order = "<" if magic == 0x950412DE else ">" if magic == 0xDE120495 else ""
    if not order:
        raise DataError(relative, "(file)", "not a .mo file")
    _, count, originals, translations = struct.unpack(order + "4I", raw[4:20])
    result: dict[str, str] = {}
    for index in range(count):
        length, offset = struct.unpack(order + "2I", raw[originals + 8 * index :][:8])
        key = raw[offset : offset + length].decode("utf-8")
        length, offset = struct.unpack(order + "2I", raw[translations + 8 * index :][:8])
        value = raw[offset : offset + length].decode("utf-8")
        if "\x04" in key:
            result[key.split("\x04", 1)[0]] = value
    return result


MATCH_DISTANCE = 25
"""The largest CLDR language-matching distance accepted (CLDR's own threshold: below
it a speaker of the requested language is served acceptably in the match)."""

_TAG = re.compile(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8}){0,4}")


def resolve_language(requested: object, territory: str) -> str:
    """The supported catalog tag for a requested language in a market's territory.

    ``requested`` is a BCP 47 tag (``de-AT``, ``de_AT``) or a Babel ``Locale``. A tag
    without a region takes the market's (``pt`` in Portugal is ``pt-PT``); the best
    supported tag is then found by CLDR's language matching (through langcodes), as
    close as CLDR calls acceptable (``de-LI`` -> ``de``, ``zh-HK`` -> ``zh-Hant``,
    ``no`` and ``nn`` -> ``nb``).

    >>> resolve_language("pt", "PT"), resolve_language("pt", "BR"), resolve_language("zh", "TW")
    ('pt-PT', 'pt-BR', 'zh-Hant')
    >>> resolve_language("de_LI", "")
    'de'
    """
    tag = language_tag(requested)
    if isinstance(territory, str):
        return _resolve_language(tag, territory)
    raise UnknownLanguageError(requested, supported_languages())


def language_tag(value: object) -> str:
    """A BCP 47 tag for a tag string (``_`` or ``-``) or a Babel ``Locale``.

    >>> from babel import Locale
    >>> language_tag(Locale("de", "AT")), language_tag("zh_Hant_TW")
    ('de-AT', 'zh-Hant-TW')
    """
    if type(value) is not str:
        from babel import Locale

        if isinstance(value, Locale):
            parts = (value.language, value.script, value.territory, value.variant)
            return "-".join(p for p in parts if p)
        if not isinstance(value, str):
            raise UnknownLanguageError(value, supported_languages())
    if not _TAG.fullmatch(value):
        raise UnknownLanguageError(value, supported_languages())
    return value.replace("_", "-")


@functools.lru_cache(maxsize=2048)
def _resolve_language(requested: str, territory: str) -> str:
    import langcodes

    try:
        wanted = langcodes.Language.get(requested)
    except (ValueError, LookupError):
        raise UnknownLanguageError(requested, supported_languages()) from None
    if wanted.territory is None and re.fullmatch(r"[A-Z]{2}", territory):
        wanted = wanted.update_dict({"territory": territory})
    supported = supported_languages()
    match, distance = langcodes.closest_match(
        wanted.to_tag(), supported, max_distance=MATCH_DISTANCE
    )
    if match == "und" or distance > MATCH_DISTANCE:
        raise UnknownLanguageError(requested, supported)
    return str(match)
