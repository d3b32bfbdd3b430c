"""A small strict reader for the TOML data files: the one way every loader reads one.

:func:`open_file` parses a file and checks its schema version; every accessor
names the file and the dotted field in its error; and :meth:`Table.done`, called
once on the file's root, rejects every key the schema does not know in the file
and in every table read from it, so a typo in a data file fails loudly instead of
being ignored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from typing import Any

from .._errors import DataError
from ._model import CONFIDENCES, Source

_MISSING: Any = object()

SCHEMA_VERSION = 1
"""The version of the data-file schema this code reads (``schema = 1`` in every file)."""


def open_file(relative: str, data: Any = _MISSING, *, schema: int | None = None) -> Table:
    """The root table of a data file (``relative`` to the data folder, read from there
    unless ``data`` is given), its schema version checked. ``schema`` is the version
    assumed where the file may leave it out (a merchant's own file)."""
    if data is _MISSING:
        from .._data import read_toml

        data = read_toml(relative)
    root = Table(relative, "", data)
    check_version(root, schema)
    return root


def check_version(root: Table, default: int | None = None) -> None:
    """Refuse a file whose ``schema`` version this code does not read; ``default`` is
    the version of a file that leaves it out (None: it may not)."""
    version = root.integer("schema") if default is None else root.integer("schema", default)
    if version != SCHEMA_VERSION:
        raise root.fail("schema", f"version {version} is not supported (expected 1)")


class Table:
    """One TOML table being read; tracks which keys were used, and the tables read
    from it, so that :meth:`done` on the root checks the whole file."""

    def __init__(self, path: str, prefix: str, data: Any) -> None:
        if type(data) is not dict and not isinstance(data, Mapping):  # dict: the fast case
            raise DataError(path, prefix or "(root)", "expected a table")
        self.path = path
        self.prefix = prefix
        self.data: Mapping[str, Any] = data
        self.used: set[str] = set()
        self.children: list[Table] = []

    def name(self, key: str) -> str:
        return f"{self.prefix}.{key}" if self.prefix else key

    def fail(self, key: str, problem: str) -> DataError:
        return DataError(self.path, self.name(key), problem)

    def has(self, key: str) -> bool:
        return key in self.data

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = _MISSING) -> Any:
        self.used.add(key)
        if key not in self.data:
            if default is _MISSING:
                raise self.fail(key, "is required")
            return default
        value = self.data[key]
        if isinstance(value, bool) and kind is not bool and bool not in _as_tuple(kind):
            raise self.fail(key, f"expected {_kind_name(kind)}, got a boolean")
        if not isinstance(value, kind):
            raise self.fail(key, f"expected {_kind_name(kind)}, got {type(value).__name__}")
        return value

    def text(self, key: str, default: Any = _MISSING, choices: Collection[str] = ()) -> Any:
        value = self.get(key, str, default)
        if isinstance(value, str):
            if choices and value not in choices:
                raise self.fail(key, f"{value!r} is not one of {', '.join(map(str, choices))}")
            if not choices and not value.strip() and default is _MISSING:
                raise self.fail(key, "must not be empty")
        return value

    def integer(self, key: str, default: Any = _MISSING, minimum: int = 0) -> Any:
        value = self.get(key, int, default)
        if isinstance(value, int) and value < minimum:
            raise self.fail(key, f"must be at least {minimum}")
        return value

    def table(self, key: str) -> Table:
        """A required sub-table."""
        child = Table(self.path, self.name(key), self.get(key, dict))
        self.children.append(child)
        return child

    def optional_table(self, key: str) -> Table | None:
        """A sub-table, or None where the file leaves it out."""
        if key not in self.data:
            self.used.add(key)
            return None
        return self.table(key)

    def tables(self, key: str) -> list[Table]:
        items = self.get(key, list, [])
        found = [Table(self.path, f"{self.name(key)}[{i}]", item) for i, item in enumerate(items)]
        self.children += found
        return found

    def strings(self, key: str, default: Any = _MISSING) -> Any:
        value = self.get(key, list, default)
        if isinstance(value, list):
            for i, item in enumerate(value):
                if not isinstance(item, str) or not item:
                    raise self.fail(f"{key}[{i}]", "expected a non-empty string")
            if len(set(value)) != len(value):
                raise self.fail(key, "has duplicates")
        return value

    def done(self) -> None:
        """Refuse a key nobody read, here and in every table read from this one."""
        unknown = sorted(set(self.data) - self.used)
        if unknown:
            raise self.fail(unknown[0], "is not a field of this schema")
        for child in self.children:
            child.done()


def _as_tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {
        str: "a string",
        int: "an integer",
        float: "a number",
        bool: "a boolean",
        list: "an array",
        dict: "a table",
        dt.date: "a date",
    }
    return " or ".join(names.get(k, k.__name__) for k in _as_tuple(kind))


def read_sources(root: Table) -> dict[str, Source]:
    """The ``[sources.*]`` tables of a file, by key."""
    result: dict[str, Source] = {}
    table = root.optional_table("sources")
    if table is None:
        return result
    for key in table.data:
        entry = table.table(key)
        as_of = entry.get("as_of", dt.date)
        if isinstance(as_of, dt.datetime):
            raise entry.fail("as_of", "expected a date, not a date-time")
        url = entry.text("url")
        if not url.startswith(("https://", "http://", "globalcs:docs/")):
            raise entry.fail("url", "must be an http(s) URL (or globalcs:docs/... for our own)")
        result[key] = Source(
            title=entry.text("title"),
            url=url,
            as_of=as_of,
            confidence=entry.text("confidence", choices=CONFIDENCES[:3]),
            publisher=entry.text("publisher", ""),
            note=entry.text("note", ""),
        )
    table.done()
    return result


def cite(table: Table, sources: Mapping[str, Source], key: str = "sources") -> tuple[Source, ...]:
    """Resolve a ``sources = [...]`` list of keys; at least one is required."""
    keys = table.strings(key)
    if not keys:
        raise table.fail(key, "needs at least one source")
    missing = [k for k in keys if k not in sources]
    if missing:
        raise table.fail(key, f"unknown source {missing[0]!r}; define it under [sources]")
    return tuple(sources[k] for k in keys)
