"""Register checker: precision and recall per language on the labelled corpus
(``tests/register_corpus``), the share of built-in messages flagged when checked as the
other register, and the time per text.

Until the languages the word rules read lost their ``[markers]`` tables, this benchmark
also ran the substring checker those tables fed; its last figures are kept in
``docs/performance.md``. There is no baseline left to run for these languages.

Run with ``make bench`` (or ``python benchmarks/bench_register.py`` for the full table).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the corpus in tests/

from _util import fmt, median_seconds
from tests.register_corpus import LANGUAGES, PARTS, Case, Score, load, score

import globalcs
from globalcs.messages import _register_ja


def new_flags(case: Case) -> bool:
    return bool(globalcs.check_register(case.text, case.language, case.target))


def without_fugashi(flags: Callable[[Case], bool]) -> Callable[[Case], bool]:
    """``flags`` with the Japanese rule-based fallback instead of fugashi."""

    def run(case: Case) -> bool:
        saved = _register_ja._tagger
        _register_ja._tagger = lambda: None  # type: ignore[assignment]
        try:
            return flags(case)
        finally:
            _register_ja._tagger = saved

    return run


def _pr(result: Score) -> str:
    return f"{result.precision:.2f} / {result.recall:.2f}"


def quality() -> list[tuple[str, Score]]:
    """(label, score) per language, Japanese fallback and part."""
    rows = [(tag, score(load(tag), new_flags)[0]) for tag in LANGUAGES]
    rows.append(("ja, fallback", score(load("ja"), without_fugashi(new_flags))[0]))
    everything = [c for tag in LANGUAGES for c in load(tag)]
    for part in PARTS:
        chosen = [c for c in everything if c.part == part]
        rows.append((f"all, {part}", score(chosen, new_flags)[0]))
    return rows


# The two registers a language's catalog writes, lower first.
CATALOG_REGISTERS = dict.fromkeys(LANGUAGES, ("informal", "formal"))
CATALOG_REGISTERS |= {"ko": ("neutral", "formal"), "ja": ("formal", "very_formal")}


def catalog_switches() -> list[tuple[str, int, int]]:
    """Built-in messages checked as the other register, for every intent and channel
    whose text differs between the two: (language, texts, flagged). Text nobody wrote
    for the corpus; a message whose registers differ only in, say, a verb the rules do
    not know may rightly pass, so this is a detection rate, not recall. Japanese very
    formal text checked as formal is left out: more polite than asked is no slip."""
    from tests.messages.samples import SAMPLES

    rows = []
    for tag, (lower, higher) in CATALOG_REGISTERS.items():
        n = ours = 0
        for intent in globalcs.intents():
            for channel in ("email", "chat", "sms"):
                texts = {
                    register: globalcs.render(
                        intent,
                        "SG",
                        language=tag,
                        formality=register,
                        channel=channel,
                        **SAMPLES[intent],
                    ).text
                    for register in (lower, higher)
                }
                if texts[lower] == texts[higher]:
                    continue
                swaps = [(lower, higher)] if tag == "ja" else [(lower, higher), (higher, lower)]
                for written, asked in swaps:
                    case = Case(tag, asked, True, "", texts[written], "catalog", 0)
                    n += 1
                    ours += new_flags(case)
        rows.append((tag, n, ours))
    return rows


def speed() -> float:
    """Median time per text to check every corpus text once."""
    everything = [c for tag in LANGUAGES for c in load(tag)]
    for case in everything:
        new_flags(case)  # warm: profiles, fugashi's dictionary

    def check_all(flags: Callable[[Case], bool]) -> Callable[[], None]:
        def run() -> None:
            for case in everything:
                flags(case)

        return run

    return median_seconds(check_all(new_flags), number=5) / len(everything)


def main() -> list[tuple[str, str, str]]:
    rows = [
        (f"{label}: precision / recall", _pr(result), f"n = {result.cases}")
        for label, result in quality()
    ]
    rows += [
        (f"{tag}: catalog texts checked as the other register, flagged", f"{ours}/{n}", "")
        for tag, n, ours in catalog_switches()
    ]
    rows.append(("time per text, all languages", fmt(speed()), "the checker, fugashi for ja"))
    return rows


if __name__ == "__main__":
    print("| measurement | checker | note |\n|---|---|---|")
    for row in main():
        print("| " + " | ".join(row) + " |")
