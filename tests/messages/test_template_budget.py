"""Merchant templates on a budget: nesting, data, iterations, time, output and filters.

Every hostile construct must end in a named GlobalcsError, never a RecursionError, a
hang or a crash of another type. No test here reads a clock: the budgets are made small
(or already spent) so that each trips at once.
"""

from __future__ import annotations

import collections.abc
import decimal
from collections.abc import Iterator

import pytest

import globalcs
from globalcs import InvalidOptionError, TemplateRenderError, TemplateSecurityError
from globalcs.messages import _templates

DEPTHS = [50, 500, 5000, 100_000]

# Shapes of nesting, each a function of the depth: every one is a level of recursion in
# Jinja's parser, its compiler or the safety check.
SHAPES = {
    "parentheses": lambda n: "{{ " + "(" * n + "x" + ")" * n + " }}",
    "list literals": lambda n: "{{ " + "[" * n + "]" * n + " }}",
    "dict literals": lambda n: "{{ " + "{'a': " * n + "1" + "}" * n + " }}",
    "subscripts": lambda n: "{{ " + "x[" * n + "0" + "]" * n + " }}",
    "filter arguments": lambda n: "{{ x" + "|default(x" * n + ")" * n + " }}",
    "calls": lambda n: "{{ " + "f(" * n + ")" * n + " }}",
    "not": lambda n: "{{ " + "not " * n + "x }}",
    "unary minus": lambda n: "{{ " + "-" * n + "x }}",
    "unary plus": lambda n: "{{ " + "+" * n + "x }}",
    "not and parentheses": lambda n: "{{ " + "(not " * n + "x" + ")" * n + " }}",
    "inline if-else": lambda n: "{{ " + "a if b else " * n + "c }}",
    "if blocks": lambda n: "{% if a %}" * n + "x" + "{% endif %}" * n,
    "for blocks": lambda n: "{% for a in b %}" * n + "x" + "{% endfor %}" * n,
    "set blocks": lambda n: "{% set x %}" * n + "x" + "{% endset %}" * n,
    "filter blocks": lambda n: "{% filter upper %}" * n + "x" + "{% endfilter %}" * n,
    "with blocks": lambda n: "{% with %}" * n + "x" + "{% endwith %}" * n,
    "macro blocks": lambda n: "{% macro m() %}" * n + "x" + "{% endmacro %}" * n,
    "filter chains": lambda n: "{{ x" + "|upper" * n + " }}",
    "attribute chains": lambda n: "{{ x" + ".a" * n + " }}",
    "and chains": lambda n: "{{ a" + " and a" * n + " }}",
    "if in parentheses": lambda n: "{% if a %}" * n + "{{ " + "(" * n + "x" + ")" * n + " }}",
}


# Chains are flat in the source (Jinja parses them in a loop) and deep in the parsed
# tree, where the safety check refuses them; parsing 100,000 links takes seconds, so
# beyond the cap on the source's length they are tried to 5,000.
CHAINS = {"filter chains", "attribute chains", "and chains"}
LONG_CASES = [
    (shape, depth)
    for shape in sorted(SHAPES)
    for depth in DEPTHS
    if not (shape in CHAINS and depth > 5000)
]


@pytest.fixture
def long_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lift the cap on the source's length, so the deepest shapes reach the nesting check."""
    monkeypatch.setattr(_templates, "MAX_SOURCE", 10**7)


@pytest.mark.usefixtures("long_sources")
@pytest.mark.parametrize(("shape", "depth"), LONG_CASES)
def test_every_depth_of_nesting_is_a_named_refusal(shape: str, depth: int) -> None:
    source = SHAPES[shape](depth)
    with pytest.raises(TemplateSecurityError) as info:
        globalcs.compile_template(source)
    assert "nesting deeper than" in info.value.construct


@pytest.mark.parametrize("depth", DEPTHS)
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_sources_over_the_length_cap_are_refused_whatever_their_nesting(
    shape: str, depth: int
) -> None:
    with pytest.raises(TemplateSecurityError):
        globalcs.compile_template(SHAPES[shape](depth))


@pytest.mark.parametrize("shape", ["parentheses", "list literals", "not", "if blocks"])
def test_the_nesting_check_reads_tokens_without_recursion(shape: str) -> None:
    # A million levels: a recursive check would fail long before.
    with pytest.raises(TemplateSecurityError, match="nesting deeper than 16 levels"):
        _templates.check_nesting(SHAPES[shape](1_000_000))


def test_nesting_up_to_the_limit_compiles() -> None:
    limit = _templates.MAX_SOURCE_NESTING
    at_limit = "{{ " + "(" * limit + "x" + ")" * limit + " }}"
    assert globalcs.compile_template(at_limit).source == at_limit
    with pytest.raises(TemplateSecurityError, match=f"nesting deeper than {limit} levels"):
        globalcs.compile_template("{{ " + "(" * (limit + 1) + "x" + ")" * (limit + 1) + " }}")


def test_brackets_outside_tags_in_strings_and_comments_do_not_count() -> None:
    source = (
        "Smile :) ((((((((((((((((((((((((((( [[[[[[[[[[[[[[[[[[[[ {{ '((((((((((((((((((' }}"
        "{# (((((((((((((((((((((((((( #}{% raw %}{{ (((((((((((((((((((( }}{% endraw %}"
        + "not "
        * 40
    )
    message = globalcs.render_template(source, "DE", channel="chat")
    assert message.text.startswith("Smile :)")


def test_the_nesting_counts_blocks_and_brackets_together() -> None:
    limit = _templates.MAX_SOURCE_NESTING
    half = limit // 2
    opened = "{% if a %}" * half + "{{ " + "(" * half + "x" + ")" * half + " }}"
    _templates.check_nesting(opened)  # exactly the limit
    with pytest.raises(TemplateSecurityError, match="nesting"):
        _templates.check_nesting("{% if a %}" + opened)


def test_set_with_a_value_is_not_a_block() -> None:
    # {% set x = 1 %} opens nothing (it is refused later, as a construct, not as nesting).
    source = "{% set x = 1 %}" * 40
    _templates.check_nesting(source)
    with pytest.raises(TemplateSecurityError) as info:
        globalcs.compile_template(source)
    assert info.value.construct == "{% set %}"


def test_a_recursion_error_while_compiling_is_a_named_refusal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The last line of defence, should a shape get past the nesting check.
    monkeypatch.setattr(_templates, "check_nesting", lambda source: None)
    with pytest.raises(TemplateSecurityError, match="nesting deeper than"):
        globalcs.compile_template(SHAPES["parentheses"](2000))


# Data --------------------------------------------------------------------------------


def _nested(depth: int, kind: str = "dict") -> object:
    value: object = "leaf"
    for _ in range(depth):
        value = {"a": value} if kind == "dict" else [value]
    return value


def test_a_mapping_that_contains_itself_is_refused_by_name() -> None:
    data: dict[str, object] = {}
    data["a"] = data
    with pytest.raises(InvalidOptionError, match="contains itself") as info:
        globalcs.render_template("{{ order.a }}", "DE", order=data)
    assert info.value.option == "order"


def test_a_list_that_contains_itself_is_refused_by_name() -> None:
    items: list[object] = [1]
    items.append(items)
    with pytest.raises(InvalidOptionError, match="contains itself") as info:
        globalcs.render_template("{{ items|length }}", "DE", items=items)
    assert info.value.option == "items"


def test_a_cycle_through_several_containers_is_refused() -> None:
    order: dict[str, object] = {"lines": []}
    line = {"order": order}
    order["lines"] = [line]
    with pytest.raises(InvalidOptionError, match="contains itself"):
        _templates.plain_data(order)
    with pytest.raises(InvalidOptionError, match="contains itself"):
        globalcs.render_template("x", "DE", a=1, order=order)


def test_shared_values_are_not_cycles() -> None:
    shared = {"name": "Mug"}
    message = globalcs.render_template(
        "{{ a.first.name }} {{ a.second.name }}", "DE", a={"first": shared, "second": shared}
    )
    assert message.text == "Mug Mug"


@pytest.mark.parametrize("kind", ["dict", "list"])
@pytest.mark.parametrize("depth", [_templates.MAX_DATA_DEPTH + 1, 500, 10_000])
def test_deep_data_is_refused_by_name(kind: str, depth: int) -> None:
    with pytest.raises(InvalidOptionError, match="nested deeper than") as info:
        globalcs.render_template("{{ x|length }}", "DE", deep=_nested(depth, kind), x=())
    assert info.value.option == "deep"
    with pytest.raises(InvalidOptionError, match="nested deeper than"):
        _templates.plain_data(_nested(depth, kind))


@pytest.mark.parametrize("kind", ["dict", "list"])
def test_data_as_deep_as_the_limit_is_accepted(kind: str) -> None:
    copied = _templates.plain_data(_nested(_templates.MAX_DATA_DEPTH, kind))
    for _ in range(_templates.MAX_DATA_DEPTH):
        copied = copied["a"] if kind == "dict" else copied[0]
    assert copied == "leaf"


def test_a_mapping_that_makes_new_mappings_forever_is_stopped() -> None:
    class Endless(collections.abc.Mapping[str, object]):
        def __getitem__(self, key: str) -> object:
            return Endless()

        def __len__(self) -> int:
            return 1

        def __iter__(self) -> Iterator[str]:
            return iter(["deeper"])

    with pytest.raises(InvalidOptionError, match="nested deeper than"):
        globalcs.render_template("{{ a }}", "DE", a=Endless())


@pytest.mark.parametrize(
    "value",
    [
        10**100,
        -(10**100),
        10**1_000_000,
        decimal.Decimal("1e100"),
        decimal.Decimal("-1e999999"),
        [decimal.Decimal("1e999999")],
        {"total": 10**200},
        {"total": decimal.Decimal("1E+5000")},
    ],
    ids=[
        "10**100",
        "-10**100",
        "10**1000000",
        "1e100",
        "-1e999999",
        "in a list",
        "in a dict",
        "1E+5000",
    ],
)
def test_huge_numbers_are_refused_by_name(value: object) -> None:
    # int(Decimal('1e999999')) and Decimal('1.5') == 10**1000000 take minutes in C.
    with pytest.raises(InvalidOptionError, match="numbers must be below") as info:
        globalcs.render_template("{{ n|int }} {{ n == d }}", "DE", n=value, d=decimal.Decimal(1))
    assert info.value.option == "n"
    assert str(info.value)  # no repr of a 10**1000000 that Python refuses to print


@pytest.mark.parametrize(
    "value",
    [
        10**100 - 1,
        -(10**100) + 1,
        decimal.Decimal("9.99e99"),
        decimal.Decimal("1e-999999"),
        decimal.Decimal("NaN"),
        decimal.Decimal("-Infinity"),
    ],
    ids=repr,
)
def test_numbers_below_the_limit_are_accepted(value: object) -> None:
    assert globalcs.render_template("{{ n is number }}", "DE", n=value).text == "True"


# Iterations --------------------------------------------------------------------------


def test_nested_loops_over_strings_are_stopped() -> None:
    template = globalcs.compile_template("{% for a in s %}{% for b in s %}{% endfor %}{% endfor %}")
    with pytest.raises(TemplateRenderError, match="more than 100000 loop iterations"):
        globalcs.render_template(template, "DE", s="x" * 1000)


def test_three_nested_loops_are_refused_before_they_run() -> None:
    with pytest.raises(TemplateSecurityError, match="loops nested more than 2 deep"):
        globalcs.compile_template(
            "{% for a in s %}{% for b in s %}{% for c in s %}x{% endfor %}{% endfor %}{% endfor %}"
        )


def test_nested_loops_over_mappings_are_stopped() -> None:
    keys = {f"k{i}": 1 for i in range(2000)}
    template = globalcs.compile_template(
        "{% for a in m %}{% for b in m %}{% if a == b %}{% endif %}{% endfor %}{% endfor %}"
    )
    with pytest.raises(TemplateRenderError, match="loop iterations"):
        globalcs.render_template(template, "DE", m=keys)


def test_sibling_loops_share_one_budget() -> None:
    items = list(range(500))
    loop = "{% for i in items %}{% endfor %}"
    assert globalcs.render_template(loop * 200, "DE", items=items).text == ""
    with pytest.raises(TemplateRenderError, match="loop iterations"):
        globalcs.render_template(loop * 201, "DE", items=items)


def test_join_and_listing_spend_iterations() -> None:
    # 500 loop iterations, each joining 500 items: 250,500 in all.
    items = [str(i) for i in range(500)]
    for use in ("xs|join(',')", "xs|listing"):
        source = "{% for x in xs %}{% if (" + use + ") == 'z' %}{% endif %}{% endfor %}"
        with pytest.raises(TemplateRenderError, match="loop iterations"):
            globalcs.render_template(source, "DE", xs=items)


def test_the_iteration_budget_is_exact(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_templates, "MAX_ITERATIONS", 10)
    template = globalcs.compile_template("{% for i in items %}{{ i }}{% endfor %}")
    assert globalcs.render_template(template, "DE", items=list(range(10))).text == "0123456789"
    with pytest.raises(TemplateRenderError, match="more than 10 loop iterations"):
        globalcs.render_template(template, "DE", items=list(range(11)))


def test_body_and_subject_share_one_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_templates, "MAX_ITERATIONS", 10)
    loop = "{% for i in items %}{{ i }}{% endfor %}"
    template = globalcs.compile_template(loop, subject=loop)
    assert globalcs.render_template(template, "DE", items=[1, 2, 3, 4, 5]).subject == "12345"
    with pytest.raises(TemplateRenderError, match="loop iterations"):
        globalcs.render_template(template, "DE", items=[1, 2, 3, 4, 5, 6])


def test_a_loop_over_the_loop_is_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    # ``loop`` has no length: its items are counted one by one.
    monkeypatch.setattr(_templates, "MAX_ITERATIONS", 12)
    template = globalcs.compile_template(
        "{% for a in items %}{% for b in loop %}.{% endfor %}{% endfor %}"
    )
    assert globalcs.render_template(template, "DE", items=list(range(6))).text == "....."
    with pytest.raises(TemplateRenderError, match="loop iterations"):
        globalcs.render_template(template, "DE", items=list(range(7)))


def test_loops_keep_their_length_and_else() -> None:
    template = globalcs.compile_template(
        "{% for i in items %}{{ loop.index }}/{{ loop.length }}{% if loop.last %}!{% endif %} "
        "{% else %}none{% endfor %}"
    )
    text = globalcs.render_template(template, "DE", items=list(range(40))).text
    assert text.startswith("1/40 2/40")
    assert text.endswith("40/40!")
    assert globalcs.render_template(template, "DE", items=[]).text == "none"
    assert globalcs.render_template("{% for c in s %}{{ c }}-{% endfor %}", "DE", s="ab").text == (
        "a-b-"
    )


def test_a_missing_loop_sequence_is_still_a_missing_variable() -> None:
    with pytest.raises(globalcs.MissingVariableError) as info:
        globalcs.render_template("{% for i in nothing %}{% endfor %}", "DE")
    assert info.value.variable == "nothing"
    with pytest.raises(TemplateRenderError):
        globalcs.render_template("{% for i in n %}{% endfor %}", "DE", n=5)


# Time --------------------------------------------------------------------------------


@pytest.fixture
def no_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """A time budget already spent when a render starts: the first reading of the clock
    refuses, whatever this machine's speed."""
    monkeypatch.setattr(_templates, "MAX_RENDER_SECONDS", -1.0)


@pytest.mark.usefixtures("no_time")
@pytest.mark.parametrize(
    ("source", "variables"),
    [
        ("{% for i in items %}{% endfor %}", {"items": list(range(100))}),
        # A short loop is one step: the clock is read once every 16 of them.
        ("{% for i in items %}{% endfor %}" * 16, {"items": [1] * 5}),
        ("{% for a in items %}{% for b in loop %}{% endfor %}{% endfor %}", {"items": [1] * 40}),
        ("{% if a == 1 %}{% endif %}" * 20, {"a": 1}),
        ("{{ a is defined }}" * 20, {"a": 1}),
        ("{{ s|upper }}", {"s": "x"}),
        ("{{ n|money }}", {"n": decimal.Decimal(1)}),
    ],
)
def test_the_time_budget_is_read_by_every_kind_of_work(
    source: str, variables: dict[str, object]
) -> None:
    with pytest.raises(TemplateRenderError, match="took longer than"):
        globalcs.render_template(source, "DE", **variables)


@pytest.mark.usefixtures("no_time")
def test_a_template_without_work_needs_no_clock() -> None:
    assert globalcs.render_template("Hello {{ name }}", "DE", name="Anna").text == "Hello Anna"


# Output ------------------------------------------------------------------------------


def test_the_output_cap_is_exact(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_templates, "MAX_OUTPUT", 100)
    template = globalcs.compile_template("{% for i in items %}{{ i }}{% endfor %}")
    assert len(globalcs.render_template(template, "DE", items=["x"] * 100).text) == 100
    with pytest.raises(TemplateRenderError, match="output longer than 100 characters"):
        globalcs.render_template(template, "DE", items=["x"] * 101)


def test_a_few_long_pieces_trip_the_output_cap() -> None:
    items = ["y" * 5000] * 30  # 150,000 characters in one piece
    with pytest.raises(TemplateRenderError, match="output longer than"):
        globalcs.render_template("{{ items }}", "DE", items=items)
    with pytest.raises(TemplateRenderError, match="output longer than"):
        globalcs.render_template("{{ items|join }}", "DE", items=items)


# Filters and tests safe on any input -------------------------------------------------


def test_int_refuses_a_huge_decimal_before_converting_it() -> None:
    # Data cannot carry one (see MAX_NUMBER_DIGITS); the filter refuses it on its own too.
    int_filter = _templates._environment().filters["int"]
    with pytest.raises(TemplateRenderError, match="int filter"):
        int_filter(decimal.Decimal("1e999999"))
    assert int_filter(decimal.Decimal("1e-999999")) == 0
    assert int_filter(decimal.Decimal("42.9")) == 42
    assert int_filter("12") == 12
    assert int_filter("nope", 7) == 7


@pytest.mark.parametrize(
    "source",
    [
        "{{ n|round(1000000, 'ceil') }}",
        "{{ n|round(21) }}",
        "{{ n|round(2, 'up') }}",
        "{{ n|round('2') }}",
        "{{ s|truncate(1) }}",
        "{{ s|truncate(5, end=3) }}",
        "{{ s|truncate('5') }}",
        "{{ s is even }}",
        "{{ s is odd }}",
        "{{ s is divisibleby 3 }}",
        "{{ n is divisibleby 0 }}",
    ],
)
def test_filters_and_tests_refuse_what_would_be_slow_or_crash(source: str) -> None:
    # '%0999999999d' is even would format a string of a billion characters.
    with pytest.raises(TemplateRenderError):
        globalcs.render_template(source, "DE", n=decimal.Decimal("1.5"), s="%0999999999d")


def test_safe_filters_and_tests_keep_working() -> None:
    message = globalcs.render_template(
        "{{ n|round(1) }} {{ n|round(0, 'ceil') }} {{ n|int }} {{ s|truncate(5, leeway=0) }} "
        "{{ 4 is even }} {{ m is odd }} {{ m is divisibleby 3 }} {{ s|truncate(3, end='') }}",
        "DE",
        n=decimal.Decimal("1.45"),
        m=9,
        s="abcdefghij",
    )
    assert message.text == "1.4 2.0 1 ab... True True True abc"


def test_a_loop_named_loop_is_refused_as_invalid() -> None:
    with pytest.raises(TemplateSecurityError, match="loop"):
        globalcs.compile_template("{% for loop in items %}{% endfor %}")
