"""Words and sentences for the register checker: a Unicode word tokenizer and the hits
the language rules report.

A word is a run of letters (any script, combining marks included); digits, underscores
and punctuation separate words. Each word knows whether it opens a sentence, so the
rules can tell "Sie" the pronoun in mid-sentence from "Sie" at the start of one.

>>> [(w.text, w.initial) for w in words("Hast du Zeit? Sie auch.")]
[('Hast', True), ('du', False), ('Zeit', False), ('Sie', True), ('auch', False)]
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from .._record import record

_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?…:;\n¿¡]")


@record
class Word:
    """One word of a text, with the characters around it."""

    text: str
    start: int
    end: int
    initial: bool
    before: str
    """The characters between the previous word and this one."""
    after: str
    """The characters between this word and the next one."""

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def plain(self) -> str:
        """Lower case without accents (``Escríbenos`` -> ``escribenos``)."""
        return strip_accents(self.text.lower())

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


@record
class Hit:
    """Evidence for one register: the words, where they are, and the rule that saw them."""

    register: str
    start: int
    end: int
    rule: str


@functools.lru_cache(maxsize=8192)
def strip_accents(text: str) -> str:
    """``text`` without combining accents (``é`` -> ``e``), length kept for Latin text."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not _is_mark(c)))


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) == "Mn"


def words(text: str) -> list[Word]:
    """The words of ``text`` in order (see the module docstring)."""
    found = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    result = []
    for index, (start, end) in enumerate(found):
        before_start = found[index - 1][1] if index else 0
        after_end = found[index + 1][0] if index + 1 < len(found) else len(text)
        before = text[before_start:start]
        initial = index == 0 or bool(_SENTENCE_END.search(before))
        result.append(Word(text[start:end], start, end, initial, before, text[end:after_end]))
    return result


def following(items: Sequence[Word], index: int) -> Word | None:
    """The word after ``items[index]`` in the same sentence, or None."""
    if index + 1 < len(items) and not items[index + 1].initial:
        return items[index + 1]
    return None


def preceding(items: Sequence[Word], index: int) -> Word | None:
    """The word before ``items[index]`` in the same sentence, or None."""
    if index > 0 and not items[index].initial:
        return items[index - 1]
    return None


def hit(register: str, word: Word, rule: str, last: Word | None = None) -> Hit:
    """A hit covering ``word`` (through ``last`` when the marker is several words)."""
    return Hit(register, word.start, (last or word).end, rule)


INFORMAL_GREETINGS = {
    "de": "hey hi tschüss",
    "fr": "salut coucou bisous",
    "es": "chao chau besos",
    "es-AR": "chao chau besos che",
    "it": "ciao",
    "nl": "hoi hey doei",
    "pt-BR": "oi tchau abraços beijos",
    "pt-PT": "oi tchau xau beijinhos",
    "pl": "cześć hej siema",
}
"""Greetings and sign-offs used only among friends (the catalogs' informal openers: Salut,
Ciao, Hoi, Oi, Cześć; in Argentina also the interjection "che"); "Hallo", "Hola" and
"Olá" are neutral and not listed."""
FORMAL_SALUTATIONS = {
    "de": ("sehr geehrte", "sehr geehrter", "sehr geehrten", "mit freundlichen grüßen"),
    "es": ("estimado", "estimada", "estimados", "estimadas", "atentamente"),
    "es-AR": ("estimado", "estimada", "estimados", "estimadas", "atentamente"),
    "it": ("gentile", "gentili", "egregio", "egregia", "spettabile", "cordiali saluti"),
    "nl": ("geachte", "hoogachtend"),
    "pl": ("szanowny", "szanowna", "szanowni", "z poważaniem"),
    "pt-BR": ("atenciosamente",),
    "pt-PT": ("com os melhores cumprimentos",),
}
"""Letter salutations and closings of the formal register (Sehr geehrte, Estimado/a,
Gentile, Geachte, Szanowni), counted only where a line begins with them."""


def greetings(tag: str, items: Sequence[Word]) -> list[Hit]:
    """Hits for the informal greetings and the formal salutations of language ``tag``,
    where they open a sentence or a line (not "Hi" in "Hi-Fi", "gentile" as "kind")."""
    listed = frozenset(INFORMAL_GREETINGS.get(tag, "").split())
    found = [
        hit("informal", w, "informal greeting or sign-off")
        for w in items
        if w.initial and w.lower in listed and w.after[:1] != "-"
    ]
    phrases = FORMAL_SALUTATIONS.get(tag, ())
    for index, word in enumerate(items):
        if not (index == 0 or "\n" in word.before):
            continue
        for phrase in phrases:
            parts = phrase.split()
            run = items[index : index + len(parts)]
            if [w.lower for w in run] == parts:
                found.append(hit("formal", word, "formal salutation or closing", run[-1]))
    return found


def wordlist(spaced: str) -> frozenset[str]:
    """The words of a space-separated list (``wordlist("du dich")``)."""
    return frozenset(spaced.split())


def pairs(spaced: str) -> list[tuple[str, str]]:
    """``informal/formal`` pairs of a space-separated list."""
    return [(a, b) for a, _, b in (item.partition("/") for item in spaced.split())]


def clitic_stem(word: Word, clitics: Sequence[str]) -> str | None:
    """The accent-free verb before a pronoun written onto it (``escribenos`` -> ``escribe``)."""
    plain = word.plain
    for clitic in clitics:
        if plain.endswith(clitic) and len(plain) > len(clitic) + 1:
            return plain[: -len(clitic)]
    return None
