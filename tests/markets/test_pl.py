"""Key facts of the Polish market."""

import globalcs

from ._common import MarketTests

CURATED_FIELDS = (
    "formality",
    "communication.first_names",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_currency_and_language() -> None:
    m = globalcs.get_market("pl-PL")
    assert m.currency == "PLN"
    assert m.languages[0] == "pl"


def test_pan_pani_is_the_default() -> None:
    m = globalcs.get_market("PL")
    assert m.formality == "formal"
    assert m.messaging_formality == "neutral"
    assert m.minimum_formality == "neutral"
    assert "Pan/Pani" in m.notes["formality"]


def test_privacy_is_gdpr_with_uodo_and_strict_opt_in() -> None:
    privacy = globalcs.get_market("PL").privacy
    assert privacy.code == "GDPR"
    assert "UODO" in privacy.authority
    assert privacy.marketing_email == "opt_in"
    assert privacy.breach_notification_hours == 72


def test_blik_and_przelewy24_come_first() -> None:
    methods = globalcs.get_market("PL").payment_methods
    assert [p.id for p in methods[:2]] == ["blik", "przelewy24"]
    assert methods[0].kind == "real_time_payment"
    share = methods[0].share
    assert (share.value, share.measure, share.year) == (0.64, "online_buyers_using", 2025)
    assert globalcs.get_market("PL").payment_methods_basis == "editorial"


def test_phone_then_chat() -> None:
    m = globalcs.get_market("PL")
    assert m.channels_basis == "editorial"
    assert [c.id for c in m.channels[:2]] == ["phone", "live_chat"]
    assert m.channels[1].share.measure == "support_preference"


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    returns = globalcs.get_market("PL").returns
    assert returns.withdrawal_days == 14
    assert returns.starts == "delivery"
    assert "art. 27" in returns.conditions


def test_curated_and_sourced() -> None:
    m = globalcs.get_market("PL")
    assert m.curated
    assert m.defaults == ()
    for field in CURATED_FIELDS:
        assert m.sources[field], field
    assert any("isap.sejm.gov.pl" in s.url for s in m.sources["privacy"])


class TestProfile(MarketTests):
    code = "PL"
