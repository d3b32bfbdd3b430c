"""MkDocs hook: the pages made from the data are generated while the site builds.

They are not committed: a market's currency is CLDR's currency for the day the
site is built (Bulgaria's became EUR on 2026-01-01), so a committed copy would
go stale with the calendar rather than with a change to the project.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

_SCRIPT = Path(__file__).resolve().parent / "gen_docs.py"


def on_files(files: Files, config: Any) -> Files:
    spec = importlib.util.spec_from_file_location("gen_docs", _SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, text in module.generated_pages().items():
        files.append(File.generated(config, name, content=text))
    return files
