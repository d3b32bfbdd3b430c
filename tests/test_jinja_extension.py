"""globalcs.jinja.GlobalcsExtension in an application's own Jinja2 environment.

Its filters carry a prefix and never replace an application's filters; a render's
context variables choose its market, so one environment serves concurrent requests;
``install_globalcs`` sets environment-wide defaults, replaced whole, and
``uninstall_globalcs`` removes them (and the filters, if asked).
"""

from __future__ import annotations

import datetime as dt
import decimal
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from types import MappingProxyType
from typing import Any, TypeVar

import jinja2
import pytest

import globalcs
from globalcs import InvalidOptionError, UnknownLanguageError, UnknownMarketError
from globalcs.jinja import GlobalcsExtension
from globalcs.messages import _filters

EXTENSION = "globalcs.jinja.GlobalcsExtension"
THREADS = 16
TOTAL = decimal.Decimal("1234")
DAY = dt.date(2026, 12, 24)
CUSTOMER = {"given_name": "Anna", "family_name": "Müller", "gender": "female"}
RECEIPT = "{{ total|globalcs_money }} / {{ day|globalcs_date }}"
T = TypeVar("T")


def environment() -> Any:
    """A fresh environment with the extension (``Any``: it gains attributes)."""
    return jinja2.Environment(extensions=[EXTENSION])


def together(work: Callable[[int], T], count: int = THREADS) -> list[T]:
    """Run ``work(0) ... work(count - 1)`` in as many threads, released together."""
    barrier = threading.Barrier(count)

    def run(index: int) -> T:
        barrier.wait()
        return work(index)

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(run, range(count)))


# Filter names --------------------------------------------------------------------------


def test_filters_are_prefixed_and_leave_short_names_free() -> None:
    env = environment()
    assert dict(env.globalcs_filters) == {key: f"globalcs_{key}" for key in _filters.FILTERS}
    for key in _filters.FILTERS:
        assert f"globalcs_{key}" in env.filters
    assert not {"money", "date", "datetime", "number", "name", "url"} & set(env.filters)
    assert env.from_string(RECEIPT).render(total=TOTAL, day=DAY, globalcs_market="DE") == (
        "1.234,00\xa0€ / 24. Dezember 2026"
    )


def test_the_applications_own_filters_stay() -> None:
    def app_date(value: dt.date) -> str:
        return value.isoformat()

    env = jinja2.Environment()
    env.filters["date"] = app_date
    env.filters["url"] = str.upper
    env.add_extension(GlobalcsExtension)
    assert env.filters["date"] is app_date
    assert env.filters["url"] is str.upper
    rendered = env.from_string("{{ day|date }} {{ day|globalcs_date }}").render(
        day=DAY, globalcs_market="FR"
    )
    assert rendered == "2026-12-24 24 décembre 2026"


def test_short_names_are_a_choice_and_a_taken_name_is_refused() -> None:
    class Short(GlobalcsExtension):
        filter_prefix = ""

    env: Any = jinja2.Environment(extensions=[Short])
    assert env.from_string("{{ total|money }}").render(total=TOTAL, globalcs_market="DE") == (
        "1.234,00\xa0€"
    )

    def app_date(value: dt.date) -> str:
        return value.isoformat()

    taken = jinja2.Environment()
    taken.filters["date"] = app_date
    before = dict(taken.filters)
    with pytest.raises(InvalidOptionError, match="'date'") as caught:
        taken.add_extension(Short)
    assert caught.value.option == "filter name"
    assert caught.value.value == "date"
    assert taken.filters == before  # nothing added, nothing replaced
    assert not hasattr(taken, "install_globalcs")


def test_single_filters_can_be_named_even_with_dots() -> None:
    class Shop(GlobalcsExtension):
        filter_prefix = "l10n_"
        filter_names = MappingProxyType({"money": "price", "date": "shop.day"})

    env: Any = jinja2.Environment(extensions=[Shop])
    assert env.globalcs_filters["money"] == "price"
    assert env.globalcs_filters["number"] == "l10n_number"
    template = env.from_string("{{ total|price }}, {{ day|shop.day }}, {{ 5|l10n_number }}")
    assert template.render(total=TOTAL, day=DAY, globalcs_market="DE") == (
        "1.234,00\xa0€, 24. Dezember 2026, 5"
    )


@pytest.mark.parametrize(
    ("prefix", "names", "option"),
    [
        ("", {"monee": "price"}, "filter_names key"),
        ("", {"money": "my-money"}, "filter name"),
        ("", {"money": "price", "date": "price"}, "filter name"),
        ("", {"money": 3}, "filter name"),
        ("globalcs-", {}, "filter name"),
        (None, {}, "filter_prefix"),
    ],
)
def test_bad_filter_names_are_refused(prefix: object, names: object, option: str) -> None:
    bad = type("Bad", (GlobalcsExtension,), {"filter_prefix": prefix, "filter_names": names})
    with pytest.raises(InvalidOptionError) as caught:
        jinja2.Environment(extensions=[bad])
    assert caught.value.option == option


def test_adding_the_extension_again_keeps_its_defaults() -> None:
    env = environment()
    env.install_globalcs(market="AT")
    env.add_extension(GlobalcsExtension)
    assert env.globalcs_defaults["market"] == "AT"
    assert env.from_string("{{ 5|globalcs_number }}").render() == "5"


def test_one_globalcs_extension_per_environment() -> None:
    class Other(GlobalcsExtension):
        filter_prefix = "other_"

    env = environment()
    with pytest.raises(InvalidOptionError, match="one globalcs extension"):
        env.add_extension(Other)
    assert "other_money" not in env.filters


def test_merchant_templates_keep_the_plain_names() -> None:
    """The merchant sandbox calls ``install(env, contextual=True)``: every filter under its
    own name, replacing what was there, as before."""
    env = jinja2.Environment()
    env.filters["money"] = str
    _filters.install(env, contextual=True)
    for key, function in _filters.FILTERS.items():
        assert env.filters[key] is function
    template = globalcs.compile_template("{{ total|money }}, {{ day|date }}")
    message = globalcs.render_template(template, "DE", total=TOTAL, day=DAY)
    assert message.text == "1.234,00\xa0€, 24. Dezember 2026"


# Per render: context variables -----------------------------------------------------------


def test_context_variables_take_precedence_over_the_defaults() -> None:
    env = environment()
    env.install_globalcs(market="DE", formality="informal", channel="sms")
    template = env.from_string("{{ c|globalcs_greeting }} {{ total|globalcs_money }}")
    # an SMS: a chat greeting, and money in GSM-7 characters (no no-break space)
    assert template.render(c=CUSTOMER, total=TOTAL) == "Hallo Anna! 1.234,00 €"
    assert template.render(c=CUSTOMER, total=TOTAL, globalcs_formality="formal") == (
        "Guten Tag Frau Müller, 1.234,00 €"
    )
    assert template.render(c=CUSTOMER, total=TOTAL, globalcs_channel="email") == (
        "Hallo Anna, 1.234,00\xa0€"
    )
    assert template.render(c=CUSTOMER, total=TOTAL, globalcs_market="FR") == (
        "Salut Anna\xa0! 1 234,00 €"
    )


def test_another_market_does_not_take_the_default_language() -> None:
    env = environment()
    env.install_globalcs(market="CH", language="fr")
    template = env.from_string(RECEIPT)
    assert template.render(total=TOTAL, day=DAY) == "1'234,00\xa0CHF / 24 décembre 2026"
    # the same market, however it is named, keeps the default language
    assert template.render(total=TOTAL, day=DAY, globalcs_market="che") == (
        "1'234,00\xa0CHF / 24 décembre 2026"
    )
    assert template.render(total=TOTAL, day=DAY, globalcs_market="DE") == (
        "1.234,00\xa0€ / 24. Dezember 2026"
    )
    assert template.render(total=TOTAL, day=DAY, globalcs_market="DE", globalcs_language="fr") == (
        "1\u202f234,00\xa0€ / 24 décembre 2026"
    )


def test_the_customer_context_variable_gives_the_time_zone() -> None:
    env = environment()
    template = env.from_string("{{ when|globalcs_datetime }}")
    when = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
    assert template.render(when=when, globalcs_market="FR") == "1 mars 2026 à 13:00"
    customer = {"given_name": "Léa", "timezone": "America/New_York"}
    assert template.render(when=when, globalcs_market="FR", globalcs_customer=customer) == (
        "1 mars 2026 à 07:00"
    )


MARKETS = ["DE", "FR", "JP", "US", "GB", "IT", "ES", "NL", "PL", "SE", "BR", "IN", "CH", "TR"]
MARKETS += ["MX", "KR"]


def test_threads_sharing_one_environment_each_get_their_own_market() -> None:
    env = environment()
    env.install_globalcs(market="DE")  # a default that every render overrides
    template = env.from_string(RECEIPT)
    expected = {m: template.render(total=TOTAL, day=DAY, globalcs_market=m) for m in MARKETS}
    assert len(MARKETS) == THREADS
    assert len(set(expected.values())) == THREADS

    def work(index: int) -> list[tuple[str, str]]:
        order = MARKETS[index:] + MARKETS[:index]
        return [(m, template.render(total=TOTAL, day=DAY, globalcs_market=m)) for m in order * 5]

    for results in together(work):
        for market, rendered in results:
            assert rendered == expected[market], market


PAIRS = [
    ("DE", "de"),
    ("AT", "de"),
    ("CH", "fr"),
    ("CH", "it"),
    ("FR", "fr"),
    ("BE", "nl"),
    ("BE", "fr"),
    ("CA", "en"),
    ("CA", "fr"),
    ("US", "es"),
    ("JP", "en"),
    ("JP", "ja"),
    ("IT", "it"),
    ("ES", "es"),
    ("NL", "nl"),
    ("PL", "pl"),
]


def test_concurrent_installs_never_mix_two_configurations() -> None:
    env = environment()
    template = env.from_string(RECEIPT)
    whole: set[tuple[str, str]] = set()
    expected: set[str] = set()
    for market, language in PAIRS:
        env.install_globalcs(market=market, language=language)
        whole.add((env.globalcs_defaults["market"], env.globalcs_defaults["language"]))
        expected.add(template.render(total=TOTAL, day=DAY))
    assert len(whole) == len(PAIRS) == THREADS

    def work(index: int) -> list[tuple[object, object, str]]:
        market, language = PAIRS[index]
        seen = []
        for _ in range(40):
            env.install_globalcs(market=market, language=language)
            defaults: Mapping[str, object] = env.globalcs_defaults
            rendered = template.render(total=TOTAL, day=DAY)
            seen.append((defaults["market"], defaults["language"], rendered))
        return seen

    for seen in together(work):
        for market, language, rendered in seen:
            assert (market, language) in whole
            assert rendered in expected
    final = env.globalcs_defaults
    assert (final["market"], final["language"]) in whole


def test_one_render_reads_one_configuration_even_if_defaults_change_midway() -> None:
    # What another thread's install_globalcs can do between two filters of one render.
    env = environment()
    env.install_globalcs(market="CH", language="fr")

    def reinstall(value: object) -> object:
        env.install_globalcs(market="DE", language="de")
        return value

    env.filters["reinstall"] = reinstall
    template = env.from_string(
        "{{ total|globalcs_money }} {{ blank|reinstall }}/ {{ day|globalcs_date }}"
    )
    assert template.render(total=TOTAL, day=DAY, blank="") == "1'234,00\xa0CHF / 24 décembre 2026"
    # The next render reads the new defaults.
    assert template.render(total=TOTAL, day=DAY, blank="") == "1.234,00\xa0€ / 24. Dezember 2026"


def test_defaults_are_read_only_and_replaced_whole() -> None:
    env = environment()
    env.install_globalcs(market="DE", language="de")
    first = env.globalcs_defaults
    with pytest.raises(TypeError):
        first["market"] = "FR"
    env.install_globalcs(market="FR")
    assert env.globalcs_defaults is not first
    assert dict(first) == {"market": "DE", "language": "de", "formality": None, "channel": "email"}
    assert env.globalcs_defaults["language"] is None


# Uninstall -----------------------------------------------------------------------------


def test_uninstall_removes_the_defaults() -> None:
    env = environment()
    env.install_globalcs(market="DE")
    template = env.from_string("{{ total|globalcs_money }}")
    assert template.render(total=TOTAL) == "1.234,00\xa0€"
    env.uninstall_globalcs()
    assert dict(env.globalcs_defaults) == {}
    with pytest.raises(InvalidOptionError, match="install_globalcs") as caught:
        template.render(total=TOTAL)
    assert caught.value.option == "globalcs_market"
    assert "pass globalcs_market=... to render()" in str(caught.value)
    assert template.render(total=TOTAL, globalcs_market="FR") == "1\u202f234,00\xa0€"


def test_uninstall_can_remove_the_filters_and_install_adds_them_back() -> None:
    env = environment()
    env.uninstall_globalcs(filters=True)
    assert not any(name.startswith("globalcs_") for name in env.filters)
    with pytest.raises(jinja2.TemplateAssertionError, match="globalcs_money"):
        env.from_string("{{ total|globalcs_money }}")
    env.install_globalcs(market="DE")
    assert env.from_string("{{ total|globalcs_money }}").render(total=TOTAL) == "1.234,00\xa0€"


def test_uninstall_and_install_leave_a_replaced_filter_alone() -> None:
    env = environment()
    env.filters["globalcs_money"] = str.upper
    env.uninstall_globalcs(filters=True)
    assert env.filters["globalcs_money"] is str.upper
    assert "globalcs_date" not in env.filters
    env.install_globalcs(market="DE")
    assert env.filters["globalcs_money"] is str.upper
    assert env.filters["globalcs_date"] is _filters.FILTERS["date"]


# Bad input -----------------------------------------------------------------------------


def test_a_render_without_a_market_names_the_way_to_give_one() -> None:
    env = environment()
    with pytest.raises(globalcs.GlobalcsError) as caught:
        env.from_string("{{ 5|globalcs_number }}").render()
    assert isinstance(caught.value, InvalidOptionError)
    message = str(caught.value)
    assert "globalcs_market" in message
    assert "install_globalcs(market=...)" in message


def test_an_unknown_market_is_refused_and_keeps_the_defaults() -> None:
    env = environment()
    env.install_globalcs(market="DE")
    with pytest.raises(UnknownMarketError):
        env.install_globalcs(market="Atlantis")
    assert env.globalcs_defaults["market"] == "DE"
    with pytest.raises(UnknownMarketError):
        env.from_string("{{ 5|globalcs_number }}").render(globalcs_market="Atlantis")


def test_unknown_options_are_refused() -> None:
    env = environment()
    with pytest.raises(InvalidOptionError) as caught:
        env.install_globalcs(market="DE", currency="EUR")
    assert caught.value.option == "install_globalcs option"
    assert caught.value.value == "currency"
    assert caught.value.supported == ("market", "language", "formality", "channel")
    assert dict(env.globalcs_defaults) == {}


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"language": "xx-invalid-"}, UnknownLanguageError),
        ({"formality": "rude"}, InvalidOptionError),
        ({"channel": "pigeon"}, InvalidOptionError),
        ({"channel": "phone"}, InvalidOptionError),
        ({"channel": 5}, InvalidOptionError),
    ],
)
def test_bad_option_values_are_refused_at_install(
    options: dict[str, object], error: type[Exception]
) -> None:
    env = environment()
    with pytest.raises(error):
        env.install_globalcs(market="DE", **options)
    assert dict(env.globalcs_defaults) == {}


@pytest.mark.parametrize(
    "variables",
    [
        {"globalcs_market": "DE", "globalcs_channel": "pigeon"},
        {"globalcs_market": "DE", "globalcs_formality": "rude"},
        {"globalcs_market": "DE", "globalcs_language": ["de"]},
    ],
)
def test_bad_context_variables_are_refused_at_render(variables: dict[str, object]) -> None:
    env = environment()
    with pytest.raises(globalcs.GlobalcsError):
        env.from_string("{{ 5|globalcs_number }}").render(variables)
