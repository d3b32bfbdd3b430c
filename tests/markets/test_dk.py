"""Key facts of the Danish market."""

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
    m = globalcs.get_market("da-DK")
    assert m.currency == "DKK"
    assert m.languages[0] == "da"


def test_du_is_the_default() -> None:
    m = globalcs.get_market("DK")
    assert m.formality == "informal"
    assert m.minimum_formality == "informal"
    assert m.communication.directness == "direct"


def test_privacy_is_gdpr_with_datatilsynet() -> None:
    privacy = globalcs.get_market("DK").privacy
    assert privacy.code == "GDPR"
    assert "Datatilsynet" in privacy.authority
    assert privacy.authority_url == "https://www.datatilsynet.dk/"
    assert privacy.marketing_email == "opt_in_soft"


def test_dankort_and_mobilepay_come_first() -> None:
    methods = globalcs.get_market("DK").payment_methods
    assert [p.id for p in methods[:2]] == ["dankort", "mobilepay"]
    assert methods[0].kind == "card"


def test_phone_is_the_first_channel() -> None:
    assert globalcs.get_market("DK").channels[0].id == "phone"


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    returns = globalcs.get_market("DK").returns
    assert returns.withdrawal_days == 14
    assert returns.starts == "delivery"


def test_curated_and_sourced() -> None:
    m = globalcs.get_market("DK")
    assert m.curated
    assert m.defaults == ()
    for field in CURATED_FIELDS:
        assert m.sources[field], field


def test_ranking_bases() -> None:
    m = globalcs.get_market("DK")
    assert m.payment_methods_basis == "editorial"
    assert m.channels_basis == "editorial"
    assert m.payment_methods[0].share is None
    assert m.channels[0].share is None


class TestProfile(MarketTests):
    code = "DK"
