"""Register rules for French and Italian, over words (Spanish: ``_register_es``;
Portuguese: ``_register_pt``).

Romance languages drop the subject pronoun, so a text can be informal without a single
"tu": the rules also read second-person verb endings and imperatives (Écris-nous,
Scrivici), each against its formal counterpart.

>>> [(h.register, h.rule) for h in french("Écris-nous si besoin.")]
[('informal', 'tu-imperative')]
>>> [(h.register, h.rule) for h in italian("Ci scriva pure.")]
[('formal', 'imperative')]
"""

from __future__ import annotations

from ._register_words import (
    Hit,
    Word,
    clitic_stem,
    following,
    greetings,
    hit,
    pairs,
    preceding,
    wordlist,
    words,
)

_FR_TU = wordlist("tu te toi ton ta tes tien tienne tiens tiennes")
_FR_VOUS = wordlist("vous votre vos vôtre vôtres")
_FR_PRONOUNS = wordlist("nous moi le la les y en toi lui leur")
_FR_TU_IMPERATIVE = wordlist(
    """clique choisis réponds écris envoie contacte consulte vérifie regarde appelle indique
    utilise ajoute profite découvre pense remplis saisis sélectionne rends va viens fais dis
    prends mets lis attends renvoie télécharge confirme complète joins imprime essaie essaye
    laisse accepte connecte inscris abonne dis donne montre préviens"""
)
_NOT_VERB_EZ = wordlist("chez assez nez rez")


def french(text: str) -> list[Hit]:
    """tu and vous forms; imperatives by their ending (Écris-nous, Écrivez-nous,
    N'hésite pas, Consultez); "rendez-vous" is a noun, not vous."""
    items = words(text)
    hits = greetings("fr", items)
    for index, word in enumerate(items):
        lower = word.lower
        if lower in _FR_TU or (lower == "t" and word.after[:1] in "'’" and word.before[-1:] != "-"):
            hits.append(hit("informal", word, "tu-form pronoun"))
        elif lower in _FR_VOUS:
            if not (lower == "vous" and word.before == "-" and _previous(items, index) == "rendez"):
                hits.append(hit("formal", word, "vous-form pronoun"))
        else:
            register = _french_imperative(items, index)
            if register:
                rule = "tu-imperative" if register == "informal" else "vous-imperative"
                hits.append(hit(register, word, rule))
    return hits


def _previous(items: list[Word], index: int) -> str:
    return items[index - 1].lower if index else ""


def _french_imperative(items: list[Word], index: int) -> str:
    word = items[index]
    lower = word.lower
    after = following(items, index)
    hyphened = word.after == "-" and after is not None and after.lower in _FR_PRONOUNS
    before = preceding(items, index)
    negated = (
        before is not None
        and before.lower in ("n", "ne")
        and before.initial
        and after is not None
        and after.lower == "pas"
    )
    if not (hyphened or negated or word.initial) or lower in _NOT_VERB_EZ:
        return ""
    if lower.endswith("ez"):
        return "formal"
    if lower.endswith("ons"):
        return ""
    if hyphened or negated or (lower in _FR_TU_IMPERATIVE and after is not None):
        return "informal"
    return ""


# Words in -aste / -iste that are no second-person past tense (Spanish and Portuguese).
NOT_PRETERITE = wordlist(
    """existe insiste consiste asiste resiste persiste desiste subsiste triste chiste
    contraste desgaste"""
)


_IT_TU = wordlist("tu ti te tuo tua tuoi tue teco")
_IT_TU_VERBS = wordlist("puoi hai sei vuoi devi sai vai trovi ricevi preferisci desideri riesci")
_IT_LEI = wordlist("Lei Suo Sua Suoi Sue")
_IT_IMPERATIVES = pairs(
    """clicca/clicchi controlla/controlli scrivi/scriva contatta/contatti
    chiama/chiami verifica/verifichi inserisci/inserisca scegli/scelga vai/vada vieni/venga
    guarda/guardi leggi/legga segui/segua accedi/acceda scarica/scarichi aggiorna/aggiorni
    rispondi/risponda ricorda/ricordi approfitta/approfitti scopri/scopra compila/compili
    apri/apra usa/usi aggiungi/aggiunga invia/invii indica/indichi fai/faccia dai/dia
    tieni/tenga lascia/lasci completa/completi esita/esiti scusa/scusi perdona/perdoni
    attendi/attenda accetta/accetti"""
)
_IT_TU_IMPERATIVE = frozenset(tu for tu, _ in _IT_IMPERATIVES)
_IT_LEI_IMPERATIVE = frozenset(lei for _, lei in _IT_IMPERATIVES)
_IT_NOT_BARE = wordlist("controlli contatti ricordi usi")
_IT_CLITICS = ("celo", "ci", "mi", "lo", "la", "ne")


def italian(text: str) -> list[Hit]:
    """tu against Lei: pronouns and possessives, second-person verbs (puoi, riceverai),
    imperatives (Scrivici, Clicca / Ci scriva, Non esiti), and La / Le before a
    first-person-plural verb (La ringraziamo, Le comunichiamo)."""
    items = words(text)
    hits = greetings("it", items)
    for index, word in enumerate(items):
        lower, plain = word.lower, word.plain
        after = following(items, index)
        before = preceding(items, index)
        if lower in _IT_TU or lower in _IT_TU_VERBS or _italian_tu_ending(lower):
            hits.append(hit("informal", word, "tu-form pronoun or verb"))
        elif word.text in _IT_LEI:
            if not word.initial:
                hits.append(hit("formal", word, "Lei-form pronoun or possessive"))
        elif lower in ("la", "le") and after is not None and _italian_we_verb(after.lower):
            hits.append(hit("formal", word, "La/Le + we-verb (Lei)", after))
        elif word.text in ("La", "Le") and not word.initial:
            hits.append(hit("formal", word, "capitalised courtesy clitic"))
        elif before is not None and before.initial and before.lower in ("non", "ci"):
            register = _italian_after(before.lower, lower)
            if register:
                hits.append(hit(register, before, "imperative", word))
        elif lower in _IT_LEI_IMPERATIVE and before is not None and before.lower == "ci":
            hits.append(hit("formal", before, "Lei-imperative", word))
        else:
            stem = clitic_stem(word, _IT_CLITICS)
            bare = word.initial and after is not None
            if (
                stem in _IT_TU_IMPERATIVE
                or stem in _IT_SHORT
                or (bare and plain in _IT_TU_IMPERATIVE)
            ):
                hits.append(hit("informal", word, "tu-imperative"))
            elif word.initial and plain in _IT_LEI_IMPERATIVE - _IT_NOT_BARE and after is not None:
                hits.append(hit("formal", word, "Lei-imperative"))
    return hits


def _italian_after(first: str, lower: str) -> str:
    if first == "non" and lower.endswith(("are", "ere", "ire")):
        return "informal"
    if lower in _IT_LEI_IMPERATIVE:
        return "formal"
    return ""


def _italian_tu_ending(lower: str) -> bool:
    return (lower.endswith("rai") and len(lower) > 4) or lower.endswith("resti")


# Verbs whose object in service letters is a person: after La / Le they address the
# customer (La ringraziamo); other verbs take the thing (la richiesta: La esamineremo).
_IT_PERSON_VERBS = tuple(
    wordlist(
        """ringrazi inform comunich ricord conferm chied preghi invit scriv segnal augur
        contatt ricontatt aggiorn avvis assicur consigli rimbors richiam rispond invi offr
        propon spieg mand chiam"""
    )
)
# fa, da, di with a pronoun written on (facci, dacci, dimmi): alone they are prepositions.
_IT_SHORT = wordlist("fac dac dic fam dam dim")


def _italian_we_verb(lower: str) -> bool:
    return lower.endswith(("iamo", "remo")) and lower.startswith(_IT_PERSON_VERBS)
