"""Fuzzing merchant templates: whatever the source and the data, compiling and rendering
return a Message or raise a GlobalcsError, never another exception and never a hang.

Sources are built from the subset's own tokens mixed with hostile fragments, so many of
them compile and run; data mixes nested, shared and cyclic structures, huge numbers and
strings with control characters. The budgets are made small while fuzzing, so that no
example runs long (they are tried at their real size in test_template_budget.py).
"""

from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import globalcs
from globalcs.messages import _templates

NAMES = ["a", "b", "s", "n", "xs", "m", "customer", "loop", "order"]

TOKENS = [
    # the subset
    "{{ ",
    " }}",
    "{% if ",
    "{% elif ",
    "{% else %}",
    "{% endif %}",
    "{% for x in ",
    "{% for y in x",
    "{% endfor %}",
    " %}",
    "x",
    "y",
    *NAMES,
    ".a",
    ".name",
    "[0]",
    "['a']",
    "[-1]",
    "(",
    ")",
    " == ",
    " != ",
    " < ",
    " >= ",
    " in ",
    " not in ",
    " and ",
    " or ",
    "not ",
    " if a else ",
    " is defined",
    " is even",
    " is odd",
    " is divisibleby 3",
    " is divisibleby 0",
    " is number",
    " is in xs",
    "|upper",
    "|title",
    "|trim",
    "|length",
    "|first",
    "|last",
    "|join(', ')",
    "|join(attribute='a')",
    "|truncate(5)",
    "|truncate(1)",
    "|striptags",
    "|abs",
    "|int",
    "|round(2)",
    "|round(2, 'ceil')",
    "|round(1000000, 'floor')",
    "|default('-')",
    "|money",
    "|number",
    "|date",
    "|datetime",
    "|listing",
    "|greeting",
    "|salutation",
    "|closing",
    "|name",
    "|url",
    "|payment_method_name",
    "loop.index",
    "loop.length",
    "'text'",
    "'%0999999d'",
    "1",
    "0",
    "1000000",
    "1.5",
    "true",
    "none",
    "Hello ",
    "\n",
    "(((((((((((((((((",
    ")))))))))))))))))",
    "{% if a %}{% if a %}{% if a %}{% if a %}{% if a %}",
    # outside the subset
    "{{ 'a' * 10**9 }}",
    "{% set x = 1 %}",
    "{% raw %}",
    "{% endraw %}",
    "{#",
    "#}",
    "|safe",
    "|attr('__class__')",
    ".__class__",
    "range(10)",
    "[1, 2]",
    "{'a': 1}",
    " ~ ",
    " * ",
    "-",
    "lipsum",
    "{% macro m() %}",
    "{% endmacro %}",
]

_LOOPS = [
    "{% for x in xs %}{{ x }}{% endfor %}",
    "{% for x in s %}{% for y in s %}{{ y }}{% endfor %}{% endfor %}",
    "{% for x in m %}{% for y in loop %}{{ x }}{% endfor %}{% endfor %}",
    "{% for x in xs %}{{ xs|join(',') }}{% endfor %}",
]

ACCESS = [".a", ".name", "[0]", "['a']"]
FILTERS = [token for token in TOKENS if token.startswith("|")]
TESTS = [token for token in TOKENS if token.startswith(" is ")]
ATOMS = st.one_of(
    st.sampled_from([*NAMES[:-1], "x", "y", "loop.index", "'text'", "1", "0", "1.5", "none"]),
    st.builds("{}{}".format, st.sampled_from([*NAMES[:-1], "x", "y"]), st.sampled_from(ACCESS)),
)


def _expressions(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.builds("{}{}".format, inner, st.sampled_from(FILTERS)),
        st.builds("{}{}".format, inner, st.sampled_from(TESTS)),
        st.builds("{} {} {}".format, inner, st.sampled_from(["==", "!=", "<", "in", "and"]), inner),
        st.builds("not {}".format, inner),
        st.builds("({})".format, inner),
        st.builds("{} if {} else {}".format, inner, inner, inner),
    )


EXPRESSIONS = st.recursive(ATOMS, _expressions, max_leaves=5)


def _statements(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    body = st.lists(inner, max_size=3).map("".join)
    return st.one_of(
        st.builds("{{% if {} %}}{}{{% else %}}{}{{% endif %}}".format, EXPRESSIONS, body, body),
        st.builds(
            "{{% for x in {} %}}{}{{% endfor %}}".format,
            st.sampled_from(["xs", "s", "m", "a", "b", "loop", "a.items"]),
            body,
        ),
        st.builds("{{% for y in x{} %}}{}{{% endfor %}}".format, st.sampled_from(["", ".a"]), body),
    )


STATEMENTS = st.recursive(
    st.one_of(
        st.builds("{{{{ {} }}}}".format, EXPRESSIONS),
        st.sampled_from(["Hello ", "\n", "Order: ", " ", "(:", "{#  #}"]),
    ),
    _statements,
    max_leaves=6,
)

SOURCES = st.one_of(
    st.lists(STATEMENTS, max_size=5).map("".join),  # mostly within the subset
    st.lists(STATEMENTS, max_size=5).map("".join),
    st.lists(st.one_of(STATEMENTS, st.sampled_from(TOKENS)), max_size=8).map("".join),
    st.lists(st.sampled_from(TOKENS), max_size=30).map("".join),
    st.lists(st.sampled_from(TOKENS + _LOOPS), max_size=12).map("".join),
    st.text(max_size=80),
)

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.sampled_from([10**99, -(10**99), 2**64, 0, -1, 3]),
    st.decimals(allow_nan=False, allow_infinity=False, places=2, max_value=10**9, min_value=-1),
    st.decimals(allow_nan=True, allow_infinity=True, places=None),
    st.sampled_from(
        [
            decimal.Decimal("-1e-999999"),
            decimal.Decimal("9.99e99"),
            decimal.Decimal("sNaN"),
            decimal.Decimal("12.345"),
        ]
    ),
    st.text(max_size=20),
    st.text(st.characters(codec="utf-8", categories=["Cc", "Cf", "Zl", "Zp", "Co"]), max_size=20),
    st.sampled_from(["%0999999999d", "javascript:alert(1)", "https://example.com/", "<b>x</b>"]),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.datetimes(timezones=st.just(dt.UTC)),
)
# Refused as data, each on its own.
BAD_SCALARS = st.one_of(
    st.sampled_from(
        [10**100, 10**4000, decimal.Decimal("1e999999"), "x" * 5001]
    ),  # 10**5000: no repr
    st.datetimes(),  # naive
    st.floats(allow_nan=False),
)

KEYS = st.sampled_from(["a", "b", "name", "given_name", "family_name", "items"])


def _containers(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(
        st.lists(inner, max_size=4),
        st.lists(inner, max_size=4).map(tuple),
        st.dictionaries(KEYS, inner, max_size=4),
    )


DATA = st.recursive(SCALARS, _containers, max_leaves=12)
BAD_DATA = st.recursive(
    st.one_of(SCALARS, BAD_SCALARS),
    lambda inner: st.one_of(_containers(inner), st.dictionaries(st.just("_private"), inner)),
    max_leaves=12,
)


def _with_cycle(value: Any) -> Any:
    """``value`` inside a container that contains itself, somewhere in it."""
    outer: dict[str, Any] = {"a": value, "b": []}
    outer["b"].append(outer)
    return outer


def _deep(depth: int) -> Any:
    value: Any = "leaf"
    for index in range(depth):
        value = {"a": value} if index % 2 else [value]
    return value


VALUES = st.one_of(
    DATA,
    st.just("x" * 1000),  # nested loops over it spend the iteration budget
    BAD_DATA,
    DATA.map(_with_cycle),
    st.integers(min_value=0, max_value=200).map(_deep),
)
# Every name a source uses, mostly with data a render accepts (so the template's code
# runs), and now and then one with any value at all.
VARIABLES = st.builds(
    lambda plain, name, value: {**plain, **({name: value} if name else {})},
    st.fixed_dictionaries(dict.fromkeys(["a", "b", "s", "n", "xs", "m", "x", "y"], DATA)),
    st.sampled_from([None, None, *NAMES[:-2]]),
    VALUES,
)


@pytest.fixture(autouse=True)
def _small_budgets() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_templates, "MAX_ITERATIONS", 20_000)
        patch.setattr(_templates, "MAX_RENDER_SECONDS", 0.5)
        yield


def _compile_and_render(source: str, variables: dict[str, Any], **options: Any) -> None:
    try:
        template = globalcs.compile_template(source)
        message = globalcs.render_template(template, "DE", **options, **variables)
    except globalcs.GlobalcsError:
        return
    assert isinstance(message, globalcs.Message)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(source=SOURCES, variables=VARIABLES, channel=st.sampled_from(["email", "sms", "chat"]))
def test_any_source_with_any_data_renders_or_raises_a_globalcs_error(
    source: str, variables: dict[str, Any], channel: str
) -> None:
    _compile_and_render(source, variables, channel=channel)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(variables=st.dictionaries(st.sampled_from(NAMES[:-2]), VALUES, min_size=1, max_size=4))
def test_a_template_using_every_filter_handles_any_data(variables: dict[str, Any]) -> None:
    # One template touching each variable with every filter and test of the subset.
    parts = []
    for name in variables:
        parts.append(f"{{{{ {name} }}}}")
        for use in TOKENS:
            if use.startswith(("|", " is ")):
                parts.append(f"{{{{ {name}{use} }}}}")
    for piece in parts:
        _compile_and_render(piece, variables)
    _compile_and_render("".join(_LOOPS), variables)
