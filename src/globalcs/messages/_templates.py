"""Merchant templates: a Liquid-like subset of Jinja2, checked before it is compiled.

Template authors are only partly trusted and variables come from end
customers, so a template may only print variables through allow-listed
filters, branch with ``if`` and loop with ``for`` over sequences it was given.
Everything else is refused on the parsed template, before Jinja compiles (and
constant-folds) it. Output is plain text; the HTML of an e-mail is made by
escaping all of it, so neither a variable nor the template can inject markup.
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import itertools
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jinja2 import UndefinedError
from jinja2.exceptions import SecurityError
from jinja2.runtime import new_context

from .._errors import (
    GlobalcsError,
    InvalidOptionError,
    MissingVariableError,
    TemplateRenderError,
    TemplateSecurityError,
)
from ._render import finish_template_message, template_context

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
            return super().getattr(obj, attribute)

        def getitem(self, obj: Any, argument: Any) -> Any:
            if type(obj) is dict:
                try:
                    return obj[argument]
                except (KeyError, TypeError):
                    return self.undefined(obj=obj, name=argument)
            return super().getitem(obj, argument)

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
    return env


@dataclass(frozen=True, slots=True, eq=False)
class Template:
    """A checked and compiled merchant template. Make one with :func:`compile_template`."""

    source: str
    subject_source: str | None
    _body: Any = field(repr=False)
    _subject: Any = field(repr=False)


_cache: dict[tuple[str, str | None], Template] = {}
_cache_lock = threading.Lock()
_CACHE_LIMIT = 512


def compile_template(source: str, *, subject: str | None = None) -> Template:
    """Check ``source`` (and ``subject``) against the safe subset and compile them, cached.

    >>> t = compile_template("{{ customer|greeting }}\\n\\nOrder {{ order_id }}: {{ total|money }}")
    >>> compile_template("{{ 'a' * 10**9 }}")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    globalcs._errors.TemplateSecurityError: line 1: arithmetic (*) is not allowed in ...
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
        tree = env.parse(source)
    except TemplateSyntaxError as exc:
        raise TemplateSecurityError(
            "invalid template syntax", exc.lineno, exc.message or ""
        ) from None
    check_ast(tree)
    return env.from_string(tree)


_PLAIN_SCALARS = frozenset({int, bool, type(None), decimal.Decimal, dt.date})


def plain_data(value: object, where: str = "variable") -> Any:
    """Copy caller data into plain values (no methods or objects reach a template).

    >>> plain_data({"items": [{"name": "Tee", "qty": 2}]})
    {'items': ({'name': 'Tee', 'qty': 2},)}
    """
    return _PlainCopy(where).copy(value)


def plain_variables(variables: Mapping[str, Any]) -> dict[str, Any]:
    """:func:`plain_data` for a template's variables, with one budget for all of them."""
    copier = _PlainCopy("variable")
    result = {}
    for name, value in variables.items():
        kind = type(value)
        if (kind is str and len(value) <= MAX_STRING) or kind in _PLAIN_SCALARS:
            copier.budget -= 1
            result[name] = value
        else:
            copier.where = name
            result[name] = copier.copy(value)
    return result


class _PlainCopy:
    """One copy of caller data, with a budget on how many values it may hold."""

    __slots__ = ("budget", "where")

    def __init__(self, where: str) -> None:
        self.where = where
        self.budget = 10_000

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
            return value
        if kind is dict:
            return self.mapping(value)  # type: ignore[arg-type]
        if kind in _PLAIN_SCALARS:
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
        for key, item in result.items():
            if type(key) is not str or key.startswith("_"):
                raise InvalidOptionError(self.where, key, reason="keys must be public strings")
            # Short strings and plain scalars stay as they are: most values of a mapping are.
            kind = type(item)
            if not ((kind is str and len(item) <= MAX_STRING) or kind in _PLAIN_SCALARS):
                result[key] = self.copy(item)
        self.budget -= len(result)
        if self.budget < 0:
            raise InvalidOptionError(self.where, "...", reason="too much data for a template")
        return result

    def sequence(self, value: list[Any] | tuple[Any, ...]) -> tuple[Any, ...]:
        if len(value) > MAX_SEQUENCE:
            raise InvalidOptionError(
                self.where, len(value), reason=f"more than {MAX_SEQUENCE} items"
            )
        return tuple([self.mapping(v) if type(v) is dict else self.copy(v) for v in value])

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
            return int(value)
        if isinstance(value, decimal.Decimal):
            return decimal.Decimal(value)
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


_BATCH = 256


def run(compiled: Any, context: dict[str, Any], intent: str = "template") -> str:
    """Render with an output cap; undefined variables become MissingVariableError."""
    pieces: list[str] = []
    size = 0
    try:
        # What Template.render does, minus its wrapper generator. The context is this
        # render's own dict (shared: no copy), and merchant templates have no globals, so
        # none are merged in.
        stream: Iterator[str] = compiled.root_render_func(
            new_context(compiled.environment, compiled.name, compiled.blocks, context, True)
        )
        while True:
            # Join in batches: the size check stays cheap and output stays bounded.
            batch = list(itertools.islice(stream, _BATCH))
            chunk = "".join(batch)
            size += len(chunk)
            if size > MAX_OUTPUT:
                raise TemplateRenderError(f"output longer than {MAX_OUTPUT} characters")
            pieces.append(chunk)
            if len(batch) < _BATCH:
                break
    except UndefinedError as exc:
        raise MissingVariableError(_undefined_name(str(exc)), intent) from None
    except SecurityError as exc:
        raise TemplateSecurityError("an unsafe operation", None, str(exc)) from None
    except GlobalcsError:
        raise
    except (TypeError, ValueError, LookupError, ArithmeticError) as exc:
        raise TemplateRenderError(f"the template failed: {exc}") from None
    return pieces[0] if len(pieces) == 1 else "".join(pieces)


def _undefined_name(message: str) -> str:
    import re

    found = re.search(r"'([^']+)' is undefined", message)
    if found:
        return found[1]
    found = re.search(r"has no attribute '([^']+)'", message)
    return found[1] if found else message


def render_template(
    template: Template | str,
    market: object,
    *,
    language: str | None = None,
    tone: str = "neutral",
    formality: Any = None,
    channel: str = "email",
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
    text = run(template._body, values).strip()
    subject_text = None
    if template._subject is not None:
        subject_text = run(template._subject, values)
        if any(ch in subject_text for ch in "\r\n\x0b\x0c\x85\u2028\u2029"):
            raise TemplateSecurityError("a line break in the rendered subject")
        subject_text = " ".join(subject_text.split())
        if len(subject_text) > MAX_SUBJECT:
            raise TemplateRenderError("the subject is too long")
    return finish_template_message(options, text, subject_text)


def template_filters() -> dict[str, Callable[..., Any]]:
    """The filters merchant templates may use (for documentation)."""
    return {name: _environment().filters[name] for name in sorted(SAFE_FILTERS)}
