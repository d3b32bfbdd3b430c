"""``_record.record`` makes the class ``@dataclass(frozen=True, slots=True)`` makes.

Every record in the package is defined with it, so these tests hold it to the
dataclass it replaces, field by field, and check that :mod:`dataclasses` still
treats the records as its own.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import globalcs
from globalcs._record import field, fields, record, replace


@record
class Parcel:
    """A small record with every kind of field."""

    weight: int
    label: str = "box"
    tags: tuple[str, ...] = field(default_factory=tuple)
    note: str = field(default="", compare=False, repr=False)
    seen: list[int] = field(default_factory=list, init=False, compare=False, repr=False)


@dataclasses.dataclass(frozen=True, slots=True)
class ParcelDataclass:
    weight: int
    label: str = "box"
    tags: tuple[str, ...] = dataclasses.field(default_factory=tuple)
    note: str = dataclasses.field(default="", compare=False, repr=False)
    seen: list[int] = dataclasses.field(default_factory=list, init=False, compare=False, repr=False)


parcels = st.builds(
    lambda w, label, tags, note: (w, label, tuple(tags), note),
    st.integers(),
    st.text(max_size=5),
    st.lists(st.text(max_size=3), max_size=3),
    st.text(max_size=5),
)


@given(parcels, parcels)
def test_behaves_as_the_dataclass_it_replaces(a: tuple[Any, ...], b: tuple[Any, ...]) -> None:
    ours_a, ours_b = Parcel(*a), Parcel(*b)
    theirs_a, theirs_b = ParcelDataclass(*a), ParcelDataclass(*b)
    assert (ours_a == ours_b) == (theirs_a == theirs_b)
    assert hash(ours_a) == hash(Parcel(*a))
    assert ours_a == Parcel(*a)
    assert repr(ours_a).replace("Parcel(", "ParcelDataclass(", 1) == repr(theirs_a)
    assert pickle.loads(pickle.dumps(ours_a)) == ours_a
    assert copy.deepcopy(ours_a) == ours_a
    assert dataclasses.asdict(ours_a) == dataclasses.asdict(theirs_a)


def test_frozen_slotted_and_typed_as_a_dataclass() -> None:
    parcel = Parcel(3)
    assert parcel.seen == []
    assert parcel.tags == ()
    assert parcel.label == "box"
    with pytest.raises(dataclasses.FrozenInstanceError):
        parcel.weight = 4  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del parcel.label
    with pytest.raises(AttributeError):
        parcel.other = 1  # type: ignore[attr-defined]
    assert not hasattr(parcel, "__dict__")
    assert Parcel.__match_args__ == ("weight", "label", "tags", "note")
    assert str(inspect.signature(Parcel)) == (
        "(weight: 'int', label: 'str' = 'box', tags: 'tuple[str, ...]' = <factory>, "
        "note: 'str' = '') -> 'None'"
    )
    with pytest.raises(TypeError, match="unexpected keyword argument 'seen'"):
        Parcel(1, seen=[1])  # type: ignore[call-arg]


def test_replace_and_fields() -> None:
    parcel = Parcel(3, tags=("a",))
    assert replace(parcel, label="crate") == Parcel(3, "crate", ("a",))
    assert (
        copy.replace(parcel, weight=1) == Parcel(1, tags=("a",))
        if hasattr(copy, "replace")
        else True
    )
    assert fields(parcel) == ("weight", "label", "tags", "note", "seen")
    with pytest.raises(TypeError, match="no field 'colour'"):
        replace(parcel, colour="red")
    with pytest.raises(TypeError, match="not an __init__ argument"):
        replace(parcel, seen=[])


def test_dataclasses_functions_accept_records() -> None:
    parcel = Parcel(3, note="fragile")
    assert [f.name for f in dataclasses.fields(parcel)] == [
        f.name for f in dataclasses.fields(ParcelDataclass)
    ]
    changed = dataclasses.replace(parcel, weight=5)
    assert changed == Parcel(5, note="fragile")
    assert changed.note == "fragile"
    market = globalcs.get_market("DE")
    renamed = dataclasses.replace(market, name="Deutschland")
    assert renamed.name == "Deutschland"
    assert renamed.code == "DE"
    assert dataclasses.asdict(market.returns)["withdrawal_days"] == 14
    assert dataclasses.is_dataclass(parcel)
    assert dataclasses.is_dataclass(Parcel)


def test_a_pickle_from_the_dataclass_days_still_loads() -> None:
    # A frozen, slotted dataclass pickled its fields as a list in order.
    parcel = Parcel(2, "crate")
    restored = object.__new__(Parcel)
    restored.__setstate__([2, "crate", (), "", []])  # type: ignore[attr-defined]
    assert restored == parcel


def test_post_init_and_mutable_records() -> None:
    @record
    class Positive:
        value: int

        def __post_init__(self) -> None:
            if self.value <= 0:
                raise ValueError(f"not positive: {self.value}")

    with pytest.raises(ValueError, match="not positive"):
        Positive(0)

    @record(frozen=False)
    class Draft:
        items: list[int] = field(default_factory=list)

    draft = Draft()
    draft.items = [1]
    assert draft == Draft([1])
    with pytest.raises(TypeError, match="unhashable"):
        hash(draft)
    assert Draft().items is not Draft().items


def test_methods_the_class_defines_are_kept() -> None:
    @record(eq=False)
    class Named:
        code: str

        def __eq__(self, other: object) -> bool:
            return isinstance(other, Named) and other.code.lower() == self.code.lower()

        def __hash__(self) -> int:
            return hash(self.code.lower())

        def __repr__(self) -> str:
            return f"<Named {self.code}>"

    assert Named("de") == Named("DE")
    assert hash(Named("de")) == hash(Named("DE"))
    assert repr(Named("x")) == "<Named x>"
