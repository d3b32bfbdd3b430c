"""Merchant templates: a Liquid-like subset of Jinja2, checked before it is compiled.

Template authors are only partly trusted and variables come from end
customers, so a template may only print variables through allow-listed
filters, branch with ``if`` and loop with ``for`` over sequences it was given.
Everything else is refused on the parsed template, before Jinja compiles (and
constant-folds) it. Output is plain text; the HTML of an e-mail is made by
escaping all of it, so neither a variable nor the template can inject markup.

Every render also runs on a budget no construct of the subset escapes: loop
iterations, output size and wall-clock time are counted (each over its limit
raises :class:`TemplateRenderError`), the caller's data is copied with limits on
its size, depth, cycles and numbers (:class:`InvalidOptionError`), and the
source's nesting is measured on its tokens before Jinja's recursive parser reads
it (:class:`TemplateSecurityError`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import functools
import itertools
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from jinja2 import TemplateError, UndefinedError, pass_environment
from jinja2.exceptions import SecurityError
from jinja2.runtime import new_context

from .._errors import (
    GlobalcsError,
    InvalidOptionError,
    MissingVariableError,
    TemplateRenderError,
    TemplateSecurityError,
)
from .._record import field, record
from ._options import MessageChannel, Tone
from ._render import finish_template_message, template_context
from ._values import _UNSAFE_IN_LINES, check_data

if TYPE_CHECKING:
    from ._message import Message

MAX_SOURCE = 20_000
MAX_SUBJECT = 300
MAX_OUTPUT = 100_000
MAX_DEPTH = 6
MAX_LOOP_NESTING = 2
MAX_SEQUENCE = 500
MAX_STRING = 5_000
MAX_CONST = 10**6

MAX_SOURCE_NESTING = 16
"""How deeply brackets, blocks and the prefix operators ``not``, ``-``, ``+`` and an
inline ``else`` may nest in a template's source. Measured on the tokens before Jinja's
(recursive) parser reads the source; deeper raises :class:`TemplateSecurityError`."""
MAX_DATA_DEPTH = 32
"""How deeply mappings and lists may nest in the data given to a render; deeper data,
and data that contains itself, raise :class:`InvalidOptionError` naming the variable."""
MAX_NUMBER_DIGITS = 100
"""Ints and Decimals given to a render must be below ``10**MAX_NUMBER_DIGITS`` in size
(:class:`InvalidOptionError` otherwise); the ``int`` filter refuses larger Decimals."""
MAX_ITERATIONS = 100_000
"""Items one render may walk over, in all: every iteration of every ``{% for %}`` loop
(over a list, string or mapping alike) and every item ``join`` or ``listing`` reads.
More raises :class:`TemplateRenderError`."""
MAX_RENDER_SECONDS = 2.0
"""Wall-clock seconds one render (body and subject) may take. The clock is read on every
filter call and every few loop iterations, loops, comparisons and tests; past the limit,
:class:`TemplateRenderError`."""
_CLOCK_EVERY = 16  # steps between two readings of the clock
_MAX_ROUND_PRECISION = 20

SAFE_FILTERS = frozenset(
    {
        "upper",
        "lower",
        "title",
        "capitalize",
        "trim",
        "default",
        "d",
        "length",
        "count",
        "first",
        "last",
        "join",
        "truncate",
        "striptags",
        "abs",
        "round",
        "int",
        # globalcs's own, bound to the market and language of the render
        "money",
        "converted",
        "date",
        "datetime",
        "number",
        "listing",
        "salutation",
        "greeting",
        "closing",
        "payment_method_name",
        "url",
        "name",
    }
)
SAFE_TESTS = frozenset(
    {
        "defined",
        "undefined",
        "none",
        "number",
        "string",
        "sequence",
        "mapping",
        "even",
        "odd",
        "divisibleby",
        "eq",
        "ne",
        "lt",
        "le",
        "gt",
        "ge",
        "in",
        "true",
        "false",
    }
)
SAFE_COMPARISONS = frozenset({"eq", "ne", "lt", "gt", "lteq", "gteq", "in", "notin"})
_RESERVED = frozenset({"self", "caller", "varargs", "kwargs"})


def check_ast(tree: Any) -> None:
    """Refuse any construct outside the documented subset (raises TemplateSecurityError)."""
    from jinja2 import nodes

    checks = _node_checks()
    # An explicit stack of (node, depth, loops around it): no recursion limit to reach.
    stack: list[tuple[Any, int, int]] = [(tree, 0, 0)]
    push = stack.append
    while stack:
        node, depth, loops = stack.pop()
        kind = type(node)
        if kind not in checks:
            raise TemplateSecurityError(_construct(node), getattr(node, "lineno", None))
        if depth > MAX_DEPTH:
            raise TemplateSecurityError(f"nesting deeper than {MAX_DEPTH} levels", node.lineno)
        check = checks[kind]
        if check is not None:
            loops = check(node, loops)
        depth += 1
        children: list[Any] = []
        for name in node.fields:
            child = getattr(node, name)
            if type(child) is list:
                children += child
            elif child is not None:
                children.append(child)
        # Reversed onto the stack, so refusals come in reading order.
        for child in reversed(children):
            if isinstance(child, nodes.Node):
                push((child, depth, loops))


@functools.cache
def _node_checks() -> dict[type, Callable[[Any, int], int] | None]:
    """The node types of the subset, each with its extra check (None: allowed as it is).
    A check returns how many loops enclose the node's children."""
    from jinja2 import nodes

    def const(node: Any, loops: int) -> int:
        _check_const(node.value, node.lineno)
        return loops

    def name(node: Any, loops: int) -> int:
        if node.name.startswith("_") or node.name in _RESERVED or node.ctx not in ("load", "store"):
            raise TemplateSecurityError(f"the name {node.name!r}", node.lineno)
        return loops

    def getattr_(node: Any, loops: int) -> int:
        if node.attr.startswith("_"):
            raise TemplateSecurityError(f"the private attribute {node.attr!r}", node.lineno)
        return loops

    def getitem(node: Any, loops: int) -> int:
        if not isinstance(node.arg, nodes.Const) or not isinstance(node.arg.value, str | int):
            raise TemplateSecurityError("an index that is not a constant", node.lineno)
        if isinstance(node.arg.value, str) and node.arg.value.startswith("_"):
            raise TemplateSecurityError(f"the private key {node.arg.value!r}", node.lineno)
        return loops

    def filter_(node: Any, loops: int) -> int:
        line = node.lineno
        if node.name not in SAFE_FILTERS:
            raise TemplateSecurityError(
                f"the filter {node.name!r}", line, "allowed: " + ", ".join(sorted(SAFE_FILTERS))
            )
        if node.dyn_args is not None or node.dyn_kwargs is not None:
            raise TemplateSecurityError("*args or **kwargs in a filter", line)
        for argument in [*node.args, *(k.value for k in node.kwargs)]:
            if not isinstance(argument, nodes.Const):
                raise TemplateSecurityError(f"a non-constant argument to {node.name}", line)
        return loops

    def test(node: Any, loops: int) -> int:
        if node.name not in SAFE_TESTS:
            raise TemplateSecurityError(f"the test {node.name!r}", node.lineno)
        if node.dyn_args is not None or node.dyn_kwargs is not None:
            raise TemplateSecurityError("*args or **kwargs in a test", node.lineno)
        return loops

    def operand(node: Any, loops: int) -> int:
        if node.op not in SAFE_COMPARISONS:
            raise TemplateSecurityError(f"the operator {node.op!r}", node.lineno)
        return loops

    def for_(node: Any, loops: int) -> int:
        line = node.lineno
        if node.recursive:
            raise TemplateSecurityError("a recursive loop", line)
        if not isinstance(node.iter, nodes.Name | nodes.Getattr | nodes.Getitem):
            raise TemplateSecurityError(
                "a loop over something other than a supplied sequence", line
            )
        if loops + 1 > MAX_LOOP_NESTING:
            raise TemplateSecurityError(f"loops nested more than {MAX_LOOP_NESTING} deep", line)
        return loops + 1

    return {
        nodes.Template: None,
        nodes.Output: None,
        nodes.TemplateData: None,
        nodes.If: None,
        nodes.Compare: None,
        nodes.And: None,
        nodes.Or: None,
        nodes.Not: None,
        nodes.CondExpr: None,
        nodes.Keyword: None,
        nodes.Const: const,
        nodes.Name: name,
        nodes.Getattr: getattr_,
        nodes.Getitem: getitem,
        nodes.Filter: filter_,
        nodes.Test: test,
        nodes.Operand: operand,
        nodes.For: for_,
    }


def _construct(node: Any) -> str:
    names = {
        "Pow": "the ** operator",
        "Mul": "arithmetic (*)",
        "Add": "arithmetic (+)",
        "Sub": "arithmetic (-)",
        "Div": "arithmetic (/)",
        "FloorDiv": "arithmetic (//)",
        "Mod": "the % operator",
        "Concat": "string concatenation (~)",
        "Call": "a call",
        "Assign": "{% set %}",
        "AssignBlock": "{% set %}",
        "Macro": "{% macro %}",
        "CallBlock": "{% call %}",
        "Import": "{% import %}",
        "FromImport": "{% from import %}",
        "Include": "{% include %}",
        "Extends": "{% extends %}",
        "Block": "{% block %}",
        "ScopedEvalContextModifier": "{% autoescape %}",
        "Scope": "{% autoescape %} or a scope",
        "EvalContextModifier": "{% autoescape %}",
        "FilterBlock": "{% filter %}",
        "With": "{% with %}",
        "List": "a list literal",
        "Tuple": "a tuple literal",
        "Dict": "a dict literal",
        "Slice": "slicing",
        "Neg": "arithmetic (unary -)",
        "Pos": "arithmetic (unary +)",
        "ExprStmt": "{% do %}",
    }
    kind = type(node).__name__
    return names.get(kind, f"the construct {kind}")


def _check_const(value: object, line: int | None) -> None:
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, int) and abs(value) <= MAX_CONST:
        return
    if isinstance(value, float) and abs(value) <= MAX_CONST:
        return
    if isinstance(value, str) and len(value) <= 200:
        return
    raise TemplateSecurityError("a constant that is too large or of an unsupported type", line)


@functools.cache
def _environment() -> Any:
    from jinja2 import StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class MerchantEnvironment(ImmutableSandboxedEnvironment):
        """The sandbox for merchant templates. Their data is plain (see :func:`plain_data`),
        so the attribute of a mapping is its key, as in Liquid, and a mapping's methods
        are not reachable. Other values get the sandbox's checks."""

        def getattr(self, obj: Any, attribute: str) -> Any:
            if type(obj) is dict:
                try:
                    return obj[attribute]
                except KeyError:
                    return self.undefined(obj=obj, name=attribute)
            return self._value(obj, attribute, super().getattr(obj, attribute))

        def getitem(self, obj: Any, argument: Any) -> Any:
            if type(obj) is dict:
                try:
                    return obj[argument]
                except (KeyError, TypeError):
                    return self.undefined(obj=obj, name=argument)
            return self._value(obj, argument, super().getitem(obj, argument))

        def _value(self, obj: Any, name: Any, found: Any) -> Any:
            # Data, never a method: calls are refused, so printing one would only show
            # "<built-in method upper of str object at 0x7f...>" to the customer.
            if callable(found):
                return self.undefined(obj=obj, name=name)
            return found

    env = MerchantEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        optimized=False,
        auto_reload=False,
        cache_size=0,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    for name in list(env.filters):
        if name not in SAFE_FILTERS:
            del env.filters[name]
    for name in list(env.tests):
        if name not in SAFE_TESTS:
            del env.tests[name]
    env.globals.clear()
    from . import _filters

    _filters.install(env, contextual=True)
    env.filters.update(int=_int, round=_round, truncate=_truncate)
    for name in SAFE_FILTERS:
        env.filters[name] = _budgeted(env.filters[name], walks=name in _WALKING_FILTERS)
    env.filters[_WALK] = _walk
    env.filters[_STEP] = _step
    for name in ("even", "odd", "divisibleby"):
        env.tests[name] = _numeric_test(name, env.tests[name])
    return env


# Budgets of one render -------------------------------------------------------------------

_WALK = "_globalcs_walk"  # wraps what a {% for %} loops over (private: not in SAFE_FILTERS)
_STEP = "_globalcs_step"  # wraps every comparison and test
_WALKING_FILTERS = frozenset({"join", "listing"})


class _Budget:
    """What is left of one render's budgets (see :data:`MAX_ITERATIONS` and
    :data:`MAX_RENDER_SECONDS`)."""

    __slots__ = ("deadline", "left", "limit", "seconds", "ticks")

    def __init__(self) -> None:
        self.limit = MAX_ITERATIONS
        self.left = MAX_ITERATIONS
        self.seconds = MAX_RENDER_SECONDS
        self.deadline = time.monotonic() + MAX_RENDER_SECONDS
        self.ticks = _CLOCK_EVERY

    def walk(self, count: int) -> None:
        """Spend ``count`` iterations."""
        self.left -= count
        if self.left < 0:
            raise TemplateRenderError(f"more than {self.limit} loop iterations in one render")

    def step(self) -> None:
        """Count one step of work; every :data:`_CLOCK_EVERY` steps, read the clock."""
        self.ticks -= 1
        if self.ticks <= 0:
            self.ticks = _CLOCK_EVERY
            self.clock()

    def clock(self) -> None:
        """Read the clock."""
        if time.monotonic() > self.deadline:
            raise TemplateRenderError(f"rendering took longer than {self.seconds} seconds")


_budget: ContextVar[_Budget | None] = ContextVar("globalcs_template_budget", default=None)


class _Walk:
    """A long sized sequence a loop walks over (its iterations already spent): the same
    items, with the clock read every :data:`_CLOCK_EVERY` of them. Sized like them, so
    ``loop.length`` needs no copy."""

    __slots__ = ("budget", "items")

    def __init__(self, items: Any, budget: _Budget) -> None:
        self.items = items
        self.budget = budget

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Any]:
        clock = self.budget.clock
        items = iter(self.items)
        while True:
            chunk = tuple(itertools.islice(items, _CLOCK_EVERY))
            yield from chunk
            if len(chunk) < _CLOCK_EVERY:
                return
            clock()


def _walk_unsized(items: Any, budget: _Budget) -> Iterator[Any]:
    """What a loop walks over when it has no length (``loop``): one iteration an item."""
    for item in items:
        budget.walk(1)
        budget.step()
        yield item


def _walk(value: Any) -> Any:
    """The filter every ``{% for %}`` loop's sequence is passed through (added after the
    safety check): a loop over a sized value spends its iterations before it starts."""
    budget = _budget.get()
    if budget is None:
        return value
    try:
        size = len(value)  # StrictUndefined raises UndefinedError: a missing variable
    except TypeError:
        return _walk_unsized(value, budget)  # iter() raises for what cannot loop
    budget.walk(size)
    budget.step()
    return value if size <= _CLOCK_EVERY else _Walk(value, budget)


def _step(value: Any) -> Any:
    """The filter every comparison and test is passed through: one step each."""
    budget = _budget.get()
    if budget is not None:
        budget.step()
    return value


def _budgeted(function: Callable[..., Any], *, walks: bool) -> Callable[..., Any]:
    """``function`` (a filter), reading the clock on every call; a filter that ``walks``
    its value also spends one iteration per item."""
    at = 1 if hasattr(function, "jinja_pass_arg") else 0  # after a context argument

    @functools.wraps(function)  # keeps Jinja's pass_context & co. marker
    def budgeted(*args: Any, **kwargs: Any) -> Any:
        budget = _budget.get()
        if budget is not None:
            # A filter's work grows with its value (``upper`` of a long list printed):
            # read the clock on every call, not every few.
            budget.clock()
            if walks and len(args) > at:
                # Without a length, the filter fails or walks a loop, counted already.
                with contextlib.suppress(TypeError):
                    budget.walk(len(args[at]))
        return function(*args, **kwargs)

    return budgeted


def _add_budget(tree: Any) -> None:
    """Pass every loop's sequence through :func:`_walk`, and every comparison and test
    through :func:`_step`. Runs after :func:`check_ast`, on a tree it found shallow."""
    from jinja2 import nodes

    def counted(node: Any) -> Any:
        if isinstance(node, nodes.Compare | nodes.Test):
            return nodes.Filter(node, _STEP, [], [], None, None, lineno=node.lineno)
        return node

    stack: list[Any] = [tree]
    while stack:
        node = stack.pop()
        for name in node.fields:
            child = getattr(node, name)
            if type(child) is list:
                for index, item in enumerate(child):
                    if isinstance(item, nodes.Node):
                        stack.append(item)
                        child[index] = counted(item)
            elif isinstance(child, nodes.Node):
                stack.append(child)
                setattr(node, name, counted(child))
        if type(node) is nodes.For:
            node.iter = nodes.Filter(node.iter, _WALK, [], [], None, None, lineno=node.lineno)
    tree.set_environment(_environment())


# Filters and tests safe on any input -----------------------------------------------------


def _int(value: Any, default: Any = 0, base: int = 10) -> Any:
    """Jinja's ``int``, refusing a Decimal too large to convert quickly (``1e999999``)."""
    from jinja2.filters import do_int

    if (
        isinstance(value, decimal.Decimal)
        and value.is_finite()
        and value.adjusted() >= MAX_NUMBER_DIGITS
    ):
        raise TemplateRenderError(
            f"the int filter got a number of {MAX_NUMBER_DIGITS} or more digits"
        )
    return do_int(value, default, base)


def _round(value: Any, precision: int = 0, method: str = "common") -> Any:
    """Jinja's ``round`` with a small precision: ``round(1000000, 'ceil')`` would first
    compute ``10 ** 1000000``."""
    from jinja2.filters import do_round

    if type(precision) is not int or not 0 <= precision <= _MAX_ROUND_PRECISION:
        raise TemplateRenderError(
            f"round takes a precision from 0 to {_MAX_ROUND_PRECISION}, not {precision!r}"
        )
    if method not in ("common", "ceil", "floor"):
        raise TemplateRenderError(f"round's method is common, ceil or floor, not {method!r}")
    return do_round(value, precision, method)  # type: ignore[arg-type]


@pass_environment
def _truncate(
    environment: Any,
    s: Any,
    length: int = 255,
    killwords: bool = False,
    end: str = "...",
    leeway: int | None = None,
) -> str:
    """Jinja's ``truncate``, with its arguments checked (Jinja asserts on them)."""
    from jinja2.filters import do_truncate

    if type(end) is not str or type(length) is not int or length < len(end):
        raise TemplateRenderError("truncate needs a length at least as long as its end")
    if leeway is not None and (type(leeway) is not int or leeway < 0):
        raise TemplateRenderError("truncate's leeway must be a number from 0")
    return do_truncate(environment, s, length, killwords, end, leeway)


def _numeric_test(name: str, test: Any) -> Callable[..., Any]:
    """A test that computes ``value % n``, for numbers only: on a string ``%`` formats,
    and ``'%0999999999d' is even`` would build a string of a billion characters."""

    def numeric(value: Any, *args: Any) -> Any:
        if type(value) not in (int, bool, float, decimal.Decimal):
            raise TemplateRenderError(
                f"the test {name!r} needs a number, not {type(value).__name__}"
            )
        return test(value, *args)

    return numeric


@record(eq=False)
class Template:
    """A checked and compiled merchant template. Make one with :func:`compile_template`."""

    source: str
    subject_source: str | None
    _body: Any = field(repr=False)
    _subject: Any = field(repr=False)

    def __reduce__(self) -> tuple[Any, ...]:
        # Compiled Jinja code does not pickle; the source does. Unpickling compiles it
        # again, so the copy passes the safety check of the process it arrives in.
        return (_unpickle_template, (self.source, self.subject_source))


def _unpickle_template(source: str, subject: str | None) -> Template:
    return compile_template(source, subject=subject)


_cache: dict[tuple[str, str | None], Template] = {}
_cache_lock = threading.Lock()
_CACHE_LIMIT = 512


def compile_template(source: str, *, subject: str | None = None) -> Template:
    """Check ``source`` (and ``subject``) against the safe subset and compile them, cached.

    >>> t = compile_template("{{ customer|greeting }}\\n\\nOrder {{ order_id }}: {{ total|money }}")
    >>> from globalcs import TemplateSecurityError
    >>> try:
    ...     compile_template("{{ 'a' * 10**9 }}")
    ... except TemplateSecurityError as exc:
    ...     print(exc)
    line 1: arithmetic (*) is not allowed in merchant templates
    """
    if not isinstance(source, str):
        raise InvalidOptionError("template source", source, reason="expected a string")
    if subject is not None and not isinstance(subject, str):
        raise InvalidOptionError("subject", subject, reason="expected a string")
    key = (source, subject)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    if len(source) > MAX_SOURCE:
        raise TemplateSecurityError(f"a template longer than {MAX_SOURCE} characters")
    if subject is not None:
        if len(subject) > MAX_SUBJECT:
            raise TemplateSecurityError(f"a subject longer than {MAX_SUBJECT} characters")
        if "\r" in subject or "\n" in subject:
            raise TemplateSecurityError("a line break in the subject", 1)
    body = _compile(source)
    subject_template = _compile(subject) if subject is not None else None
    template = Template(source, subject, body, subject_template)
    with _cache_lock:
        if len(_cache) >= _CACHE_LIMIT:
            _cache.pop(next(iter(_cache)))
        _cache[key] = template
    return template


def _compile(source: str) -> Any:
    from jinja2 import TemplateSyntaxError

    env = _environment()
    try:
        check_nesting(source)
        tree = env.parse(source)
        check_ast(tree)
        _add_budget(tree)
        return env.from_string(tree)
    except TemplateSyntaxError as exc:
        raise TemplateSecurityError(
            "invalid template syntax", exc.lineno, exc.message or ""
        ) from None
    except TemplateError as exc:  # e.g. assigning to ``loop``, refused while compiling
        raise TemplateSecurityError("an invalid template", None, exc.message or "") from None
    except RecursionError:
        # The last line of defence: check_nesting keeps Jinja's recursive parser and
        # compiler far from Python's recursion limit.
        raise TemplateSecurityError(
            f"nesting deeper than {MAX_SOURCE_NESTING} levels", None, "too deep to parse"
        ) from None


_BLOCK_TAGS = frozenset(
    {"if", "for", "macro", "call", "filter", "block", "with", "autoescape", "trans", "set"}
)


def check_nesting(source: str) -> None:
    """Refuse a source nested deeper than :data:`MAX_SOURCE_NESTING` levels, measured on its
    tokens before Jinja's recursive parser reads it (raises TemplateSecurityError).

    A level is an open block (``{% if %}``, ``{% for %}``, ...), an open bracket, or a
    prefix operator (``not``, ``-``, ``+``) or inline ``else`` inside the current bracket:
    each is a level of recursion in Jinja's parser. Text outside tags, strings and comments
    do not count.

    >>> check_nesting("{% if a %}{{ (b or c)|upper }}{% endif %}")
    >>> try:
    ...     check_nesting("{{ " + "(" * 40 + "x" + ")" * 40 + " }}")
    ... except TemplateSecurityError as exc:
    ...     print(exc)
    line 1: nesting deeper than 16 levels is not allowed in merchant templates (brackets, ...)
    """
    limit = MAX_SOURCE_NESTING
    blocks = 0  # open blocks
    depth = 0  # open blocks, plus brackets and prefix operators in the current tag
    brackets: list[int] = []  # for each open bracket, the depth before it
    tag: str | None = None  # the statement of the current {% %} tag
    named = True  # the current {% %} tag has its statement name already
    assigns = False  # the current tag is a {% set x = ... %}: no block
    for lineno, kind, value in _environment().lex(source):
        if kind == "operator":
            if value in ("(", "[", "{"):
                brackets.append(depth)
                depth += 1
            elif value in (")", "]", "}"):
                depth = brackets.pop() if brackets else depth
            elif value in ("-", "+"):
                depth += 1
            elif value == "=" and not brackets:
                assigns = True
        elif kind == "name":
            if not named:
                named = True
                tag = value
                if value.startswith("end") and blocks:
                    blocks -= 1
                    depth = blocks
            elif value in ("not", "else"):
                depth += 1
        elif kind == "block_begin":
            tag, named, assigns = None, False, False
            brackets.clear()
        elif kind == "block_end":
            if tag in _BLOCK_TAGS and not (tag == "set" and assigns):
                blocks += 1
            depth = blocks
        elif kind in ("variable_begin", "variable_end"):
            brackets.clear()
            depth = blocks
        if depth > limit:
            raise TemplateSecurityError(
                f"nesting deeper than {limit} levels",
                lineno,
                "brackets, blocks and not/-/+/else in the source",
            )


_PLAIN_SCALARS = frozenset({int, bool, type(None), decimal.Decimal, dt.date})


def plain_data(value: object, where: str = "variable") -> Any:
    """Copy caller data into plain values (no methods or objects reach a template).

    >>> plain_data({"items": [{"name": "Tee", "qty": 2}]})
    {'items': ({'name': 'Tee', 'qty': 2},)}
    """
    return _PlainCopy(where).copy(value)


def plain_variables(variables: Mapping[str, Any]) -> dict[str, Any]:
    """:func:`plain_data` for a template's variables, with one budget for all of them,
    and every string in them (keys too) held to :func:`check_data`'s rule.

    >>> plain_variables({"note": "Leave it\\nat the door"})
    {'note': 'Leave it\\nat the door'}
    >>> plain_variables({"items": [{"name": "Tee"}, {"name": "Mug\\u202e"}]})
    Traceback (most recent call last):
      ...
    globalcs.InvalidOptionError: invalid items[1].name 'Mug\\u202e': U+202E \
RIGHT-TO-LEFT OVERRIDE is not allowed (a bidirectional control)
    """
    copier = _PlainCopy("variable")
    strings = copier.strings
    result = {}
    for name, value in variables.items():
        kind = type(value)
        copier.where = name
        strings.append(name)
        if (kind is str and len(value) <= MAX_STRING) or kind in _PLAIN_SCALARS:
            if kind is int or kind is decimal.Decimal:
                copier.number(value)
            elif kind is str:
                strings.append(value)
            copier.budget -= 1
            result[name] = value
        else:
            result[name] = copier.copy(value)
    # One search over all the text the copy met; the walk of check_data, which names
    # where the refused character is, runs only when there is one.
    if _UNSAFE_IN_LINES.search(" ".join(strings)) is not None:
        check_data(result)
    return result


class _PlainCopy:
    """One copy of caller data, with a budget on how many values it may hold, and limits
    on how deeply they nest (:data:`MAX_DATA_DEPTH`) and how large numbers are
    (:data:`MAX_NUMBER_DIGITS`). Data that contains itself is refused."""

    __slots__ = ("budget", "limit", "path", "strings", "where")

    def __init__(self, where: str) -> None:
        self.where = where
        self.budget = 10_000
        self.path: list[object] = []  # the containers being copied, outermost first
        self.limit = _power_of_ten(MAX_NUMBER_DIGITS)
        self.strings: list[str] = []  # every string met, keys too, for one check

    def too_deep(self, container: object) -> InvalidOptionError:
        """The error for ``container``, found one level deeper than :data:`MAX_DATA_DEPTH`.
        Data that contains itself gets here too (no check on the way: it costs time on
        every render), and is told apart by a container met twice on the path."""
        seen = [id(c) for c in self.path]
        if id(container) in seen or len(set(seen)) < len(seen):
            return InvalidOptionError(self.where, "...", reason="it contains itself")
        return InvalidOptionError(
            self.where, "...", reason=f"nested deeper than {MAX_DATA_DEPTH} levels"
        )

    def number(self, value: int | decimal.Decimal) -> int | decimal.Decimal:
        """Refuse a number of :data:`MAX_NUMBER_DIGITS` digits or more: converting one
        (``int(Decimal('1e999999'))``, ``Decimal('1.5') == 10**1000000``) takes minutes."""
        shown: object = value
        if isinstance(value, decimal.Decimal):
            big = value.is_finite() and value.adjusted() >= MAX_NUMBER_DIGITS
        else:
            big = not -self.limit < value < self.limit
            shown = f"<an int of {value.bit_length()} bits>"  # its repr could fail
        if big:
            raise InvalidOptionError(
                self.where, shown, reason=f"numbers must be below 10**{MAX_NUMBER_DIGITS}"
            )
        return value

    def copy(self, value: object) -> Any:
        self.budget -= 1
        if self.budget < 0:
            raise InvalidOptionError(self.where, "...", reason="too much data for a template")
        kind = type(value)
        if kind is str:
            if len(value) > MAX_STRING:  # type: ignore[arg-type]
                raise InvalidOptionError(
                    self.where, str(value)[:40], reason=f"longer than {MAX_STRING}"
                )
            self.strings.append(value)  # type: ignore[arg-type]
            return value
        if kind is dict:
            return self.mapping(value)  # type: ignore[arg-type]
        if kind in _PLAIN_SCALARS:
            if kind is int or kind is decimal.Decimal:
                self.number(value)  # type: ignore[arg-type]
            return value
        if kind is list or kind is tuple:
            return self.sequence(value)  # type: ignore[arg-type]
        return self.other(value)

    def mapping(self, value: Mapping[Any, Any]) -> dict[str, Any]:
        if type(value) is dict:
            if len(value) > self.budget:
                raise InvalidOptionError(self.where, "...", reason="too much data for a template")
            result = value.copy()
        else:  # another Mapping: its items() is caller code, so count as it goes
            result = {}
            for key, item in value.items():
                self.budget -= 1
                if self.budget < 0:
                    raise InvalidOptionError(
                        self.where, "...", reason="too much data for a template"
                    )
                result[key] = item
            self.budget += len(result)
        path = self.path
        if len(path) >= MAX_DATA_DEPTH:
            raise self.too_deep(value)
        path.append(value)
        limit = self.limit
        strings = self.strings
        for key, item in result.items():
            if type(key) is not str or key.startswith("_"):
                raise InvalidOptionError(self.where, key, reason="keys must be public strings")
            strings.append(key)
            # Short strings and plain scalars stay as they are: most values of a mapping are.
            kind = type(item)
            if (kind is str and len(item) <= MAX_STRING) or kind in _PLAIN_SCALARS:
                if kind is str:
                    strings.append(item)
                elif kind is int:
                    if not -limit < item < limit:
                        self.number(item)
                elif kind is decimal.Decimal:
                    self.number(item)
            else:
                result[key] = self.copy(item)
        path.pop()
        self.budget -= len(result)
        if self.budget < 0:
            raise InvalidOptionError(self.where, "...", reason="too much data for a template")
        return result

    def sequence(self, value: list[Any] | tuple[Any, ...]) -> tuple[Any, ...]:
        if len(value) > MAX_SEQUENCE:
            raise InvalidOptionError(
                self.where, len(value), reason=f"more than {MAX_SEQUENCE} items"
            )
        path = self.path
        if len(path) >= MAX_DATA_DEPTH:
            raise self.too_deep(value)
        path.append(value)
        copied = tuple([self.mapping(v) if type(v) is dict else self.copy(v) for v in value])
        path.pop()
        return copied

    def other(self, value: object) -> Any:
        # Subclasses of the plain types are copied to the plain type, so none of their
        # methods can reach a template.
        if isinstance(value, Mapping):
            return self.mapping(value)
        if isinstance(value, dt.datetime):
            if value.tzinfo is None or value.utcoffset() is None:
                from .._errors import NaiveDatetimeError

                raise NaiveDatetimeError(value, self.where)
            return value if type(value) is dt.datetime else _plain_datetime(value)
        if isinstance(value, dt.date):
            return dt.date(value.year, value.month, value.day)
        if isinstance(value, str):
            self.budget += 1
            return self.copy(str(value))
        if isinstance(value, int):
            return self.number(int(value))
        if isinstance(value, decimal.Decimal):
            return self.number(decimal.Decimal(value))
        if isinstance(value, float):
            raise InvalidOptionError(
                self.where, value, reason="floats are not accepted; use Decimal"
            )
        if isinstance(value, list | tuple):
            return self.sequence(value)
        raise InvalidOptionError(
            self.where,
            type(value).__name__,
            reason="only plain data (str, int, Decimal, date, "
            "datetime, bool, None, mappings and lists) reaches a template",
        )


@functools.cache
def _power_of_ten(digits: int) -> int:
    power: int = 10**digits
    return power


def _plain_datetime(value: dt.datetime) -> dt.datetime:
    return dt.datetime(
        value.year,
        value.month,
        value.day,
        value.hour,
        value.minute,
        value.second,
        value.microsecond,
        value.tzinfo,
        fold=value.fold,
    )


_BATCH = 128


def run(
    compiled: Any, context: dict[str, Any], intent: str = "template", budget: _Budget | None = None
) -> str:
    """Render on ``budget`` (a new one if None) with an output cap; undefined variables
    become MissingVariableError, any other failure a TemplateError."""
    pieces: list[str] = []
    size = 0
    limit = MAX_OUTPUT
    token = _budget.set(budget or _Budget())
    try:
        # What Template.render does, minus its wrapper generator. The context is this
        # render's own dict (shared: no copy), and merchant templates have no globals, so
        # none are merged in.
        stream: Iterator[str] = compiled.root_render_func(
            new_context(compiled.environment, compiled.name, compiled.blocks, context, True)
        )
        # In batches: checking each piece costs more than the rest of a render, and a
        # piece can be long (a value of up to MAX_STRING characters), so a batch holds at
        # most 128 of them, some hundreds of kilobytes, before the cap is checked.
        while True:
            batch = list(itertools.islice(stream, _BATCH))
            chunk = "".join(batch)
            size += len(chunk)
            if size > limit:
                raise TemplateRenderError(f"output longer than {limit} characters")
            pieces.append(chunk)
            if len(batch) < _BATCH:
                break
    except UndefinedError as exc:
        name = _undefined_name(str(exc))
        if name is None:  # not a variable: e.g. "No last item, sequence was empty."
            raise TemplateRenderError(str(exc)) from None
        raise MissingVariableError(name, intent) from None
    except SecurityError as exc:
        raise TemplateSecurityError("an unsafe operation", None, str(exc)) from None
    except GlobalcsError:
        raise
    except TemplateError as exc:  # e.g. a filter's FilterArgumentError
        raise TemplateRenderError(f"the template failed: {exc}") from None
    except (TypeError, ValueError, LookupError, ArithmeticError) as exc:
        raise TemplateRenderError(f"the template failed: {exc}") from None
    except RecursionError:
        raise TemplateRenderError("the template failed: nested too deeply") from None
    finally:
        _budget.reset(token)
    return "".join(pieces)


def _undefined_name(message: str) -> str | None:
    """The variable or attribute Jinja's message names, or None if it names none."""
    import re

    found = re.search(r"'([^']+)' is undefined", message)
    if found:
        return found[1]
    found = re.search(r"has no attribute '([^']+)'", message)
    return found[1] if found else None


def render_template(
    template: Template | str,
    market: object,
    *,
    language: str | None = None,
    tone: Tone = "neutral",
    formality: Any = None,
    channel: MessageChannel = "email",
    customer: Any = None,
    subject: str | None = None,
    **variables: Any,
) -> Message:
    """Render a merchant template into a :class:`Message` for a customer in ``market``.

    >>> import decimal, globalcs
    >>> t = globalcs.compile_template(
    ...     "{{ customer|greeting }}\\n\\nWe received {{ total|money }} for {{ order_id }}.",
    ...     subject="Order {{ order_id }}")
    >>> msg = globalcs.render_template(t, "FR", language="en", order_id="A-1",
    ...     total=decimal.Decimal("12.5"), customer={"given_name": "Léa", "family_name": "Roux"})
    >>> msg.subject, msg.text.splitlines()[0]
    ('Order A-1', 'Dear Léa Roux,')
    """
    if isinstance(template, str):
        template = compile_template(template, subject=subject)
    elif not isinstance(template, Template):
        raise InvalidOptionError("template", template, reason="expected a Template or a string")
    options, values = template_context(
        market,
        language=language,
        tone=tone,
        formality=formality,
        channel=channel,
        customer=customer,
        variables=plain_variables(variables),
    )
    budget = _Budget()  # one budget for the body and the subject
    text = run(template._body, values, budget=budget).strip()
    subject_text = None
    if template._subject is not None:
        subject_text = run(template._subject, values, budget=budget)
        if any(ch in subject_text for ch in "\r\n\x0b\x0c\x85\u2028\u2029"):
            raise TemplateSecurityError("a line break in the rendered subject")
        subject_text = " ".join(subject_text.split())
        if len(subject_text) > MAX_SUBJECT:
            raise TemplateRenderError("the subject is too long")
    return finish_template_message(options, text, subject_text)


def template_filters() -> dict[str, Callable[..., Any]]:
    """The filters merchant templates may use (for documentation)."""
    return {name: _environment().filters[name] for name in sorted(SAFE_FILTERS)}
