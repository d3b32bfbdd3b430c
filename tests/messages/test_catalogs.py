"""Catalog completeness: every key in every language and register; compiled files current."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

import globalcs
from globalcs._data import data_dir
from globalcs.messages._languages import catalog, language

ROOT = Path(__file__).resolve().parents[2]
FORMALITIES = [f.value for f in globalcs.Formality]
ENGLISH = catalog("en")
ADDRESS_KEYS = sorted(
    {c.split("|")[0] for c in ENGLISH if c.count("|") == 1 and c.split("|")[1] == "very_formal"}
)
BODY_KEYS = sorted(
    {c.split("|")[0] for c in ENGLISH if "|" in c and c.split("|")[0] not in ADDRESS_KEYS}
)
PAYMENT_KEYS = sorted(c for c in ENGLISH if c.startswith("payment_method."))
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def test_every_intent_has_subject_body_and_short() -> None:
    for intent in globalcs.intents():
        for part in ("subject", "body", "short"):
            assert f"{intent}.{part}" in BODY_KEYS


@pytest.mark.parametrize("tag", globalcs.languages())
def test_catalog_is_complete(tag: str) -> None:
    profile = language(tag)
    texts = catalog(profile.catalog)
    missing = [f"{k}|{f}" for k in ADDRESS_KEYS for f in FORMALITIES if f"{k}|{f}" not in texts]
    missing += [f"{k}|{r}" for k in BODY_KEYS for r in profile.registers if f"{k}|{r}" not in texts]
    missing += [k for k in PAYMENT_KEYS if k not in texts]
    assert not missing, f"{tag}: missing {missing[:10]}"
    assert set(profile.register_for) == set(FORMALITIES)


@pytest.mark.parametrize("tag", globalcs.languages())
def test_placeholders_match_the_source(tag: str) -> None:
    texts = catalog(language(tag).catalog)
    for context, text in texts.items():
        base = context.split("|")[0]
        source = next(
            (v for k, v in ENGLISH.items() if k.split("|")[0] == base and k.count("|") <= 1), None
        )
        assert source is not None, f"{tag}: {context} is not a source key"
        assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), (
            f"{tag}: {context}"
        )


def test_compiled_catalogs_and_template_are_current() -> None:
    spec = importlib.util.spec_from_file_location(
        "compile_catalogs", ROOT / "scripts" / "compile_catalogs.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for path, content in module.outputs().items():
        if path.suffix == ".pot":
            continue  # the template's header carries a date; compare its messages instead
        assert path.read_bytes() == content, f"{path.name} is stale: run `make catalogs`"


def test_every_catalog_has_a_language_profile() -> None:
    stems = {p.stem for p in (data_dir() / "messages").glob("*.po")}
    profiles = {part for tag in globalcs.languages() for part in language(tag).catalog.split("+")}
    assert stems == profiles


VARIANTS = [tag for tag in globalcs.languages() if "+" in language(tag).catalog]


@pytest.mark.parametrize("tag", VARIANTS)
def test_a_variant_holds_only_what_differs_from_its_base(tag: str) -> None:
    *bases, own = language(tag).catalog.split("+")
    base: dict[str, str] = {}
    for name in bases:
        base.update(catalog(name))
    overlay = catalog(own)
    assert overlay, f"{tag}: an empty overlay is no variant"
    for context, text in overlay.items():
        assert context in base, f"{tag}: {context} is not in its base"
        assert text != base[context], f"{tag}: {context} repeats its base"
        assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(base[context]))
