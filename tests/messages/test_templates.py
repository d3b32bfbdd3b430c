"""Merchant templates: the safe subset, hostile templates refused or inert, injection inert."""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import resource

import pytest
from hypothesis import given
from hypothesis import strategies as st

import globalcs
from globalcs import TemplateSecurityError

CUSTOMER = {"given_name": "Anna", "family_name": "Müller", "gender": "female"}

HOSTILE = [
    "{{ 'a' * 10**9 }}",
    "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}",
    "{% set x = 'ab' %}{% for i in items %}{% set x = x ~ x %}{% endfor %}{{ x }}",
    "{{ '{:>{w}}'.format(1, w=10**8) }}",
    "{{ (7 ** 30000000) % 3 }}",
    "{{ 7 ** 30000000 }}",
    "{{ x|safe }}",
    "{% autoescape false %}{{ x }}{% endautoescape %}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ x.__class__ }}",
    "{{ x['__class__'] }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ lipsum.__globals__ }}",
    "{{ self._TemplateReference__context }}",
    "{{ self }}",
    "{% include '/etc/passwd' %}",
    "{% import 'x' as y %}",
    "{% extends 'base' %}",
    "{% macro m() %}{% endmacro %}",
    "{% filter upper %}x{% endfilter %}",
    "{% with a = 1 %}{{ a }}{% endwith %}",
    "{{ x|attr('__class__') }}",
    "{{ x|format('%s') }}",
    "{{ x|indent(100000000) }}",
    "{{ x|center(100000000) }}",
    "{{ x|map('upper')|list }}",
    "{{ [1, 2, 3] }}",
    "{{ {'a': 1} }}",
    "{{ x[0:10] }}",
    "{{ x ~ x }}",
    "{{ x + x }}",
    "{{ -x }}",
    "{{ x|replace('a', 'b') }}",
    "{{ x|truncate(n) }}",
    "{% for i in items recursive %}{{ loop(i) }}{% endfor %}",
    "{% for a in items %}{% for b in items %}{% for c in items %}{% endfor %}{% endfor %}"
    "{% endfor %}",
    "{{ 'x' * 2 }}",
    "{{ 99999999999999999999 }}",
    "{{ namespace() }}",
    "{% do x.append(1) %}",
    "{% raw %}{{ x }}{% endraw %}{{ x.__dict__ }}",
    "{{ x|join(y) }}",
    "{{ x }",
    "{{ " + "(" * 500 + "x" + ")" * 500 + " }}",
    "{{ " + "not " * 500 + "x }}",
    "{% if a %}" * 500 + "{% endif %}" * 500,
    "{{ " + "[" * 500 + "]" * 500 + " }}",
]


@pytest.mark.parametrize("source", HOSTILE)
def test_hostile_templates_are_refused_before_jinja_compiles_them(
    source: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Jinja folds constants (7 ** 30000000) while compiling, before any sandbox check;
    # a refusal on the parsed tree means that work never starts. No clock is needed.
    from globalcs.messages import _templates

    environment = type(_templates._environment())

    def compile_refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("a hostile template reached Jinja's compiler")

    monkeypatch.setattr(environment, "compile", compile_refused)
    with pytest.raises(TemplateSecurityError) as info:
        globalcs.compile_template(source)
    assert "not allowed" in str(info.value) or "invalid template syntax" in str(info.value)


def test_refusal_names_line_and_construct() -> None:
    with pytest.raises(TemplateSecurityError) as info:
        globalcs.compile_template("Hello\n\n{% set x = 1 %}")
    assert info.value.lineno == 3
    assert info.value.construct == "{% set %}"


def test_the_first_refused_construct_in_reading_order_is_named() -> None:
    with pytest.raises(TemplateSecurityError) as info:
        globalcs.compile_template("{{ a|upper }}\n{{ b * 2 }} {{ c ** 2 }}\n{% set x = 1 %}")
    assert info.value.lineno == 2
    assert info.value.construct == "arithmetic (*)"


@pytest.mark.parametrize(
    "source",
    [
        "{% if a %}1{% elif b %}2{% else %}3{% endif %}",
        "{% for x in xs %}{{ loop.index }}{{ loop.first }}{% else %}none{% endfor %}",
        "{{ a if b else c }}",
        "{{ a not in xs }} {{ a in xs }} {{ not a }} {{ a and b or c }}",
        "{{ a == 1 }} {{ a != 1 }} {{ a < 1 }} {{ a <= 1 }} {{ a > 1 }} {{ a >= 1 }}",
        "{{ a is defined }} {{ a is divisibleby 3 }} {{ xs[0] }} {{ m['k'] }}",
        "{{ s|truncate(10, killwords=true) }} {{ n|round(2) }} {{ xs|join(', ') }}",
        "{% for x in xs %}{% for y in x.ys %}{{ y }}{% endfor %}{% endfor %}",
    ],
)
def test_every_construct_of_the_subset_compiles(source: str) -> None:
    assert globalcs.compile_template(source).source == source


def test_size_caps() -> None:
    with pytest.raises(TemplateSecurityError):
        globalcs.compile_template("x" * 20_001)
    nested = "{% if a %}" * 10 + "x" + "{% endif %}" * 10
    with pytest.raises(TemplateSecurityError, match="nesting"):
        globalcs.compile_template(nested)


@pytest.mark.parametrize("count", [0, 1, 255, 256, 257, 500])
def test_long_outputs_arrive_whole(count: int) -> None:
    # Output is gathered in batches of pieces; none may be lost at a batch's edge.
    template = globalcs.compile_template("{% for i in items %}{{ i }};{% endfor %}")
    text = globalcs.render_template(template, "DE", items=list(range(count)), channel="chat").text
    assert text == "".join(f"{i};" for i in range(count))


def test_output_cap_bounds_memory() -> None:
    template = globalcs.compile_template(
        "{% for a in items %}{% for b in items %}{{ text }}{% endfor %}{% endfor %}"
    )
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(globalcs.TemplateRenderError):
        globalcs.render_template(template, "DE", items=list(range(500)), text="x" * 5000)
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kib < 200_000


def test_sequences_and_strings_from_callers_are_capped() -> None:
    template = globalcs.compile_template("{% for i in items %}{{ i }}{% endfor %}")
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.render_template(template, "DE", items=list(range(10_000)))
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.render_template(template, "DE", items=["x" * 10_000])


def test_only_plain_data_reaches_a_template() -> None:
    class Secret:
        password = "hunter2"

    template = globalcs.compile_template("{{ obj.password }}")
    with pytest.raises(globalcs.InvalidOptionError, match="only plain data"):
        globalcs.render_template(template, "DE", obj=Secret())
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.render_template(template, "DE", obj={"_private": 1})


def test_subclasses_of_plain_types_arrive_as_the_plain_type() -> None:
    import collections
    import enum

    from globalcs.messages._templates import plain_data

    class Stamp(dt.datetime):
        def leak(self) -> str:
            return "secret"

    class Day(dt.date):
        pass

    class Money(decimal.Decimal):
        pass

    class Level(enum.IntEnum):
        GOLD = 3

    class Name(str):
        pass

    at = Stamp(2026, 12, 1, 9, tzinfo=dt.UTC)
    copied = plain_data(
        {
            "at": at,
            "day": Day(2026, 12, 1),
            "total": Money("9.90"),
            "level": Level.GOLD,
            "name": Name("Anna"),
            "tags": ["a", ("b",)],
            "order": collections.OrderedDict(id="A-1"),
        }
    )
    assert type(copied["at"]) is dt.datetime
    assert copied["at"] == at
    assert type(copied["day"]) is dt.date
    assert type(copied["total"]) is decimal.Decimal
    assert type(copied["level"]) is int
    assert type(copied["name"]) is str
    assert copied["tags"] == ("a", ("b",))
    assert type(copied["order"]) is dict


def test_data_budget_counts_every_value_of_every_variable() -> None:
    template = globalcs.compile_template("{{ a|length }}")
    half = {f"k{i}": i for i in range(6_000)}
    assert globalcs.render_template(template, "DE", a=half).text == "6000"
    with pytest.raises(globalcs.InvalidOptionError, match="too much data"):
        globalcs.render_template(template, "DE", a=half, b=dict(half))
    with pytest.raises(globalcs.InvalidOptionError, match="too much data"):
        globalcs.render_template(template, "DE", a={f"k{i}": i for i in range(10_001)})


def test_a_mapping_whose_items_never_end_is_stopped() -> None:
    import collections.abc
    import itertools

    class Endless(collections.abc.Mapping[str, int]):
        def __getitem__(self, key: str) -> int:
            return 1

        def __len__(self) -> int:
            return 1

        def __iter__(self):  # type: ignore[no-untyped-def]
            return (f"k{i}" for i in itertools.count())

    template = globalcs.compile_template("{{ a|length }}")
    with pytest.raises(globalcs.InvalidOptionError, match="too much data"):
        globalcs.render_template(template, "DE", a=Endless())


def test_attributes_of_a_mapping_are_its_keys_only() -> None:
    order = {"items": ("shirt", "socks"), "id": "A-1"}
    template = globalcs.compile_template("{{ order.id }}: {{ order.items|join(', ') }}")
    assert globalcs.render_template(template, "DE", order=order).text == "A-1: shirt, socks"
    assert globalcs.render_template("{{ order['id'] }}", "DE", order=order).text == "A-1"
    # A mapping's methods are not reachable: no key, no value (and no memory address).
    for source in ("{{ order.keys }}", "{{ order.values }}", "{{ customer.get }}"):
        with pytest.raises(globalcs.MissingVariableError):
            globalcs.render_template(source, "DE", order=order, customer=CUSTOMER)
    # Other plain values keep their attributes.
    day = dt.date(2026, 12, 24)
    assert globalcs.render_template("{{ day.year }}", "DE", day=day).text == "2026"


def test_missing_variable_is_named() -> None:
    template = globalcs.compile_template("Order {{ order_id }} for {{ customer|greeting }}")
    with pytest.raises(globalcs.MissingVariableError) as info:
        globalcs.render_template(template, "DE")
    assert info.value.variable == "order_id"


def test_html_injection_through_variables_is_inert() -> None:
    template = globalcs.compile_template(
        "{{ customer|greeting }}\n\nNote: {{ note }}", subject="Re: {{ order_id }}"
    )
    payload = '<script>alert(1)</script><img src=x onerror="x">'
    message = globalcs.render_template(
        template,
        "DE",
        note=payload,
        order_id=payload,
        customer={"given_name": "<b>Eve</b>", "family_name": "&amp;"},
    )
    assert message.html is not None
    assert "<script>" not in message.html
    assert "<img" not in message.html
    assert "&lt;script&gt;" in message.html
    assert "<b>Eve</b>" not in message.html


def test_template_markup_is_escaped_too() -> None:
    message = globalcs.render_template("<a href='javascript:x'>hi</a>", "DE")
    assert message.html is not None
    assert "<a href='javascript" not in message.html


@pytest.mark.parametrize("value", ["Order 1\r\nBcc: victim@example.com", "x\ny", "a\rb"])
def test_crlf_in_subject_is_refused(value: str) -> None:
    template = globalcs.compile_template("Body", subject="{{ order_id }}")
    with pytest.raises(globalcs.GlobalcsError):
        globalcs.render_template(template, "DE", order_id=value)
    with pytest.raises(TemplateSecurityError):
        globalcs.compile_template("Body", subject="Line\nBreak")


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "data:text/html,<script>", "JaVaScRiPt:x", "//evil", "ftp://x"]
)
def test_unsafe_url_schemes_are_refused(url: str) -> None:
    template = globalcs.compile_template("{{ link|url }}")
    with pytest.raises(TemplateSecurityError):
        globalcs.render_template(template, "DE", link=url)


def test_safe_subset_renders_with_globalcs_filters() -> None:
    template = globalcs.compile_template(
        "{{ customer|greeting }}\n\n"
        "{% for item in items %}{{ loop.index }}. {{ item.name|upper }}\n{% endfor %}"
        "{% if total > 100 %}Big order{% else %}Order{% endif %}: {{ total|money }}, "
        "{{ day|date }}, {{ method|payment_method_name }}\n\n{{ customer|closing }}",
        subject="Bestellung {{ order_id }}",
    )
    message = globalcs.render_template(
        template,
        "DE",
        order_id="A-1",
        total=decimal.Decimal("149.90"),
        day=dt.date(2026, 12, 24),
        method="invoice",
        customer=CUSTOMER,
        items=[{"name": "Tasse"}, {"name": "Kanne"}],
    )
    assert message.subject == "Bestellung A-1"
    assert message.text.startswith("Sehr geehrte Frau Müller,")
    assert "1. TASSE" in message.text
    assert "2. KANNE" in message.text
    assert "Big order: 149,90\xa0€, 24. Dezember 2026, Kauf auf Rechnung" in message.text
    assert message.text.endswith("Mit freundlichen Grüßen")


def test_compiled_templates_are_cached() -> None:
    source = "Hi {{ customer|salutation }}"
    assert globalcs.compile_template(source) is globalcs.compile_template(source)


def test_sms_template_is_segment_aware() -> None:
    message = globalcs.render_template(
        "Total {{ total|money }}", "FR", channel="sms", total=decimal.Decimal("1234.5")
    )
    assert message.encoding == "GSM-7"
    assert "\u202f" not in message.text
    assert "\xa0" not in message.text


@given(st.text(max_size=200))
def test_any_source_compiles_or_is_refused(source: str) -> None:
    try:
        template = globalcs.compile_template(source)
    except TemplateSecurityError:
        return
    with contextlib.suppress(globalcs.GlobalcsError):
        globalcs.render_template(template, "DE")


@given(st.text(max_size=100))
def test_any_variable_text_is_escaped_in_html(text: str) -> None:
    if any(ch in text for ch in "\r\n"):
        return
    try:
        message = globalcs.render_template("{{ v }}", "DE", v=text)
    except globalcs.GlobalcsError:
        return
    assert message.html is not None
    body = message.html.split("<body>", 1)[1]
    assert "<script" not in body.lower() or "<script" not in text.lower()
    for tag in ("<b>", "<img", "<a "):
        if tag in text:
            assert tag not in body


@pytest.mark.parametrize(
    ("source", "data"),
    [
        ("{{ s.upper }}", {"s": "a"}),
        ('{{ s["upper"] }}', {"s": "a"}),
        ("{{ d.replace }}", {"d": dt.date(2026, 1, 2)}),
        ("{% for x in xs %}{{ loop.cycle }}{% endfor %}", {"xs": [1]}),
        ("{{ xs.append }}", {"xs": [1]}),
    ],
)
def test_a_method_is_never_printed(source: str, data: dict[str, object]) -> None:
    """Calls are refused, so a method could only print its memory address."""
    with pytest.raises(globalcs.MissingVariableError):
        globalcs.render_template(source, "DE", **data)


def test_data_attributes_are_still_read() -> None:
    day = dt.date(2026, 1, 2)
    assert globalcs.render_template("{{ d.year }}-{{ d.month }}", "DE", d=day).text == "2026-1"


@pytest.mark.parametrize("source", ["{{ s|last }}", "{{ s|first }}", "{{ xs|last }}"])
def test_an_empty_sequence_is_a_render_error_not_a_missing_variable(source: str) -> None:
    with pytest.raises(globalcs.TemplateRenderError, match="empty"):
        globalcs.render_template(source, "DE", s="", xs=[])
