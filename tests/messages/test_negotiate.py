"""negotiate(): the market, language and register for a customer, from what a shop knows."""

from __future__ import annotations

import pytest
from babel import Locale
from hypothesis import given
from hypothesis import strategies as st

import globalcs


@pytest.mark.parametrize(
    ("header", "ranges"),
    [
        ("de-AT,de;q=0.9,en;q=0.8", [("de-AT", 1.0), ("de", 0.9), ("en", 0.8)]),
        ("en;q=0.5, fr", [("fr", 1.0), ("en", 0.5)]),  # sorted by weight
        ("fr, de", [("fr", 1.0), ("de", 1.0)]),  # equal weights keep their order
        ("fr;q=0, en", [("en", 1.0)]),  # q=0: not acceptable
        ("*;q=0.1, ja", [("ja", 1.0), ("*", 0.1)]),
        ("en;q=2, de;q=abc, nl", [("nl", 1.0)]),  # malformed ranges are skipped
        ("", []),
        (" , ,", []),
    ],
)
def test_accept_language_ranges(header: str, ranges: list[tuple[str, float]]) -> None:
    assert globalcs.parse_accept_language(header) == ranges


@pytest.mark.parametrize(
    ("header", "market", "language"),
    [
        ("de-AT,de;q=0.9,en;q=0.8", "AT", "de"),
        ("de-LI", "LI", "de"),  # a regional variant falls back to the language
        ("de-CH,fr-CH;q=0.9", "CH", "de-CH"),  # a regional variant where one exists
        ("fr-CA,en;q=0.5", "CA", "fr-CA"),
        ("pt-PT,pt;q=0.8", "PT", "pt-PT"),
        ("pt-BR", "BR", "pt-BR"),
        ("zh-TW", "TW", "zh-Hant"),
        ("zh-HK", "HK", "zh-Hant-HK"),
        ("zh-SG", "SG", "zh-Hans"),
        ("es-MX", "MX", "es-MX"),
        ("nb-NO", "NO", "nb"),
    ],
)
def test_the_market_comes_from_a_regional_tag(header: str, market: str, language: str) -> None:
    chosen = globalcs.negotiate(accept_language=header)
    assert (chosen.market.code, chosen.language) == (market, language)


@pytest.mark.parametrize("bare", ["sv", "et", "ca", "ar", "de", "no"])
def test_a_bare_language_never_picks_a_country(bare: str) -> None:
    # sv is Swedish and El Salvador, ca Catalan and Canada: negotiate never guesses.
    with pytest.raises(globalcs.InvalidOptionError, match="give the market"):
        globalcs.negotiate(accept_language=bare)
    with pytest.raises(globalcs.InvalidOptionError):
        globalcs.negotiate(preferred=bare)


def test_get_market_reads_a_bare_code_as_a_country() -> None:
    assert globalcs.get_market("sv").code == "SV"  # El Salvador, as documented
    assert globalcs.negotiate("SE", accept_language="sv").language == "sv"


def test_the_market_decides_the_regional_variant_of_a_bare_language() -> None:
    assert globalcs.negotiate("PT", accept_language="pt").language == "pt-PT"
    assert globalcs.negotiate("BR", accept_language="pt").language == "pt-BR"
    assert globalcs.negotiate("TW", accept_language="zh").language == "zh-Hant"
    assert globalcs.negotiate("CN", accept_language="zh").language == "zh-Hans"


def test_the_stored_preference_comes_before_the_header() -> None:
    chosen = globalcs.negotiate("DE", preferred="en", accept_language="de-DE,de")
    assert chosen.language == "en"
    assert "stored preference" in chosen.reason


def test_a_babel_locale_is_accepted_everywhere_a_language_is() -> None:
    chosen = globalcs.negotiate("AT", preferred=Locale("de", "AT"))
    assert chosen.language == "de"
    message = globalcs.render("delivered", "AT", language=Locale("de", "AT"), order_id="1")
    assert message.language == "de"
    template = globalcs.render_template("{{ 1|number }}", "CH", language=Locale("fr", "CH"))
    assert template.language == "fr-CH"
    assert globalcs.check_register("Können Sie mir helfen?", Locale("de"), "formal") == []


def test_unknown_languages_fall_to_the_markets_and_say_so() -> None:
    chosen = globalcs.negotiate("US", accept_language="tlh, x-klingon;q=0.5")
    assert chosen.language == "en-US"
    assert "none of 'tlh', 'x-klingon' is written by globalcs" in chosen.reason


def test_a_wildcard_means_the_markets_own_language() -> None:
    chosen = globalcs.negotiate("JP", accept_language="*")
    assert chosen.language == "ja"
    assert globalcs.negotiate("JP", accept_language="xx, *, en").language == "ja"


def test_a_distant_fallback_is_named_in_the_reason() -> None:
    chosen = globalcs.negotiate("ES", preferred="ca")
    assert chosen.language == "es"
    assert chosen.distance >= 10
    assert "fallback" in chosen.reason


def test_the_register_is_the_markets_for_the_channel_unless_the_customer_chose() -> None:
    nl_email = globalcs.negotiate("NL", accept_language="nl")
    nl_chat = globalcs.negotiate("NL", accept_language="nl", channel="whatsapp")
    market = globalcs.get_market("NL")
    assert nl_email.formality is max(market.formality, market.minimum_formality)
    assert nl_chat.formality is max(market.messaging_formality, market.minimum_formality)
    pinned = globalcs.negotiate("NL", accept_language="nl", formality="informal")
    assert pinned.formality is globalcs.Formality.INFORMAL
    assert "customer's register" in pinned.reason


def test_options_feed_render() -> None:
    chosen = globalcs.negotiate(accept_language="fr-CH, de;q=0.5")
    message = globalcs.render("delivered", order_id="1", **chosen.options)
    assert (message.market, message.language) == ("CH", "fr-CH")


@pytest.mark.parametrize(
    "bad",
    [
        {"accept_language": 42},
        {"accept_language": "de," * 5000},
        {"preferred": "\u202ede"},
        {"preferred": 3},
        {"market": "Atlantis", "accept_language": "de"},
        {"market": "DE", "channel": "fax"},
        {"market": "DE", "formality": "royal"},
    ],
)
def test_bad_input_gets_a_named_error(bad: dict[str, object]) -> None:
    with pytest.raises(globalcs.GlobalcsError):
        globalcs.negotiate(**bad)  # type: ignore[arg-type]


@given(st.text(max_size=200))
def test_any_header_is_read_or_refused_by_name(header: str) -> None:
    try:
        chosen = globalcs.negotiate("DE", accept_language=header)
    except globalcs.GlobalcsError:
        return
    assert chosen.language in globalcs.languages()


@pytest.mark.parametrize("channel", [["email"], {"a": 1}, 3, None])
def test_a_channel_that_is_not_a_string_is_named(channel: object) -> None:
    with pytest.raises(globalcs.InvalidOptionError) as caught:
        globalcs.negotiate("DE", channel=channel)  # type: ignore[arg-type]
    assert caught.value.option == "channel"
