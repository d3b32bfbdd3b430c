"""Apologies chosen by intent: none in good news and plain notices, one where the shop
failed a promise, and in Japanese and Korean a delay apologises in the neutral tone too."""

from __future__ import annotations

import datetime as dt
import decimal

import pytest

import globalcs
from globalcs.messages._intents import INTENTS
from globalcs.messages._languages import catalog, language

from .samples import SAMPLES

DELAY = {"order_id": "A-1", "new_delivery_date": dt.date(2026, 12, 9)}


def _apologies(tag: str) -> list[str]:
    texts = catalog(language(tag).catalog)
    return [text for key, text in texts.items() if key.startswith("tone.apologetic")]


@pytest.mark.parametrize("intent", [i for i, spec in INTENTS.items() if spec.apology == "never"])
@pytest.mark.parametrize("tag", ["en", "de", "ja", "ko", "fr"])
def test_good_news_never_apologises(intent: str, tag: str) -> None:
    for channel in ("email", "sms", "chat"):
        apologetic = globalcs.render(
            intent, "US", language=tag, tone="apologetic", channel=channel, **SAMPLES[intent]
        )
        neutral = globalcs.render(intent, "US", language=tag, channel=channel, **SAMPLES[intent])
        assert apologetic.text == neutral.text
        assert not any(sorry in apologetic.text for sorry in _apologies(tag))


def test_an_order_confirmation_opens_without_an_apology() -> None:
    message = globalcs.render(
        "order_confirmation", "DE", tone="apologetic", order_id="A-1", total=decimal.Decimal("5")
    )
    assert "Entschuldigung" not in message.text
    assert "entschuldigen" not in message.text


@pytest.mark.parametrize("intent", ["delivery_delay", "out_of_stock"])
@pytest.mark.parametrize("market", ["JP", "KR"])
def test_a_delay_apologises_in_the_neutral_tone_in_japanese_and_korean(
    intent: str, market: str
) -> None:
    tag = "ja" if market == "JP" else "ko"
    for channel in ("email", "sms", "chat"):
        message = globalcs.render(intent, market, channel=channel, **SAMPLES[intent])
        assert any(sorry in message.text for sorry in _apologies(tag)), (channel, message.text)
    neutral = globalcs.render(intent, market, **SAMPLES[intent])
    asked = globalcs.render(intent, market, tone="apologetic", **SAMPLES[intent])
    assert neutral.text == asked.text


def test_a_delay_apologises_only_when_asked_where_the_culture_does_not_expect_it() -> None:
    for market in ("DE", "US", "FR"):
        neutral = globalcs.render("delivery_delay", market, **DELAY)
        asked = globalcs.render("delivery_delay", market, tone="apologetic", **DELAY)
        assert neutral.text != asked.text
        tag = asked.language
        assert not any(sorry in neutral.text for sorry in _apologies(tag))


def test_friendly_and_empathetic_tones_are_untouched() -> None:
    for tone in ("friendly", "empathetic"):
        ja = globalcs.render("delivery_delay", "JP", tone=tone, **DELAY)
        assert not any(sorry in ja.text for sorry in _apologies("ja"))


def test_every_intent_says_whether_it_apologises() -> None:
    kinds = {spec.apology for spec in INTENTS.values()}
    assert kinds == {"never", "on_request", "expected"}
    assert INTENTS["order_confirmation"].apology == "never"
    assert INTENTS["delivery_delay"].apology == "expected"
    assert INTENTS["payment_failed"].apology == "on_request"
    assert language("ja").apologises_unasked
    assert language("ko").apologises_unasked
    assert not language("en").apologises_unasked
