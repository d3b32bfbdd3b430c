"""Frozen, slotted records, defined without generating code at import.

:func:`record` makes the same class ``@dataclass(frozen=True, slots=True)`` makes:
an ``__init__`` taking the annotated fields in order, equality and a hash over
them, a ``repr``, ``__match_args__``, no ``__dict__``, and an error on any
attempt to change a field. ``dataclasses`` writes six methods as source and
compiles each of them for every class, about 0.6 ms a class on Python 3.11; a
fresh process that builds one market defines some thirty records, so that cost
was a fifth of a cold ``get_market``. Here only ``__init__`` is compiled, once
per class, and the other methods are shared.

The records still answer to :mod:`dataclasses`: ``dataclasses.replace``,
``fields``, ``asdict`` and ``is_dataclass`` work, the first such call on a class
building its field table.

>>> @record
... class Point:
...     x: int
...     y: int = 0
>>> p = Point(1)
>>> p, p == Point(1, 0), replace(p, y=2)
(Point(x=1, y=0), True, Point(x=1, y=2))
>>> p.x = 5
Traceback (most recent call last):
  ...
dataclasses.FrozenInstanceError: cannot assign to field 'x'
>>> import dataclasses
>>> [f.name for f in dataclasses.fields(p)], dataclasses.replace(p, x=3)
(['x', 'y'], Point(x=3, y=0))
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform, overload

T = TypeVar("T")


class _Sentinel:
    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __repr__(self) -> str:
        return self._name


_MISSING: Any = _Sentinel("<missing>")
_FACTORY: Any = _Sentinel("<factory>")  # the default a signature shows for a factory


class _Field:
    """What :func:`field` records about one field, until :func:`record` reads it."""

    __slots__ = ("compare", "default", "default_factory", "init", "repr")

    def __init__(
        self, default: Any, default_factory: Any, *, init: bool, repr: bool, compare: bool
    ) -> None:
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare


@overload
def field(*, default: T, init: bool = True, repr: bool = True, compare: bool = True) -> T: ...
@overload
def field(
    *, default_factory: Callable[[], T], init: bool = True, repr: bool = True, compare: bool = True
) -> T: ...
@overload
def field(*, init: bool = True, repr: bool = True, compare: bool = True) -> Any: ...
def field(
    *,
    default: Any = _MISSING,
    default_factory: Any = _MISSING,
    init: bool = True,
    repr: bool = True,
    compare: bool = True,
) -> Any:
    """A field's default or factory, and whether it is an ``__init__`` argument,
    shown in the ``repr`` and compared (as :func:`dataclasses.field`)."""
    return _Field(default, default_factory, init=init, repr=repr, compare=compare)


@overload
def record(cls: type[T], /) -> type[T]: ...
@overload
def record(*, frozen: bool = True, eq: bool = True) -> Callable[[type[T]], type[T]]: ...
@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(
    cls: type[T] | None = None, /, *, frozen: bool = True, eq: bool = True
) -> type[T] | Callable[[type[T]], type[T]]:
    """Make ``cls`` a slotted record of its annotated fields (frozen unless
    ``frozen=False``; compared by value unless ``eq=False``). Methods the class
    defines itself are kept."""

    def wrap(cls: type[T]) -> type[T]:
        return _build(cls, frozen=frozen, eq=eq)

    return wrap if cls is None else wrap(cls)


def fields(obj: object) -> tuple[str, ...]:
    """The field names of a record or record class, in order."""
    names: tuple[str, ...] = obj.__record_fields__  # type: ignore[attr-defined]
    return names


def replace(obj: T, /, **changes: Any) -> T:
    """A copy of the record ``obj`` with ``changes`` (as :func:`dataclasses.replace`)."""
    cls = type(obj)
    spec: dict[str, _Field] = cls.__record_spec__  # type: ignore[attr-defined]
    unknown = changes.keys() - spec.keys()
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {sorted(unknown)[0]!r}")
    for name, item in spec.items():
        if not item.init:
            if name in changes:
                raise TypeError(f"field {name!r} is not an __init__ argument")
        elif name not in changes:
            changes[name] = getattr(obj, name)
    return cls(**changes)


def _build(cls: type[T], *, frozen: bool, eq: bool) -> type[T]:
    # The class's own annotations, as dataclasses reads them; inspect.get_annotations
    # would import inspect, the cost this module exists to avoid.
    annotations: dict[str, Any] = cls.__dict__.get("__annotations__", {})  # noqa: RUF063
    spec: dict[str, _Field] = {}
    for name in annotations:
        value = cls.__dict__.get(name, _MISSING)
        if not isinstance(value, _Field):
            value = _Field(value, _MISSING, init=True, repr=True, compare=True)
        spec[name] = value
    names = tuple(spec)
    namespace = {
        key: value
        for key, value in cls.__dict__.items()
        if key not in spec and key not in ("__dict__", "__weakref__")
    }
    namespace["__slots__"] = names
    namespace["__record_fields__"] = names
    namespace["__record_spec__"] = spec
    namespace["__dataclass_fields__"] = _DataclassFields()
    namespace.setdefault("__match_args__", tuple(n for n in names if spec[n].init))
    if "__init__" not in namespace:
        init = _init(cls.__qualname__, spec, frozen, hasattr(cls, "__post_init__"))
        init.__annotations__ = {n: annotations[n] for n in names if spec[n].init}
        init.__annotations__["return"] = "None"
        namespace["__init__"] = init
    namespace.setdefault("__repr__", _repr(tuple(n for n in names if spec[n].repr)))
    namespace.setdefault("__replace__", replace)
    namespace.setdefault("__getstate__", _getstate)
    namespace.setdefault("__setstate__", _setstate)
    if eq:
        key = _key(tuple(n for n in names if spec[n].compare))
        explicit_hash = "__hash__" in namespace and not (
            namespace["__hash__"] is None and "__eq__" in namespace
        )
        namespace.setdefault("__eq__", _eq(key))
        if not explicit_hash:
            namespace["__hash__"] = _hash(key) if frozen else None
    if frozen:
        namespace["__setattr__"] = _refuse_set
        namespace["__delattr__"] = _refuse_delete
    metaclass: Any = type(cls)
    built: type[T] = metaclass(cls.__name__, cls.__bases__, namespace)
    built.__qualname__ = cls.__qualname__
    return built


def _init(
    qualname: str, spec: dict[str, _Field], frozen: bool, post_init: bool
) -> Callable[..., None]:
    # The one compiled method: a real signature keeps construction as fast as
    # a dataclass's and lets help(), inspect and hypothesis read the arguments.
    scope: dict[str, Any] = {"_set": object.__setattr__, "_FACTORY": _FACTORY}
    params, lines = ["self"], []
    for name, item in spec.items():
        value = name
        if item.default_factory is not _MISSING:
            scope[f"_factory_{name}"] = item.default_factory
            if item.init:
                params.append(f"{name}=_FACTORY")
                value = f"_factory_{name}() if {name} is _FACTORY else {name}"
            else:
                value = f"_factory_{name}()"
        elif item.default is not _MISSING:
            scope[f"_default_{name}"] = item.default
            if item.init:
                params.append(f"{name}=_default_{name}")
            else:
                value = f"_default_{name}"
        elif item.init:
            params.append(name)
        else:
            continue
        set_one = f"_set(self, {name!r}, {value})" if frozen else f"self.{name} = {value}"
        lines.append(f"    {set_one}")
    lines.append("    self.__post_init__()" if post_init else "    pass")
    source = f"def __init__({', '.join(params)}) -> None:\n" + "\n".join(lines)
    exec(source, scope)
    init: Callable[..., None] = scope["__init__"]
    init.__qualname__ = f"{qualname}.__init__"
    return init


def _key(names: tuple[str, ...]) -> Callable[[Any], Any]:
    if not names:
        return lambda obj: ()
    if len(names) == 1:
        getter = attrgetter(names[0])
        return lambda obj: (getter(obj),)
    return attrgetter(*names)


def _eq(key: Callable[[Any], Any]) -> Callable[[Any, object], Any]:
    def equal(self: Any, other: object) -> Any:
        if other.__class__ is self.__class__:
            return key(self) == key(other)
        return NotImplemented

    equal.__name__ = "__eq__"
    return equal


def _hash(key: Callable[[Any], Any]) -> Callable[[Any], int]:
    def hashed(self: Any) -> int:
        return hash(key(self))

    hashed.__name__ = "__hash__"
    return hashed


def _repr(names: tuple[str, ...]) -> Callable[[Any], str]:
    def written(self: Any) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__qualname__}({shown})"

    written.__name__ = "__repr__"
    return written


def _getstate(self: Any) -> tuple[Any, ...]:
    # Pickling and copying go through these two, as for a frozen dataclass: the
    # state is the field values in order, set back without calling __init__.
    return tuple(getattr(self, name) for name in type(self).__record_fields__)


def _setstate(self: Any, state: Any) -> None:
    # Also reads the list a pickle made when the records were dataclasses.
    for name, value in zip(type(self).__record_fields__, state, strict=True):
        object.__setattr__(self, name, value)


def _refuse_set(self: Any, name: str, value: Any) -> None:
    from dataclasses import FrozenInstanceError

    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _refuse_delete(self: Any, name: str) -> None:
    from dataclasses import FrozenInstanceError

    raise FrozenInstanceError(f"cannot delete field {name!r}")


class _DataclassFields:
    """``__dataclass_fields__``, built on first use: what makes ``dataclasses``
    treat a record as a dataclass. The table comes from a dataclass defined with
    the record's fields, so it is exactly what ``dataclasses`` expects."""

    def __get__(self, obj: object, owner: type) -> dict[str, Any]:
        import dataclasses

        spec: dict[str, _Field] = owner.__record_spec__  # type: ignore[attr-defined]
        annotations = owner.__annotations__
        shadow = dataclasses.make_dataclass(
            owner.__name__,
            [
                (
                    name,
                    annotations[name],
                    dataclasses.field(
                        default=dataclasses.MISSING if item.default is _MISSING else item.default,
                        default_factory=(
                            dataclasses.MISSING
                            if item.default_factory is _MISSING
                            else item.default_factory
                        ),
                        init=item.init,
                        repr=item.repr,
                        compare=item.compare,
                    ),
                )
                for name, item in spec.items()
            ],
        )
        table = {item.name: item for item in dataclasses.fields(shadow)}
        type.__setattr__(owner, "__dataclass_fields__", table)
        return table
