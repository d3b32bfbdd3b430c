"""Key facts of the Swedish market."""

import globalcs

from ._common import MarketTests

CURATED_FIELDS = (
    "formality",
    "communication.directness",
    "communication.context",
    "communication.first_names",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_currency_and_language() -> None:
    m = globalcs.get_market("sv-SE")
    assert m.currency == "SEK"
    assert m.languages[0] == "sv"


def test_du_for_everyone() -> None:
    m = globalcs.get_market("SE")
    assert m.formality == "informal"
    assert m.messaging_formality == "informal"
    assert m.minimum_formality == "informal"
    assert m.communication.first_names == "expected"
    assert "du-reformen" in m.notes["formality"]


def test_privacy_is_gdpr_with_imy() -> None:
    privacy = globalcs.get_market("SE").privacy
    assert privacy.code == "GDPR"
    assert "IMY" in privacy.authority
    assert privacy.marketing_email == "opt_in_soft"
    assert privacy.breach_notification_hours == 72


def test_debit_card_then_swish() -> None:
    methods = globalcs.get_market("SE").payment_methods
    assert [(p.id, p.funding) for p in methods[:2]] == [("card", "debit"), ("swish", None)]
    assert "trustly" in {p.id for p in methods}
    assert globalcs.get_market("SE").payment_methods_basis == "editorial"
    assert all(p.share is None for p in methods)
    assert any("riksbank.se" in s.url for s in globalcs.get_market("SE").sources["payment_methods"])


def test_phone_is_the_first_channel() -> None:
    assert globalcs.get_market("SE").channels[0].id == "phone"


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    returns = globalcs.get_market("SE").returns
    assert returns.withdrawal_days == 14
    assert returns.starts == "delivery"


def test_curated_and_sourced() -> None:
    m = globalcs.get_market("SE")
    assert m.curated
    assert m.defaults == ()
    for field in CURATED_FIELDS:
        assert m.sources[field], field


class TestProfile(MarketTests):
    code = "SE"
