"""The docs pages made from the data: generated while the site builds, never committed."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _gen_docs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "scripts" / "gen_docs.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_pages_are_not_committed() -> None:
    for name in _gen_docs().generated_pages():
        assert not (ROOT / "docs" / name).exists(), f"docs/{name} is generated at build time"


def test_markets_page_lists_every_curated_market_with_its_currency() -> None:
    import globalcs

    page = _gen_docs().generated_pages()["markets.md"]
    for market in globalcs.markets(curated=True):
        row = f"| {market.code} | {market.name} |"
        assert row in page
    assert "| DE | Germany |" in page
    assert "| JP | Japan |" in page


def test_changelog_page_is_the_changelog() -> None:
    page = _gen_docs().generated_pages()["changelog.md"]
    assert (ROOT / "CHANGELOG.md").read_text(encoding="utf-8") in page


def test_every_public_name_has_a_heading_in_the_api_reference() -> None:
    import globalcs

    page = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    errors = {name for name in globalcs.__all__ if name.endswith("Error")}
    missing = [
        name
        for name in globalcs.__all__
        if name not in errors and f"::: globalcs.{name}\n" not in page
    ]
    assert missing == []
    assert "::: globalcs._errors" in page  # the exception tree, documented as one module


def test_every_market_field_is_documented() -> None:
    """Each field of Market carries a docstring, which the API reference shows."""
    import ast

    source = (ROOT / "src" / "globalcs" / "market" / "_model.py").read_text(encoding="utf-8")
    (market,) = [
        node
        for node in ast.parse(source).body
        if isinstance(node, ast.ClassDef) and node.name == "Market"
    ]
    body = market.body
    undocumented = [
        node.target.id
        for index, node in enumerate(body)
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
        if not (
            index + 1 < len(body)
            and isinstance(body[index + 1], ast.Expr)
            and isinstance(getattr(body[index + 1], "value", None), ast.Constant)
        )
    ]
    assert undocumented == []
