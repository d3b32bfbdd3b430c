"""The package's layers import only downwards.

data and values (``_errors``, ``_data``, ``_record``, ``_formality``, ``_hours``) <- ``market``
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
    if len(parts) > 1 and parts[1] in ("_errors", "_data", "_record", "_formality", "_hours"):
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


def test_typed_channel_options_match_the_vocabulary() -> None:
    """The Literal types mypy checks callers against are the data's vocabulary."""
    from typing import get_args

    from globalcs.market._loader import vocabulary
    from globalcs.messages._options import CHANNELS, MessageChannel, MessageForm
    from globalcs.time._contact import CHANNELS as CONTACT_CHANNELS
    from globalcs.time._contact import ContactChannel

    def flat(kind: object) -> set[str]:
        found: set[str] = set()
        for arg in get_args(kind):
            found |= flat(arg) if get_args(arg) else {arg}
        return found

    written = {k for k, v in vocabulary("channels").items() if v.message}
    assert flat(MessageChannel) == set(CHANNELS) | written
    assert set(get_args(MessageForm)) == set(CHANNELS)
    assert set(get_args(ContactChannel)) == set(CONTACT_CHANNELS)
    assert set(CONTACT_CHANNELS) <= set(vocabulary("channels"))  # contact ids are market ids
