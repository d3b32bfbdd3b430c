"""Register rules for Spanish over words: Spain (``es``), Latin America (``es-419``, also
read for ``es-MX``) and Argentina (``es-AR``).

Spanish drops the subject pronoun, so a text can be informal without a single "tú": the
rules also read second-person verb endings and imperatives (Escríbenos / Escríbanos),
each against its formal counterpart. Who "you" is differs by region:

- **Spain**: tú (and vosotros, and vos) informal; usted and ustedes formal.
- **Latin America**: tú and vos informal, usted formal. ustedes is the only plural, in
  both registers (RAE, DPD *usted* 4), so it is no evidence; vosotros, os, vuestro and
  the vosotros verb forms are not used in America and are ``never``.
- **Argentina**: vos is the informal register, with its verb forms (tenés, podés, sos,
  revisá, elegí, escribinos); tú, ti, contigo and the verb forms only tú uses (puedes,
  tienes, escríbenos, elige) are ``never``. te, tu, tus and the forms voseo shares with
  tú (que tengas, pagaste, recibirás, no dudes) are informal.

Words inside quotation marks (a button label «Contáctanos», a campaign «Hecho para vos»)
address nobody and are skipped.

>>> [(h.register, h.rule) for h in spanish("Escríbanos si lo necesita.")]
[('formal', 'usted-imperative')]
>>> [(h.register, h.rule) for h in argentine_spanish("Escribinos si querés.")]
[('informal', 'vos-imperative'), ('informal', 'vos verb form')]
>>> [(h.register, h.rule) for h in argentine_spanish("Si quieres, escríbenos.")]
[('never', 'verb form only tú uses'), ('never', 'tú-imperative')]
"""

from __future__ import annotations

import functools
import re
from typing import Literal

from .._record import record
from ._register_romance import NOT_PRETERITE
from ._register_words import (
    Hit,
    Word,
    clitic_stem,
    following,
    greetings,
    hit,
    preceding,
    wordlist,
    words,
)

Variant = Literal["es", "es-419", "es-AR"]

_TU = wordlist("tú te ti contigo tu tus tuyo tuya tuyos tuyas")
_VOSOTROS = wordlist("os vosotros vosotras vuestro vuestra vuestros vuestras sois vais")
_TU_VERBS = wordlist(
    """puedes tienes quieres necesitas debes estás eres has sabes vas prefieres deseas recibes
    encuentras haces ves buscas pides compras cuentas quieras puedas tengas necesites prefieras
    recibas podrías querrías deberías tendrías"""
)
# The forms of _TU_VERBS that voseo shares with tú: estás, has, vas, ves, the present
# subjunctive and the conditional (RAE, DPD *voseo*: the educated rioplatense norm takes
# the tú forms in the subjunctive).
_SHARED_WITH_VOS = wordlist(
    """estás has vas ves quieras puedas tengas necesites prefieras recibas podrías querrías
    deberías tendrías"""
)
# Present forms of vos that the verb table below does not give (poder, querer, saber...);
# tenís, podís... are the Chilean forms. sos is read apart: not in capitals (SOS).
_VOS_VERBS = wordlist(
    """tenés podés querés sabés necesitás preferís recibís buscás encontrás hacés decís
    venís pedís elegís debés deseás comprás pagás conocés entendés tenís podís querís sabís
    erís"""
)
# Verbs of _TU_VERBS that are also nouns (tus compras, cuentas bancarias), and the words
# before which they are the noun.
_ALSO_NOUNS = wordlist("compras cuentas")
_BEFORE_NOUN = wordlist(
    """las sus tus mis nuestras unas estas esas otras futuras próximas primeras últimas
    varias algunas muchas pocas todas dos tres de en por para sin con sobre tras y e o"""
)
_USTED_ABBREVIATIONS = wordlist("ud vd")
_USTEDES_ABBREVIATIONS = wordlist("uds vds")
_CLITICS = ("nos", "melo", "me", "los", "las", "lo", "la", "les", "le", "te")
_NEGATED = {"dudes": "informal", "olvides": "informal", "esperes": "informal"}
_NEGATED |= {"dude": "formal", "olvide": "formal", "espere": "formal"}


def _verb_table(spaced: str) -> list[tuple[str, str, str]]:
    """``tú/usted/infinitive`` triples, without accents (``envia/envie/enviar``)."""
    found = []
    for item in spaced.split():
        tu, usted, infinitive = item.split("/")
        found.append((tu, usted, infinitive))
    return found


# Imperatives without accents: tú, usted, and the infinitive that gives the vos form
# (revisar -> revisá, revisalo; escribir -> escribí, escribinos).
_VERBS = _verb_table(
    """escribe/escriba/escribir contacta/contacte/contactar llama/llame/llamar
    avisa/avise/avisar indica/indique/indicar envia/envie/enviar di/diga/decir
    cuenta/cuente/contar deja/deje/dejar haz/haga/hacer ven/venga/venir sigue/siga/seguir
    revisa/revise/revisar comprueba/compruebe/comprobar consulta/consulte/consultar
    visita/visite/visitar pulsa/pulse/pulsar introduce/introduzca/introducir
    elige/elija/elegir selecciona/seleccione/seleccionar accede/acceda/acceder
    descarga/descargue/descargar anade/anada/anadir devuelve/devuelva/devolver
    confirma/confirme/confirmar actualiza/actualice/actualizar responde/responda/responder
    recuerda/recuerde/recordar mira/mire/mirar prueba/pruebe/probar
    descubre/descubra/descubrir aprovecha/aproveche/aprovechar completa/complete/completar
    rellena/rellene/rellenar comparte/comparta/compartir cambia/cambie/cambiar
    pide/pida/pedir usa/use/usar utiliza/utilice/utilizar vuelve/vuelva/volver
    escucha/escuche/escuchar disculpa/disculpe/disculpar perdona/perdone/perdonar
    espera/espere/esperar acepta/acepte/aceptar"""
)
# Service verbs of Latin American texts (ingresar a code, retirar a parcel, checar in
# Mexico, platicar, chequear, fijarse): read in es-419, es-MX and es-AR only.
_LATIN_AMERICAN_VERBS = _verb_table(
    """ingresa/ingrese/ingresar retira/retire/retirar registra/registre/registrar
    rastrea/rastree/rastrear chequea/chequee/chequear checa/cheque/checar
    platica/platique/platicar manda/mande/mandar carga/cargue/cargar paga/pague/pagar
    marca/marque/marcar toca/toque/tocar busca/busque/buscar agrega/agregue/agregar
    guarda/guarde/guardar activa/active/activar ignora/ignore/ignorar
    escoge/escoja/escoger recoge/recoja/recoger abre/abra/abrir sube/suba/subir
    suscribe/suscriba/suscribir fija/fije/fijar acuerda/acuerde/acordar pon/ponga/poner
    ten/tenga/tener sal/salga/salir pasa/pase/pasar lee/lea/leer adjunta/adjunte/adjuntar
    solicita/solicite/solicitar presenta/presente/presentar suma/sume/sumar
    comunica/comunique/comunicar contesta/conteste/contestar elimina/elimine/eliminar
    verifica/verifique/verificar imprime/imprima/imprimir reserva/reserve/reservar
    compra/compre/comprar muestra/muestre/mostrar encuentra/encuentre/encontrar
    entra/entre/entrar queda/quede/quedar ayuda/ayude/ayudar anima/anime/animar
    dirige/dirija/dirigir acerca/acerque/acercar restablece/restablezca/restablecer
    ofrece/ofrezca/ofrecer"""
)
# Bare forms that also open sentences as nouns, prepositions or third persons.
_NOT_BARE = wordlist("cuenta prueba visita consulta llama entre use")
_LATIN_AMERICAN_NOT_BARE = wordlist(
    """carga marca compra reserva muestra ayuda suma pase presente cheque mande toque
    queda abre sal fija anima"""
)


@record
class _Lexicon:
    """The verb forms one variant reads, without accents."""

    tu: frozenset[str]
    usted: frozenset[str]
    not_bare: frozenset[str]
    vos: frozenset[str]
    """vos imperatives (``revisa``, ``escribi``, ``pone``): the infinitive without its -r."""
    vos_only: frozenset[str]
    """The vos imperatives that no tú imperative spells alike (``escribi``, ``pone``)."""
    vos_of: dict[str, str]
    """tú imperative -> the vos imperative of the same verb (``escribe`` -> ``escribi``)."""


@functools.cache
def _lexicon(variant: Variant) -> _Lexicon:
    table = _VERBS if variant == "es" else _VERBS + _LATIN_AMERICAN_VERBS
    not_bare = _NOT_BARE if variant == "es" else _NOT_BARE | _LATIN_AMERICAN_NOT_BARE
    tu = frozenset(tu for tu, _, _ in table)
    vos = frozenset(infinitive[:-1] for _, _, infinitive in table)
    return _Lexicon(
        tu=tu,
        usted=frozenset(usted for _, usted, _ in table),
        not_bare=not_bare,
        vos=vos,
        vos_only=vos - tu,
        vos_of={tu: infinitive[:-1] for tu, _, infinitive in table},
    )


def spanish(text: str, variant: Variant = "es") -> list[Hit]:
    """tú (and vosotros, vos) against usted: pronouns, second-person verb endings
    (recibirás, compraste), imperatives with and without pronouns (Escríbenos,
    Escríbanos, No dudes), Ud. and "le" + a first-person-plural verb (Le avisaremos).
    ``variant`` reads the Spanish of Latin America (``es-419``) or Argentina (``es-AR``)
    instead of Spain's (see the module docstring)."""
    items = words(text)
    quoted = [m.span() for m in _QUOTED.finditer(text)] if any(q in text for q in _QUOTES) else []
    hits = greetings("es-AR" if variant == "es-AR" else "es", items)
    for index in range(len(items)):
        found = _word(items, index, variant)
        if found is not None:
            hits.append(found)
    if quoted:
        hits = [h for h in hits if not any(start <= h.start < end for start, end in quoted)]
    return hits


def latin_american_spanish(text: str) -> list[Hit]:
    """The Spanish of Latin America (es-419, es-MX): tú and vos against usted."""
    return spanish(text, "es-419")


def argentine_spanish(text: str) -> list[Hit]:
    """The Spanish of Argentina (es-AR): vos against usted; tú is never used."""
    return spanish(text, "es-AR")


_QUOTES = '«“"'
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")


def _word(items: list[Word], index: int, variant: Variant) -> Hit | None:
    word = items[index]
    lower = word.lower
    american = variant != "es"
    argentine = variant == "es-AR"
    if lower in _VOSOTROS or _vosotros_verb(lower):
        if word.text == "OS":  # an operating system
            return None
        if american:
            return hit("never", word, "vosotros form (not used in Latin America)")
        return hit("informal", word, "tú-form pronoun or verb")
    if argentine and lower in ("tú", "ti", "contigo"):
        return hit("never", word, "tú (voseo says vos, para vos, con vos)")
    if lower in _TU or (lower == "vos" and not american):
        return hit("informal", word, "tú-form pronoun or verb")
    if lower == "vos" or (american and lower == "sos" and word.text != "SOS"):
        return hit("informal", word, "vos")
    if lower == "usted" or (lower in _USTED_ABBREVIATIONS and word.after[:1] == "."):
        return hit("formal", word, "usted")
    if lower == "ustedes" or (lower in _USTEDES_ABBREVIATIONS and word.after[:1] == "."):
        return None if american else hit("formal", word, "usted")
    if lower in _TU_VERBS and not (lower in _ALSO_NOUNS and _noun_position(items, index)):
        if argentine and lower not in _SHARED_WITH_VOS:
            return hit("never", word, "verb form only tú uses")
        return hit("informal", word, "tú-form pronoun or verb")
    if _tu_ending(lower):
        return hit("informal", word, "tú-form pronoun or verb")
    if american and _vos_verb(items, index, variant):
        return hit("informal", word, "vos verb form")
    after = following(items, index)
    before = preceding(items, index)
    if (
        (lower == "le" or (lower == "les" and not american))
        and after is not None
        and _first_plural(after.lower)
        and not _dative_doubled(items, index)
    ):
        return hit("formal", word, "le + we-verb (usted)", after)
    if before is not None and before.lower == "no" and lower in _NEGATED:
        return hit(_NEGATED[lower], before, "negative imperative", word)
    found = _imperative(items, index, variant)
    if found is None:
        return None
    register, rule = found
    return hit(register, word, rule)


def _imperative(items: list[Word], index: int, variant: Variant) -> tuple[str, str] | None:
    word = items[index]
    plain = word.plain
    lexicon = _lexicon(variant)
    stem = clitic_stem(word, _CLITICS)
    if variant == "es":
        bare = word.initial and plain not in lexicon.not_bare
    else:
        before = preceding(items, index)
        opens = word.initial or (before is not None and before.lower == "favor")
        bare = opens and plain not in lexicon.not_bare
        vos = _vos_imperative(items, index, variant, stem)
        if vos is not None:
            return vos
    if stem in lexicon.tu or (bare and plain in lexicon.tu):
        if variant == "es-AR":
            form = stem if stem in lexicon.tu else plain
            tu_only = lexicon.vos_of.get(form) != form
            accented = stem in lexicon.tu and _stressed(word.lower)
            if tu_only or accented:
                return "never", "tú-imperative"
            return "informal", "vos-imperative"
        return "informal", "tú-imperative"
    if stem in lexicon.usted or (bare and plain in lexicon.usted):
        return "formal", "usted-imperative"
    if _usted_reflexive(word):
        return "formal", "usted-imperative"
    return None


def _usted_reflexive(word: Word) -> bool:
    """An usted imperative with "se" written on, stressed on the verb (Comuníquese,
    Diríjase, Sírvase): no noun ends so ("clase", "frase" carry no accent)."""
    lower = word.lower
    return len(lower) >= 6 and lower.endswith(("ase", "ese")) and _stressed(lower[:-3])


def _vos_imperative(
    items: list[Word], index: int, variant: Variant, stem: str | None
) -> tuple[str, str] | None:
    """vos imperatives: a listed verb with its stressed ending (revisá, elegí, tené) or a
    pronoun written on (escribinos, fijate); in Argentina also any verb by its ending
    (ingresá, chequeá, actualizalo)."""
    word = items[index]
    lower, plain = word.lower, word.plain
    lexicon = _lexicon(variant)
    accented_end = lower[-1:] in ("á", "é", "í") and not _stressed(lower[:-1])
    if accented_end and plain in lexicon.vos and _opens_clause(items, index):
        return "informal", "vos-imperative"
    if stem is not None and stem in lexicon.vos_only and not _stressed(lower):
        return "informal", "vos-imperative"
    if variant != "es-AR":
        return None
    if (
        accented_end
        and not (word.capitalised and _after_title(items, index))
        and lower[-1] != "é"
        and len(lower) >= 4
        and lower not in _NOT_VOS_IMPERATIVE
        and not _future(lower)
        and _opens_clause(items, index)
    ):
        return "informal", "vos-imperative"
    for clitic in ("los", "las", "lo", "la", "le", "me", "te"):
        root = plain[: -len(clitic)]
        if plain.endswith(clitic) and len(root) >= 5 and root.endswith(_VERB_SUFFIXES):
            if not _opens_clause(items, index):
                return None
            if _stressed(lower):  # Actualízalo: the tú form
                return "never", "tú-imperative"
            return "informal", "vos-imperative"
    return None


# Endings of verb stems that no noun shares before a pronoun (actualiza-lo, chequea-lo,
# verifica-lo; not "-anos", "-ete", "-alo": humanos, paquete, regalo).
_VERB_SUFFIXES = ("iza", "ea", "ica")
# Words in -á / -í that open clauses and are no imperative: adverbs, nouns, names, and
# first-person preterites more common in service texts than the imperative (recibí).
_NOT_VOS_IMPERATIVE = wordlist(
    """está acá allá quizá mamá papá sofá ojalá ajá bogotá panamá canadá paraná maracuyá
    así aquí allí ahí ají maní esquí rubí jabalí colibrí bisturí haití israelí iraní
    marroquí saudí bengalí frenesí recibí entendí perdí leí creí vendí comí viví sentí
    decidí conocí aprendí"""
)
# vos imperatives in -rá that look like a third-person future (mirá like irá).
_RA_IMPERATIVES = wordlist(
    """mirá esperá prepará declará separá compará aclará repará considerá recuperá operá
    generá tolerá acelerá liberá aspirá respirá girá retirá tirá estirá admirá"""
)


def _future(lower: str) -> bool:
    """A third-person future (llegará, será, podrá, habrá, querrá), not comprá or mejorá."""
    if not lower.endswith("rá") or lower in _RA_IMPERATIVES:
        return False
    return lower[-3:-2] in ("a", "e", "i", "d", "b", "r")


_CLAUSE_OPENERS = wordlist(
    "y e o u pero favor luego después ahora simplemente solo sólo también primero entonces mejor"
)


def _opens_clause(items: list[Word], index: int) -> bool:
    """Whether ``items[index]`` can be an imperative by its place: it opens a sentence or a
    clause, or follows "y", "por favor", "ahora"..."""
    word = items[index]
    if word.initial or "," in word.before:
        return True
    before = preceding(items, index)
    return before is not None and before.lower in _CLAUSE_OPENERS


_VOS_PRESENT = re.compile(r"[a-zñü]{3,}[áéí]s")
# Words in stressed -ás / -és / -ís that are no verb.
_NOT_VOS_PRESENT = wordlist(
    """atrás detrás además jamás demás quizás compás tomás nicolás sofás mamás papás bebés
    cafés purés clichés comités chalés canapés después inglés francés interés desinterés
    través exprés cortés descortés revés estrés portugués japonés holandés escocés
    irlandés danés finlandés tailandés libanés milanés marqués burgués cordobés montañés
    ciempiés pagarés parís anís maniquís esquís rubís colibrís bisturís jabalís iranís
    israelís marroquís andrés inés moisés solís valdés avilés ginés"""
)
# Words after which a stressed -ás / -és / -ís word is a verb: pronouns, conjunctions and
# adverbs (si tenés, ya podés, lo recibís, ¿qué necesitás?).
_VOS_CONTEXT = wordlist(
    """si no ya que vos cuando te lo la los las le les me nos también tampoco solo sólo
    ahora acá ahí siempre nunca todavía aún recién qué cómo dónde cuándo cuánto y o pero
    porque mientras donde como"""
)


def _vos_verb(items: list[Word], index: int, variant: Variant) -> bool:
    """A present form of vos: listed (tenés, sos) or a listed verb's (revisás, elegís); in
    Argentina any stressed -ás / -és / -ís word in a verb's place."""
    word = items[index]
    lower = word.lower
    if lower in _VOS_VERBS:
        return True
    if lower[-2:] in ("ás", "és", "ís") and word.plain[:-1] in _lexicon(variant).vos:
        return True
    if variant != "es-AR" or not _VOS_PRESENT.fullmatch(lower) or lower in _NOT_VOS_PRESENT:
        return False
    if word.capitalised and (not word.initial or _after_title(items, index)):
        return False  # a name: Andrés, Sr. Garcés
    before = preceding(items, index)
    return word.initial or (before is not None and before.lower in _VOS_CONTEXT)


_TITLES = wordlist("sr sra srta dr dra lic ing don doña señor señora")


def _after_title(items: list[Word], index: int) -> bool:
    """Whether ``items[index]`` follows a title (Sr. Garcés), so that its capital and the
    full stop before it make no sentence start."""
    return index > 0 and items[index - 1].lower in _TITLES


def _stressed(lower: str) -> bool:
    return any(c in "áéíóú" for c in lower)


def _noun_position(items: list[Word], index: int) -> bool:
    before = preceding(items, index)
    return before is None or before.lower in _BEFORE_NOUN


_DETERMINERS = wordlist("el la los las su sus tu tus nuestro nuestra nuestros nuestras este esta")
# Nouns of adverbial phrases with "a" / "al" (a la brevedad, al respecto): no object.
_NOT_DATIVE = wordlist(
    """brevedad mayor espera vez hora momento respecto igual final principio día instante
    menos contrario fin rato usted ustedes"""
)


def _dative_doubled(items: list[Word], index: int) -> bool:
    """Whether "le" repeats an object named before it in the same clause ("Al repartidor
    le pedimos", "A la paquetería le pedimos"): then it is that third person, not the
    customer. "A la brevedad le responderemos" names nobody."""
    position = index
    while position > 0 and not items[position].initial:
        previous = items[position - 1]
        if "," in previous.after:
            return False
        if previous.lower in ("a", "al") and position < index:
            named = items[position]
            if previous.lower == "a":
                if named.lower not in _DETERMINERS or position + 1 >= index:
                    return False
                named = items[position + 1]
            lower = named.lower
            return lower not in _NOT_DATIVE and not lower.endswith(("ar", "er", "ir"))
        position -= 1
    return False


def _vosotros_verb(lower: str) -> bool:
    """vosotros verb forms: podéis, estáis, recibisteis."""
    return lower.endswith(("áis", "éis")) or (lower.endswith("steis") and len(lower) > 6)


def _tu_ending(lower: str) -> bool:
    """Second-person forms tú and vos share: the future (recibirás), the preterite
    (compraste) and the imperfect subjunctive (si quisieras, si necesitaras)."""
    if lower.endswith("rás") and lower not in ("detrás", "atrás") and len(lower) > 4:
        return True
    if lower.endswith(("aras", "ieras")) and len(lower) >= 7 and not _stressed(lower):
        return True
    return lower.endswith(("aste", "iste")) and len(lower) > 6 and lower not in NOT_PRETERITE


def _first_plural(lower: str) -> bool:
    return lower.endswith(("amos", "emos", "imos"))
