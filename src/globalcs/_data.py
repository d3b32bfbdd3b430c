"""Finding and reading the data files shipped with globalcs.

Paths are strings joined with :mod:`os.path`: :mod:`pathlib` imports
``urllib.parse`` and ``ipaddress``, a few milliseconds a process that only
builds a market has no other use for.
"""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING, Any

from ._errors import DataError

if TYPE_CHECKING:
    from pathlib import Path


@functools.cache
def data_root() -> str:
    """The ``data`` folder: inside the wheel as ``globalcs/_data``, else the checkout's."""
    package = os.path.dirname(os.path.realpath(__file__))
    checkout = os.path.dirname(os.path.dirname(package))
    for candidate in (os.path.join(package, "_data"), os.path.join(checkout, "data")):
        if os.path.isdir(os.path.join(candidate, "vocabularies")):
            return candidate
    raise DataError(package, "data", "globalcs's data folder is missing from this install")


def data_dir() -> Path:
    """:func:`data_root` as a :class:`~pathlib.Path`, for tools and tests."""
    from pathlib import Path

    return Path(data_root())


@functools.cache
def _compiled() -> dict[str, bytes]:
    # Wheels carry every TOML file pre-parsed, and the CLDR facts of every
    # territory pre-computed (see hatch_build.py), each entry pickled on its own
    # so a process unpickles only what it reads; a checkout or an editable
    # install has no such file and parses the TOML itself.
    import pickle

    try:
        with open(os.path.join(data_root(), "compiled.pickle"), "rb") as handle:
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
    return os.path.isfile(os.path.join(data_root(), relative))


def data_files(folder: str) -> tuple[str, ...]:
    """The names, without ``.toml``, of the TOML files in ``folder``, sorted.

    >>> data_files("customs")[:3]
    ('au', 'ca', 'ch')
    """
    compiled = _compiled()
    if compiled:
        prefix = f"{folder}/"
        names = [key[len(prefix) :] for key in compiled if key.startswith(prefix)]
    else:
        names = os.listdir(os.path.join(data_root(), folder))
    return tuple(sorted(n[:-5] for n in names if n.endswith(".toml") and "/" not in n))


def read_bytes(relative: str) -> bytes:
    """The raw content of the data file ``relative``; :class:`FileNotFoundError` if none."""
    with open(os.path.join(data_root(), relative), "rb") as handle:
        return handle.read()


def read_toml(relative: str) -> dict[str, Any]:
    """Parse one TOML data file, naming the file in any error."""
    compiled: dict[str, Any] | None = read_compiled(relative)
    if compiled is not None:
        return compiled
    import tomllib  # only a checkout or an editable install parses TOML

    try:
        with open(os.path.join(data_root(), relative), "rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise DataError(relative, "(file)", "no such data file") from None
    except tomllib.TOMLDecodeError as exc:
        raise DataError(relative, "(syntax)", str(exc)) from None
