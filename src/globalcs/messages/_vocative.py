"""The vocative of a customer's name, for languages whose greetings address people in it.

Rules cover the regular paradigms only, after the sources cited in each language's
profile (``data/languages/cs.toml``, ``pl``, ``lt``, ``hr``, ``lv``). Where a name's ending
leaves the form in doubt (Czech ``-ec``: ``Němče`` or ``Němci``; a foreign spelling; a
consonant-final given name whose gender is unknown) the answer is None, and the
greeting goes without the name rather than in a wrong case. A vocative the caller
knows (``Customer(given_name_vocative=...)``) always wins over these rules.

>>> vocative("cs", "Petr", "given", "male"), vocative("cs", "Novák", "family", "male")
('Petře', 'Nováku')
>>> vocative("cs", "Nováková", "family", "female"), vocative("pl", "Anna", "given", "female")
('Nováková', 'Anno')
>>> vocative("cs", "Němec", "family", "male") is None
True
"""

from __future__ import annotations

import functools
from collections.abc import Callable

Rule = Callable[[str, str, str], "str | None"]

_CS_LETTERS = frozenset("aábcčdďeéěfghiíjklmnňoópqrřsštťuúůvwxyýzž")
_PL_LETTERS = frozenset("aąbcćdeęfghijklłmnńoóprsśtuwyzźż")
_LT_LETTERS = frozenset("aąbcčdeęėfghiįyjklmnoprsštuųūvzž")
_SOFTENED = {"n": "ň", "d": "ď", "t": "ť"}
_CS_EL = {"pavel": "pavle", "karel": "karle"}
"""Common given names in -el whose e drops in declension (ÚJČ: Pavla, Karla); others in -el
(Daniel, Zavřel) vary and get no rule."""


def vocative(tag: str, name: str, part: str, gender: str) -> str | None:
    """The vocative of ``name`` (a ``given`` or ``family`` name) in the language of
    ``tag``, or None where no rule is sure of it. ``gender`` is ``female``, ``male``,
    ``neutral`` or ``unknown``: some endings decline by the bearer's gender."""
    rule = _RULES.get(tag.split("-")[0])
    if rule is None or not name:
        return None
    return _cased(rule, name, part, gender)


@functools.lru_cache(maxsize=4096)
def _cased(rule: Rule, name: str, part: str, gender: str) -> str | None:
    """The rule's answer for the lower-cased name, in the stored name's capitals."""
    lower = name.lower()
    found = rule(lower, part, gender)
    if found is None:
        return None
    if name.isupper() and len(name) > 1:
        return found.upper()
    common = 0
    while common < min(len(lower), len(found)) and lower[common] == found[common]:
        common += 1
    return name[:common] + found[common:]  # McDonald -> McDonalde


def _czech(name: str, part: str, gender: str) -> str | None:
    """Czech: Internetová jazyková příručka (ÚJČ AV ČR), "Skloňování mužských jmen - 5. p.";
    women's surnames and given names in -e, -i, -y or a consonant keep the nominative."""
    if len(name) < 2 or not _CS_LETTERS.issuperset(name):
        return None
    last = name[-1]
    if last in "eěiíyýoóuúůéá":  # Jiří, Krejčí, Nový, Marie, Hugo, Janů, Nováková
        return name
    if last == "a":
        # Jana -> Jano, Svoboda -> Svobodo (a man), Kuba -> Kubo; both genders alike.
        if gender == "female" and part == "family":
            return name  # a woman's surname in -a is indeclinable in address (rare)
        return name[:-1] + "o" if name[-2] not in "aeiouáéíóúýěů" else None
    if gender == "female":
        return name  # Carmen, Ruth, Dagmar; a woman's consonant-final surname does not decline
    if gender != "male":
        return None  # Saša Dvořák: a consonant-final name declines only for a man
    if name.endswith("ec"):
        return None  # Němec: Němče and Němci are both in use
    if name.endswith(("ek", "ěk")) and len(name) > 3:
        before = name[-3]
        if before in "aeiouáéíóúýěů" or name[-4] in "aeiouáéíóúýěů":
            if name.endswith("ěk"):  # Zdeněk -> Zdeňku, Vaněk -> Vaňku
                soft = _SOFTENED.get(before)
                return name[:-3] + soft + "ku" if soft else None
            return name[:-2] + "ku"  # Marek -> Marku, Radek -> Radku, Šimek -> Šimku
        return name + "u"  # Vepřek -> Vepřeku (the cluster keeps its e)
    if last in "kgh" or name.endswith("ch"):
        return name + "u"  # Novák -> Nováku, Vojtěch -> Vojtěchu, Oleg -> Olegu
    if last in "žščřjďťň":
        return name + "i"  # Tomáš -> Tomáši, Ondřej -> Ondřeji, Kovář -> Kováři
    if last == "r":
        if name.endswith("er"):
            return None  # Peter, Wolker: Petere or Petře by family tradition
        if name[-2] in "aeiouáéíóúýěů":
            return name + "e"  # Viktor -> Viktore
        return name[:-1] + "ře"  # Petr -> Petře, Alexandr -> Alexandře
    if last == "l":
        if name.endswith("el"):  # Pavel -> Pavle drops its e, Daniel -> Danieli, Zavřel keeps it
            return _CS_EL.get(name) if part == "given" else None
        if part == "family" and not name.endswith(("il", "íl")):
            return None  # Král declines like muž (Králi), Doležal like pán: either paradigm
        return name + "e"  # Michal -> Michale, Kamil -> Kamile, Pospíšil -> Pospíšile
    if last in "bdfmnptvw":
        if name.endswith(("ev", "ěn")):
            return None  # Lev -> Lve: a mobile e
        return name + "e"  # Jan -> Jane, Jakub -> Jakube, Václav -> Václave
    return None  # -s, -z, -x, -c: either paradigm


def _polish(name: str, part: str, gender: str) -> str | None:
    """Polish given names (surnames keep the nominative in address: PWN); after the
    Narodowe Centrum Kultury's "Wołacz" and the Poradnia PWN."""
    if part != "given" or len(name) < 2 or not _PL_LETTERS.issuperset(name):
        return None
    last = name[-1]
    if last == "a":
        if name.endswith("la"):
            return None  # Urszula -> Urszulo, but Ola -> Olu
        if name.endswith(("sia", "nia", "cia", "zia")):
            return name[:-1] + "u"  # Kasia -> Kasiu, Ania -> Aniu, Zosia -> Zosiu
        return name[:-1] + "o"  # Anna -> Anno, Zofia -> Zofio, Kuba -> Kubo
    if last in "iy":
        return name  # Jerzy, Antoni, Ksawery decline like adjectives
    if gender != "male":
        return None  # a consonant-final name: a man's, or a woman's that does not decline
    if name.endswith("ek"):
        if name[-3] in "aeiouyąęó" or name[-3] == "i":
            return None  # Maciek -> Maćku: the stem softens
        return name[:-2] + "ku"  # Marek -> Marku, Jacek -> Jacku, Wojtek -> Wojtku
    if last in "kg" or name.endswith("ch"):
        return name + "u"  # Dominik -> Dominiku, Wojciech -> Wojciechu
    if name.endswith(("sz", "cz", "rz", "ż", "j", "l")):
        return name + "u"  # Tomasz -> Tomaszu, Andrzej -> Andrzeju, Karol -> Karolu
    if name.endswith(("er", "eł", "st")):
        return None  # Kacper -> Kacprze, Paweł -> Pawle: a mobile e
    if last == "r":
        return name + "ze"  # Piotr -> Piotrze, Wiktor -> Wiktorze
    if last == "t":
        return name[:-1] + "cie"  # Robert -> Robercie
    if last == "d":
        return name + "zie"  # Dawid -> Dawidzie
    if last == "ł":
        return name[:-1] + "le"  # Michał -> Michale
    if last in "nmbpwf":
        return name + "ie"  # Jan -> Janie, Adam -> Adamie, Jakub -> Jakubie
    return None  # -ś, -ć, -ń, -c, -s, -z: stems that soften or vary


def _lithuanian(name: str, part: str, gender: str) -> str | None:
    """Lithuanian: -as -> -ai, -is -> -i, -ys -> -y, -ius -> -iau, -us -> -au, -ė -> -e,
    -a stays (the sources of ``lt.toml``); both names of a person decline."""
    if len(name) < 3 or not _LT_LETTERS.issuperset(name):
        return None
    if name.endswith("as"):
        return name[:-2] + "ai"  # Jonas -> Jonai, Petras -> Petrai
    if name.endswith(("is", "ys")):
        return name[:-1]  # Petraitis -> Petraiti, Kazys -> Kazy
    if name.endswith("us"):
        return name[:-2] + "au"  # Andrius -> Andriau, Linkus -> Linkau
    if name.endswith("ė"):
        return name[:-1] + "e"  # Eglė -> Egle, Petraitienė -> Petraitiene
    if name.endswith("a"):
        return name  # Rūta, Ona
    return None


_HR_LETTERS = frozenset("abcčćdđefghijklmnoprsštuvzž")
_HR_PALATAL = ("č", "ć", "dž", "đ", "š", "ž", "lj", "nj", "j")


def _croatian(name: str, part: str, gender: str) -> str | None:
    """Croatian men's names and surnames (the sources of ``hr.toml``): a palatal ending
    takes -u (Jurković -> Jurkoviću, Kovač -> Kovaču), another consonant -e (Horvat ->
    Horvate, Ivan -> Ivane); names in -a, -o, -e keep the nominative. Women's surnames do
    not decline; women's given names vary (Maro or Mara) and get no rule."""
    if len(name) < 2 or not _HR_LETTERS.issuperset(name):
        return None
    if gender == "female":
        return name if part == "family" else None
    if gender != "male":
        return None
    if name.endswith(_HR_PALATAL):
        return name + "u"
    last = name[-1]
    if last in "aeo":
        return None if name.endswith("ao") else name  # Marko, Hrvoje; Pavao -> Pavle
    if last in "kghc" or name.endswith(("ar", "ac")):
        return None  # Novak: Novače or Novak; Petar -> Petre, Marinac -> Marinče: the stem changes
    return name + "e"


_LV_LETTERS = frozenset("aābcčdeēfgģhiījkķlļmnņoprsštuūvzž")


def _latvian(name: str, part: str, gender: str) -> str | None:
    """Latvian men's names (Latvian Language Agency, ``lv.toml``): the first declension
    drops its ending (Kaspars -> Kaspar, Kalniņš -> Kalniņ), the second -is becomes -i
    (Jānis -> Jāni), the third -us becomes -u (Mikus -> Miku). Women's names keep the
    nominative, which the profile writes as stored."""
    if gender != "male" or len(name) < 3 or not _LV_LETTERS.issuperset(name):
        return None
    if name.endswith(("ais", "ājs")):
        return None  # adjectival names (Baltais) keep their ending
    if name.endswith(("is", "us", "s", "š")):
        return name[:-1]
    return None


_RULES: dict[str, Rule] = {
    "cs": _czech,
    "pl": _polish,
    "lt": _lithuanian,
    "hr": _croatian,
    "lv": _latvian,
}
