"""Public classes and functions show their public path, ``globalcs.Name``, and still pickle."""

from __future__ import annotations

import datetime as dt
import decimal
import json
import pickle
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest

import globalcs

PUBLIC = [
    name
    for name in globalcs.__all__
    if isinstance(getattr(globalcs, name), type) or callable(getattr(globalcs, name))
]
CLASSES = [name for name in PUBLIC if isinstance(getattr(globalcs, name), type)]


def _python(code: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """Run ``code`` in a fresh interpreter, where nothing has been resolved yet."""
    return subprocess.run(
        [sys.executable, "-c", code], input=stdin, capture_output=True, check=False
    )


EXCEPTIONS = [name for name in CLASSES if issubclass(getattr(globalcs, name), Exception)]


@pytest.mark.parametrize("name", EXCEPTIONS)
def test_an_exception_shows_its_public_path(name: str) -> None:
    obj = getattr(globalcs, name)
    assert obj.__module__ == "globalcs"
    assert obj.__qualname__ == name
    assert repr(obj) == f"<class 'globalcs.{name}'>"


@pytest.mark.parametrize("name", sorted(set(PUBLIC) - set(EXCEPTIONS)))
def test_other_names_keep_their_module_so_introspection_works(name: str) -> None:
    """Classes and functions keep their defining module: inspect.getsource, IPython's
    ``??`` and documentation tools find the code there."""
    import inspect

    obj = getattr(globalcs, name)
    assert obj.__module__.startswith("globalcs.")
    assert getattr(globalcs, obj.__qualname__) is obj
    assert inspect.getsource(obj)


@pytest.mark.parametrize("name", PUBLIC)
def test_classes_and_functions_pickle_by_reference(name: str) -> None:
    obj = getattr(globalcs, name)
    assert pickle.loads(pickle.dumps(obj)) is obj


def test_a_traceback_names_the_public_path_even_through_a_private_import() -> None:
    result = _python(
        "from globalcs.market._registry import get_market\nget_market('Germny')"
    )  # globalcs.UnknownMarketError itself is never looked up
    assert result.returncode == 1
    assert b"\nglobalcs.UnknownMarketError: unknown market 'Germny'" in result.stderr


def test_every_exception_in_the_tree_module_is_exported() -> None:
    """_errors.py publishes every class it defines as globalcs.<Name>: all must exist."""
    import globalcs._errors as errors

    defined = {
        name
        for name, value in vars(errors).items()
        if isinstance(value, type) and issubclass(value, BaseException)
    }
    assert sorted(defined - set(globalcs.__all__)) == []


def test_every_exception_is_published_as_soon_as_it_is_defined() -> None:
    result = _python(
        "import globalcs._errors as e\n"
        "print(sorted({v.__module__ for v in vars(e).values()"
        " if isinstance(v, type) and issubclass(v, e.GlobalcsError)}))"
    )
    assert result.stdout.decode().strip() == "['globalcs']", result.stderr.decode()


def test_a_pickle_loads_in_a_fresh_interpreter() -> None:
    data = pickle.dumps([globalcs.get_market("JP"), globalcs.InvalidOptionError("tone", "x")])
    result = _python(
        "import pickle, sys\n"
        "market, error = pickle.loads(sys.stdin.buffer.read())\n"
        "print(repr(market), type(error).__module__, type(error).__name__, error)",
        stdin=data,
    )
    assert result.stderr == b""
    assert result.stdout.decode().split() == [
        "<Market",
        "JP",
        "'Japan'",
        "(curated)>",
        "globalcs",
        "InvalidOptionError",
        "invalid",
        "tone",
        "'x'",
    ]


def _instances() -> dict[str, Callable[[], Any]]:
    de = globalcs.get_market("DE")
    at = dt.datetime(2026, 6, 10, 13, 30, tzinfo=dt.UTC)
    teams = [globalcs.support_calendar("DE"), globalcs.support_calendar("JP")]
    (source, *_) = next(iter(de.sources.values()))
    return {
        "Market": lambda: de,
        "Formality": lambda: globalcs.Formality.FORMAL,
        "Communication": lambda: de.communication,
        "Channel": lambda: de.channels[0],
        "PaymentMethod": lambda: de.payment_methods[0],
        "Share": lambda: next(p.share for p in de.payment_methods if p.share),
        "ReviewItem": lambda: globalcs.audit(on=dt.date(2030, 1, 1))[0],
        "PrivacyRegime": lambda: de.privacy,
        "PrivacyAmendment": lambda: globalcs.get_market(
            "CL", on=dt.date(2026, 11, 1)
        ).privacy.amendments[0],
        "Duration": lambda: de.privacy.dsar_deadline,
        "ReturnsPolicy": lambda: de.returns,
        "CustomsRegime": lambda: de.customs,
        "CustomsAmendment": lambda: globalcs.get_market(
            "US", on=dt.date(2025, 8, 1)
        ).customs.amendments[0],
        "DeMinimis": lambda: de.customs.duty_de_minimis,
        "TaxCollection": lambda: de.customs.tax_collection,
        "CustomsPractice": lambda: de.customs.practice,
        "ParcelAssessment": lambda: de.customs.assess(decimal.Decimal("20"), "EUR"),
        "Source": lambda: source,
        "Disagreement": lambda: globalcs.Disagreement("currency", "two sources", (source,)),
        "Negotiation": lambda: globalcs.negotiate("AT", accept_language="de-AT"),
        "ExchangeRates": globalcs.ecb_reference_rates,
        "ConvertedAmount": lambda: globalcs.ConvertedAmount(
            decimal.Decimal("1.00"), "USD", "JPY", rate=decimal.Decimal("150")
        ),
        "Holidays": lambda: globalcs.get_market("DE").holidays(2026),
        "Holiday": lambda: globalcs.Holiday(dt.date(2026, 12, 25), "Christmas Day", "Weihnachten"),
        "SupportCalendar": lambda: teams[0],
        "OpeningHours": lambda: teams[0].hours,
        "Customer": lambda: globalcs.Customer(given_name="Anna", family_name="Schmidt"),
        "Message": lambda: globalcs.render("delivered", "DE", order_id="1"),
        "SmsEncoding": lambda: globalcs.encode_sms("Zażółć", language="pl"),
        "Finding": lambda: globalcs.check_register("Können Sie dein Passwort?", "de", "formal")[0],
        "MerchantTexts": lambda: globalcs.MerchantTexts.from_mapping(
            {"texts": {"de": {"delivered.body|formal": "Ihre {order_id} ist da."}}}
        ),
        "ContactDecision": lambda: globalcs.contact_window("FR", "phone", at),
        "ContactRule": lambda: globalcs.contact_window("FR", "phone", at).rule,
        "SendDecision": lambda: globalcs.may_send("FR", "phone", at),
        "SendRule": lambda: globalcs.may_send("FR", "phone", at).rules[0],
        "Coverage": lambda: globalcs.coverage(teams, week_of=at.date()),
        "Gap": lambda: globalcs.coverage(teams, week_of=at.date()).gaps[0],
        "Responder": lambda: globalcs.first_responder(teams, at),
        "DateOverride": lambda: globalcs.DateOverride.closure(dt.date(2026, 12, 31)),
        "LongWeekend": lambda: globalcs.long_weekends("DE", 2026)[0],
        "Schedule": lambda: globalcs.Schedule.parse("fri 22:00-02:00", timezone="Europe/Berlin"),
    }


# Public classes whose instances do not pickle, and why.
UNPICKLABLE = {"Template": "holds a compiled Jinja environment"}


def test_every_public_class_has_an_instance_to_pickle() -> None:
    exceptions = {name for name in CLASSES if issubclass(getattr(globalcs, name), Exception)}
    covered = set(_instances()) | set(UNPICKLABLE) | exceptions  # tests/test_errors.py
    assert sorted(set(CLASSES) - covered) == []


@pytest.mark.parametrize(
    "name",
    [
        name
        for name in CLASSES
        if name not in UNPICKLABLE and not issubclass(getattr(globalcs, name), Exception)
    ],
)
def test_instances_pickle(name: str) -> None:
    cls = getattr(globalcs, name)
    obj = _instances()[name]()
    assert isinstance(obj, cls)
    copied = pickle.loads(pickle.dumps(obj))
    assert type(copied) is cls
    assert copied == obj


_DOCTESTS = """
import doctest, importlib, json, pkgutil, sys
import globalcs
modules = [importlib.import_module(m.name)
           for m in pkgutil.walk_packages(globalcs.__path__, "globalcs.")
           if m.name != "globalcs.__main__"]
if sys.argv[1] == "published":
    for name in globalcs.__all__:
        getattr(globalcs, name)
modules.append(globalcs)
found = [(t.name.replace(".__test__", ""), t.filename, t.lineno)
         for module in modules for t in doctest.DocTestFinder().find(module) if t.examples]
print(json.dumps(sorted(found)))
"""


def test_doctest_finds_every_example_once_whether_or_not_names_were_published() -> None:
    found = {}
    for mode in ("fresh", "published"):
        result = subprocess.run(
            [sys.executable, "-c", _DOCTESTS, mode], capture_output=True, text=True, check=True
        )
        found[mode] = [tuple(test) for test in json.loads(result.stdout)]
    assert found["published"] == found["fresh"]
    assert len(set(found["fresh"])) == len(found["fresh"])
    names = {name for name, _, _ in found["fresh"]}
    assert "globalcs.market._model.Market.holidays" in names  # a method of a published class
    assert "globalcs._errors.UnknownMarketError" in names
