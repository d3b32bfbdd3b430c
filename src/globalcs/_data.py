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
def _compiled() -> dict[str, dict[str, Any]]:
    # Wheels carry every TOML file pre-parsed (see hatch_build.py); a checkout
    # or an editable install has no such file and parses the TOML itself.
    import pickle

    try:
        with (data_dir() / "compiled.pickle").open("rb") as handle:
            compiled: dict[str, dict[str, Any]] = pickle.load(handle)
    except FileNotFoundError:
        return {}
    return compiled


def read_toml(relative: str) -> dict[str, Any]:
    """Parse one TOML data file, naming the file in any error."""
    compiled = _compiled().get(relative)
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
