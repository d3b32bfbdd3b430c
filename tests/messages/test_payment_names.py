"""Payment methods are named as customers in the message's language know them: a generic
method by the catalog's word, a brand by its local name where it has one."""

from __future__ import annotations

import pytest

import globalcs
from globalcs.market._loader import vocabulary
from globalcs.messages._phrases import payment_method_name

NAMED = [
    (method, tag, name)
    for method, entry in vocabulary("payment_methods").items()
    for tag, name in entry.names.items()
]


def test_every_local_name_is_for_a_built_in_language_and_cited() -> None:
    for method, tag, name in NAMED:
        assert tag in globalcs.languages(), (method, tag)
        assert name.strip(), (method, tag)


@pytest.mark.parametrize(("method", "tag", "name"), NAMED)
def test_a_message_uses_the_local_name(method: str, tag: str, name: str) -> None:
    assert payment_method_name(method, tag) == name


def test_a_language_without_a_local_name_gets_the_brand() -> None:
    assert payment_method_name("paypal", "de") == "PayPal"
