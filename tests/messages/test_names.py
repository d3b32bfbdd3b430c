"""Names in greetings: the vocative (by rule or from the customer), the neutral term of
address, and what bad names do. Per-language example tables live in tests/languages."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import globalcs
from globalcs.messages._vocative import vocative

VOCATIVE_LANGUAGES = ("cs", "pl", "lt", "hr", "lv")
GENDERS = ("female", "male", "neutral", "unknown")
PARTS = ("given", "family")

names = st.text(
    alphabet=st.characters(
        whitelist_categories=("Lu", "Ll", "Lo", "Pd", "Zs"), whitelist_characters="'’."
    ),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(
    name=names,
    tag=st.sampled_from(VOCATIVE_LANGUAGES),
    part=st.sampled_from(PARTS),
    gender=st.sampled_from(GENDERS),
)
def test_a_vocative_is_a_name_or_nothing(name: str, tag: str, part: str, gender: str) -> None:
    found = vocative(tag, name, part, gender)
    if found is None:
        return
    assert found.strip() == found
    assert found
    assert not set(found) & {" ", "{", "}"}
    # the stem is the stored name's: only the last three letters may change
    assert found[: max(len(name) - 3, 0)] == name[: max(len(name) - 3, 0)]
    assert vocative(tag, name, part, gender) == found  # the same answer every time


@settings(max_examples=150, deadline=None)
@given(
    given_name=names,
    family_name=names,
    gender=st.sampled_from((*GENDERS[:3], None)),
    tag=st.sampled_from(("cs", "pl", "lt", "el", "hr", "uk", "lv", "de", "ja")),
    formality=st.sampled_from(list(globalcs.Formality)),
)
def test_a_greeting_never_raises_and_has_no_unfilled_pieces(
    given_name: str, family_name: str, gender: str | None, tag: str, formality: object
) -> None:
    customer = {"given_name": given_name, "family_name": family_name, "gender": gender}
    try:
        message = globalcs.render(
            "delivered", "US", language=tag, formality=formality, customer=customer, order_id="1"
        )
    except globalcs.InvalidOptionError:
        return  # a name the text checks refuse (a control character): a named error
    first = message.text.splitlines()[0]
    assert "{" not in first.replace(given_name, "").replace(family_name, "")
    assert "_voc" not in first
    assert "  " not in first.strip()


def test_the_customers_own_vocative_wins_over_the_rules() -> None:
    jan = {"given_name": "Jan", "family_name": "Novák", "gender": "male"}
    line = _first("CZ", "cs", "formal", {**jan, "family_name_vocative": "Nováčku"})
    assert line == "Vážený pane Nováčku,"
    assert _first("CZ", "cs", "informal", {**jan, "given_name_vocative": "Honzo"}) == "Ahoj Honzo,"
    # where the profile has no vocative form, a stored vocative changes nothing
    assert _first("DE", "de", "formal", {**jan, "family_name_vocative": "Nováku"}) == (
        "Sehr geehrter Herr Novák,"
    )


def test_the_vocative_fields_are_checked_like_names() -> None:
    with pytest.raises(globalcs.InvalidOptionError) as caught:
        globalcs.Customer(given_name="Petr", given_name_vocative="Pet\x00ře")
    assert caught.value.option == "customer.given_name_vocative"
    with pytest.raises(globalcs.InvalidOptionError):
        _first("CZ", "cs", "formal", {"family_name": "Novák", "family_name_vocative": ["x"]})
    with pytest.raises(globalcs.InvalidOptionError):
        _first("CZ", "cs", "formal", {"family_name": "Novák", "vocative": "Nováku"})
    customer = globalcs.Customer(given_name="Petr", gender="male", given_name_vocative="Petře")
    assert pickle.loads(pickle.dumps(customer)) == customer


def test_neutral_and_the_gender_words_of_forms() -> None:
    assert globalcs.Customer(gender="neutral").gender == "neutral"
    # a form's "other" or "diverse" (German civil status) is a person not to be gendered
    for word in ("other", "diverse", "non-binary"):
        line = _first(
            "DE", "de", "formal", {"given_name": "Alex", "family_name": "Morgan", "gender": word}
        )
        assert line == "Guten Tag Alex Morgan,"
    assert _first("DE", "de", "formal", {"gender": "unknown", "family_name": "Morgan"}) == (
        "Sehr geehrte Kundin, sehr geehrter Kunde,"
    )
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.Customer(gender="neuter")  # type: ignore[arg-type]


def test_the_salutation_filter_of_templates_uses_the_vocative() -> None:
    message = globalcs.render_template(
        "Ahoj {{ customer|salutation }}",
        "CZ",
        language="cs",
        formality="formal",
        customer={"given_name": "Jan", "family_name": "Novák", "gender": "male"},
    )
    assert message.text == "Ahoj pane Nováku"


def _first(market: str, tag: str, formality: str, customer: object) -> str:
    message = globalcs.render(
        "delivered", market, language=tag, formality=formality, customer=customer, order_id="1"
    )
    return message.text.splitlines()[0]


def test_the_cli_passes_the_neutral_term_and_a_stored_vocative() -> None:
    import io

    from globalcs.cli import main

    out = io.StringIO()
    argv = ["render", "delivered", "--market", "CZ", "--var", "order_id=1", "--formality", "formal"]
    argv += ["--customer-family", "Němec", "--customer-gender", "male"]
    assert main([*argv, "--customer-family-vocative", "Němče"], out=out) == 0
    assert "Vážený pane Němče," in out.getvalue()
    out = io.StringIO()
    argv = ["render", "delivered", "--market", "DE", "--var", "order_id=1", "--formality", "formal"]
    argv += ["--customer-given", "Alex", "--customer-family", "Morgan"]
    assert main([*argv, "--customer-gender", "neutral"], out=out) == 0
    assert "Guten Tag Alex Morgan," in out.getvalue()
