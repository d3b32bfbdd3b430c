"""The package's layers import only downwards.

data and values (``_errors``, ``_data``, ``_formality``, ``_hours``) <- ``market``
<- ``time`` <- ``messages`` <- the command line and the Jinja extension. A record
module that imported the calendar (or a calendar that imported the formatter)
would be a circle; this test draws the arrows from the source and fails on one
that runs upwards.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "globalcs"
RANK = {"base": 0, "market": 1, "time": 2, "messages": 3, "top": 4}


def _layer(module: str) -> str:
    """``globalcs.market._model`` -> ``market``; private top-level modules are ``base``."""
    parts = module.split(".")
    if len(parts) > 1 and parts[1] in ("market", "time", "messages"):
        return parts[1]
    if len(parts) > 1 and parts[1] in ("_errors", "_data", "_formality", "_hours"):
        return "base"
    return "top"


def _imports(path: Path) -> list[str]:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    package = list(relative.parts[:-1]) if relative.name != "__init__" else list(relative.parts)
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - node.level + 1]
            found.append(".".join([*base, node.module] if node.module else base))
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("globalcs"):
            found.append(node.module or "")
    return found


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if p.name != "__init__.py" or p.parent != PACKAGE)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_run_downwards(path: Path) -> None:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    own = _layer(".".join(relative.parts))
    upward = [m for m in _imports(path) if RANK[_layer(m)] > RANK[own]]
    assert upward == [], f"{relative} ({own}) imports a higher layer"


def test_the_layers_exist() -> None:
    layers = {
        _layer(".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts)) for p in MODULES
    }
    assert layers == set(RANK)
