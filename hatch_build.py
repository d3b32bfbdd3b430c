"""Build hook: ship the data files pre-parsed in the wheel.

Parsing ~80 TOML files with the standard library's pure-Python parser is most
of what `globalcs.markets()` costs in a fresh process. The wheel therefore also
carries `globalcs/_data/compiled.pickle`, the parsed content of every TOML file
under `data/`, keyed by its path; the TOML files stay the source of truth and
ship too. Editable installs skip this and parse the TOML directly.
"""

from __future__ import annotations

import pickle
import tomllib
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def compile_data(data: Path) -> dict[str, Any]:
    """Relative path (``markets/de.toml``) -> parsed TOML, for every file under ``data``."""
    return {
        path.relative_to(data).as_posix(): tomllib.loads(path.read_text(encoding="utf-8"))
        for path in sorted(data.rglob("*.toml"))
    }


class CompileDataHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        out = root / "build" / "compiled.pickle"
        out.parent.mkdir(exist_ok=True)
        out.write_bytes(pickle.dumps(compile_data(root / "data"), protocol=4))
        build_data["force_include"][str(out)] = "globalcs/_data/compiled.pickle"
