"""CSAT, NPS, CES and first-contact resolution from answers, with their margins.

Definitions (the ones customer-service teams report):

- **CSAT**: the share of answers in the top two boxes of a 1-5 scale (4 or 5),
  as a percentage; on a 1-7 scale the top two are 6 and 7.
- **NPS** (Reichheld, 2003): the percentage of promoters (9-10 on the 0-10
  "how likely are you to recommend" scale) minus the percentage of detractors
  (0-6), from -100 to 100.
- **CES**: the mean answer on the 1-7 agreement scale of the Customer Effort
  Score ("the company made it easy for me to handle my issue"; higher is easier).
- **First-contact resolution**: the share of tickets resolved with one contact.

Each comes with its 95 % margin of error (normal approximation), so two markets
are not compared on a difference smaller than their noise.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterable
from typing import Literal

from .._errors import InvalidOptionError
from .._record import record

Metric = Literal["csat", "nps", "ces", "fcr"]

_Z95 = 1.959964


@record
class Score:
    """A metric computed from answers: its value, how many answers, and its margin.

    >>> from globalcs import metrics
    >>> score = metrics.nps([10, 9, 9, 8, 7, 6, 3])
    >>> score.value, score.answers, score.counts[10]
    (14.3, 7, 1)
    """

    metric: Metric
    value: float | None
    """The metric (CSAT and FCR in %, NPS from -100 to 100, CES the mean answer), or
    None without answers."""
    answers: int
    """Answers counted."""
    missing: int
    """Empty answers skipped (None, NaN, pandas' NA)."""
    margin: float | None
    """Half the 95 % confidence interval, in the value's unit; None below two answers."""
    counts: dict[int, int]
    """How often each answer was given (for FCR, contacts per ticket)."""

    def to_dict(self) -> dict[str, object]:
        """Plain, JSON-serialisable data."""
        return {
            "metric": self.metric,
            "value": self.value,
            "answers": self.answers,
            "missing": self.missing,
            "margin": self.margin,
            "counts": {str(k): v for k, v in sorted(self.counts.items())},
        }


def csat(answers: Iterable[object], *, scale: int = 5) -> Score:
    """Customer satisfaction: the percentage of answers in the top two boxes.

    ``scale`` is 5 (answers 1-5) or 7 (1-7).

    >>> from globalcs import metrics
    >>> metrics.csat([5, 4, 4, 3, 1, None]).value
    60.0
    """
    if scale not in (5, 7):
        raise InvalidOptionError("CSAT scale", scale, ("5", "7"))
    counts, missing = _tally(answers, 1, scale, "CSAT answer")
    n = sum(counts.values())
    top = sum(c for answer, c in counts.items() if answer >= scale - 1)
    return _share("csat", top, n, missing, counts)


def nps(answers: Iterable[object]) -> Score:
    """Net Promoter Score: % promoters (9-10) minus % detractors (0-6), -100 to 100.

    >>> from globalcs import metrics
    >>> metrics.nps([10, 10, 8, 2]).value
    25.0
    """
    counts, missing = _tally(answers, 0, 10, "NPS answer")
    n = sum(counts.values())
    if not n:
        return Score("nps", None, 0, missing, None, counts)
    promoters = sum(c for a, c in counts.items() if a >= 9) / n
    detractors = sum(c for a, c in counts.items() if a <= 6) / n
    margin = None
    if n >= 2:
        variance = promoters + detractors - (promoters - detractors) ** 2
        margin = _round(100 * _Z95 * math.sqrt(variance / n))
    return Score("nps", _round(100 * (promoters - detractors)), n, missing, margin, counts)


def ces(answers: Iterable[object], *, scale: int = 7) -> Score:
    """Customer Effort Score: the mean answer on a 1-7 agreement scale (higher is easier).

    >>> from globalcs import metrics
    >>> metrics.ces([7, 6, 5, 6]).value
    6.0
    """
    if scale not in (5, 7):
        raise InvalidOptionError("CES scale", scale, ("5", "7"))
    counts, missing = _tally(answers, 1, scale, "CES answer")
    n = sum(counts.values())
    if not n:
        return Score("ces", None, 0, missing, None, counts)
    mean = sum(a * c for a, c in counts.items()) / n
    margin = None
    if n >= 2:
        variance = sum(c * (a - mean) ** 2 for a, c in counts.items()) / (n - 1)
        margin = _round(_Z95 * math.sqrt(variance / n), 2)
    return Score("ces", _round(mean, 2), n, missing, margin, counts)


def first_contact_resolution(contacts: Iterable[object]) -> Score:
    """The percentage of tickets resolved with one contact.

    ``contacts``: per resolved ticket, how many contacts it took (1, 2, ...), or True
    for "resolved at the first contact" and False for "not".

    >>> from globalcs import metrics
    >>> metrics.first_contact_resolution([1, 1, 2, 3]).value
    50.0
    >>> metrics.first_contact_resolution([True, False, True]).value
    66.7
    """
    values: list[object] = list(contacts) if not isinstance(contacts, (str, bytes)) else [contacts]
    if values and all(isinstance(v, bool) for v in values):
        values = [1 if v else 2 for v in values]
    counts, missing = _tally(values, 1, None, "contacts per ticket")
    n = sum(counts.values())
    return _share("fcr", counts.get(1, 0), n, missing, counts)


def _share(metric: Metric, hits: int, n: int, missing: int, counts: dict[int, int]) -> Score:
    if not n:
        return Score(metric, None, 0, missing, None, counts)
    p = hits / n
    margin = _round(100 * _Z95 * math.sqrt(p * (1 - p) / n)) if n >= 2 else None
    return Score(metric, _round(100 * p), n, missing, margin, counts)


def _tally(
    answers: Iterable[object], low: int, high: int | None, what: str
) -> tuple[dict[int, int], int]:
    """Count the answers, skipping empty ones; anything else that is not a whole
    number on the scale is refused, naming the value."""
    if isinstance(answers, (str, bytes)) or not isinstance(answers, Iterable):
        raise InvalidOptionError(what + "s", answers, reason="give an iterable of answers")
    counts: dict[int, int] = {}
    missing = 0
    for answer in answers:
        if _empty(answer):
            missing += 1
            continue
        value = _whole(answer, what)
        if value < low or (high is not None and value > high):
            scale = f"{low}-{high}" if high is not None else f"{low} or more"
            raise InvalidOptionError(what, answer, reason=f"outside the scale {scale}")
        counts[value] = counts.get(value, 0) + 1
    return dict(sorted(counts.items())), missing


def _empty(answer: object) -> bool:
    if answer is None:
        return True
    if isinstance(answer, float):
        return math.isnan(answer)
    # pandas.NA and NaT: neither equal to themselves nor usable as a number
    return type(answer).__name__ in ("NAType", "NaTType")


def _whole(answer: object, what: str) -> int:
    if isinstance(answer, bool) or not isinstance(answer, numbers.Real):
        raise InvalidOptionError(what, answer, reason="an answer is a whole number")
    if isinstance(answer, numbers.Integral):
        return int(answer)
    number = float(answer)
    if not number.is_integer():  # pandas stores whole answers as 4.0 next to a NaN
        raise InvalidOptionError(what, answer, reason="an answer is a whole number")
    return int(number)


def _round(value: float, digits: int = 1) -> float:
    return round(value, digits) + 0.0  # + 0.0 turns -0.0 into 0.0
