"""The public surface is exactly what ``__all__`` says, sorted and importable."""

from __future__ import annotations

import globalcs


def test_all_is_sorted_and_unique() -> None:
    assert list(globalcs.__all__) == sorted(set(globalcs.__all__))


def test_every_name_in_all_exists() -> None:
    for name in globalcs.__all__:
        assert getattr(globalcs, name) is not None, name


def test_public_names_are_all_exported() -> None:
    public = {
        name
        for name, value in vars(globalcs).items()
        if not name.startswith("_") and not isinstance(value, type(globalcs))
    }
    assert public == set(globalcs.__all__)


def test_errors_share_one_root() -> None:
    for name in globalcs.__all__:
        value = getattr(globalcs, name)
        if isinstance(value, type) and issubclass(value, Exception):
            assert issubclass(value, globalcs.GlobalcsError), name


def test_version_is_static() -> None:
    assert globalcs.__version__.count(".") == 2
