"""Rewrite src/globalcs/__init__.py's import block as lazy imports (run after adding an export).

The explicit `from .x import Y as Y` lines stay, under TYPE_CHECKING, for type
checkers and readers; at run time a module `__getattr__` imports each name on
first use, so `import globalcs` costs almost nothing.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

INIT = Path(__file__).resolve().parents[1] / "src" / "globalcs" / "__init__.py"
IMPORT = re.compile(r"^\s*from (\.[\w.]+) import (\w+) as (\w+)$", re.M)


def main() -> int:
    text = INIT.read_text(encoding="utf-8")
    found = sorted(set(IMPORT.findall(text)), key=lambda t: (t[0], t[1]))
    docstring = text[: text.index('"""', 3) + 3]
    version = re.search(r'^__version__ = "([^"]+)"$', text, re.M)
    assert version is not None
    names = sorted(name for _, name, _ in found)
    lines = [
        docstring,
        "",
        "TYPE_CHECKING = False  # typing costs milliseconds to import",
        "",
        "if TYPE_CHECKING:",
    ]
    lines += [f"    from {module} import {name} as {name}" for module, name, _ in found]
    lines += ["", f'__version__ = "{version[1]}"', "", "_LAZY = {"]
    lines += [f'    "{name}": "{module}",' for module, name, _ in found]
    lines += [
        "}",
        "",
        "",
        "def __getattr__(name: str) -> object:",
        "    module = _LAZY.get(name)",
        "    if module is None:",
        "        raise AttributeError(f\"module 'globalcs' has no attribute {name!r}\")",
        "    import importlib",
        "",
        "    value = getattr(importlib.import_module(module, __name__), name)",
        "    if getattr(value, '__module__', None) != __name__:",
        "        # Not the exceptions, which show their public path: doctest would collect",
        "        # them here a second time (_errors.py lists them in its __test__).",
        "        globals()[name] = value",
        "    return value",
        "",
        "",
        "del TYPE_CHECKING",
        "",
        "",
        "def __dir__() -> list[str]:",
        "    return sorted(set(globals()) | set(__all__))",
        "",
        "",
        "__all__ = [",
    ]
    lines += [f'    "{name}",' for name in names]
    lines += ["]", ""]
    INIT.write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(names)} lazy exports")
    return 0


if __name__ == "__main__":
    sys.exit(main())
