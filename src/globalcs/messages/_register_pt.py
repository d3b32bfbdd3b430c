"""Register rules for Portuguese, over words: Brazil and Portugal address customers
differently, so each has its own reading.

>>> [(h.register, h.rule) for h in brazilian("Você pode acompanhar o pedido.")]
[]
>>> [(h.register, h.rule) for h in european_portuguese("Contacta-nos se precisares.")]
[('informal', 'tu-imperative'), ('informal', 'tu-form pronoun or verb')]
"""

from __future__ import annotations

from ._register_romance import NOT_PRETERITE
from ._register_words import Hit, Word, following, greetings, hit, pairs, preceding, wordlist, words

_PT_TU = wordlist("tu te ti teu tua teus tuas contigo")
_PT_BR_SLANG = wordlist("vc vcs valeu")
_PT_TU_VERBS = wordlist(
    """podes precisas queres tens estás és consegues sabes vais preferes desejas recebes
    encontras precisares tiveres quiseres puderes preferires escolheres"""
)
_PT_COURTESY = wordlist("seu sua seus suas lhe lhes")
_PT_SENHOR = wordlist("senhor senhora senhores senhoras")
_PT_ARTICLES = wordlist("o a os as ao à aos às do da dos das pelo pela no na")
_PT_IMPERATIVES = pairs(
    """clica/clique escolhe/escolha verifica/verifique consulta/consulte
    envia/envie contacta/contacte liga/ligue responde/responda escreve/escreva indica/indique
    acede/aceda seleciona/selecione confirma/confirme experimenta/experimente
    aproveita/aproveite descobre/descubra guarda/guarde faz/faça vai/vá vem/venha diz/diga
    dá/dê avisa/avise descarrega/descarregue segue/siga acompanha/acompanhe
    espera/espere desculpa/desculpe atualiza/atualize levanta/levante
    embala/embale devolve/devolva efetua/efetue ignora/ignore paga/pague recolhe/recolha
    regista/registe preenche/preencha"""
)
_PT_TU_IMPERATIVE = frozenset(tu for tu, _ in _PT_IMPERATIVES)
_PT_FORMAL_IMPERATIVE = frozenset(formal for _, formal in _PT_IMPERATIVES)
_PT_NOT_BARE = wordlist("consulta guarda liga dá dê vá")
_PT_NOT_PRETERITE = NOT_PRETERITE | wordlist("nordeste sudeste investe assiste reveste")


def brazilian(text: str) -> list[Hit]:
    """pt-BR: você is the ordinary address in both registers and no evidence; tu forms,
    te and vc are informal; o senhor / a senhora, Prezado(a) and Sr./Sra. are formal."""
    items = words(text)
    hits = greetings("pt-BR", items)
    for index, word in enumerate(items):
        lower = word.lower
        if word.text == "TI":  # tecnologia da informação
            continue
        if lower in _PT_TU or lower in _PT_BR_SLANG:
            hits.append(hit("informal", word, "tu-form or colloquial word"))
        else:
            hits.extend(_portuguese_formal(items, index))
    return hits


def european_portuguese(text: str) -> list[Hit]:
    """pt-PT: tu forms and second-person verbs are informal; the third-person courtesy
    forms (seu, lhe, o senhor) and formal imperatives (Contacte-nos) are formal; você is
    avoided with customers in Portugal at every formality."""
    items = words(text)
    hits = greetings("pt-PT", items)
    for index, word in enumerate(items):
        lower = word.lower
        if lower in ("você", "vocês"):
            hits.append(hit("never", word, "você, avoided with customers in Portugal"))
        elif lower in _PT_TU or lower in _PT_TU_VERBS or _portuguese_tu_ending(lower):
            hits.append(hit("informal", word, "tu-form pronoun or verb"))
        elif lower in _PT_COURTESY or _consigo(items, index):
            hits.append(hit("formal", word, "third-person courtesy form"))
        else:
            found = _portuguese_formal(items, index)
            if found:
                hits.extend(found)
                continue
            hyphened = word.after == "-"
            if (hyphened or word.initial) and following(items, index) is not None:
                if lower in _PT_TU_IMPERATIVE and (hyphened or lower not in _PT_NOT_BARE):
                    hits.append(hit("informal", word, "tu-imperative"))
                elif lower in _PT_FORMAL_IMPERATIVE and (hyphened or lower not in _PT_NOT_BARE):
                    hits.append(hit("formal", word, "formal imperative"))
    return hits


def _consigo(items: list[Word], index: int) -> bool:
    """consigo "with you", not the verb "I manage" (não consigo, eu consigo)."""
    before = preceding(items, index)
    return items[index].lower == "consigo" and not (
        before is not None and before.lower in ("eu", "não", "já", "se")
    )


def _portuguese_formal(items: list[Word], index: int) -> list[Hit]:
    word = items[index]
    lower = word.lower
    before = preceding(items, index)
    if lower in _PT_SENHOR and before is not None and before.lower in _PT_ARTICLES:
        return [hit("formal", before, "o senhor / a senhora", word)]
    if lower in ("prezado", "prezada", "prezados", "prezadas", "exmo", "exma", "exmos", "exmas"):
        return [hit("formal", word, "formal letter greeting")]
    if lower in ("sr", "sra", "srta") and word.after[:1] == ".":
        return [hit("formal", word, "Sr./Sra. title")]
    return []


def _portuguese_tu_ending(lower: str) -> bool:
    if lower.endswith("rás") and lower not in ("atrás", "trás") and len(lower) > 4:
        return True
    return (
        lower.endswith(("aste", "este", "iste"))
        and len(lower) > 6
        and lower not in _PT_NOT_PRETERITE
    )
