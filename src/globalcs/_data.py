"""Finding and reading the data files shipped with globalcs."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from ._errors import DataError


@functools.cache
def data_dir() -> Path:
    """The ``data`` folder: inside the wheel as ``globalcs/_data``, else the checkout's."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "_data", package.parents[1] / "data"):
        if (candidate / "vocabularies").is_dir():
            return candidate
    raise DataError(str(package), "data", "globalcs's data folder is missing from this install")


@functools.cache
def _compiled() -> dict[str, bytes]:
    # Wheels carry every TOML file pre-parsed, and the CLDR facts of every
    # territory pre-computed (see hatch_build.py), each entry pickled on its own
    # so a process unpickles only what it reads; a checkout or an editable
    # install has no such file and parses the TOML itself.
    import pickle

    try:
        with (data_dir() / "compiled.pickle").open("rb") as handle:
            compiled: dict[str, bytes] = pickle.load(handle)
    except FileNotFoundError:
        return {}
    return compiled


def read_compiled(key: str) -> Any:
    """The pre-computed entry ``key`` of a wheel's data, or None (checkouts have none)."""
    import pickle

    entry = _compiled().get(key)
    return None if entry is None else pickle.loads(entry)


def data_file_exists(relative: str) -> bool:
    """True when the data file ``relative`` (``markets/de.toml``) ships with this install."""
    compiled = _compiled()
    if compiled:  # a wheel: its index answers without asking the file system
        return relative in compiled
    return (data_dir() / relative).is_file()


def read_toml(relative: str) -> dict[str, Any]:
    """Parse one TOML data file, naming the file in any error."""
    compiled: dict[str, Any] | None = read_compiled(relative)
    if compiled is not None:
        return compiled
    import tomllib  # only a checkout or an editable install parses TOML

    path = data_dir() / relative
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise DataError(relative, "(file)", "no such data file") from None
    except tomllib.TOMLDecodeError as exc:
        raise DataError(relative, "(syntax)", str(exc)) from None
