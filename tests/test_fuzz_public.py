"""Every public function, given hostile arguments, answers or raises a GlobalcsError.

The arguments are drawn from a pool of values a shop's data can hold by mistake:
wrong types, empty and huge values, control and bidi characters, naive and
extreme datetimes, floats, NaN, self-referential containers. Each call either
returns or raises an error from the ``GlobalcsError`` tree: never ``TypeError``,
``ValueError``, ``OverflowError``, ``RecursionError`` or a hang.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import inspect
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import globalcs


def _cycle() -> dict[str, Any]:
    looped: dict[str, Any] = {}
    looped["self"] = looped
    return looped


HOSTILE: list[Any] = [
    None,
    True,
    0,
    -1,
    10**30,
    1.5,
    float("nan"),
    float("inf"),
    decimal.Decimal("NaN"),
    decimal.Decimal("1e999999"),
    decimal.Decimal("-0.001"),
    "",
    " ",
    "DE",
    "de-DE",
    "xx",
    "\x00",
    "\u202eEVIL",
    "\ud800",
    "a" * 5000,
    "{{ x }}",
    "{% for a in b %}",
    "email",
    "phone",
    "formal",
    b"DE",
    [],
    ["DE"],
    {},
    {"given_name": "\x1b[31m"},
    _cycle(),
    dt.date(1, 1, 1),
    dt.date(9999, 12, 31),
    dt.date(2026, 2, 29 - 1),
    dt.datetime(2026, 6, 1, 12, 0),  # naive
    dt.datetime(1, 1, 1, tzinfo=dt.UTC),
    dt.datetime(9999, 12, 31, 23, 59, tzinfo=dt.UTC),
    dt.datetime(2026, 3, 29, 2, 30, tzinfo=dt.timezone(dt.timedelta(hours=14))),
    dt.timedelta(days=1),
    object(),
]

FUNCTIONS: dict[str, Callable[..., Any]] = {
    name: getattr(globalcs, name)
    for name in globalcs.__all__
    if callable(getattr(globalcs, name)) and not isinstance(getattr(globalcs, name), type)
}
SKIP = {"markets_frame": "needs pandas, tested in tests/test_frame.py"}


def _call(function: Callable[..., Any], values: list[Any], keywords: dict[str, Any]) -> None:
    result = function(*values, **keywords)
    if inspect.isgenerator(result) or type(result).__name__ == "generator":
        list(result)


def test_every_public_function_is_fuzzed() -> None:
    assert len(FUNCTIONS) >= 15
    assert set(SKIP) <= set(FUNCTIONS)


@pytest.mark.parametrize("name", sorted(set(FUNCTIONS) - set(SKIP)))
def test_hostile_arguments_get_a_named_error(name: str) -> None:
    function = FUNCTIONS[name]
    signature = inspect.signature(function)
    positional = [
        p
        for p in signature.parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]
    keyword = [p.name for p in signature.parameters.values() if p.kind == p.KEYWORD_ONLY]
    required = [
        p.name
        for p in signature.parameters.values()
        if p.kind == p.KEYWORD_ONLY and p.default is p.empty
    ]
    takes_any = any(p.kind == p.VAR_KEYWORD for p in signature.parameters.values())
    names = keyword + (["order_id", "amount", "total", "customer"] if takes_any else [])
    value = st.sampled_from(HOSTILE)

    @settings(
        max_examples=100,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(
        values=st.lists(value, min_size=len(positional), max_size=len(positional)),
        keywords=st.dictionaries(st.sampled_from(names), value, max_size=3)
        if names
        else st.just({}),
        needed=st.fixed_dictionaries(dict.fromkeys(required, value)),
    )
    def check(values: list[Any], keywords: dict[str, Any], needed: dict[str, Any]) -> None:
        keywords = {**keywords, **needed}
        with contextlib.suppress(globalcs.GlobalcsError):  # anything else fails the test
            _call(function, values, keywords)

    check()
