"""Register rules for Korean: the speech level of each sentence, read from its final
eojeol (the last space-separated word before the sentence ends).

해요체 ends in 요 (해요, 세요, 드릴게요), or 죠; 합쇼체 in 니다, 니까 after ㅂ/습, 십시오;
반말 (해체, 해라체) in 어/아/해, 다 after a tense or ㄴ/는, 니/냐, 자, 게 after ㄹ,
지 after a verb, and a few more. Sentences that end in a noun (notice headings such as
"배송 완료") belong to no level.

>>> [(h.register, h.rule) for h in korean("주문이 접수되었습니다. 곧 보내 줄게.")]
[('formal', '합쇼체 ending'), ('never', '반말 ending')]
"""

from __future__ import annotations

import re

from ._register_words import Hit

_SENTENCE = re.compile(r"[^.?!~。\n]+")
_EOJEOL = re.compile(r"[가-힣]+")
_FORMULAS = frozenset({"감사합니다", "고맙습니다", "죄송합니다"})
"""Set formulas that open and close 해요체 messages too (NIKL accepts mixing the two
polite styles); they are no evidence of 합쇼체."""
_NOUNS_IN_YO = frozenset({"필요", "중요", "주요", "수요", "개요", "소요"})
_NOUNS_IN_YA = frozenset({"분야", "야"})
_NOUNS_IN_HAE = frozenset({"이해", "피해", "손해", "올해", "방해", "오해", "재해"})
_SSANG_SIOT, _NIEUN, _RIEUL, _BIEUP = 20, 4, 8, 17
_BANMAL_AFTER_VERB = {
    "지": "하되않있없겠그",
    "자": "하보가",
    "라": "해봐줘어아여으",
    "니": "하되있없거",
    "네": "하되좋",
    "야": "거이",
    "아": "좋같괜싸많작",
}


def korean(text: str) -> list[Hit]:
    """One hit per sentence whose ending shows its speech level."""
    hits = []
    for sentence in _SENTENCE.finditer(text):
        found = list(_EOJEOL.finditer(sentence[0]))
        if not found:
            continue
        last = found[-1]
        if sentence[0][last.end() :].strip(" )]\"'”’"):
            continue  # the sentence ends in something other than Hangul (a number, a code)
        level = speech_level(last[0])
        if level:
            start = sentence.start() + last.start()
            register, rule = level
            hits.append(Hit(register, start, start + len(last[0]), rule))
    return hits


def speech_level(eojeol: str) -> tuple[str, str] | None:
    """(register, rule) for a sentence-final eojeol, or None when it shows no level.

    >>> speech_level("드릴게요"), speech_level("보냈어"), speech_level("완료")
    (('neutral', '해요체 ending'), ('never', '반말 ending'), None)
    """
    if eojeol in _FORMULAS:
        return None
    last = eojeol[-1]
    before = eojeol[-2] if len(eojeol) > 1 else ""
    if eojeol.endswith(("니다", "십시오", "시오")) or (
        eojeol.endswith("니까") and (before == "니" and _final(eojeol[-3:-2]) in (_BIEUP, -2))
    ):
        return ("formal", "합쇼체 ending")
    if (last == "요" and eojeol not in _NOUNS_IN_YO) or last == "죠":
        return ("neutral", "해요체 ending")
    if _banmal(eojeol, last, before):
        return ("never", "반말 ending")
    return None


def _banmal(eojeol: str, last: str, before: str) -> bool:
    tense = _final(before) == _SSANG_SIOT or before in ("없", "겠")
    if last == "다":  # 했다, 한다, 는다, and the copula after a noun (상품이다, 무료다)
        return tense or _final(before) in (_NIEUN, 0) or before in ("는", "이")
    if last == "야" and _final(before) == 0 and eojeol not in _NOUNS_IN_YA:
        return True  # the copula after a vowel-final noun (무료야); 거야, 이야
    if last in "어아해" and (tense or eojeol.endswith(("있어", "없어", "거야"))):
        return True
    if last in "해돼봐줘워" and eojeol not in _NOUNS_IN_HAE:
        return True
    if last in ("게", "래", "까") and _final(before) == _RIEUL:
        return True
    if last == "냐" or eojeol.endswith(("잖아", "거든", "구나", "니까")):
        return True
    return last in _BANMAL_AFTER_VERB and (tense or before in _BANMAL_AFTER_VERB[last])


def _final(syllable: str) -> int:
    """The final consonant (batchim) index of a Hangul syllable, 0 for none; -1 for
    anything else, and -2 for 습 (so ...습니까 reads as 합쇼체)."""
    if syllable == "습":
        return -2
    if len(syllable) != 1 or not "가" <= syllable <= "힣":
        return -1
    return (ord(syllable) - 0xAC00) % 28
