"""Data files are validated: a mistake fails naming the file and the field."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from globalcs import DataError
from globalcs import _data as data_module
from globalcs.market import _loader as loader

GOOD = """
schema = 1
code = "FR"
checked = 2025-01-01

[formality]
default = "formal"
sources = ["a"]

[privacy]
regime = "GDPR"
authority = "CNIL"
marketing_email = "opt_in_soft"
sources = ["a"]

[[channels]]
id = "email"
sources = ["a"]

[sources.a]
title = "A source"
url = "https://example.org/a"
as_of = 2025-01-01
confidence = "statute"
"""


SHARE = """share = 0.4
measure = "support_use"
year = 2024
population = "French consumers"
figure = "40% have written to a company by e-mail"
"""


def _ranked(*entries: tuple[str, str], ranking: str = 'channels = "support_use"') -> str:
    """GOOD with the given channels (id, share lines) and a ranking."""
    body = GOOD.split("[[channels]]")[0] + f"[ranking]\n{ranking}\n\n"
    for ident, share in entries:
        body += f'[[channels]]\nid = "{ident}"\n{share}sources = ["a"]\n\n'
    return body + "[sources.a]" + GOOD.split("[sources.a]")[1]


def test_a_list_with_shares_is_ordered_by_its_basis(data_root: Path) -> None:
    low = SHARE.replace("0.4", "0.2")
    market = load(data_root, _ranked(("email", SHARE), ("phone", low), ("live_chat", "")))
    assert market is not None
    assert market.channels_basis == "support_use"
    assert market.channels is not None
    share = market.channels[0].share
    assert share is not None
    assert (share.value, share.measure, share.year) == (0.4, "support_use", 2024)
    for entries in (
        [("email", low), ("phone", SHARE)],  # smaller share first
        [("live_chat", ""), ("email", SHARE)],  # an entry without a share first
    ):
        with pytest.raises(DataError, match="largest share first") as info:
            load(data_root, _ranked(*entries))
        assert info.value.field == "ranking.channels"
    other = SHARE.replace("support_use", "support_preference")
    with pytest.raises(DataError, match="no entry has a share of support_use"):
        load(data_root, _ranked(("email", other)))


def test_an_editorial_order_is_explained(data_root: Path) -> None:
    text = _ranked(("phone", ""), ("email", SHARE), ranking='channels = "editorial"')
    with pytest.raises(DataError, match="explain the editorial order") as info:
        load(data_root, text)
    assert info.value.field == "ranking.note"
    explained = 'channels = "editorial"\nnote = "The phone leads in every source."'
    market = load(data_root, _ranked(("phone", ""), ("email", SHARE), ranking=explained))
    assert market is not None
    assert market.channels_basis == "editorial"
    assert market.notes["ranking"] == "The phone leads in every source."
    with pytest.raises(DataError, match="not one of"):
        load(data_root, _ranked(("email", SHARE), ranking='channels = "ecommerce_value"'))


@pytest.fixture
def data_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "data"
    shutil.copytree(data_module.data_dir(), root, ignore=shutil.ignore_patterns("markets"))
    (root / "markets").mkdir()
    monkeypatch.setattr(data_module, "data_root", lambda: str(root))
    loader.privacy_regime.cache_clear()
    yield root
    loader.privacy_regime.cache_clear()


def load(root: Path, text: str, code: str = "FR") -> loader.CuratedMarket | None:
    (root / "markets" / f"{code.lower()}.toml").write_text(textwrap.dedent(text), "utf-8")
    return loader.load_market_file(code)


def test_good_file_loads(data_root: Path) -> None:
    market = load(data_root, GOOD)
    assert market is not None
    assert market.privacy is not None
    assert market.privacy.authority == "CNIL"
    assert market.sources["formality"][0].title == "A source"


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        (('default = "formal"', 'default = "posh"'), "formality.default", "not one of"),
        (('id = "email"', 'id = "pigeon"'), "channels[0].id", "not one of"),
        (
            ('sources = ["a"]\n\n[privacy]', 'sources = ["b"]\n\n[privacy]'),
            "formality.sources",
            "unknown source 'b'",
        ),
        (('regime = "GDPR"', 'regime = "XYZ"'), "privacy.regime", "no privacy regime"),
        (("schema = 1", "schema = 2"), "schema", "not supported"),
        (('code = "FR"', 'code = "DE"'), "code", "match the file name"),
        (('confidence = "statute"', 'confidence = "gut"'), "sources.a.confidence", "not one of"),
        (('url = "https://example.org/a"', 'url = "file:///etc/passwd"'), "sources.a.url", "URL"),
        (("as_of = 2025-01-01", 'as_of = "yesterday"'), "sources.a.as_of", "expected a date"),
        (("[[channels]]", "typo = 1\n[[channels]]"), "privacy.typo", "not a field"),
        (
            ('sources = ["a"]\n\n[sources.a]', "sources = []\n\n[sources.a]"),
            "channels[0].sources",
            "at least one source",
        ),
        (
            ('id = "email"', 'id = "email"\nshare = 1.5\nfigure = "x"'),
            "channels[0].share",
            "between 0 and 1",
        ),
        (
            ('id = "email"', 'id = "email"\nshare = 0.5'),
            "channels[0].figure",
            "quote what the source says",
        ),
        (
            ('id = "email"', 'id = "email"\nshare = 0.5\nfigure = "x"'),
            "channels[0].measure",
            "is required",
        ),
        (
            ('id = "email"', f'id = "email"\n{SHARE.replace("support_use", "ecommerce_value")}'),
            "channels[0].measure",
            "not one of",
        ),
        (
            ('id = "email"', f'id = "email"\n{SHARE.replace("year = 2024", "year = 1890")}'),
            "channels[0].year",
            "at least 1990",
        ),
        (
            ('id = "email"', f'id = "email"\n{SHARE.replace("population", "populace")}'),
            "channels[0].population",
            "is required",
        ),
        (
            ('id = "email"', 'id = "email"\nmeasure = "support_use"'),
            "channels[0].measure",
            "this entry has none",
        ),
        (
            ('id = "email"', f'id = "email"\n{SHARE}'),
            "ranking.channels",
            "say what orders it",
        ),
    ],
)
def test_bad_files_name_file_and_field(
    data_root: Path, change: tuple[str, str], field: str, problem: str
) -> None:
    old, new = change
    assert old in GOOD
    with pytest.raises(DataError) as info:
        load(data_root, GOOD.replace(old, new, 1))
    assert info.value.path == "markets/fr.toml"
    assert info.value.field == field
    assert problem in info.value.problem


def test_duplicate_channel_is_refused(data_root: Path) -> None:
    text = GOOD + '\n[[channels]]\nid = "email"\nsources = ["a"]\n'
    with pytest.raises(DataError, match=r"listed twice"):
        load(data_root, text)


def test_syntax_error_names_the_file(data_root: Path) -> None:
    with pytest.raises(DataError) as info:
        load(data_root, "schema = = 1")
    assert info.value.path == "markets/fr.toml"
    assert info.value.field == "(syntax)"


def test_real_files_all_validate() -> None:
    for code in loader.curated_codes():
        assert loader.load_market_file(code) is not None
    for path in (data_module.data_dir() / "privacy").glob("*.toml"):
        loader.privacy_regime(path.stem.upper())


AMENDMENT = """
[[amendments]]
in_force = 2027-01-01
note = "A reform."
sources = ["gdpr"]

[amendments.dsar_deadline]
amount = 30
unit = "days"
"""


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        (("in_force = 2027-01-01", "in_force = 2027-01-01T00:00:00"), "in_force", "not a date"),
        (("in_force = 2027-01-01", 'in_force = "soon"'), "in_force", "expected"),
        (('note = "A reform."\n', ""), "note", "required"),
        (("amount = 30", "amount = 30\ntypo = 1"), "typo", "not a field"),
        (('unit = "days"', 'unit = "fortnights"'), "unit", "one of"),
    ],
)
def test_bad_amendments_name_the_field(
    data_root: Path, change: tuple[str, str], field: str, problem: str
) -> None:
    path = data_root / "privacy" / "gdpr.toml"
    old, new = change
    path.write_text(path.read_text("utf-8") + AMENDMENT.replace(old, new, 1), "utf-8")
    with pytest.raises(DataError) as info:
        loader.privacy_regime("GDPR")
    assert info.value.path == "privacy/gdpr.toml"
    assert info.value.field.split(".")[-1] == field
    assert problem in info.value.problem


def test_amendments_go_oldest_first(data_root: Path) -> None:
    path = data_root / "privacy" / "gdpr.toml"
    later = AMENDMENT.replace("2027-01-01", "2026-06-01")
    path.write_text(path.read_text("utf-8") + AMENDMENT + later, "utf-8")
    with pytest.raises(DataError, match="oldest first"):
        loader.privacy_regime("GDPR")


@pytest.mark.parametrize(
    ("addition", "field", "problem"),
    [
        ('\n[datetime]\nlong = "{1} um"\nsources = ["duden-anrede"]\n', "long", "{0}"),
        ('\n[datetime]\nshort = "{1} {0}"\nsources = ["duden-anrede"]\n', "short", "not a field"),
        ('\n[datetime]\nlong = "{1} {0}"\nsources = ["nowhere"]\n', "sources", "unknown source"),
        ('\n[names]\ncapitalise_prefix_alone_in = "NL"\n', "capitalise_prefix_alone_in", "array"),
        (
            '\n[names]\nfamily_name_alone = "no"\nsources = ["din-5008"]\n',
            "family_name_alone",
            "bool",
        ),
        (
            '\n[names]\ncapitalise_prefix_alone_in = ["NL"]\ncapitalize = 1\n'
            'sources = ["din-5008"]\n',
            "capitalize",
            "not a field",
        ),
    ],
)
def test_bad_language_profiles_name_the_field(
    data_root: Path, addition: str, field: str, problem: str
) -> None:
    from globalcs.messages import _languages

    path = data_root / "languages" / "de.toml"
    text = path.read_text("utf-8")
    text = text[: text.index("\n[datetime]")]  # the profile without its own table (at the end)
    path.write_text(text + addition, "utf-8")
    _languages._load_language.cache_clear()
    try:
        with pytest.raises(DataError) as info:
            _languages._load_language("de")
    finally:
        _languages._load_language.cache_clear()
    assert info.value.path == "languages/de.toml"
    assert info.value.field.split(".")[-1] == field
    assert problem in info.value.problem


def _load_language_afresh(tag: str) -> object:
    from globalcs.messages import _languages

    _languages._load_language.cache_clear()
    try:
        return _languages._load_language(tag)
    finally:
        _languages._load_language.cache_clear()


def test_a_language_without_word_rules_needs_markers(data_root: Path) -> None:
    path = data_root / "languages" / "hi.toml"
    text = path.read_text("utf-8")
    start = text.index("\n[markers]")
    end = text.find("\n[", start + 1)
    path.write_text(text[:start] + (text[end:] if end != -1 else "\n"), "utf-8")
    with pytest.raises(DataError) as info:
        _load_language_afresh("hi")
    assert (info.value.path, info.value.field) == ("languages/hi.toml", "markers")
    assert "languages/hi.toml: markers: is required" in str(info.value)


@pytest.mark.parametrize("tag", ["de", "de-CH", "es-AR"])
def test_a_language_the_word_rules_read_has_no_markers(data_root: Path, tag: str) -> None:
    """Markers for a language the word rules read (or a variant of one) would never be
    read: the loader refuses them."""
    path = data_root / "languages" / f"{tag}.toml"
    markers = '\n[markers]\ninformal = ["du"]\n'
    path.write_text(path.read_text("utf-8") + markers, "utf-8")
    with pytest.raises(DataError) as info:
        _load_language_afresh(tag)
    assert (info.value.path, info.value.field) == (f"languages/{tag}.toml", "markers")
    assert "would never be read" in info.value.problem


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        (("checked = 2025-01-01\n", ""), "checked", "is required"),
        (("checked = 2025-01-01", "checked = 2025-01-01T10:00:00"), "checked", "not a date"),
        (
            ("checked = 2025-01-01", "checked = 2025-01-01\nreview_by = 2024-12-31"),
            "review_by",
            "before",
        ),
        (
            ('default = "formal"', 'default = "formal"\nreview_by = 2024-06-01'),
            "formality.review_by",
            "before",
        ),
        (
            ('id = "email"', 'id = "email"\nreview_by = "soon"'),
            "channels[0].review_by",
            "expected a date",
        ),
    ],
)
def test_bad_review_dates_name_the_field(
    data_root: Path, change: tuple[str, str], field: str, problem: str
) -> None:
    old, new = change
    assert old in GOOD
    with pytest.raises(DataError) as info:
        load(data_root, GOOD.replace(old, new, 1))
    assert info.value.field == field
    assert problem in info.value.problem


def test_a_fact_is_due_a_year_after_the_check_unless_it_says(data_root: Path) -> None:
    import datetime as dt

    text = GOOD.replace('default = "formal"', 'default = "formal"\nreview_by = 2025-03-01')
    text = text.replace('id = "email"', 'id = "email"\nreview_by = 2025-06-01')
    market = load(data_root, text)
    assert market is not None
    assert market.checked == dt.date(2025, 1, 1)
    assert market.review_by["formality"] == dt.date(2025, 3, 1)
    assert market.review_by["channels"] == dt.date(2025, 6, 1)
    # The law's file is checked on its own: the earlier of the two dates counts.
    regime = loader.privacy_regime("GDPR")
    assert market.review_by["privacy"] == min(regime.review_by, dt.date(2026, 1, 1))


@pytest.mark.parametrize(
    ("profile", "problem"),
    [
        ('base = "xx"\ncatalog = "en_XX"', "is not another built-in language"),
        ('base = "fr"\ncatalog = "en_XX"', "is the same language"),
        ('base = "en"\ncatalog = "en XX"', "names its own overlay catalog"),
    ],
)
def test_a_variant_names_a_real_base_and_its_own_catalog(
    data_root: Path, profile: str, problem: str
) -> None:
    from globalcs.messages import _languages

    path = data_root / "languages" / "en-XX.toml"
    path.write_text(f'schema = 1\nlanguage = "en-XX"\nname = "X"\n{profile}\n', "utf-8")
    _languages._load_language.cache_clear()
    try:
        with pytest.raises(DataError, match=problem) as info:
            _languages._load_language("en-XX")
        assert info.value.path == "languages/en-XX.toml"
    finally:
        path.unlink()
        _languages._load_language.cache_clear()
