"""check_register against the labelled corpus (tests/register_corpus), its traps one by
one, both Japanese readings (fugashi and the rule-based fallback), and bad input."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

import globalcs
from globalcs.messages import _register_ja
from globalcs.messages._register_ja import japanese
from globalcs.messages._register_ko import speech_level
from globalcs.messages._register_words import words

from ..register_corpus import LANGUAGES, PARTS, Case, load, score

TARGET = 0.95


def _flags(case: Case) -> bool:
    return bool(globalcs.check_register(case.text, case.language, case.target))


@pytest.mark.parametrize("tag", LANGUAGES)
def test_corpus_has_at_least_40_texts_of_every_kind(tag: str) -> None:
    cases = load(tag)
    assert len(cases) >= 40
    assert {c.part for c in cases} == set(PARTS)
    assert any(c.violates for c in cases)
    assert any(not c.violates for c in cases)
    assert len({(c.target, c.text) for c in cases}) == len(cases), "a text is listed twice"


@pytest.mark.parametrize("tag", LANGUAGES)
def test_precision_and_recall_meet_the_target(tag: str) -> None:
    result, wrong = score(load(tag), _flags)
    assert result.precision >= TARGET, [c.text for c in wrong]
    assert result.recall >= TARGET, [c.text for c in wrong]


@pytest.mark.parametrize("part", PARTS)
def test_every_part_of_the_corpus_meets_the_target_on_its_own(part: str) -> None:
    cases = [c for tag in LANGUAGES for c in load(tag) if c.part == part]
    result, wrong = score(cases, _flags)
    assert result.precision >= TARGET, [c.text for c in wrong]
    assert result.recall >= TARGET, [c.text for c in wrong]


def test_japanese_fallback_without_fugashi_meets_the_target(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_register_ja, "_tagger", lambda: None)
    result, wrong = score(load("ja"), _flags)
    assert result.precision >= TARGET, [c.text for c in wrong]
    assert result.recall >= TARGET, [c.text for c in wrong]


@pytest.mark.parametrize("analyzer", [True, False])
def test_both_japanese_readings_agree_on_the_traps(analyzer: bool) -> None:
    def registers(text: str) -> list[str]:
        return [h.register for h in japanese(text, analyzer=analyzer)]

    assert registers("誠にありがとうございます。") == ["very_formal"]
    assert registers("迷你スピーカーは明日入荷する予定です。") == []
    assert registers("発送のお知らせ") == []
    assert registers("少し待って。") == ["never"]
    assert registers("ご注文ありがとう。") == ["never"]


@pytest.mark.parametrize(
    ("text", "tag", "formality", "found"),
    [
        ("Schreib uns einfach.", "de", "formal", ["Schreib"]),
        ("Wir danken Dir herzlich.", "de", "formal", ["Dir"]),
        ("Frau Lang hat ihre Bestellung storniert.", "de", "informal", []),
        ("Deine Schwester hat angerufen. Sie hat die Adresse geändert.", "de", "informal", []),
        ("Ihre Bestellung ist unterwegs.", "de", "informal", ["Ihre"]),
        ("Écris-nous si besoin.", "fr", "formal", ["Écris"]),
        ("Prenez rendez-vous en ligne, c'est simple.", "fr", "formal", []),
        ("Y a-t-il un problème avec ta commande ?", "fr", "informal", []),
        ("Escríbenos cuando quieras.", "es", "formal", ["Escríbenos", "quieras"]),
        ("Scrivici quando vuoi.", "it", "formal", ["Scrivici", "vuoi"]),
        ("La esamineremo al più presto.", "it", "informal", []),
        ("Você pode acompanhar o pedido.", "pt-BR", "formal", []),
        ("Você pode acompanhar a encomenda.", "pt-PT", "formal", ["Você"]),
        ("Ci klienci dostaną paczkę jutro.", "pl", "formal", []),
        ("Pani Nowak odezwie się do ciebie.", "pl", "informal", []),
        ("Meer op www.voorbeeld.nl/u/retour.", "nl", "informal", []),
        ("상품은 어제 보냈어.", "ko", "neutral", ["보냈어"]),
        ("배송 완료", "ko", "formal", []),
        ("Ciao Giulia, il pacco è partito.", "it", "formal", ["Ciao"]),
        ("Gentile cliente,\nil pacco è partito.", "it", "informal", ["Gentile"]),
        ("Grazie per la gentile attesa, il tuo pacco è partito.", "it", "informal", []),
        ("Oi, Ana! Seu pedido saiu.", "pt-BR", "formal", ["Oi"]),
        ("Neue Hi-Fi-Anlagen sind da. Sie erhalten Ihre Bestellung morgen.", "de", "formal", []),
        ("Sehr geehrte Frau Weber,\ndanke für deine Hilfe.", "de", "informal", ["Sehr geehrte"]),
        ("Escribinos si querés.", "es-AR", "formal", ["Escribinos", "querés"]),
        ("¿Tú puedes revisar el pedido?", "es-AR", "informal", ["Tú", "puedes"]),
        ("Si ya la pagaste, ignorá este mensaje.", "es-AR", "informal", []),
        ("Ingresá a tu cuenta y chequealo.", "es-AR", "formal", ["Ingresá", "tu", "chequealo"]),
        ("Su pedido llegará mañana. Está todo listo.", "es-AR", "informal", []),
        ("Atención en inglés y portugués. Después, llámenos.", "es-AR", "formal", []),
        ("Estimado Sr. Garcés: le confirmamos el reclamo.", "es-AR", "formal", []),
        ("El kit SOS para su auto ya está disponible.", "es-AR", "formal", []),
        ("La campaña «Hecho para vos» termina hoy.", "es-AR", "formal", []),
        ("Si sos cliente, tiene descuento.", "es-AR", "formal", ["sos"]),
        ("¡Gracias a todos ustedes por participar!", "es-419", "informal", []),
        ("Al repartidor le pedimos que vuelva mañana.", "es-419", "informal", []),
        ("A la brevedad le responderemos.", "es-419", "informal", ["le responderemos"]),
        ("Gracias por sus compras.", "es-MX", "informal", []),
        ("Si no cuentas con el número, llámenos.", "es-MX", "formal", ["cuentas"]),
        ("Ya podéis recoger el pedido.", "es-MX", "informal", ["podéis"]),
        ("Por favor checa el estatus del pedido.", "es-MX", "formal", ["checa"]),
        ("¡Gracias a todos ustedes por participar!", "es", "informal", ["ustedes"]),
        ("您订购的迷你音箱已发货。", "zh-Hans", "formal", []),
        ("你订购的迷你音箱已发货。", "zh-Hans", "formal", ["你"]),
    ],
)
def test_traps(text: str, tag: str, formality: str, found: list[str]) -> None:
    assert [f.text for f in globalcs.check_register(text, tag, formality)] == found


def test_vosotros_is_never_used_in_latin_america() -> None:
    for tag in ("es-419", "es-MX", "es-AR"):
        for formality in ("informal", "formal"):
            findings = globalcs.check_register("Gracias a vosotros.", tag, formality)
            assert [(f.kind, f.text) for f in findings] == [("never_to_customers", "vosotros")]
    assert [f.kind for f in globalcs.check_register("Gracias a vosotros.", "es", "formal")] == [
        "wrong_register"
    ]


def test_word_rules_and_markers_split_the_languages() -> None:
    """The languages the word rules read carry no markers; every other carries some."""
    from globalcs.messages._languages import WORD_RULES, language, lineage, supported_languages
    from globalcs.messages._register import _rules

    for tag in supported_languages():
        profile = language(tag)
        ruled = bool(WORD_RULES & set(lineage(profile)))
        assert (_rules(tag) is not None) == ruled, tag
        assert bool(profile.markers) != ruled, tag
    assert {tag for tag in WORD_RULES if _rules(tag) is None} == set()


def test_a_finding_explains_itself_and_pickles() -> None:
    (finding,) = globalcs.check_register("Klick auf den Link, Frau Weber.", "de", "formal")
    assert (finding.kind, finding.found, finding.text) == ("wrong_register", "informal", "Klick")
    assert "Klick auf den Link"[finding.start : finding.end] == "Klick"
    assert finding.reason == "du-imperative without a pronoun"
    assert finding.reason in finding.message
    assert pickle.loads(pickle.dumps(finding)) == finding


def test_korean_endings() -> None:
    assert speech_level("주시겠습니까") == ("formal", "합쇼체 ending")
    assert speech_level("예정이에요") == ("neutral", "해요체 ending")
    assert speech_level("처리된다") == ("never", "반말 ending")
    assert speech_level("감사합니다") is None
    assert speech_level("장바구니") is None


@pytest.mark.parametrize("bad", [None, 3, b"du", ["du"]])
def test_text_must_be_a_string(bad: object) -> None:
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.check_register(bad, "de", "formal")  # type: ignore[arg-type]


def test_unknown_language_and_formality_are_named_errors() -> None:
    with pytest.raises(globalcs.UnknownLanguageError):
        globalcs.check_register("Hallo", "xx-Nope", "formal")
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.check_register("Hallo", "de", "casual")


@given(st.text(max_size=200), st.sampled_from(LANGUAGES), st.sampled_from(["informal", "formal"]))
def test_any_text_gives_findings_inside_it(text: str, tag: str, formality: str) -> None:
    for finding in globalcs.check_register(text, tag, formality):
        assert text[finding.start : finding.end] == finding.text
        assert finding.text


@given(st.text(max_size=200))
def test_words_cover_only_letters(text: str) -> None:
    for word in words(text):
        assert text[word.start : word.end] == word.text
        assert word.text
        assert not any(c.isdecimal() or c == "_" for c in word.text)


def test_threads_share_the_japanese_analyzer_safely() -> None:
    from concurrent.futures import ThreadPoolExecutor

    cases = load("ja") * 4
    alone = [_flags(case) for case in cases]
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(_flags, cases)) == alone


def test_without_a_dictionary_japanese_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> object:
        raise RuntimeError("no dictionary")

    monkeypatch.setattr(_register_ja, "_require_tagger", broken)
    _register_ja._tagger.cache_clear()
    try:
        assert _register_ja._tagger() is None
        assert [h.register for h in japanese("商品は明日届く。")] == ["never"]
    finally:
        monkeypatch.undo()
        _register_ja._tagger.cache_clear()
