"""Every intent renders in every language, register and channel, and for every curated market;
the register checker finds nothing to flag in any built-in message."""

from __future__ import annotations

import pytest

import globalcs

from .samples import CUSTOMERS, SAMPLES, sample

FORMALITIES = list(globalcs.Formality)
CHANNELS = ("email", "sms", "chat", "whatsapp")
TONES = ("neutral", "friendly", "apologetic", "empathetic")
CURATED = [m.code for m in globalcs.curated_markets()]


@pytest.mark.parametrize("tag", globalcs.languages())
def test_every_intent_register_and_channel(tag: str) -> None:
    for intent in globalcs.intents():
        for formality in FORMALITIES:
            for channel in CHANNELS:
                for customer in (CUSTOMERS["female"], CUSTOMERS["unknown"], None):
                    message = globalcs.render(
                        intent,
                        "SG",  # a market no variant belongs to: every tag stays itself
                        language=tag,
                        formality=formality,
                        channel=channel,
                        customer=customer,
                        tone="apologetic",
                        **SAMPLES[intent],
                    )
                    assert message.language == tag
                    assert message.formality is formality
                    assert message.text.strip()
                    assert "{" not in message.text, message.text
                    findings = globalcs.check_register(message.text, tag, formality)
                    assert not findings, (intent, formality, channel, findings)
                    if channel == "email":
                        assert message.subject
                        assert "\n" not in message.subject
                        assert message.html is not None
                        assert f'lang="{tag}"' in message.html
                    else:
                        assert message.subject is None
                        assert message.html is None
                    if channel == "sms":
                        assert message.encoding in ("GSM-7", "UCS-2")
                        assert message.segments is not None
                        assert message.segments >= 1


@pytest.mark.parametrize("code", CURATED)
def test_every_curated_market_in_its_own_language(code: str) -> None:
    market = globalcs.get_market(code)
    signed = {"brand": "Shop"} if market.sms_sender_required else {}
    for intent in globalcs.intents():
        for channel in CHANNELS:
            for tone in TONES:
                message = globalcs.render(
                    intent,
                    market,
                    channel=channel,
                    tone=tone,
                    customer=CUSTOMERS["male"],
                    **sample(intent, market.currency),
                    **signed,
                )
                assert message.market == code
                assert message.formality >= market.minimum_formality
                assert not globalcs.check_register(
                    message.text, message.language, message.formality
                )


@pytest.mark.parametrize("tag", globalcs.languages())
def test_friendly_tone_fits_who_wrote_first(tag: str) -> None:
    # A notice the shop sends first never opens with "great to hear from you"; an answer
    # to the customer's own request does; no sentence of the catalog comes twice.
    from globalcs.messages._intents import INTENTS
    from globalcs.messages._languages import catalog, language

    profile = language(tag)
    texts = catalog(profile.catalog)
    for formality in FORMALITIES:
        register = profile.register(formality)
        rapport = texts[f"rapport|{register}"]
        pleasure = texts[f"tone.friendly|{register}"]
        for market in ("US", "JP"):
            for intent in globalcs.intents():
                for channel in ("email", "chat"):
                    message = globalcs.render(
                        intent,
                        market,
                        language=tag,
                        formality=formality,
                        channel=channel,
                        tone="friendly",
                        **sample(intent, globalcs.get_market(market).currency),
                    )
                    answers = INTENTS[intent].answers_customer
                    where = (intent, market, channel, formality)
                    # A letter may go on in lower case after its greeting (German).
                    text = message.text
                    said = text.replace(profile.after_greeting(pleasure), pleasure)
                    said = said.replace(profile.after_greeting(rapport), rapport)
                    assert (pleasure in said) is answers, where
                    assert said.count(rapport) <= 1, where
                    if not answers:
                        assert rapport in said, where
