"""Key facts of the Nigerian market."""

import globalcs

from ._common import MarketTests

SOURCED_FIELDS = (
    "formality",
    "communication.context",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_market_is_curated_in_naira_and_english() -> None:
    m = globalcs.get_market("NG")
    assert m.curated
    assert m.currency == "NGN"
    assert m.languages[0] == "en"
    assert m.weekend == (5, 6)


def test_neutral_and_deferential_register() -> None:
    m = globalcs.get_market("NG")
    assert m.formality == "neutral"
    assert m.minimum_formality == "neutral"
    assert m.communication.rapport_first is True


def test_privacy_is_ndpa_with_72_hour_breach_notice() -> None:
    privacy = globalcs.get_market("NG").privacy
    assert privacy.code == "NDPA"
    assert "NDPC" in privacy.authority
    assert privacy.breach_notification_hours == 72
    assert privacy.dsar_deadline is not None
    assert privacy.dsar_deadline.amount is None


def test_marketing_relies_on_the_right_to_object() -> None:
    assert globalcs.get_market("NG").privacy.marketing_email == "opt_out"


def test_no_statutory_distance_selling_withdrawal() -> None:
    returns = globalcs.get_market("NG").returns
    assert returns.withdrawal_days is None
    assert "FCCPA" in returns.conditions or "Consumer Protection Act" in returns.conditions


def test_bank_transfer_first_with_ussd() -> None:
    m = globalcs.get_market("NG")
    assert m.payment_methods[0].id == "bank_transfer"
    assert "ussd" in {p.id for p in m.payment_methods}
    assert m.channels[0].id == "whatsapp"
    assert m.channels[0].share.measure == "messenger_reach"
    assert (m.channels_basis, m.payment_methods_basis) == ("editorial", "editorial")


def test_every_curated_field_has_a_source() -> None:
    m = globalcs.get_market("NG")
    for name in SOURCED_FIELDS:
        assert m.sources[name], name


class TestProfile(MarketTests):
    code = "NG"
