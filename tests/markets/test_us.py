"""Key facts of the United States market."""

import globalcs

from ._common import MarketTests

CURATED = (
    "formality",
    "communication.directness",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
    "support_hours",
)


def test_basics() -> None:
    m = globalcs.get_market("US")
    assert m.curated
    assert m.currency == "USD"
    assert m.languages[0] == "en"
    assert globalcs.get_market("en_US").code == "US"


def test_register_is_neutral_with_informal_chat() -> None:
    m = globalcs.get_market("US")
    assert m.formality == "neutral"
    assert m.messaging_formality == "informal"
    assert m.communication.context == "low"


def test_no_comprehensive_federal_privacy_law() -> None:
    privacy = globalcs.get_market("US").privacy
    assert privacy.code == "NONE"
    assert privacy.dsar_deadline is None
    assert "Federal Trade Commission" in privacy.authority


def test_can_spam_is_opt_out() -> None:
    assert globalcs.get_market("US").privacy.marketing_email == "opt_out"


def test_no_statutory_withdrawal_right() -> None:
    returns = globalcs.get_market("US").returns
    assert returns.withdrawal_days is None
    assert "Cooling-Off" in returns.conditions


def test_phone_and_cards_lead() -> None:
    m = globalcs.get_market("US")
    assert m.channels[0].id == "phone"
    assert m.payment_methods[0].id == "card"
    share = m.payment_methods[0].share
    assert (share.value, share.measure, share.year) == (0.49, "ecommerce_value", 2024)
    assert m.payment_methods_basis == "ecommerce_value"
    assert m.channels_basis == "editorial"
    assert all(c.share is None for c in m.channels)


def test_every_curated_field_has_a_source() -> None:
    m = globalcs.get_market("US")
    for field in CURATED:
        assert m.sources[field], field


class TestProfile(MarketTests):
    code = "US"
