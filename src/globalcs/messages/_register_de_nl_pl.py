"""Register rules for German, Dutch and Polish, over words (see ``_register_words``).

Each function returns the hits for the informal (du, je, ty) and formal (Sie, u,
Pan/Pani) registers; ``check_register`` weighs them against the register asked for.

>>> [(h.register, h.rule) for h in german("Schreib uns, wenn du Fragen hast.")]
[('informal', 'du-imperative without a pronoun'), ('informal', 'du-form pronoun')]
"""

from __future__ import annotations

from ._register_words import Hit, Word, following, greetings, hit, preceding, wordlist, words

_DU = wordlist(
    "du dich dir dein deine deinen deinem deiner deines euch euer eure euren eurem eurer eures"
)
_SIE = wordlist("Sie Ihnen Ihr Ihre Ihren Ihrem Ihrer Ihres")
# Singular imperatives of the verbs of service messages, left out where the same word
# opens sentences as a noun or adjective (Teile, Frage, Folge, Suche, Tipp, Besuch, Kauf).
_DU_IMPERATIVE = wordlist(
    """schreib schreibe ruf rufe klick klicke melde meld antworte prüf prüfe schau sieh lies
    gib nimm hilf komm warte nutz nutze wähl wähle geh lass sende schick schicke füll fülle
    trag trage probier probiere versuch bestätige kontaktiere öffne lad lade tippe
    besuche logg bleib bleibe denk denke vergiss sag frag registriere aktualisiere änder ändere
    bewerte entdecke hol hole leg lege pack scanne zahle bezahl bezahle gönn gönne iss sprich
    erzähl erzähle bestell bestelle such vergleiche wirf kaufe starte stöbere abonniere
    aktiviere lösche speichere kopiere drück drücke beachte sichere"""
)
_SOFTENERS = wordlist("bitte einfach gern gerne jetzt dann noch kurz")


def german(text: str) -> list[Hit]:
    """du and Sie forms, and du-imperatives without a pronoun ("Schreib uns").

    Sie and Ihr... at the start of a sentence may mean "she", "they" or "her": there they
    count as formal only in a text with no du-form at all; "Sie" with a singular verb
    ("Sie hat", "Sie ist") is always read as "she".
    """
    items = words(text)
    informal: list[Hit] = []
    formal: list[Hit] = []
    unsure: list[Hit] = []
    for index, word in enumerate(items):
        if word.lower in _DU:
            informal.append(hit("informal", word, "du-form pronoun"))
        elif word.text in _SIE:
            if not word.initial:
                formal.append(hit("formal", word, "Sie-form pronoun"))
            elif not _third_singular(items, index):
                unsure.append(hit("formal", word, "Sie-form at a sentence start"))
        elif _imperative_slot(items, index) and word.lower in _DU_IMPERATIVE:
            after = following(items, index)
            if after is not None and after.text != "Sie":
                informal.append(hit("informal", word, "du-imperative without a pronoun"))
    informal += greetings("de", items)
    return informal + formal + ([] if informal else unsure)


def _imperative_slot(items: list[Word], index: int) -> bool:
    """The verb slot of an imperative: the sentence start, or after "Bitte", "Einfach"."""
    if items[index].initial:
        return True
    before = preceding(items, index)
    return before is not None and before.initial and before.lower in _SOFTENERS


def _third_singular(items: list[Word], index: int) -> bool:
    """Whether the word after sentence-initial Sie is a third-person singular verb."""
    after = following(items, index)
    if after is None or items[index].text != "Sie":
        return False
    verb = after.lower
    return verb in {"ist", "hat", "kann", "will", "muss", "darf", "soll", "möchte", "wird"} or (
        verb.endswith("t") and not verb.endswith("en") and len(verb) > 3
    )


_JE = wordlist("je jij jou jouw jouwe jullie jezelf")
_U = wordlist("u uw uwe uzelf")


def dutch(text: str) -> list[Hit]:
    """je and u forms. Dutch imperatives have one form in both registers ("Neem contact
    op"), so they are no evidence; u inside a web address or a compound (U-bocht) is no
    pronoun."""
    items = words(text)
    hits = greetings("nl", items)
    for word in items:
        if word.lower in _JE:
            hits.append(hit("informal", word, "je-form pronoun"))
        elif word.lower in _U and not _glued(word):
            hits.append(hit("formal", word, "u-form pronoun"))
    return hits


def _glued(word: Word) -> bool:
    return word.before[-1:] in ("/", ".", "-") or word.after[:1] in ("/", ".", "-", "@")


_TY = wordlist(
    """ty cię ciebie tobie tobą twój twoja twoje twojego twojej twojemu twoim twoją twoich
    twoimi wasz wasza wasze waszego waszej waszemu waszym waszą waszych waszymi wam wami
    jesteś"""
)
_PAN = wordlist("Pan Pana Panu Panem Pani Panią Państwo Państwa Państwu Państwem")
# Words ending in -sz that are no second-person verb.
_NOT_VERB_SZ = wordlist(
    "nasz wasz kosz grosz klawisz listonosz towarzysz kapelusz arkusz tomasz łukasz"
)
_TY_IMPERATIVE = wordlist(
    """sprawdź wybierz napisz kliknij zobacz daj skontaktuj odpowiedz zaloguj wejdź pamiętaj
    zapoznaj poczekaj odbierz wyślij dodaj zamów podaj wpisz zapisz użyj przejdź zadzwoń
    odwiedź pobierz zaktualizuj potwierdź załóż śledź zwróć wypełnij skorzystaj zrób weź
    przeczytaj kup zarejestruj dołącz zapakuj odeślij otwórz zignoruj opłać zapłać ureguluj
    prześlij sprawdźcie"""
)
_NOT_IMPERATIVE = wordlist("dzisiaj tutaj kraj maj rodzaj zwyczaj obyczaj")


def polish(text: str) -> list[Hit]:
    """ty forms (pronouns, second-person verbs, imperatives) and Pan / Pani / Państwo.

    Capitalised Pan / Pani before a surname is a title ("Pani Nowak z działu"), not
    address; "ci" before a plural noun is the demonstrative ("ci klienci").
    """
    items = words(text)
    hits = greetings("pl", items)
    for index, word in enumerate(items):
        lower = word.lower
        after = following(items, index)
        if lower in _TY:
            hits.append(hit("informal", word, "ty-form pronoun or possessive"))
        elif lower == "ci" and (word.capitalised or not word.initial):
            if after is None or not after.lower.endswith(("i", "y", "owie")):
                hits.append(hit("informal", word, "ty-form dative ci"))
        elif _second_person_verb(lower):
            hits.append(hit("informal", word, "second-person singular verb"))
        elif _ty_imperative(word, lower):
            hits.append(hit("informal", word, "ty-imperative"))
        elif word.text in _PAN and not (after is not None and after.capitalised):
            hits.append(hit("formal", word, "Pan/Pani form of address"))
    return hits


def _second_person_verb(lower: str) -> bool:
    if lower.endswith(("łeś", "łaś", "byś")):
        return True
    return lower.endswith(("esz", "isz", "ysz", "asz")) and lower not in _NOT_VERB_SZ


def _ty_imperative(word: Word, lower: str) -> bool:
    if lower in _TY_IMPERATIVE or _plural_imperative(lower):
        return True
    return word.initial and lower.endswith(("ij", "uj", "aj")) and lower not in _NOT_IMPERATIVE


def _plural_imperative(lower: str) -> bool:
    return lower.endswith("cie") and lower[:-3] in _TY_IMPERATIVE
