"""The labelled register corpus (see README.md here) and its scoring.

One file per language; each line is ``target | verdict | text``, where the verdict is
``ok`` or ``bad`` followed by the marker that breaks the register. A file has three
parts: ``dev`` (written first, read while writing the rules), ``held-out`` (written
with it, before the rules, and only scored), ``blind`` and ``blind-2`` (each written
after a commit of the rules and scored once before any change; see README.md for what
changed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

FOLDER = Path(__file__).parent
PARTS = ("dev", "held-out", "blind", "blind-2")
"""The parts of a corpus file, in the order they were written."""
LANGUAGES = (
    "de",
    "fr",
    "es",
    "es-419",
    "es-MX",
    "es-AR",
    "it",
    "nl",
    "pt-BR",
    "pt-PT",
    "pl",
    "ja",
    "ko",
)


@dataclass(frozen=True)
class Case:
    language: str
    target: str
    violates: bool
    marker: str
    text: str
    part: str
    line: int


@dataclass(frozen=True)
class Score:
    cases: int
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        violations = self.true_positives + self.false_negatives
        return self.true_positives / violations if violations else 1.0


def load(language: str) -> list[Case]:
    cases = []
    part = "dev"
    path = FOLDER / f"{language}.txt"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("## "):
            part = line[3:].split(":")[0].strip()
        if not line.strip() or line.startswith("#"):
            continue
        target, verdict, text = (part.strip() for part in line.split(" | ", 2))
        violates = verdict.startswith("bad")
        if not violates and verdict != "ok":
            raise ValueError(f"{path.name}:{number}: verdict must be 'ok' or 'bad ...'")
        marker = verdict[3:].strip() if violates else ""
        if target not in ("informal", "neutral", "formal", "very_formal") or not text:
            raise ValueError(f"{path.name}:{number}: bad target or empty text")
        cases.append(Case(language, target, violates, marker, text, part, number))
    return cases


def score(cases: Iterable[Case], flags: Callable[[Case], bool]) -> tuple[Score, list[Case]]:
    """The confusion counts of ``flags`` (True: the checker reports a violation) over
    ``cases``, and the cases it got wrong."""
    tp = fp = fn = total = 0
    wrong = []
    for case in cases:
        total += 1
        flagged = flags(case)
        tp += flagged and case.violates
        fp += flagged and not case.violates
        fn += case.violates and not flagged
        if flagged != case.violates:
            wrong.append(case)
    return Score(total, tp, fp, fn), wrong
