"""Build hook: ship the data pre-parsed, and only the data files the wheel reads.

Parsing ~100 TOML files with the standard library's pure-Python parser, and
reading Babel's global CLDR data and one locale file per territory, is most of
what `globalcs.markets()` costs in a fresh process. The wheel therefore carries
`globalcs/_data/compiled.pickle`: every TOML file under `data/` parsed, and the
CLDR and tz facts of every territory that do not depend on the day (keyed by
the Babel and pytz versions they were read from, and ignored under any other),
each entry pickled on its own so a process unpickles only what it reads. The
TOML files stay the source of truth and ship too; the gettext sources (`.po`,
`.pot`) do not, since the wheel reads only the compiled `.mo` catalogs.
"""

from __future__ import annotations

import pickle
import sys
import tomllib
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

NOT_SHIPPED = (".po", ".pot")
"""Suffixes of data files the installed package never reads."""


def compile_data(data: Path) -> dict[str, bytes]:
    """Entry name -> pickled content: ``markets/de.toml`` -> its parsed TOML, and
    ``derived/territories`` -> the territory table when Babel and pytz import here."""
    entries = {
        path.relative_to(data).as_posix(): tomllib.loads(path.read_text(encoding="utf-8"))
        for path in sorted(data.rglob("*.toml"))
    }
    table = _territory_table(data.parent / "src")
    if table is not None:
        entries["derived/territories"] = table
    return {name: pickle.dumps(value, protocol=4) for name, value in entries.items()}


def _territory_table(src: Path) -> Any:
    # The same function a checkout calls at run time computes the table, so the
    # wheel's answer and the live one cannot drift apart (a test compares them).
    sys.path.insert(0, str(src))
    try:
        from globalcs.market._derived import territory_table

        return territory_table()
    except ImportError:  # an isolated build without Babel or pytz: read live at run time
        return None
    finally:
        sys.path.remove(str(src))


def shipped_data(data: Path) -> list[Path]:
    """The files under ``data`` that go into the wheel."""
    return [
        path
        for path in sorted(data.rglob("*"))
        if path.is_file() and path.suffix not in NOT_SHIPPED
    ]


class CompileDataHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        data = root / "data"
        for path in shipped_data(data):
            target = "globalcs/_data/" + path.relative_to(data).as_posix()
            build_data["force_include"][str(path)] = target
        out = root / "build" / "compiled.pickle"
        out.parent.mkdir(exist_ok=True)
        out.write_bytes(pickle.dumps(compile_data(data), protocol=4))
        build_data["force_include"][str(out)] = "globalcs/_data/compiled.pickle"
