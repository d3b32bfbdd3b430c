"""metrics.survey: CSAT, NPS and CES questions and scale labels in every language."""

from __future__ import annotations

import pickle

import pytest

import globalcs
from globalcs import InvalidOptionError, MissingVariableError, metrics
from globalcs.messages._languages import catalog, language
from globalcs.messages._message import END_ISOLATE, ISOLATE

FORMALITIES = list(globalcs.Formality)


@pytest.mark.parametrize("tag", globalcs.languages())
def test_every_language_asks_every_survey_in_every_register(tag: str) -> None:
    labels = catalog(language(tag).catalog)
    for kind in metrics._surveys.KINDS:
        for formality in FORMALITIES:
            survey = metrics.survey(kind, "SG", language=tag, formality=formality, brand="Zeta")
            assert survey.language == tag
            assert "{" not in survey.question
            if kind != "csat":
                assert "Zeta" in survey.question + (survey.statement or ""), (tag, kind)
            labelled = [value for value, label in survey.scale if label]
            expected = {"csat": [1, 2, 3, 4, 5], "nps": [0, 10], "ces": [1, 2, 3, 4, 5, 6, 7]}
            assert labelled == expected[kind], (tag, kind)
        distinct = {label for _, label in survey.scale if label}
        assert len(distinct) == len(labelled), (tag, kind, "a label repeats")
    assert "survey.ces.statement" in labels


def test_the_register_changes_the_question_where_the_language_has_one() -> None:
    informal = metrics.survey("nps", "DE", formality="informal", brand="Shop").question
    formal = metrics.survey("nps", "DE", formality="formal", brand="Shop").question
    assert "du Shop" in informal
    assert "Sie Shop" in formal


def test_regional_variants_inherit_and_differ_where_they_should() -> None:
    assert metrics.survey("csat", "US").question == metrics.survey("csat", "GB").question
    mexico = metrics.survey("nps", "MX", brand="Tienda", formality="informal").question
    assert mexico.startswith("¿Qué tan probable es")
    spain = metrics.survey("nps", "ES", brand="Tienda", formality="informal").question
    assert spain.startswith("¿Con qué probabilidad")
    quebec = metrics.survey("csat", "CA-QC", language="fr-CA").question
    assert quebec.endswith("reçue?")
    france = metrics.survey("csat", "FR").question
    assert france.endswith("reçue\u00a0?")


def test_a_latin_brand_is_isolated_in_right_to_left_languages() -> None:
    arabic = metrics.survey("nps", "SA", brand="Zeta")
    assert f"{ISOLATE}Zeta{END_ISOLATE}" in arabic.question
    assert "Zeta" in metrics.survey("nps", "DE", brand="Zeta").question
    assert ISOLATE not in metrics.survey("nps", "DE", brand="Zeta").question


def test_text_and_dict_forms() -> None:
    survey = metrics.survey("ces", "NL", brand="Winkel", formality="formal")
    lines = survey.text.splitlines()
    assert lines[0] == "In hoeverre bent u het eens met de volgende stelling?"
    assert lines[1] == "Winkel maakte het me makkelijk om mijn vraag afgehandeld te krijgen."
    assert lines[-1] == "7 – Helemaal mee eens"
    data = survey.to_dict()
    assert data["scale"][0] == {"value": 1, "label": "Helemaal mee oneens"}
    assert pickle.loads(pickle.dumps(survey)) == survey


@pytest.mark.parametrize(
    ("args", "options", "error"),
    [
        (("sus", "DE"), {}, InvalidOptionError),
        (("nps", "DE"), {}, MissingVariableError),
        (("ces", "DE"), {"brand": "  "}, MissingVariableError),
        (("nps", "DE"), {"brand": "Shop\u202e"}, InvalidOptionError),
        (("nps", "DE"), {"brand": ["Shop"]}, InvalidOptionError),
        (("csat", "XX"), {}, globalcs.UnknownMarketError),
        (("csat", "DE"), {"language": "tlh"}, globalcs.UnknownLanguageError),
        (("csat", "DE"), {"formality": "rude"}, InvalidOptionError),
    ],
)
def test_bad_input_is_refused_by_name(
    args: tuple[str, str], options: dict[str, object], error: type[Exception]
) -> None:
    with pytest.raises(error) as caught:
        metrics.survey(*args, **options)  # type: ignore[arg-type]
    assert str(pickle.loads(pickle.dumps(caught.value))) == str(caught.value)
