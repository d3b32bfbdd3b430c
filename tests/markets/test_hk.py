"""Key facts of the Hong Kong market."""

import globalcs

from ._common import MarketTests

CURATED_FIELDS = (
    "formality",
    "communication.directness",
    "communication.context",
    "communication.rapport_first",
    "communication.apology",
    "communication.humour",
    "communication.first_names",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_market_is_curated_and_sourced() -> None:
    m = globalcs.get_market("HK")
    assert m.curated
    assert not m.defaults
    for field in CURATED_FIELDS:
        assert m.sources[field], field


def test_currency_and_languages() -> None:
    m = globalcs.get_market("HK")
    assert m.currency == "HKD"
    assert m.languages[:2] == ("zh-Hant", "en")


def test_formal_register() -> None:
    m = globalcs.get_market("HK")
    assert m.formality == "formal"
    assert m.minimum_formality == "neutral"


def test_privacy_is_pdpo_forty_days() -> None:
    privacy = globalcs.get_market("HK").privacy
    assert privacy.code == "PDPO"
    assert "PCPD" in privacy.authority
    assert privacy.dsar_deadline is not None
    assert (privacy.dsar_deadline.amount, privacy.dsar_deadline.unit) == (40, "days")
    assert privacy.breach_notification_hours is None


def test_marketing_email_is_opt_out_under_uemo() -> None:
    m = globalcs.get_market("HK")
    assert m.privacy.marketing_email == "opt_out"
    assert any(d.field == "privacy" for d in m.disagreements)


def test_no_statutory_withdrawal_right() -> None:
    returns = globalcs.get_market("HK").returns
    assert returns.withdrawal_days is None
    assert "online" in returns.conditions


def test_whatsapp_and_fps_first() -> None:
    m = globalcs.get_market("HK")
    assert m.channels[0].id == "whatsapp"
    share = m.channels[0].share
    assert share is not None
    assert (share.value, share.measure, share.year) == (0.854, "messenger_reach", 2019)
    assert m.channels_basis == "messenger_reach"
    assert m.payment_methods_basis == "editorial"
    assert [p.id for p in m.payment_methods] == ["fps", "octopus", "payme"]


class TestProfile(MarketTests):
    code = "HK"
