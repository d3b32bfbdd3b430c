"""Key facts of the Finnish market."""

import globalcs

from ._common import MarketTests

CURATED_FIELDS = (
    "formality",
    "communication.directness",
    "communication.rapport_first",
    "communication.first_names",
    "support_hours",
    "channels",
    "payment_methods",
    "privacy",
    "returns",
)


def test_currency_and_languages() -> None:
    m = globalcs.get_market("fi-FI")
    assert m.currency == "EUR"
    assert m.languages[:2] == ("fi", "sv")


def test_sina_is_the_default() -> None:
    m = globalcs.get_market("FI")
    assert m.formality == "informal"
    assert m.minimum_formality == "informal"
    assert m.communication.first_names == "accepted"


def test_privacy_is_gdpr_with_the_ombudsman() -> None:
    privacy = globalcs.get_market("FI").privacy
    assert privacy.code == "GDPR"
    assert "Tietosuojavaltuutettu" in privacy.authority
    assert privacy.marketing_email == "opt_in_soft"
    assert privacy.breach_notification_hours == 72


def test_online_bank_buttons_come_first() -> None:
    methods = globalcs.get_market("FI").payment_methods
    assert methods[0].id == "online_banking"
    assert methods[0].kind == "bank_redirect"
    assert "mobilepay" in {p.id for p in methods}


def test_phone_is_the_first_channel() -> None:
    assert globalcs.get_market("FI").channels[0].id == "phone"


def test_withdrawal_right_is_14_days_from_delivery() -> None:
    returns = globalcs.get_market("FI").returns
    assert returns.withdrawal_days == 14
    assert returns.starts == "delivery"


def test_curated_and_sourced() -> None:
    m = globalcs.get_market("FI")
    assert m.curated
    assert m.defaults == ()
    for field in CURATED_FIELDS:
        assert m.sources[field], field
    assert any("finlex.fi" in s.url for s in m.sources["returns"])


def test_ranking_bases() -> None:
    m = globalcs.get_market("FI")
    assert m.payment_methods_basis == "editorial"
    assert m.channels_basis == "editorial"
    assert m.payment_methods[0].share is None
    assert m.channels[0].share is None


class TestProfile(MarketTests):
    code = "FI"
