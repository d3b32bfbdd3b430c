"""CSAT, NPS and CES survey questions with their scale labels, in the customer's language."""

from __future__ import annotations

from typing import Literal

from .._errors import InvalidOptionError, MissingVariableError
from .._formality import Formality
from .._record import record
from ..messages._languages import catalog
from ..messages._message import END_ISOLATE, ISOLATE, is_right_to_left
from ..messages._options import resolve_options
from ..messages._values import check_text

SurveyKind = Literal["csat", "nps", "ces"]

KINDS: tuple[SurveyKind, ...] = ("csat", "nps", "ces")

_SCALES: dict[str, tuple[int, ...]] = {
    "csat": (1, 2, 3, 4, 5),
    "nps": tuple(range(11)),
    "ces": (1, 2, 3, 4, 5, 6, 7),
}


@record
class Survey:
    """One survey question in one language and register, with its answer scale.

    >>> from globalcs import metrics
    >>> survey = metrics.survey("nps", "DE", brand="Shop", formality="formal")
    >>> survey.question
    'Wie wahrscheinlich ist es, dass Sie Shop Freunden oder Kollegen empfehlen?'
    >>> survey.scale[0], survey.scale[5], survey.scale[10]
    ((0, 'Sehr unwahrscheinlich'), (5, None), (10, 'Sehr wahrscheinlich'))
    """

    kind: SurveyKind
    language: str
    """The catalog tag the survey is written in (``de``, ``pt-BR``)."""
    formality: Formality
    question: str
    """The question; for CES, the instruction above :attr:`statement`."""
    statement: str | None
    """CES only: the statement the customer agrees or disagrees with, in their voice."""
    scale: tuple[tuple[int, str | None], ...]
    """Each answer with its label; NPS labels only its two ends, as Reichheld's does."""

    @property
    def text(self) -> str:
        """The survey as plain text: the question, the statement, one line per answer.

        >>> from globalcs import metrics
        >>> print(metrics.survey("csat", "GB").text)
        How satisfied are you with the support you received?
        1 – Very dissatisfied
        2 – Dissatisfied
        3 – Neither satisfied nor dissatisfied
        4 – Satisfied
        5 – Very satisfied
        """
        lines = [self.question]
        if self.statement is not None:
            lines.append(self.statement)
        lines += [f"{value} – {label}" if label else str(value) for value, label in self.scale]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, object]:
        """Plain, JSON-serialisable data for a survey tool."""
        return {
            "kind": self.kind,
            "language": self.language,
            "formality": self.formality.value,
            "question": self.question,
            "statement": self.statement,
            "scale": [{"value": value, "label": label} for value, label in self.scale],
        }


def survey(
    kind: SurveyKind,
    market: object,
    *,
    language: str | None = None,
    formality: Formality | str | None = None,
    brand: str | None = None,
) -> Survey:
    """A CSAT, NPS or CES question for a customer in ``market``, in its language and
    register, with the labels of its scale (CSAT 1-5, NPS 0-10, CES 1-7).

    NPS and CES name the shop, so they need ``brand``. Language and register are
    chosen as for :func:`~globalcs.render` (e-mail).

    >>> from globalcs import metrics
    >>> metrics.survey("ces", "JP", brand="ショップ").statement
    'ショップでは、用件を簡単に解決できた。'
    """
    if kind not in KINDS:
        raise InvalidOptionError("survey kind", kind, KINDS)
    options = resolve_options(market, language, "neutral", formality, "email")
    lang = options.language
    texts = catalog(lang.catalog)
    register = lang.register(options.formality)
    values: dict[str, str] = {}
    if kind != "csat":
        if brand is None:
            raise MissingVariableError("brand", f"{kind} survey")
        name = check_text(brand, "brand")
        if not name.strip():
            raise MissingVariableError("brand", f"{kind} survey")
        if lang.direction == "rtl" and not is_right_to_left(name):
            name = f"{ISOLATE}{name}{END_ISOLATE}"  # a Latin name keeps its own direction
        values["brand"] = name
    question = _fill(texts[f"survey.{kind}.question|{register}"], values)
    statement = _fill(texts["survey.ces.statement"], values) if kind == "ces" else None
    scale = tuple((value, texts.get(f"survey.{kind}.{value}")) for value in _SCALES[kind])
    return Survey(kind, lang.tag, options.formality, question, statement, scale)


def _fill(template: str, values: dict[str, str]) -> str:
    return template.replace("{brand}", values["brand"]) if "{brand}" in template else template
