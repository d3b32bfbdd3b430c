"""The public surface is exactly what ``__all__`` says, sorted and importable."""

from __future__ import annotations

import pytest

import globalcs


def test_all_is_sorted_and_unique() -> None:
    assert list(globalcs.__all__) == sorted(set(globalcs.__all__))


def test_every_name_in_all_exists() -> None:
    for name in globalcs.__all__:
        assert getattr(globalcs, name) is not None, name


def test_public_names_are_all_exported() -> None:
    public = {
        name
        for name in dir(globalcs)
        if not name.startswith("_") and not isinstance(getattr(globalcs, name), type(globalcs))
    }
    assert public == set(globalcs.__all__)


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        globalcs.no_such_thing  # noqa: B018


def test_import_is_lazy() -> None:
    import subprocess
    import sys

    code = (
        "import sys, globalcs; "
        "heavy = [m for m in ('babel', 'pycountry', 'holidays', 'pytz', 'jinja2', "
        "'globalcs.market._registry', 'globalcs.messages._render') if m in sys.modules]; "
        "print(heavy)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_errors_share_one_root() -> None:
    for name in globalcs.__all__:
        value = getattr(globalcs, name)
        if isinstance(value, type) and issubclass(value, Exception):
            assert issubclass(value, globalcs.GlobalcsError), name


def test_version_is_static() -> None:
    assert globalcs.__version__.count(".") == 2
