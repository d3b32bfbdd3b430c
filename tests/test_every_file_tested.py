"""Every data file has its own test module: a market's states its facts beside the shared
``MarketTests``, a language's its greetings, registers and SMS."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from globalcs._data import data_dir

from .customs._common import CustomsTests
from .languages._common import LanguageTests
from .markets._common import MarketTests

TESTS = Path(__file__).resolve().parent


@pytest.mark.parametrize("path", sorted((data_dir() / "markets").glob("*.toml")), ids=str)
def test_every_market_file_has_a_module_on_the_shared_base(path: Path) -> None:
    name = f"test_{path.stem.replace('-', '_')}"
    assert (TESTS / "markets" / f"{name}.py").is_file(), name
    module = importlib.import_module(f"tests.markets.{name}")
    codes = {
        value.code
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, MarketTests) and value is not MarketTests
    }
    assert codes == {path.stem.upper()}


@pytest.mark.parametrize("path", sorted((data_dir() / "languages").glob("*.toml")), ids=str)
def test_every_language_file_has_a_module_on_the_shared_base(path: Path) -> None:
    name = f"test_{path.stem.replace('-', '_').lower()}"
    modules = {p.stem.lower(): p.stem for p in (TESTS / "languages").glob("test_*.py")}
    assert name in modules, name
    module = importlib.import_module(f"tests.languages.{modules[name]}")
    tags = {
        value.tag
        for value in vars(module).values()
        if isinstance(value, type)
        and issubclass(value, LanguageTests)
        and value is not LanguageTests
    }
    assert tags == {path.stem}


@pytest.mark.parametrize("path", sorted((data_dir() / "customs").glob("*.toml")), ids=str)
def test_every_customs_file_has_a_module_on_the_shared_base(path: Path) -> None:
    name = f"test_{path.stem}"
    assert (TESTS / "customs" / f"{name}.py").is_file(), name
    module = importlib.import_module(f"tests.customs.{name}")
    codes = {
        value.code
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, CustomsTests) and value is not CustomsTests
    }
    assert codes == {path.stem.upper()}
