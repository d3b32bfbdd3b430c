"""Every globalcs exception survives pickle and copy: same type, message, args, attributes.

``multiprocessing`` pickles an error raised in a worker; one that cannot be rebuilt
leaves the pool waiting forever for its result.
"""

from __future__ import annotations

import copy
import datetime as dt
import decimal
import importlib
import pickle
import pkgutil
from typing import Any

import pytest

import globalcs
from globalcs import GlobalcsError

# One instance of each class: positional and keyword arguments. A class defined
# without an entry here fails test_every_class_has_an_example.
EXAMPLES: dict[str, tuple[tuple[Any, ...], dict[str, Any]]] = {
    "GlobalcsError": (("something went wrong",), {}),
    "UnknownMarketError": (("Germny",), {"tried": "codes and names", "suggestions": ["DE"]}),
    "UnknownLanguageError": (("xx",), {"supported": ["de", "en"]}),
    "UnknownIntentError": (("order_confimation",), {"supported": ["order_confirmation"]}),
    "InvalidOptionError": (("tone", "shouty", ("neutral", "friendly")), {"reason": "no such tone"}),
    "DataError": (("markets/de.toml", "privacy.code", "missing"), {}),
    "MoneyError": ((9.9, "floats cannot hold 9.90 exactly"), {}),
    "ExchangeRateError": ((0.9, "rate must be a decimal.Decimal"), {}),
    "StaleRatesError": ((dt.date(2024, 6, 28), dt.date(2026, 12, 4), 7), {}),
    "CurrencyMismatchError": (("USD", "EUR"), {}),
    "NaiveDatetimeError": ((dt.datetime(2026, 12, 24, 17, 0), "--at"), {}),
    "HolidayRangeError": ((2101, 1991, 2100), {"market": "DE"}),
    "ScheduleError": (("2026-12-27..2026-12-24",), {"reason": "the range ends before it starts"}),
    "InvalidPhoneNumberError": (("+1 999", "not a valid number"), {}),
    "MissingVariableError": (("order_id", "order_confirmation"), {}),
    "TemplateError": (("bad template",), {}),
    "TemplateSecurityError": (("import",), {"lineno": 3, "detail": "no imports"}),
    "TemplateRenderError": (("output larger than 100000 characters",), {}),
    "MissingExtraError": (("markets_frame() needs pandas",), {}),
    "IncomparableSharesError": (("ecommerce_value", "online_buyers_using"), {}),
}


def _import_everything() -> None:
    for module in pkgutil.walk_packages(globalcs.__path__, "globalcs."):
        if module.name != "globalcs.__main__":  # that one runs the command line
            importlib.import_module(module.name)


def _defined_classes() -> list[type[GlobalcsError]]:
    """``GlobalcsError`` and every subclass globalcs defines, however deep."""
    _import_everything()
    found: dict[type[GlobalcsError], None] = {}
    todo: list[type[GlobalcsError]] = [GlobalcsError]
    while todo:
        cls = todo.pop()
        if cls in found or cls.__module__.partition(".")[0] != "globalcs":
            continue
        found[cls] = None
        todo.extend(cls.__subclasses__())
    return sorted(found, key=lambda cls: cls.__qualname__)


CLASSES = _defined_classes()


def _example(cls: type[GlobalcsError]) -> GlobalcsError:
    args, kwargs = EXAMPLES[cls.__qualname__]
    exc = cls(*args, **kwargs)
    exc.add_note("row 17 of orders.csv")  # notes live in vars() and must survive too
    return exc


def _same(copied: BaseException, original: BaseException) -> None:
    assert type(copied) is type(original)
    assert str(copied) == str(original)
    assert copied.args == original.args
    assert vars(copied) == vars(original)


def test_the_walk_finds_the_whole_tree() -> None:
    names = [cls.__qualname__ for cls in CLASSES]
    assert len(names) == len(set(names))
    assert {"GlobalcsError", "UnknownMarketError", "TemplateSecurityError"} <= set(names)


def test_every_class_has_an_example() -> None:
    missing = [cls.__qualname__ for cls in CLASSES if cls.__qualname__ not in EXAMPLES]
    assert missing == [], "add constructor arguments for these classes to EXAMPLES"


def test_no_stale_examples() -> None:
    assert set(EXAMPLES) == {cls.__qualname__ for cls in CLASSES}


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__qualname__)
@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_pickle_round_trip(cls: type[GlobalcsError], protocol: int) -> None:
    original = _example(cls)
    _same(pickle.loads(pickle.dumps(original, protocol=protocol)), original)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__qualname__)
def test_copy_round_trip(cls: type[GlobalcsError]) -> None:
    original = _example(cls)
    _same(copy.deepcopy(original), original)
    _same(copy.copy(original), original)


def test_a_raised_error_pickles_with_what_the_library_put_in_it() -> None:
    with pytest.raises(globalcs.UnknownMarketError) as caught:
        globalcs.get_market("Germny")
    copied = pickle.loads(pickle.dumps(caught.value))
    _same(copied, caught.value)
    assert copied.identifier == "Germny"
    assert "DE" in copied.suggestions


def test_the_builtin_bases_stay() -> None:
    original = _example(globalcs.MissingVariableError)
    copied = pickle.loads(pickle.dumps(original))
    assert isinstance(copied, KeyError)
    assert str(copied) == "order_confirmation needs the variable 'order_id'"  # no KeyError quotes


@pytest.mark.parametrize(
    "value",
    [10**5000, -(10**5000), decimal.Decimal("1e5000"), float("nan"), float("inf"), True, "9.90"],
    ids=["huge-int", "huge-negative-int", "huge-decimal", "nan", "inf", "bool", "text"],
)
def test_any_value_as_money_is_a_money_error(value: object) -> None:
    with pytest.raises(globalcs.MoneyError) as caught:
        globalcs.render("refund_processed", "DE", order_id="1", amount=value)
    assert len(str(caught.value)) < 300
    assert pickle.loads(pickle.dumps(caught.value)).args == caught.value.args


def test_a_value_whose_repr_fails_is_still_named() -> None:
    class Broken:
        def __repr__(self) -> str:
            raise RuntimeError("no")

    error = globalcs.InvalidOptionError("tone", Broken())
    assert "Broken that cannot be shown" in str(error)
