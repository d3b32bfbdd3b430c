"""Register rules for Japanese: the predicate that ends each sentence, read with the
morphological analyzer fugashi (MeCab with UniDic, the ``ja`` extra) when it is
installed, and with a documented rule-based reading of the sentence's last characters
when it is not.

A sentence is polite (丁寧語) when its final predicate carries ます or です (ました,
ません, でしょう, ございます) or is the request ください; plain, wrong with customers at
any formality, when it ends in a plain verb, adjective or auxiliary (届く, ない, 送った,
だ, である), a て-form request (待って, してね), ありがとう alone or ちょうだい. A
sentence that ends in a noun (発送のお知らせ) shows no level. In a very formal text, the
plain-polite forms that 敬語 replaces (ください without ませ, します without いたし,
すみません) are marked ``formal``.

>>> [(h.register, h.rule) for h in japanese("商品は明日届く。", analyzer=False)]
[('never', 'plain form at the end of a sentence')]
"""

from __future__ import annotations

import functools
import re
import threading
from typing import Any, NamedTuple

from ._register_words import Hit

_SENTENCE = re.compile(r"[^。！？!?\n]+")
_TRAILING = "」』）)】 　・…〜~"
_FINAL_PARTICLES = "よねなわぞか"
_POLITE_END = re.compile(
    r"(?:ます|ました|ません|ましょう|ませ|です|でした|でしょう|ください|下さい)"
    r"(?:[よねか]|けど|が)*$"
)
_PLAIN_END = re.compile(
    r"(?:だ|である|だった|じゃない|ない|たい|ちょうだい|ありがとう|よろしく|"
    r"[うくすつぬふむるぐぶ]|[^い]い|[たて]|[んい]で)[よねなわぞ]*$"
)
_NOUNS_IN_I = re.compile(r"(?:願|払|伺|違|扱|問い合|合)い[よねなわぞ]*$")
_TEINEIGO = (
    (re.compile(r"ください(?!ま)"), "ください without ませ (very formal: くださいませ)"),
    (
        re.compile(r"(?<![た致申])しま(?:す|した)"),
        "します without いたし (very formal: いたします)",
    ),
    (re.compile(r"すみません"), "すみません (very formal: 申し訳ございません)"),
)
_VERY_FORMAL = re.compile(r"誠に|でございます|賜|くださいませ|申し上げ")


def japanese(text: str, *, analyzer: bool | None = None) -> list[Hit]:
    """Hits for each sentence's final predicate and for the keigo markers.

    ``analyzer``: True to require fugashi, False for the rule-based reading, None to use
    fugashi when it is installed.
    """
    tagger = _tagger() if analyzer is None else (_require_tagger() if analyzer else None)
    hits: list[Hit] = []
    for sentence in _SENTENCE.finditer(text):
        body = sentence[0].rstrip(_TRAILING)
        if not body.strip():
            continue
        found = _by_morphemes(tagger, body) if tagger is not None else _by_characters(body)
        if found is not None:
            (start, end), register, rule = found
            offset = sentence.start()
            hits.append(Hit(register, offset + start, offset + end, rule))
    for pattern, rule in _TEINEIGO:
        hits.extend(Hit("formal", m.start(), m.end(), rule) for m in pattern.finditer(text))
    hits.extend(
        Hit("very_formal", m.start(), m.end(), "敬語 formula") for m in _VERY_FORMAL.finditer(text)
    )
    return sorted(hits, key=lambda h: h.start)


Found = tuple[tuple[int, int], str, str]
_PLAIN = "plain form at the end of a sentence"
_PLAIN_FORMS = ("終止形", "連体形", "命令形", "意志推量形")
"""UniDic conjugation forms that end a plain sentence: dictionary, attributive,
imperative and volitional (届く, 届いた, 待て, しよう)."""


def _by_characters(body: str) -> Found | None:
    stripped = body.rstrip()
    if _POLITE_END.search(stripped):
        return None
    match = _PLAIN_END.search(stripped)
    if match is None or _NOUNS_IN_I.search(stripped):
        return None
    return (match.start(), match.end()), "never", _PLAIN


class Morpheme(NamedTuple):
    """One word as UniDic reads it, with its place in the sentence."""

    surface: str
    pos1: str
    pos2: str
    form: str
    lemma: str
    start: int = 0
    end: int = 0


def _by_morphemes(tagger: Any, body: str) -> Found | None:
    tokens: list[Morpheme] = []
    position = 0
    for word in tagger(body):
        start = body.index(word.surface, position)
        position = start + len(word.surface)
        tokens.append(word._replace(start=start, end=position))
    while tokens and (
        tokens[-1].pos1 in ("補助記号", "空白")
        or (tokens[-1].pos2 == "終助詞" and tokens[-1].surface in _FINAL_PARTICLES)
    ):
        tokens.pop()
    if not tokens:
        return None
    chain = []
    for token in reversed(tokens):  # the final predicate: the last word and its auxiliaries
        chain.append(token)
        if token.pos1 != "助動詞":
            break
    before = len(tokens) - len(chain) - 1
    if chain[-1].lemma == "有る" and before >= 0 and tokens[before].surface == "で":
        chain.append(tokens[before])  # である
    if any(t.lemma in ("ます", "です") for t in chain):
        return None
    last = tokens[-1]
    heads = [t for t in chain if t.pos1 in ("動詞", "形容詞", "助動詞")]
    span = ((heads[-1] if heads else chain[0]).start, last.end)
    previous = tokens[-2] if len(tokens) > 1 else last
    if last.lemma == "下さる" or last.pos1 in ("名詞", "代名詞", "接尾辞", "記号"):
        if last.lemma == "頂戴" and previous is not last and previous.surface in "てで":
            return (previous.start, last.end), "never", _PLAIN
        return None
    if last.pos1 == "感動詞" and last.lemma in ("有り難う", "宜しく"):
        return span, "never", _PLAIN
    if last.pos2 == "接続助詞" and last.surface in ("て", "で"):
        return (previous.start, last.end), "never", _PLAIN
    if last.pos1 in ("動詞", "形容詞", "助動詞") and last.form.startswith(_PLAIN_FORMS):
        return span, "never", _PLAIN
    return None


@functools.cache
def _tagger() -> Any:
    """fugashi's tagger, or None without fugashi or a dictionary (unidic-lite)."""
    try:
        return _require_tagger()
    except (ImportError, RuntimeError):
        return None


@functools.cache
def _require_tagger() -> Any:
    import importlib

    fugashi = importlib.import_module("fugashi")  # the "ja" extra: pip install globalcs[ja]
    return _Locked(fugashi.Tagger())


class _Locked:
    """A tagger that parses one text at a time: MeCab's tagger keeps its lattice between
    calls, so threads must not share it at once."""

    def __init__(self, tagger: Any) -> None:
        self._tagger = tagger
        self._lock = threading.Lock()

    def __call__(self, text: str) -> list[Morpheme]:
        # A node's features live in the tagger's memory: copy them before the next parse.
        with self._lock:
            return [
                Morpheme(
                    str(w.surface),
                    str(w.feature.pos1),
                    str(w.feature.pos2),
                    str(w.feature.cForm),
                    str(w.feature.lemma),
                )
                for w in self._tagger(text)
            ]
